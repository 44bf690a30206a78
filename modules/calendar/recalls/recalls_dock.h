#pragma once

#include "calendar/core/calendar.h"
#include "calendar/core/messaging/reminders.h"
#include "calendar/core/recall_campaign/recall_campaign.h"
#include "calendar/core/recall_service.h"
#include "common/clock.h"
#include "common/service_registry.h"
#include "security/interfaces.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLayout;
class QPushButton;
class QSpinBox;
class QTableView;

namespace fd::calendar::ui {

class RecallListModel;

// The services the Recalls dock uses, looked up once every module has published.
struct RecallsServices
{
    std::shared_ptr<IRecallService> recalls;
    std::shared_ptr<IRecallCampaign> campaign;
    std::shared_ptr<IAppointmentService> appointments;
    std::shared_ptr<security::IAccessControl> access;
    // The practice's email and SMS settings (optional: without them a campaign is a preview).
    std::shared_ptr<messaging::IReminderService> reminders;

    static RecallsServices from(const ServiceRegistry& registry)
    {
        return {registry.get<IRecallService>(), registry.get<IRecallCampaign>(),
                registry.get<IAppointmentService>(), registry.get<security::IAccessControl>(),
                registry.get<messaging::IReminderService>()};
    }
    bool complete() const { return recalls && campaign && appointments && access; }
    bool can(const QString& permission) const { return access && access->can(permission); }
};

// The recall list with its filters (reason, overdue only, due before, not contacted in N
// days) and what the front desk does with a recall: log a contact, schedule it into one of
// the first free slots of a type that satisfies it, dismiss it with a reason, or write to
// every overdue patient (a campaign, previewed first).
class RecallsDock final : public QWidget
{
    Q_OBJECT

public:
    explicit RecallsDock(RecallsServices services, QWidget* parent = nullptr);
    ~RecallsDock() override;

    void refresh();
    RecallFilter filter() const;
    RecallListModel* model() const { return m_model; }
    QString selectedRecallId() const;
    bool selectRecall(const QString& recallId);
    // How campaign messages travel. Without one the dock uses the practice's senders from its
    // reminder settings; with neither a campaign can only be previewed.
    void setCampaignTransport(const CampaignTransport& transport) { m_transport = transport; }

    // The actions on the selected recall, with their input given (the buttons ask for it).
    Status logContact(const ContactAttempt& attempt);
    Status dismissSelected(const QString& reason);
    // The first free slots of the first type that satisfies the selected recall's reason.
    Result<std::vector<FoundSlot>> slotsForSelected(int limit = 5);
    Result<Appointment> bookSlot(const FoundSlot& slot);

public slots:
    void logContactInteractive();
    void dismissInteractive();
    void scheduleInteractive();
    void campaignInteractive();

private:
    QLayout* buildFilterBar();
    void updateButtons();
    void showError(const QString& message);
    const RecallRow* selectedRow() const;

    RecallsServices m_services;
    CampaignTransport m_transport;
    RecallListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_reason = nullptr;
    QCheckBox* m_overdue = nullptr;
    QCheckBox* m_dueBeforeOn = nullptr;
    QDateEdit* m_dueBefore = nullptr;
    QSpinBox* m_notContacted = nullptr;
    QPushButton* m_contact = nullptr;
    QPushButton* m_schedule = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_campaign = nullptr;
    QLabel* m_status = nullptr;
};

}  // namespace fd::calendar::ui
