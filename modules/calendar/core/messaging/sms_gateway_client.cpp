#include "calendar/core/messaging/sms_gateway_client.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace fd::calendar::messaging {

namespace {

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isE164(const QString& number)
{
    static const QRegularExpression kE164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return kE164.match(number).hasMatch();
}

void appendField(QByteArray& body, const char* name, const QString& value)
{
    if (!body.isEmpty())
        body += '&';
    body += name;
    body += '=';
    body += QUrl::toPercentEncoding(value);
}

// A gateway's error text can quote the number it refused: long digit runs are masked.
QString withoutNumbers(QString text)
{
    static const QRegularExpression kDigits(QStringLiteral("\\+?[0-9][0-9 ().-]{5,}[0-9]"));
    return text.replace(kDigits, QStringLiteral("<number>"));
}

QString jsonText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

}  // namespace

Status SmsGatewaySettings::validate() const
{
    auto bad = [](const QString& message) { return makeError(ErrorCode::InvalidInput, message); };
    if (!messagesUrl.isValid() || messagesUrl.host().isEmpty())
        return bad(tr("SMS gateway settings: the endpoint \"%1\" is not a URL")
                       .arg(messagesUrl.toString()));
    if (messagesUrl.scheme() != QLatin1String("https") &&
        !(messagesUrl.scheme() == QLatin1String("http") && isLoopback(messagesUrl)))
        return bad(
            tr("SMS gateway settings: the endpoint %1 must use https").arg(messagesUrl.host()));
    if (accountSid.trimmed().isEmpty())
        return bad(tr("SMS gateway settings: the account SID is empty"));
    if (messagingServiceSid.isEmpty() && !isE164(fromNumber))
        return bad(
            tr("SMS gateway settings: the sender \"%1\" is not an E.164 number (+15555550100) and "
               "no messaging service is set")
                .arg(fromNumber));
    if (!statusCallbackUrl.isEmpty() &&
        (!statusCallbackUrl.isValid() || statusCallbackUrl.host().isEmpty()))
        return bad(tr("SMS gateway settings: the status callback \"%1\" is not a URL")
                       .arg(statusCallbackUrl.toString()));
    if (timeoutMs <= 0)
        return bad(tr("SMS gateway settings: the timeout must be positive"));
    return {};
}

QUrl SmsGatewaySettings::twilioMessagesUrl(const QString& accountSid)
{
    return QUrl(QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/%1/Messages.json")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(accountSid))));
}

void SmsSendJob::finish(Result<SmsSendResult> result)
{
    if (m_result)
        return;
    m_result.emplace(std::move(result));
    emit finished();
}

SmsGatewayClient::SmsGatewayClient(SmsGatewaySettings settings, SecureBytes authToken,
                                   QNetworkAccessManager* network, QObject* parent)
    : QObject(parent),
      m_settings(std::move(settings)),
      m_authToken(std::move(authToken)),
      m_network(network)
{
}

QByteArray SmsGatewayClient::formBody(const OutgoingSms& message) const
{
    QByteArray body;
    appendField(body, "To", message.to);
    if (!m_settings.messagingServiceSid.isEmpty())
        appendField(body, "MessagingServiceSid", m_settings.messagingServiceSid);
    else
        appendField(body, "From", m_settings.fromNumber);
    appendField(body, "Body", message.body);
    if (!m_settings.statusCallbackUrl.isEmpty())
        appendField(body, "StatusCallback",
                    m_settings.statusCallbackUrl.toString(QUrl::FullyEncoded));
    return body;
}

SmsSendJob* SmsGatewayClient::send(const OutgoingSms& message)
{
    auto* job = new SmsSendJob(this);
    const QString gateway = m_settings.messagesUrl.host();
    if (auto valid = m_settings.validate(); !valid) {
        job->finish(valid.error());
        return job;
    }
    if (!isE164(message.to) || message.body.isEmpty()) {
        job->finish(
            makeError(ErrorCode::InvalidInput,
                      tr("SMS through %1: the number is not in E.164 form or the text is empty")
                          .arg(gateway)));
        return job;
    }
    if (!m_network) {
        job->finish(
            makeError(ErrorCode::Internal, tr("SMS through %1: no network access").arg(gateway)));
        return job;
    }
    QNetworkRequest request(m_settings.messagesUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    QByteArray credentials = m_settings.accountSid.toUtf8() + ':' +
                             QByteArray(reinterpret_cast<const char*>(m_authToken.data()),
                                        qsizetype(m_authToken.size()));
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    wipeBytes(credentials);
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_network->post(request, formBody(message));
    connect(reply, &QNetworkReply::finished, job, [this, reply, job] { onFinished(reply, job); });
    return job;
}

void SmsGatewayClient::onFinished(QNetworkReply* reply, SmsSendJob* job)
{
    reply->deleteLater();
    const QString gateway = m_settings.messagesUrl.host();
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                          reply->error() == QNetworkReply::TimeoutError;
    job->m_mayHaveBeenAccepted = httpStatus != 0 || timedOut;
    if (httpStatus == 0) {
        job->finish(makeError(ErrorCode::Unavailable,
                              timedOut ? tr("SMS gateway %1 did not answer within %2 ms")
                                             .arg(gateway)
                                             .arg(m_settings.timeoutMs)
                                       : tr("SMS gateway %1 cannot be reached").arg(gateway),
                              reply->errorString()));
        return;
    }
    job->finish(parseReply(gateway, httpStatus, reply->readAll()));
}

Result<SmsSendResult> SmsGatewayClient::parseReply(const QString& gateway, int httpStatus,
                                                   const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject json = doc.object();
    if (httpStatus < 200 || httpStatus >= 300) {
        const QString code = jsonText(json.value(QStringLiteral("code")));
        const QString message = withoutNumbers(json.value(QStringLiteral("message")).toString());
        const ErrorCode kind = httpStatus == 401 || httpStatus == 403   ? ErrorCode::WrongPassword
                               : httpStatus >= 500 || httpStatus == 429 ? ErrorCode::Unavailable
                                                                        : ErrorCode::InvalidInput;
        return makeError(kind,
                         tr("SMS gateway %1 refused the message (HTTP %2, error %3)")
                             .arg(gateway)
                             .arg(httpStatus)
                             .arg(code.isEmpty() ? tr("none given") : code),
                         message);
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Unavailable,
                         tr("SMS gateway %1 answered HTTP %2 with no JSON object (offset %3: %4)")
                             .arg(gateway)
                             .arg(httpStatus)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    SmsSendResult result;
    result.httpStatus = httpStatus;
    result.providerMessageId = json.value(QStringLiteral("sid")).toString();
    result.status = parseSmsStatus(json.value(QStringLiteral("status")).toString());
    result.errorCode = jsonText(json.value(QStringLiteral("error_code")));
    if (result.providerMessageId.isEmpty())
        return makeError(ErrorCode::Unavailable,
                         tr("SMS gateway %1 answered HTTP %2 without a message sid")
                             .arg(gateway)
                             .arg(httpStatus));
    return result;
}

}  // namespace fd::calendar::messaging
