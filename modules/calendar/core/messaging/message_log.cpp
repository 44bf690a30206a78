#include "calendar/core/messaging/message_log.h"

#include "common/clock.h"
#include "common/uuid.h"
#include "storage/sql_text.h"

#include <QSqlQuery>

#include <array>
#include <utility>

namespace fd::calendar::messaging {

namespace {

storage::Migration messageLog()
{
    QStringList s;
    s << QStringLiteral(
             "CREATE TABLE reminder_messages (id TEXT PRIMARY KEY, appointment_id TEXT NOT NULL, "
             "rule_id TEXT NOT NULL, channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')), "
             "destination TEXT NOT NULL, "
             "status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'delivered', 'undelivered', "
             "'failed', 'skipped')), "
             "provider_message_id TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '', "
             "retryable INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, "
             "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
             "UNIQUE (appointment_id, rule_id, channel))")
      << QStringLiteral(
             "CREATE INDEX reminder_messages_provider ON reminder_messages(provider_message_id) "
             "WHERE provider_message_id <> ''")
      << QStringLiteral(
             "CREATE INDEX reminder_messages_destination ON reminder_messages(channel, "
             "destination, "
             "created_at)")
      // A number that texted STOP stays blocked until it texts START or UNSTOP.
      << QStringLiteral(
             "CREATE TABLE sms_opt_outs (number TEXT PRIMARY KEY, opted_out INTEGER NOT NULL, "
             "keyword TEXT NOT NULL, changed_at TEXT NOT NULL) WITHOUT ROWID");
    return {1, QStringLiteral("reminder message log and SMS opt-outs"), s, {}};
}

// The practice's messaging settings with their secrets (one row), and the imported replies:
// a reply is kept once by its fingerprint, so importing a file again changes nothing; a
// reschedule request or a reply for staff stays open until someone resolves it.
storage::Migration settingsAndReplies()
{
    QStringList s;
    s << QStringLiteral(
             "CREATE TABLE messaging_settings (id TEXT PRIMARY KEY CHECK (id = 'practice'), "
             "settings TEXT NOT NULL, smtp_password BLOB, sms_auth_token BLOB, "
             "callback_secret BLOB, row_version INTEGER NOT NULL, updated_at TEXT NOT NULL, "
             "updated_by TEXT NOT NULL)")
      << QStringLiteral(
             "CREATE TABLE reminder_replies (id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL "
             "UNIQUE, from_number TEXT NOT NULL, body TEXT NOT NULL, received_at TEXT NOT NULL, "
             "kind TEXT NOT NULL, action TEXT NOT NULL, appointment_id TEXT NOT NULL DEFAULT '', "
             "outcome TEXT NOT NULL DEFAULT '', auto_reply_status TEXT NOT NULL DEFAULT '', "
             "source TEXT NOT NULL DEFAULT '', source_line INTEGER NOT NULL DEFAULT 0, "
             "imported_at TEXT NOT NULL, imported_by TEXT NOT NULL, "
             "resolved_at TEXT NOT NULL DEFAULT '', resolved_by TEXT NOT NULL DEFAULT '')")
      << QStringLiteral(
             "CREATE INDEX reminder_replies_open ON reminder_replies(action, resolved_at, "
             "received_at)")
      << QStringLiteral(
             "CREATE INDEX reminder_messages_created ON reminder_messages(created_at)");
    return {2, QStringLiteral("messaging settings and imported replies"), s, {}};
}

constexpr std::array<std::pair<MessageStatus, const char*>, 6> kStatusNames{{
    {MessageStatus::Queued, "queued"},
    {MessageStatus::Sent, "sent"},
    {MessageStatus::Delivered, "delivered"},
    {MessageStatus::Undelivered, "undelivered"},
    {MessageStatus::Failed, "failed"},
    {MessageStatus::Skipped, "skipped"},
}};

const QString kColumns = QStringLiteral(
    "id, appointment_id, rule_id, channel, destination, status, provider_message_id, error, "
    "attempts, "
    "created_at, updated_at");

LoggedMessage messageFrom(const QSqlQuery& q)
{
    LoggedMessage m;
    m.id = q.value(0).toString();
    m.key.appointmentId = q.value(1).toString();
    m.key.ruleId = q.value(2).toString();
    parseChannel(q.value(3).toString(), &m.key.channel);
    m.destination = q.value(4).toString();
    m.status = parseMessageStatus(q.value(5).toString()).value_or(MessageStatus::Queued);
    m.providerMessageId = q.value(6).toString();
    m.error = q.value(7).toString();
    m.attempts = q.value(8).toInt();
    m.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    m.updatedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    return m;
}

Result<std::optional<LoggedMessage>> firstMessage(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<LoggedMessage>();
    return std::optional<LoggedMessage>(messageFrom(*q));
}

// A callback's status in the log's terms; the gateway's intermediate states are all "sent".
std::optional<MessageStatus> logStatusFor(SmsStatus status)
{
    switch (status) {
        case SmsStatus::Accepted:
        case SmsStatus::Queued:
        case SmsStatus::Sending:
        case SmsStatus::Sent:
            return MessageStatus::Sent;
        case SmsStatus::Delivered:
            return MessageStatus::Delivered;
        case SmsStatus::Undelivered:
            return MessageStatus::Undelivered;
        case SmsStatus::Failed:
            return MessageStatus::Failed;
        case SmsStatus::Unknown:
            break;
    }
    return std::nullopt;
}

// A null QString binds as SQL NULL; the log's text columns are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

int rank(MessageStatus status)
{
    switch (status) {
        case MessageStatus::Queued:
            return 0;
        case MessageStatus::Sent:
            return 1;
        default:
            return 2;
    }
}

}  // namespace

storage::MigrationSet messagingMigrations()
{
    return {QStringLiteral("calendar_messaging"), {messageLog(), settingsAndReplies()}};
}

QString messageStatusName(MessageStatus status)
{
    for (const auto& [s, name] : kStatusNames) {
        if (s == status)
            return QLatin1String(name);
    }
    return {};
}

std::optional<MessageStatus> parseMessageStatus(const QString& name)
{
    for (const auto& [s, n] : kStatusNames) {
        if (name == QLatin1String(n))
            return s;
    }
    return std::nullopt;
}

Result<bool> MessageLog::claim(const ReminderKey& key, const QString& destination,
                               const QDateTime& now)
{
    // One statement: a new key is inserted; a taken key is re-queued only when its last try
    // failed before the message left, so concurrent runs cannot both win.
    const QString at = toIsoUtc(now);
    auto q = storage::exec(
        m_db.connection(),
        QStringLiteral(
            "INSERT INTO reminder_messages (id, appointment_id, rule_id, channel, destination, "
            "status, "
            "attempts, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'queued', 1, ?, ?) "
            "ON CONFLICT (appointment_id, rule_id, channel) DO UPDATE SET status = 'queued', "
            "attempts = attempts + 1, destination = excluded.destination, error = '', retryable = "
            "0, "
            "updated_at = excluded.updated_at "
            "WHERE reminder_messages.status = 'failed' AND reminder_messages.retryable = 1 "
            "AND reminder_messages.attempts < ?"),
        {newUuid(), key.appointmentId, key.ruleId, channelName(key.channel), text(destination), at,
         at, kMaxAttempts});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Status MessageLog::update(const ReminderKey& key, const QString& sql, const QVariantList& binds)
{
    QVariantList all = binds;
    all << key.appointmentId << key.ruleId << channelName(key.channel);
    auto q = storage::exec(
        m_db.connection(),
        sql + QStringLiteral(" WHERE appointment_id = ? AND rule_id = ? AND channel = ?"), all);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound,
                         tr("No logged reminder for appointment %1, rule %2, %3")
                             .arg(key.appointmentId, key.ruleId, channelName(key.channel)));
    return {};
}

Status MessageLog::markSent(const ReminderKey& key, const QString& providerMessageId,
                            const QDateTime& now)
{
    return update(
        key,
        QStringLiteral(
            "UPDATE reminder_messages SET status = 'sent', provider_message_id = ?, error = '', "
            "retryable = 0, updated_at = ?"),
        {text(providerMessageId), toIsoUtc(now)});
}

Status MessageLog::markFailed(const ReminderKey& key, const QString& error, bool retryable,
                              const QDateTime& now)
{
    return update(
        key,
        QStringLiteral("UPDATE reminder_messages SET status = 'failed', error = ?, retryable = ?, "
                       "updated_at = ?"),
        {text(error.left(200)), retryable ? 1 : 0, toIsoUtc(now)});
}

Status MessageLog::logSkipped(const ReminderKey& key, SkipReason reason, const QDateTime& now)
{
    const QString at = toIsoUtc(now);
    auto q = storage::exec(
        m_db.connection(),
        QStringLiteral("INSERT INTO reminder_messages (id, appointment_id, rule_id, channel, "
                       "destination, status, error, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, '', 'skipped', ?, ?, ?) "
                       "ON CONFLICT (appointment_id, rule_id, channel) DO NOTHING"),
        {newUuid(), key.appointmentId, key.ruleId, channelName(key.channel), skipReasonName(reason),
         at, at});
    if (!q)
        return q.error();
    return {};
}

Result<bool> MessageLog::applyDeliveryStatus(const DeliveryStatus& status, const QDateTime& now)
{
    const auto next = logStatusFor(status.status);
    if (!next)
        return makeError(ErrorCode::InvalidInput,
                         tr("Message %1: status %2 is not a delivery status")
                             .arg(status.providerMessageId, smsStatusName(status.status)));
    auto q = storage::exec(
        m_db.connection(),
        QStringLiteral("UPDATE reminder_messages SET status = ?, error = ?, retryable = 0, "
                       "updated_at = ? WHERE provider_message_id = ? AND channel = 'sms' AND "
                       "(CASE status WHEN 'queued' THEN 0 WHEN 'sent' THEN 1 ELSE 2 END) < ?"),
        {messageStatusName(*next), text(status.errorCode.left(40)), toIsoUtc(now),
         status.providerMessageId, rank(*next)});
    if (!q)
        return q.error();
    if (q->numRowsAffected() > 0)
        return true;
    auto known = findByProviderId(status.providerMessageId);
    if (!known)
        return known.error();
    return known->has_value();
}

Result<std::optional<LoggedMessage>> MessageLog::find(const ReminderKey& key) const
{
    return firstMessage(
        storage::exec(m_db.connection(),
                      QStringLiteral("SELECT %1 FROM reminder_messages WHERE appointment_id = ? "
                                     "AND rule_id = ? AND channel = ?")
                          .arg(kColumns),
                      {key.appointmentId, key.ruleId, channelName(key.channel)}));
}

Result<std::optional<LoggedMessage>> MessageLog::findByProviderId(
    const QString& providerMessageId) const
{
    return firstMessage(storage::exec(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM reminder_messages WHERE provider_message_id = ? LIMIT 1")
            .arg(kColumns),
        {providerMessageId}));
}

Result<QSet<ReminderKey>> MessageLog::loggedKeys(const QStringList& appointmentIds) const
{
    QSet<ReminderKey> keys;
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < appointmentIds.size(); from += kChunk) {
        const QStringList chunk = appointmentIds.mid(from, kChunk);
        QVariantList binds;
        for (const QString& id : chunk)
            binds << id;
        auto q = storage::exec(
            m_db.connection(),
            QStringLiteral("SELECT appointment_id, rule_id, channel FROM reminder_messages "
                           "WHERE appointment_id IN (%1)")
                .arg(storage::placeholders(chunk.size())),
            binds);
        if (!q)
            return q.error();
        while (q->next()) {
            ReminderKey key{q->value(0).toString(), q->value(1).toString(), Channel::Sms};
            parseChannel(q->value(2).toString(), &key.channel);
            keys.insert(key);
        }
    }
    return keys;
}

Result<std::optional<LoggedMessage>> MessageLog::latestSmsTo(const QString& number) const
{
    return firstMessage(storage::exec(
        m_db.connection(),
        QStringLiteral(
            "SELECT %1 FROM reminder_messages WHERE channel = 'sms' AND destination = ? AND status "
            "IN ('sent', 'delivered') ORDER BY created_at DESC, rowid DESC LIMIT 1")
            .arg(kColumns),
        {number}));
}

Status MessageLog::setOptedOut(const QString& number, bool optedOut, const QString& keyword,
                               const QDateTime& now)
{
    auto q = storage::exec(
        m_db.connection(),
        QStringLiteral("INSERT INTO sms_opt_outs (number, opted_out, keyword, changed_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (number) DO UPDATE SET "
                       "opted_out = excluded.opted_out, keyword = excluded.keyword, "
                       "changed_at = excluded.changed_at"),
        {number, optedOut ? 1 : 0, text(keyword.left(20).toUpper()), toIsoUtc(now)});
    if (!q)
        return q.error();
    return {};
}

Result<QSet<QString>> MessageLog::optedOutNumbers() const
{
    auto q = storage::exec(m_db.connection(),
                           QStringLiteral("SELECT number FROM sms_opt_outs WHERE opted_out = 1"));
    if (!q)
        return q.error();
    QSet<QString> numbers;
    while (q->next())
        numbers.insert(q->value(0).toString());
    return numbers;
}

}  // namespace fd::calendar::messaging
