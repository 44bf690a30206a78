#include "security/totp.h"

#include "security/crypto_primitives.h"

#include <botan/otp.h>

#include <QUrl>

namespace fd::security {

namespace {
QString formatCode(std::uint32_t value)
{
    return QStringLiteral("%1").arg(value, Totp::kDigits, 10, QLatin1Char('0'));
}

std::uint32_t generate(const QByteArray& secret, qint64 unixTime)
{
    Botan::TOTP totp(reinterpret_cast<const std::uint8_t*>(secret.constData()), std::size_t(secret.size()),
                     "SHA-1", Totp::kDigits, Totp::kStepSecs);
    return totp.generate_totp(std::uint64_t(unixTime));
}
}  // namespace

QByteArray Totp::newSecret()
{
    return crypto::randomBytes(20);
}

QString Totp::toBase32(const QByteArray& secret)
{
    return crypto::base32Encode(secret);
}

Result<QByteArray> Totp::fromBase32(const QString& text)
{
    return crypto::base32Decode(text);
}

QString Totp::otpauthUri(const QString& issuer, const QString& username, const QByteArray& secret)
{
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer + QLatin1Char(':') + username, ":@"));
    return QStringLiteral("otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=%4&period=%5")
        .arg(label, toBase32(secret), QString::fromLatin1(QUrl::toPercentEncoding(issuer)))
        .arg(kDigits)
        .arg(kStepSecs);
}

QString Totp::code(const QByteArray& secret, const QDateTime& at)
{
    return formatCode(generate(secret, at.toSecsSinceEpoch()));
}

std::optional<qint64> Totp::matchStep(const QByteArray& secret, const QString& code, const QDateTime& now)
{
    const QString trimmed = QString(code).remove(QLatin1Char(' '));
    if (trimmed.size() != kDigits || secret.isEmpty())
        return std::nullopt;
    const qint64 t = now.toSecsSinceEpoch();
    std::optional<qint64> found;
    // Every candidate is computed so the time taken does not depend on which one matched.
    for (int drift = -1; drift <= 1; ++drift) {
        const qint64 at = t + qint64(drift) * kStepSecs;
        if (crypto::equalBytes(formatCode(generate(secret, at)).toLatin1(), trimmed.toLatin1()) && !found)
            found = at / kStepSecs;
    }
    return found;
}

}  // namespace fd::security
