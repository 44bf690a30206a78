#include "calendar/core/messaging/smtp_settings.h"

#include <QFileInfo>
#include <QHostAddress>

namespace fd::calendar::messaging {

namespace {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool looksLikeAddress(const QString& address)
{
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    return at > 0 && at == address.lastIndexOf(QLatin1Char('@')) && at < address.size() - 1 &&
           !address.contains(QLatin1Char(' ')) && !address.contains(QLatin1Char('<')) &&
           !address.contains(QLatin1Char('>')) && !address.contains(QLatin1Char('\r')) &&
           !address.contains(QLatin1Char('\n'));
}

}  // namespace

QString smtpSecurityName(SmtpSecurity security)
{
    switch (security) {
        case SmtpSecurity::StartTls:
            return QStringLiteral("starttls");
        case SmtpSecurity::ImplicitTls:
            return QStringLiteral("tls");
        case SmtpSecurity::NoneForTestsOnly:
            return QStringLiteral("none");
    }
    return {};
}

QString SmtpSettings::serverName() const
{
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

Status SmtpSettings::validate() const
{
    auto bad = [](const QString& message) { return makeError(ErrorCode::InvalidInput, message); };
    if (host.trimmed().isEmpty() || host.contains(QLatin1Char('/')) ||
        host.contains(QLatin1Char(' ')))
        return bad(tr("SMTP settings: the server name \"%1\" is not a host name").arg(host));
    if (port < 1 || port > 65535)
        return bad(tr("SMTP settings: port %1 of %2 is outside 1-65535").arg(port).arg(host));
    if (security == SmtpSecurity::NoneForTestsOnly && !isLoopbackHost(host))
        return bad(tr("SMTP settings: %1 would receive messages without TLS; only a loopback "
                      "test server may")
                       .arg(serverName()));
    if (!looksLikeAddress(fromAddress))
        return bad(tr("SMTP settings: the sender address \"%1\" is not an email address")
                       .arg(fromAddress));
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return bad(tr("SMTP settings: the CA file %1 cannot be read").arg(caFile));
    if (connectTimeoutMs <= 0 || timeoutMs <= 0)
        return bad(tr("SMTP settings: the timeouts of %1 must be positive").arg(serverName()));
    return {};
}

QJsonObject SmtpSettings::toJson() const
{
    static const char* const kAuth[] = {"auto", "plain", "login"};
    return {{QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("security"), smtpSecurityName(security)},
            {QStringLiteral("username"), username},
            {QStringLiteral("auth"), QLatin1String(kAuth[int(auth)])},
            {QStringLiteral("ca_file"), caFile},
            {QStringLiteral("from"), fromAddress},
            {QStringLiteral("connect_timeout_ms"), connectTimeoutMs},
            {QStringLiteral("timeout_ms"), timeoutMs}};
}

Result<SmtpSettings> SmtpSettings::fromJson(const QJsonObject& json)
{
    SmtpSettings s;
    s.host = json.value(QStringLiteral("host")).toString();
    s.port = json.value(QStringLiteral("port")).toInt(587);
    const QString security =
        json.value(QStringLiteral("security")).toString(QStringLiteral("starttls"));
    if (security == QLatin1String("starttls"))
        s.security = SmtpSecurity::StartTls;
    else if (security == QLatin1String("tls"))
        s.security = SmtpSecurity::ImplicitTls;
    else if (security == QLatin1String("none"))
        s.security = SmtpSecurity::NoneForTestsOnly;
    else
        return makeError(
            ErrorCode::InvalidInput,
            tr("SMTP settings: security \"%1\" is not starttls, tls or none").arg(security));
    const QString auth = json.value(QStringLiteral("auth")).toString(QStringLiteral("auto"));
    if (auth == QLatin1String("auto"))
        s.auth = SmtpAuthMechanism::Automatic;
    else if (auth == QLatin1String("plain"))
        s.auth = SmtpAuthMechanism::Plain;
    else if (auth == QLatin1String("login"))
        s.auth = SmtpAuthMechanism::Login;
    else
        return makeError(ErrorCode::InvalidInput,
                         tr("SMTP settings: auth \"%1\" is not auto, plain or login").arg(auth));
    s.username = json.value(QStringLiteral("username")).toString();
    s.caFile = json.value(QStringLiteral("ca_file")).toString();
    s.fromAddress = json.value(QStringLiteral("from")).toString();
    s.connectTimeoutMs = json.value(QStringLiteral("connect_timeout_ms")).toInt(s.connectTimeoutMs);
    s.timeoutMs = json.value(QStringLiteral("timeout_ms")).toInt(s.timeoutMs);
    FD_TRY(s.validate());
    return s;
}

}  // namespace fd::calendar::messaging
