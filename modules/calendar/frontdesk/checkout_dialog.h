#pragma once

#include "calendar/frontdesk/frontdesk_services.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace fd::calendar::frontdesk {

// Checks a visit out and books the follow-up: type, provider and interval (2 weeks, 3
// months...), the first free slots from that date, and the one chosen booked for the patient.
class CheckOutDialog final : public QDialog
{
    Q_OBJECT
public:
    CheckOutDialog(FrontdeskServices services, const FlowRow& visit, QWidget* parent = nullptr);

    // Proposes slots for what the form says (the list is refilled).
    bool findSlots();
    // Checks out, booking the selected slot when `withFollowUp`.
    bool submit(bool withFollowUp);
    const std::optional<CheckOutResult>& result() const { return m_result; }
    const std::vector<FoundSlot>& proposed() const { return m_slots; }

    QComboBox* typeBox() const { return m_type; }
    QComboBox* providerBox() const { return m_provider; }
    QSpinBox* countBox() const { return m_count; }
    QComboBox* unitBox() const { return m_unit; }
    QListWidget* slotList() const { return m_list; }
    QPushButton* findButton() const { return m_find; }
    QPushButton* bookButton() const { return m_book; }
    QPushButton* checkOutOnlyButton() const { return m_only; }
    QLabel* messageLabel() const { return m_message; }

private:
    FollowUpRequest request() const;
    void fillChoices();

    FrontdeskServices m_services;
    FlowRow m_visit;
    std::vector<FoundSlot> m_slots;
    std::optional<CheckOutResult> m_result;
    QLabel* m_title = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_provider = nullptr;
    QSpinBox* m_count = nullptr;
    QComboBox* m_unit = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_find = nullptr;
    QPushButton* m_book = nullptr;
    QPushButton* m_only = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace fd::calendar::frontdesk
