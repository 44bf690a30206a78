#pragma once

#include "calendar/core/calendar.h"
#include "calendar/core/messaging/message_log.h"
#include "calendar/core/messaging/reminder_candidates.h"
#include "calendar/core/messaging/reminder_dispatch.h"
#include "calendar/core/messaging/reminders.h"
#include "calendar/core/messaging/reply_handler.h"
#include "common/clock.h"
#include "security/interfaces.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <memory>

class QNetworkAccessManager;

namespace fd::calendar::messaging {

struct ReminderServiceContext
{
    storage::Database& db;
    std::shared_ptr<security::IAccessControl> access;
    std::shared_ptr<security::IAuditTrail> audit;
    std::shared_ptr<IClock> clock;
    std::shared_ptr<IAppointmentService> appointments;
    std::shared_ptr<IScheduleAdmin> schedule;
    CandidateBuilder::Services practice;
};

// The settings and their secrets as stored (settings_store.cpp).
struct StoredSettings
{
    MessagingSettings settings;
    MessagingSecrets secrets;
    qint64 rowVersion = 0;
};

class ReminderService final : public IReminderService
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::messaging::ReminderService)

public:
    explicit ReminderService(ReminderServiceContext ctx);
    ~ReminderService() override;

    Result<MessagingSettings> settings() override;
    Result<QStringList> secretsSet() override;
    Status saveSettings(const MessagingSettings& settings, MessagingSecrets secrets,
                        const QStringList& clearSecrets) override;

    Result<RunReport> run(const RunOptions& options) override;
    Result<RunItem> retry(const QString& messageId) override;
    Status sendTest(const TestMessage& message) override;
    Result<MessageTransports> transports() override;

    Result<ReplyImportReport> importReplies(const QString& path) override;
    Result<StatusImportReport> importStatusCallbacks(const QString& path) override;

    Result<std::vector<LoggedMessage>> messages(const MessageFilter& filter) override;
    Result<std::vector<ReplyRecord>> openReplies(bool includeResolved) override;
    Status resolveReply(const QString& replyId) override;

private:
    // settings_store.cpp
    Result<StoredSettings> loadSettings();
    // reminder_service.cpp
    Result<std::shared_ptr<const ReminderRenderer>> renderer();
    QNetworkAccessManager* network();
    // Claims, sends, records and audits one prepared reminder.
    RunItem send(const OutgoingReminder& reminder, const ReminderCandidate& candidate,
                 const QString& patientId, const StoredSettings& stored, const QDateTime& now);
    Result<SmsSendResult> sendSms(const StoredSettings& stored, const OutgoingSms& sms);
    Result<SmtpReceipt> sendEmail(const StoredSettings& stored, const EmailMessage& email,
                                  const QDateTime& now, SmtpFailure* failure);
    void auditSend(const RunItem& item, const QString& messageId);
    // reply_import.cpp
    Result<ReplyRecord> applyReply(const InboundSms& sms, const StoredSettings& stored,
                                   CandidateBuilder& builder);

    ReminderServiceContext m_ctx;
    MessageLog m_log;
    std::shared_ptr<const ReminderRenderer> m_renderer;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

}  // namespace fd::calendar::messaging
