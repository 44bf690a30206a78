#include "calendar/core/messaging/sms_status_callback.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <algorithm>

namespace fd::calendar::messaging {

namespace {

QString decodeFormPart(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

bool constantTimeEqual(const QByteArray& a, const QByteArray& b)
{
    // The length is not secret (a base64 SHA-1 is always 28 characters); the content is.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

}  // namespace

Result<FormFields> parseFormBody(const QByteArray& body)
{
    FormFields fields;
    if (body.isEmpty())
        return fields;
    const QList<QByteArray> parts = body.split('&');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray& part = parts[i];
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        if (name.isEmpty())
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("fd::calendar::messaging",
                                            "form field %1 of the callback has no name")
                    .arg(i + 1));
        fields.append(
            {decodeFormPart(name), eq < 0 ? QString() : decodeFormPart(part.mid(eq + 1))});
    }
    return fields;
}

QString twilioSignature(const QString& url, const FormFields& fields, const SecureBytes& authToken)
{
    FormFields sorted = fields;
    // By name, then by value for a repeated name, as the gateway's own libraries do.
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    QByteArray data = url.toUtf8();
    for (const auto& [name, value] : sorted)
        data += name.toUtf8() + value.toUtf8();
    QByteArray key(reinterpret_cast<const char*>(authToken.data()), qsizetype(authToken.size()));
    const QByteArray mac = QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha1);
    wipeBytes(key);
    return QString::fromLatin1(mac.toBase64());
}

bool verifyTwilioSignature(const QString& url, const FormFields& fields,
                           const QByteArray& signatureHeader, const SecureBytes& authToken)
{
    if (authToken.isEmpty() || signatureHeader.isEmpty())
        return false;
    const QByteArray expected = twilioSignature(url, fields, authToken).toLatin1();
    return constantTimeEqual(expected, signatureHeader.trimmed());
}

Result<DeliveryStatus> parseDeliveryStatus(const FormFields& fields)
{
    DeliveryStatus status;
    QString statusText;
    for (const auto& [name, value] : fields) {
        if (name == QLatin1String("MessageSid"))
            status.providerMessageId = value;
        else if (name == QLatin1String("MessageStatus"))
            statusText = value;
        else if (name == QLatin1String("ErrorCode"))
            status.errorCode = value;
    }
    if (status.providerMessageId.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::calendar::messaging",
                                                     "the status callback has no MessageSid"));
    status.status = parseSmsStatus(statusText);
    if (status.status == SmsStatus::Unknown)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "fd::calendar::messaging",
                             "the status callback for %1 has the unknown MessageStatus \"%2\"")
                             .arg(status.providerMessageId, statusText.left(40)));
    return status;
}

Result<DeliveryStatus> verifiedDeliveryStatus(const QString& url, const QByteArray& body,
                                              const QByteArray& signatureHeader,
                                              const SecureBytes& authToken)
{
    auto fields = parseFormBody(body);
    if (!fields)
        return fields.error();
    if (!verifyTwilioSignature(url, *fields, signatureHeader, authToken))
        return makeError(
            ErrorCode::Tampered,
            QCoreApplication::translate("fd::calendar::messaging",
                                        "the status callback to %1 has no valid signature")
                .arg(QUrl(url).path()));
    return parseDeliveryStatus(*fields);
}

}  // namespace fd::calendar::messaging
