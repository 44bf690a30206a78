#pragma once

#include "calendar/core/messaging/sms_types.h"
#include "common/result.h"
#include "common/secure_bytes.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace fd::calendar::messaging {

// One practice's SMS gateway account (a Twilio-style REST API). The auth token is not part
// of it: the caller keeps it with the other practice secrets.
struct SmsGatewaySettings
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::messaging::SmsGatewaySettings)

public:
    QUrl messagesUrl;             // .../2010-04-01/Accounts/{AccountSid}/Messages.json
    QString accountSid;           // the basic-auth user
    QString fromNumber;           // E.164 sender, or
    QString messagingServiceSid;  // a messaging service (takes precedence over fromNumber)
    QUrl statusCallbackUrl;       // where the gateway posts delivery statuses; optional
    int timeoutMs = 30000;

    // Names the first wrong field; plain http is accepted for a loopback gateway only.
    Status validate() const;
    // Twilio's Messages endpoint for an account.
    static QUrl twilioMessagesUrl(const QString& accountSid);
};

struct OutgoingSms
{
    QString to;  // E.164
    QString body;
};

// The gateway's answer to a send: its message id and the status it reported.
struct SmsSendResult
{
    QString providerMessageId;
    SmsStatus status = SmsStatus::Unknown;
    QString errorCode;  // the gateway's error code when it already failed the message
    int httpStatus = 0;
};

// One send request: its own timeout, error text and lifetime. finished() is emitted once.
class SmsSendJob final : public QObject
{
    Q_OBJECT

public:
    explicit SmsSendJob(QObject* parent = nullptr) : QObject(parent) {}
    bool isFinished() const { return m_result.has_value(); }
    const Result<SmsSendResult>& result() const { return *m_result; }
    // False when the request certainly never reached the gateway (bad input, refused
    // connection); true once it answered or might have taken it (a timeout).
    bool mayHaveBeenAccepted() const { return m_mayHaveBeenAccepted; }

signals:
    void finished();

private:
    friend class SmsGatewayClient;
    void finish(Result<SmsSendResult> result);
    std::optional<Result<SmsSendResult>> m_result;
    bool m_mayHaveBeenAccepted = false;
};

// Sends text messages through the gateway: a form POST (To, From or MessagingServiceSid,
// Body, StatusCallback) with HTTP basic auth, the JSON reply parsed into SmsSendResult.
// Errors name the gateway's host, the HTTP status and the gateway's error code, never the
// number or the text.
class SmsGatewayClient final : public QObject
{
    Q_OBJECT

public:
    SmsGatewayClient(SmsGatewaySettings settings, SecureBytes authToken,
                     QNetworkAccessManager* network, QObject* parent = nullptr);

    // The job belongs to the client; delete it (deleteLater) once its result is read.
    SmsSendJob* send(const OutgoingSms& message);

    const SmsGatewaySettings& settings() const { return m_settings; }

    // The form body of a send, public for the tests.
    QByteArray formBody(const OutgoingSms& message) const;
    // Parses the gateway's reply to a send.
    static Result<SmsSendResult> parseReply(const QString& gateway, int httpStatus,
                                            const QByteArray& body);

private:
    void onFinished(QNetworkReply* reply, SmsSendJob* job);

    SmsGatewaySettings m_settings;
    SecureBytes m_authToken;
    QPointer<QNetworkAccessManager> m_network;
};

}  // namespace fd::calendar::messaging
