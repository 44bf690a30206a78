#pragma once

#include "calendar/core/messaging/messaging_types.h"
#include "calendar/core/messaging/reminder_planner.h"
#include "calendar/core/messaging/sms_status_callback.h"
#include "common/result.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <optional>

namespace fd::calendar::messaging {

// The message log's schema (module "calendar_messaging"): numbered migrations, each in its
// own transaction. The scheduling core adds it to the application's migration sets.
storage::MigrationSet messagingMigrations();

// A logged message's state. queued: claimed, being sent; sent: accepted by the SMTP server or
// the SMS gateway; delivered / undelivered / failed: from the gateway's verified callbacks or
// the send itself; skipped: decided never to be sent (quiet hours until the start, superseded).
enum class MessageStatus
{
    Queued,
    Sent,
    Delivered,
    Undelivered,
    Failed,
    Skipped
};

QString messageStatusName(MessageStatus status);
std::optional<MessageStatus> parseMessageStatus(const QString& name);

struct LoggedMessage
{
    QString id;
    ReminderKey key;
    QString destination;
    MessageStatus status = MessageStatus::Queued;
    QString providerMessageId;  // SMS sid or email Message-ID
    QString error;              // an error code or skip reason; never message text
    int attempts = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One row per (appointment, rule, channel), kept by a UNIQUE constraint: claim() inserts it
// before anything is sent, so two runs (or a retry after a crash) can never both send the
// same reminder. Local to this database; not synced. Not thread-safe (one per connection).
class MessageLog
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::messaging::MessageLog)

public:
    explicit MessageLog(storage::Database& db) : m_db(db) {}

    // True when this call took the key (a new row, or a failed one marked retryable, now
    // queued): the caller sends. False when the key is taken: the caller sends nothing.
    Result<bool> claim(const ReminderKey& key, const QString& destination, const QDateTime& now);
    Status markSent(const ReminderKey& key, const QString& providerMessageId, const QDateTime& now);
    // retryable: the message certainly did not leave (connection refused, gateway down), so a
    // later run may claim the key again, up to kMaxAttempts in all.
    Status markFailed(const ReminderKey& key, const QString& error, bool retryable,
                      const QDateTime& now);
    // Records a final skip so later runs do not weigh it again; an existing row is kept.
    Status logSkipped(const ReminderKey& key, SkipReason reason, const QDateTime& now);

    // Applies a verified gateway callback. Statuses only move forward (a late "sent" never
    // overwrites "delivered"). False when no logged message has that provider id.
    Result<bool> applyDeliveryStatus(const DeliveryStatus& status, const QDateTime& now);

    Result<std::optional<LoggedMessage>> find(const ReminderKey& key) const;
    Result<std::optional<LoggedMessage>> findByProviderId(const QString& providerMessageId) const;
    // Keys already logged for these appointments, whatever their status (the planner's input).
    Result<QSet<ReminderKey>> loggedKeys(const QStringList& appointmentIds) const;
    // The most recent reminder texted to a number: the appointment a reply "C" is about.
    Result<std::optional<LoggedMessage>> latestSmsTo(const QString& number) const;

    // STOP blocks every text to the number until START/UNSTOP.
    Status setOptedOut(const QString& number, bool optedOut, const QString& keyword,
                       const QDateTime& now);
    Result<QSet<QString>> optedOutNumbers() const;

    static constexpr int kMaxAttempts = 3;

private:
    Status update(const ReminderKey& key, const QString& sql, const QVariantList& binds);

    storage::Database& m_db;
};

}  // namespace fd::calendar::messaging
