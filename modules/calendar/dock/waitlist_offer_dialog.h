#pragma once

#include "calendar/dock/dock_services.h"

#include <QDialog>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace fd::calendar::dock {

class CoreCalendarSource;

// After a cancellation or no-show freed a time: the waitlist's patients who fit it, longest
// wait first; booking one takes them off the list.
class WaitlistOfferDialog final : public QDialog
{
    Q_OBJECT

public:
    WaitlistOfferDialog(DockServices services, const CoreCalendarSource& source,
                        const Appointment& freed, std::vector<WaitlistMatch> matches,
                        QWidget* parent = nullptr);

    QListWidget* matchList() const { return m_list; }
    QPushButton* bookButton() const { return m_book; }
    QLabel* messageLabel() const { return m_message; }
    const std::optional<Appointment>& result() const { return m_result; }

    bool bookSelected();

private:
    DockServices m_services;
    const CoreCalendarSource& m_source;
    Appointment m_freed;
    std::vector<WaitlistMatch> m_matches;
    std::optional<Appointment> m_result;
    QListWidget* m_list = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_book = nullptr;
};

}  // namespace fd::calendar::dock
