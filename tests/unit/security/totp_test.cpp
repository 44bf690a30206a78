#include "security/totp.h"

#include <catch2/catch_test_macros.hpp>

#include <QUrlQuery>

using namespace fd;
using namespace fd::security;

namespace {
QDateTime at(qint64 unix)
{
    return QDateTime::fromSecsSinceEpoch(unix, Qt::UTC);
}
}  // namespace

TEST_CASE("TOTP matches RFC 6238's SHA-1 test vectors (6 digits)", "[totp]")
{
    const QByteArray secret("12345678901234567890");
    // RFC 6238 appendix B lists 8 digits; the 6-digit code is their last six.
    CHECK(Totp::code(secret, at(59)) == QStringLiteral("287082"));
    CHECK(Totp::code(secret, at(1111111109)) == QStringLiteral("081804"));
    CHECK(Totp::code(secret, at(1234567890)) == QStringLiteral("005924"));
    CHECK(Totp::code(secret, at(2000000000)) == QStringLiteral("279037"));
}

TEST_CASE("TOTP accepts one step of drift either way and names the step", "[totp]")
{
    const QByteArray secret = Totp::newSecret();
    const QDateTime now = at(1700000000);
    const qint64 step = 1700000000 / 30;
    CHECK(Totp::matchStep(secret, Totp::code(secret, now), now) == step);
    CHECK(Totp::matchStep(secret, Totp::code(secret, now.addSecs(-30)), now) == step - 1);
    CHECK(Totp::matchStep(secret, Totp::code(secret, now.addSecs(30)), now) == step + 1);
    CHECK_FALSE(Totp::matchStep(secret, Totp::code(secret, now.addSecs(-90)), now).has_value());
    CHECK_FALSE(Totp::matchStep(secret, QStringLiteral("12345"), now).has_value());
}

TEST_CASE("TOTP enrollment data: base32 secret and otpauth URI", "[totp]")
{
    const QByteArray secret = Totp::newSecret();
    CHECK(secret.size() == 20);
    const QString b32 = Totp::toBase32(secret);
    CHECK(b32.size() == 32);
    CHECK(Totp::fromBase32(b32.toLower()).value() == secret);
    const QUrl uri(Totp::otpauthUri(QStringLiteral("Frontdesk"), QStringLiteral("alice"), secret));
    CHECK(uri.scheme() == QStringLiteral("otpauth"));
    CHECK(uri.host() == QStringLiteral("totp"));
    CHECK(uri.path() == QStringLiteral("/Frontdesk:alice"));
    const QUrlQuery q(uri);
    CHECK(q.queryItemValue(QStringLiteral("secret")) == b32);
    CHECK(q.queryItemValue(QStringLiteral("issuer")) == QStringLiteral("Frontdesk"));
    CHECK(q.queryItemValue(QStringLiteral("digits")) == QStringLiteral("6"));
    CHECK(q.queryItemValue(QStringLiteral("period")) == QStringLiteral("30"));
    CHECK(q.queryItemValue(QStringLiteral("algorithm")) == QStringLiteral("SHA1"));
}
