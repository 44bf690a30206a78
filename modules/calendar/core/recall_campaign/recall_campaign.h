#pragma once

#include "calendar/core/messaging/messaging_types.h"
#include "calendar/core/messaging/reminder_planner.h"
#include "calendar/core/recall_types.h"
#include "common/result.h"
#include "common/service_registry.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>
#include <vector>

namespace fd::calendar {

namespace messaging {
class SmtpSender;
class SmsGatewayClient;
}  // namespace messaging

// Which recalls a campaign writes to.
struct CampaignOptions
{
    // Due dates in [dueFrom, dueTo]; both null: every overdue recall.
    QDate dueFrom;
    QDate dueTo;
    QString reasonId;
    int resendDays = 30;  // a recall messaged by a campaign is left alone this long
    bool dryRun = true;
    messaging::QuietHours quietHours;
};

// How the messages travel; a missing channel is reported, not an error.
struct CampaignTransport
{
    const messaging::SmtpSender* smtp = nullptr;
    messaging::SmsGatewayClient* sms = nullptr;
};

enum class CampaignOutcome
{
    Sent,       // accepted by the SMTP server or the SMS gateway
    WouldSend,  // dry run
    Failed,     // the send failed (reason: the error code)
    Deferred,   // in the patient's quiet hours: a later run sends it (sendAt)
    Skipped     // not sent (reason)
};
QString campaignOutcomeName(CampaignOutcome outcome);  // sent, would_send, failed, ...

// One patient's message (or why there is none). Skip reasons: no_consent, no_destination,
// confidential_choice, opted_out (the reminder rules' names), recently_sent,
// no_transport, already_sent (another run took it), patient_unavailable.
struct CampaignItem
{
    QString patientId;
    QStringList recallIds;  // the patient's recalls the message is about
    bool hasChannel = false;
    messaging::Channel channel = messaging::Channel::Email;
    CampaignOutcome outcome = CampaignOutcome::Skipped;
    QString reason;  // skip reason or error code; never message text
    QDateTime sendAt;  // deferred: when (UTC)
    messaging::Language language = messaging::Language::English;
    QString preview;  // dry run: the text message, or the email's subject
};

struct CampaignReport
{
    QDateTime at;
    bool dryRun = true;
    int recalls = 0;  // recalls in range
    std::vector<CampaignItem> items;
    QStringList problems;  // what could not be written, by recall id (no PHI)
    int count(CampaignOutcome outcome) const;
};

// Recall campaigns: one message per patient whose recalls are in range, in the patient's
// language, by the channel the patient prefers among those the reminder rules allow (consent
// on that very number, confidential-communication choices, STOP), never in the patient's
// quiet hours. Needs calendar.recalls.campaign. Each send is claimed in the campaign's send
// log (calendar_recall_messages: once per recall, channel and day) and logged as a contact
// attempt on each recall, so a recall is not messaged again for `resendDays`.
class IRecallCampaign
{
public:
    virtual ~IRecallCampaign() = default;
    // `progress(done, total)` after each patient.
    virtual Result<CampaignReport> run(const CampaignOptions& options,
                                       const CampaignTransport& transport,
                                       const std::function<void(int, int)>& progress = {}) = 0;
};

// The campaign over the registry's services (registerRecallCampaign publishes one).
std::shared_ptr<IRecallCampaign> makeRecallCampaign(ServiceRegistry& registry);

}  // namespace fd::calendar
