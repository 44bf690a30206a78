#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace fd::calendar::messaging {

// How the connection to the practice's SMTP server is protected.
enum class SmtpSecurity
{
    StartTls,          // port 587: plain connect, STARTTLS required before anything else
    ImplicitTls,       // port 465: TLS from the first byte
    NoneForTestsOnly,  // no TLS: accepted only for a loopback server (tests)
};

enum class SmtpAuthMechanism
{
    Automatic,
    Plain,
    Login
};

// One practice's email settings. The password is not part of it: the caller keeps it in the
// practice database or the OS keychain and hands it to the sender (never QSettings).
struct SmtpSettings
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::messaging::SmtpSettings)

public:
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString username;  // empty: no AUTH
    SmtpAuthMechanism auth = SmtpAuthMechanism::Automatic;
    QString caFile;  // PEM file of the CA that signed the server; empty: the system's store
    QString fromAddress;
    int connectTimeoutMs = 15000;
    int timeoutMs = 60000;  // the whole exchange of one message

    // Names the first wrong field.
    Status validate() const;
    // "host:port", the server's name in messages and logs.
    QString serverName() const;

    QJsonObject toJson() const;
    static Result<SmtpSettings> fromJson(const QJsonObject& json);
};

QString smtpSecurityName(SmtpSecurity security);  // "starttls", "tls", "none"

}  // namespace fd::calendar::messaging
