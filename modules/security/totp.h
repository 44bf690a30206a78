#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fd::security {

// RFC 6238 one-time codes: HMAC-SHA-1, 6 digits, 30-second steps, one step of drift either
// way (Botan::TOTP). Secrets are 160 random bits, shown as base32.
class Totp
{
public:
    static constexpr int kDigits = 6;
    static constexpr int kStepSecs = 30;

    static QByteArray newSecret();
    static QString toBase32(const QByteArray& secret);
    static Result<QByteArray> fromBase32(const QString& text);
    // otpauth://totp/Issuer:username?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30
    static QString otpauthUri(const QString& issuer, const QString& username, const QByteArray& secret);

    static QString code(const QByteArray& secret, const QDateTime& at);
    // The time step the code belongs to (now, one before or one after), if it matches.
    // Callers refuse a step at or before the last one used, so a code works once.
    static std::optional<qint64> matchStep(const QByteArray& secret, const QString& code, const QDateTime& now);
};

}  // namespace fd::security
