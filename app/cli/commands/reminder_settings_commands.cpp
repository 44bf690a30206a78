// frontdeskctl reminders settings show|set: the practice's email, SMS and reminder schedules.
// Secrets are read from files (never from the command line, which others can see) and are
// never printed.
#include "practice_cli_support.h"

#include "calendar/core/messaging/reminders.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace fd::cli {
namespace {

using namespace practice_cli;
namespace msg = calendar::messaging;

Result<SecureBytes> secretFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be read: %2").arg(path, f.errorString()));
    QByteArray bytes = f.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    SecureBytes secret = SecureBytes::fromByteArray(bytes);
    wipeBytes(bytes);
    if (secret.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("%1 is empty").arg(path));
    return secret;
}

Result<bool> onOff(const CommandContext& ctx, const QString& name, bool current)
{
    if (!ctx.has(name))
        return current;
    const QString v = ctx.value(name).toLower();
    if (v == QLatin1String("on") || v == QLatin1String("yes") || v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("off") || v == QLatin1String("no") || v == QLatin1String("false"))
        return false;
    return makeError(ErrorCode::InvalidInput, tr("--%1 is on or off, not \"%2\"").arg(name, v));
}

// "*=3d:email+sms,2h:sms;NP60/new-patient=7d:email": schedules separated by ';', each a type
// code ("*" for the default) with an optional "/template-group", then its reminders.
Result<std::vector<msg::ReminderSchedule>> parseSchedules(const QString& spec)
{
    std::vector<msg::ReminderSchedule> schedules;
    const QStringList parts = spec.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("--schedules: \"%1\" has no '=' (TYPE[/GROUP]=3d:email+sms,...)")
                                 .arg(part.trimmed()));
        msg::ReminderSchedule s;
        QString type = part.left(eq).trimmed();
        if (const qsizetype slash = type.indexOf(QLatin1Char('/')); slash >= 0) {
            s.templateGroup = type.mid(slash + 1).trimmed();
            type = type.left(slash).trimmed();
        }
        s.appointmentTypeCode = type == QLatin1String("*") ? QString() : type;
        auto rules = msg::parseRulesText(part.mid(eq + 1));
        if (!rules)
            return makeError(ErrorCode::InvalidInput,
                             tr("--schedules: %1").arg(rules.error().message));
        s.rules = std::move(*rules);
        schedules.push_back(s);
    }
    return schedules;
}

// Applies the options to the stored settings; the secrets given by file.
Status applyOptions(const CommandContext& ctx, msg::MessagingSettings& s,
                    msg::MessagingSecrets& secrets)
{
    auto text = [&](const char* name, QString& field) {
        if (ctx.has(QString::fromLatin1(name)))
            field = ctx.value(QString::fromLatin1(name)).trimmed();
    };
    auto email = onOff(ctx, QStringLiteral("email"), s.emailEnabled);
    FD_TRY(email);
    s.emailEnabled = *email;
    text("smtp-host", s.smtp.host);
    text("smtp-user", s.smtp.username);
    text("smtp-from", s.smtp.fromAddress);
    text("smtp-ca-file", s.smtp.caFile);
    text("from-name", s.fromName);
    if (ctx.has(QStringLiteral("smtp-port"))) {
        bool ok = false;
        s.smtp.port = ctx.value(QStringLiteral("smtp-port")).toInt(&ok);
        if (!ok)
            return makeError(ErrorCode::InvalidInput, tr("--smtp-port is a number"));
    }
    if (ctx.has(QStringLiteral("smtp-security"))) {
        const QString v = ctx.value(QStringLiteral("smtp-security"));
        if (v == QLatin1String("starttls"))
            s.smtp.security = msg::SmtpSecurity::StartTls;
        else if (v == QLatin1String("tls"))
            s.smtp.security = msg::SmtpSecurity::ImplicitTls;
        else if (v == QLatin1String("none"))
            s.smtp.security = msg::SmtpSecurity::NoneForTestsOnly;
        else
            return makeError(ErrorCode::InvalidInput,
                             tr("--smtp-security is starttls, tls or none, not \"%1\"").arg(v));
    }
    auto sms = onOff(ctx, QStringLiteral("sms"), s.smsEnabled);
    FD_TRY(sms);
    s.smsEnabled = *sms;
    if (ctx.has(QStringLiteral("sms-endpoint")))
        s.sms.messagesUrl = QUrl(ctx.value(QStringLiteral("sms-endpoint")));
    text("sms-account", s.sms.accountSid);
    text("sms-from", s.sms.fromNumber);
    text("sms-service", s.sms.messagingServiceSid);
    if (ctx.has(QStringLiteral("sms-callback-url")))
        s.sms.statusCallbackUrl = QUrl(ctx.value(QStringLiteral("sms-callback-url")));
    if (ctx.has(QStringLiteral("schedules"))) {
        auto schedules = parseSchedules(ctx.value(QStringLiteral("schedules")));
        FD_TRY(schedules);
        s.schedules = std::move(*schedules);
    }
    const std::pair<const char*, SecureBytes*> files[] = {
        {"smtp-password-file", &secrets.smtpPassword},
        {"sms-token-file", &secrets.smsAuthToken},
        {"sms-callback-secret-file", &secrets.callbackSecret}};
    for (const auto& [option, secret] : files) {
        if (!ctx.has(QString::fromLatin1(option)))
            continue;
        auto read = secretFile(ctx.value(QString::fromLatin1(option)));
        FD_TRY(read);
        *secret = std::move(*read);
    }
    return {};
}

QString schedulesText(const std::vector<msg::ReminderSchedule>& schedules)
{
    QStringList parts;
    for (const auto& s : schedules) {
        QString head = s.appointmentTypeCode.isEmpty() ? QStringLiteral("*") : s.appointmentTypeCode;
        if (s.templateGroup != QLatin1String("default"))
            head += QLatin1Char('/') + s.templateGroup;
        parts << head + QLatin1Char('=') + msg::rulesText(s.rules);
    }
    return parts.join(QLatin1Char(';'));
}

int show(CommandContext& ctx, msg::IReminderService& service)
{
    auto settings = service.settings();
    if (!settings)
        return failWith(ctx, settings.error());
    auto secrets = service.secretsSet();
    if (!secrets)
        return failWith(ctx, secrets.error());
    QJsonObject json = settings->toJson();
    json.insert(QStringLiteral("secrets_set"), QJsonArray::fromStringList(*secrets));
    json.insert(QStringLiteral("schedules_text"), schedulesText(settings->schedules));
    if (ctx.json()) {
        ctx.printJson(json);
        return int(kExitOk);
    }
    ctx.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return int(kExitOk);
}

int runSettingsShow(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        return show(ctx, *p.registry.get<msg::IReminderService>());
    });
}

int runSettingsSet(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto service = p.registry.get<msg::IReminderService>();
        auto settings = service->settings();
        if (!settings)
            return failWith(ctx, settings.error());
        msg::MessagingSecrets secrets;
        if (auto applied = applyOptions(ctx, *settings, secrets); !applied)
            return failWith(ctx, applied.error());
        const QStringList clear = splitList(ctx.value(QStringLiteral("clear-secret")));
        if (auto saved = service->saveSettings(*settings, std::move(secrets), clear); !saved)
            return failWith(ctx, saved.error());
        return show(ctx, *service);
    });
}

std::vector<OptionSpec> setOptions()
{
    auto o = [](const char* name, const char* value, const char* help) {
        return OptionSpec{QString::fromLatin1(name), QString::fromLatin1(value),
                          QString::fromLatin1(help)};
    };
    return practiceOptions({
        o("email", "on|off", "send email reminders"),
        o("smtp-host", "HOST", "the SMTP server"),
        o("smtp-port", "N", "its port (587 with STARTTLS, 465 with TLS)"),
        o("smtp-security", "MODE", "starttls (default), tls, or none for a loopback test server"),
        o("smtp-user", "NAME", "the SMTP login"),
        o("smtp-password-file", "FILE", "read the SMTP password from FILE"),
        o("smtp-from", "ADDRESS", "the sender address"),
        o("from-name", "NAME", "the sender's name (default: the practice's)"),
        o("smtp-ca-file", "FILE", "the CA (PEM) of the server's certificate"),
        o("sms", "on|off", "send text reminders"),
        o("sms-endpoint", "URL", "the gateway's Messages URL"),
        o("sms-account", "SID", "the gateway account"),
        o("sms-token-file", "FILE", "read the gateway's auth token from FILE"),
        o("sms-from", "NUMBER", "the sender number (E.164)"),
        o("sms-service", "SID", "a messaging service instead of a sender number"),
        o("sms-callback-url", "URL", "where the gateway posts delivery statuses"),
        o("sms-callback-secret-file", "FILE", "the callbacks' signing secret (default: the token)"),
        o("schedules", "SPEC", "e.g. \"*=3d:email+sms,2h:sms;NP60/new-patient=7d:email\""),
        o("clear-secret", "NAMES", "smtp_password, sms_auth_token, callback_secret"),
    });
}

}  // namespace

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("reminders"), QStringLiteral("settings"),
                              QStringLiteral("show")},
                             QStringLiteral("show the email, SMS and reminder schedule settings "
                                            "(secrets only as set or not)"),
                             QStringLiteral("--db PATH [--json]"), practiceOptions(), 0, 0,
                             runSettingsShow}));

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("reminders"), QStringLiteral("settings"),
                              QStringLiteral("set")},
                             QStringLiteral("change the messaging settings (needs "
                                            "calendar.reminders.settings; audited)"),
                             QStringLiteral("--db PATH [OPTIONS] [--json]"), setOptions(), 0, 0,
                             runSettingsSet}));

}  // namespace fd::cli
