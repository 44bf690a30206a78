// ReminderService: the practice's messaging settings and secrets in the encrypted database.
#include "calendar/core/messaging/reminder_service.h"

#include "security/audit_actions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace fd::calendar::messaging {

namespace {

const QString kSmtpPassword = QStringLiteral("smtp_password");
const QString kSmsAuthToken = QStringLiteral("sms_auth_token");
const QString kCallbackSecret = QStringLiteral("callback_secret");

SecureBytes secretFrom(const QVariant& value)
{
    QByteArray bytes = value.toByteArray();
    SecureBytes secret = SecureBytes::fromByteArray(bytes);
    wipeBytes(bytes);
    return secret;
}

// A BLOB bind of a secret; the caller wipes it once the statement ran.
QByteArray bytesOf(const SecureBytes& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
}

// The top-level fields that differ, by name ("email", "sms", "schedules").
QJsonArray changedParts(const QJsonObject& before, const QJsonObject& after)
{
    QJsonArray changed;
    for (const QString& key : after.keys()) {
        if (before.value(key) != after.value(key))
            changed.append(key);
    }
    return changed;
}

}  // namespace

Result<StoredSettings> ReminderService::loadSettings()
{
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT settings, smtp_password, sms_auth_token, "
                                          "callback_secret, row_version FROM messaging_settings "
                                          "WHERE id = 'practice'"));
    FD_TRY(q);
    StoredSettings stored;
    if (!q->next()) {
        stored.settings = MessagingSettings::defaults();
        return stored;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q->value(0).toByteArray(), &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::Corrupt,
                         tr("The stored messaging settings are not JSON: %1")
                             .arg(parseError.errorString()));
    auto settings = MessagingSettings::fromJson(doc.object());
    if (!settings)
        return makeError(ErrorCode::Corrupt, tr("The stored messaging settings are invalid: %1")
                                                 .arg(settings.error().message));
    stored.settings = std::move(*settings);
    stored.secrets.smtpPassword = secretFrom(q->value(1));
    stored.secrets.smsAuthToken = secretFrom(q->value(2));
    stored.secrets.callbackSecret = secretFrom(q->value(3));
    stored.rowVersion = q->value(4).toLongLong();
    return stored;
}

Result<MessagingSettings> ReminderService::settings()
{
    FD_TRY(m_ctx.access->require(perm::kMessagesView));
    auto stored = loadSettings();
    FD_TRY(stored);
    return std::move(stored->settings);
}

Result<QStringList> ReminderService::secretsSet()
{
    FD_TRY(m_ctx.access->require(perm::kMessagesView));
    auto stored = loadSettings();
    FD_TRY(stored);
    QStringList set;
    if (!stored->secrets.smtpPassword.isEmpty())
        set << kSmtpPassword;
    if (!stored->secrets.smsAuthToken.isEmpty())
        set << kSmsAuthToken;
    if (!stored->secrets.callbackSecret.isEmpty())
        set << kCallbackSecret;
    return set;
}

Status ReminderService::saveSettings(const MessagingSettings& settings, MessagingSecrets secrets,
                                     const QStringList& clearSecrets)
{
    FD_TRY(m_ctx.access->require(perm::kRemindersSettings));
    for (const QString& name : clearSecrets) {
        if (name != kSmtpPassword && name != kSmsAuthToken && name != kCallbackSecret)
            return makeError(ErrorCode::InvalidInput,
                             tr("Messaging settings: there is no secret called \"%1\" (%2, %3 "
                                "or %4)")
                                 .arg(name, kSmtpPassword, kSmsAuthToken, kCallbackSecret));
    }
    FD_TRY(settings.validate());
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    auto prior = loadSettings();
    FD_TRY(prior);
    // A secret not given keeps the stored one; which ones change is audited, never the values.
    QJsonArray secretsChanged;
    auto choose = [&](SecureBytes& given, SecureBytes& stored, const QString& name) {
        if (clearSecrets.contains(name)) {
            if (!stored.isEmpty())
                secretsChanged.append(name);
            given = SecureBytes();
        } else if (given.isEmpty()) {
            given = std::move(stored);
        } else if (!given.equals(stored)) {
            secretsChanged.append(name);
        }
    };
    choose(secrets.smtpPassword, prior->secrets.smtpPassword, kSmtpPassword);
    choose(secrets.smsAuthToken, prior->secrets.smsAuthToken, kSmsAuthToken);
    choose(secrets.callbackSecret, prior->secrets.callbackSecret, kCallbackSecret);
    const QJsonObject before = prior->settings.toJson();
    const QJsonObject after = settings.toJson();
    QByteArray password = bytesOf(secrets.smtpPassword);
    QByteArray token = bytesOf(secrets.smsAuthToken);
    QByteArray callback = bytesOf(secrets.callbackSecret);
    auto blob = [](const QByteArray& b) { return b.isEmpty() ? QVariant() : QVariant(b); };
    auto written = storage::exec(
        (*tx)->connection(),
        QStringLiteral("INSERT INTO messaging_settings (id, settings, smtp_password, "
                       "sms_auth_token, callback_secret, row_version, updated_at, updated_by) "
                       "VALUES ('practice', ?, ?, ?, ?, 1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "settings = excluded.settings, smtp_password = excluded.smtp_password, "
                       "sms_auth_token = excluded.sms_auth_token, "
                       "callback_secret = excluded.callback_secret, "
                       "row_version = messaging_settings.row_version + 1, "
                       "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
        {QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)), blob(password),
         blob(token), blob(callback), toIsoUtc(m_ctx.clock->nowUtc()),
         m_ctx.access->currentUser().id});
    wipeBytes(password);
    wipeBytes(token);
    wipeBytes(callback);
    FD_TRY(written);
    security::AuditRecord record;
    record.action = prior->rowVersion == 0 ? security::audit::kCreate : security::audit::kUpdate;
    record.entity = QStringLiteral("messaging_settings");
    record.entityId = QStringLiteral("practice");
    record.details = {{QStringLiteral("before"), before},
                      {QStringLiteral("changed"), changedParts(before, after)},
                      {QStringLiteral("secrets_changed"), secretsChanged}};
    FD_TRY(m_ctx.audit->record(record));
    return (*tx)->commit();
}

}  // namespace fd::calendar::messaging
