#pragma once

#include "calendar/frontdesk/frontdesk_services.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace fd::calendar::frontdesk {

class CheckInDialog;
class CheckOutDialog;
class FlowBoardModel;

// The front desk's day: the flow board for a date, by provider and location, with wait times
// refreshed every minute and late patients highlighted; actions move the selected patient on
// (confirm, arrive through the check-in dialog, room, with provider, check out through the
// check-out dialog, no-show). What the role cannot do is disabled here and refused by the
// core anyway.
class FrontdeskDock final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTickMs = 60 * 1000;

    explicit FrontdeskDock(FrontdeskServices services, QWidget* parent = nullptr);

    void setDate(const QDate& date);
    QDate date() const;
    void refresh();
    bool selectAppointment(const QString& appointmentId);
    const FlowRow* selectedRow() const;
    // The minute tick: the wait figures again against the clock, without reading the board.
    void tick();

    // Moves the selected appointment on (confirm, room, with provider, no-show).
    bool moveSelected(AppointmentStatus status);
    // Opens the check-in (arrive) or check-out dialog for the selected appointment; the board
    // reloads when it is accepted. Null when nothing suitable is selected.
    CheckInDialog* arriveSelected();
    CheckOutDialog* checkOutSelected();

    QTableView* table() const { return m_table; }
    FlowBoardModel* model() const { return m_model; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* providerBox() const { return m_provider; }
    QComboBox* locationBox() const { return m_location; }
    QCheckBox* cancelledBox() const { return m_showCancelled; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* messageLabel() const { return m_message; }
    QTimer* tickTimer() const { return m_tick; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* arriveButton() const { return m_arrive; }
    QPushButton* roomButton() const { return m_room; }
    QPushButton* withProviderButton() const { return m_withProvider; }
    QPushButton* checkOutButton() const { return m_checkOut; }
    QPushButton* noShowButton() const { return m_noShow; }

private:
    QWidget* buildFilters();
    QWidget* buildActions();
    void fillFilters();
    void updateActions();
    void updateSummary();
    void reloadKeeping(const QString& appointmentId);

    FrontdeskServices m_services;
    FlowBoardModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QToolButton* m_prev = nullptr;
    QToolButton* m_next = nullptr;
    QPushButton* m_today = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_provider = nullptr;
    QComboBox* m_location = nullptr;
    QCheckBox* m_showCancelled = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_tick = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_arrive = nullptr;
    QPushButton* m_room = nullptr;
    QPushButton* m_withProvider = nullptr;
    QPushButton* m_checkOut = nullptr;
    QPushButton* m_noShow = nullptr;
    QPointer<CheckInDialog> m_checkIn;
    QPointer<CheckOutDialog> m_checkOutDialog;
};

}  // namespace fd::calendar::frontdesk
