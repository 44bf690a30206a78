#pragma once

#include "calendar/core/messaging/sms_types.h"
#include "common/result.h"
#include "common/secure_bytes.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace fd::calendar::messaging {

using FormFields = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded: '+' is a space, %XX a byte, fields in their order.
Result<FormFields> parseFormBody(const QByteArray& body);

// Twilio's request signature: HMAC-SHA1, keyed with the account's auth token, over the full
// URL the gateway called followed by each POST parameter's name and value, sorted by name;
// base64.
QString twilioSignature(const QString& url, const FormFields& fields, const SecureBytes& authToken);
// Compares in constant time with the X-Twilio-Signature header.
bool verifyTwilioSignature(const QString& url, const FormFields& fields,
                           const QByteArray& signatureHeader, const SecureBytes& authToken);

// A delivery status callback: which message, its new status and the gateway's error code.
struct DeliveryStatus
{
    QString providerMessageId;
    SmsStatus status = SmsStatus::Unknown;
    QString errorCode;
};

// Parses a callback's fields (MessageSid, MessageStatus, ErrorCode).
Result<DeliveryStatus> parseDeliveryStatus(const FormFields& fields);

// The whole check a callback endpoint makes: the body parsed, the signature verified (a
// forged or altered callback is refused as Tampered, before anything is read from it), the
// status parsed.
Result<DeliveryStatus> verifiedDeliveryStatus(const QString& url, const QByteArray& body,
                                              const QByteArray& signatureHeader,
                                              const SecureBytes& authToken);

}  // namespace fd::calendar::messaging
