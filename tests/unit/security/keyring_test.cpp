#include "security/keyring.h"

#include "security_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>

using namespace fd;
using namespace fd::security;

namespace {
const crypto::KdfParams kCheap{1024, 1, 1};

Keyring makeKeyring(const SecureBytes& dbKey, const QString& recovery)
{
    Keyring k;
    k.newKeyId();
    REQUIRE(k.setUser(QStringLiteral("u1"), QStringLiteral("alice"), QStringLiteral("alice password 1"), dbKey, kCheap).ok());
    REQUIRE(k.setUser(QStringLiteral("u2"), QStringLiteral("bob"), QStringLiteral("bob password 22"), dbKey, kCheap).ok());
    REQUIRE(k.setRecoveryKey(recovery, dbKey, kCheap).ok());
    return k;
}
}  // namespace

TEST_CASE("Keyring wraps the database key per user and for recovery", "[keyring]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("p.db.keys"));
    const SecureBytes dbKey = SecureBytes::random(32);
    const QString recovery = generateRecoveryKey();
    REQUIRE(makeKeyring(dbKey, recovery).save(path, dbKey).ok());

    auto k = Keyring::load(path);
    REQUIRE(k.ok());
    CHECK(k->verifyMac(dbKey, path).ok());
    CHECK(k->openWithPassword(QStringLiteral("alice"), QStringLiteral("alice password 1")).value().equals(dbKey));
    CHECK(k->openWithPassword(QStringLiteral("bob"), QStringLiteral("bob password 22")).value().equals(dbKey));
    CHECK(k->openWithPassword(QStringLiteral("alice"), QStringLiteral("bob password 22")).error().code == ErrorCode::WrongPassword);
    CHECK(k->openWithRecoveryKey(recovery.toLower()).value().equals(dbKey));
    CHECK(k->openWithRecoveryKey(QStringLiteral("AAAA-BBBB")).error().code == ErrorCode::WrongPassword);

    // The file holds no key in clear.
    const QByteArray raw = fd::security::test::fileBytes(path);
    CHECK_FALSE(raw.contains(QByteArray(reinterpret_cast<const char*>(dbKey.data()), 32).toBase64()));
    CHECK_FALSE(raw.contains(dbKey.toHex()));
}

TEST_CASE("Recovery keys are 160 bits in dashed groups and forgive look-alikes", "[keyring]")
{
    const QString key = generateRecoveryKey();
    CHECK(key.size() == 39);
    CHECK(key.count(QLatin1Char('-')) == 7);
    CHECK(normalizeRecoveryKey(key).size() == 32);
    CHECK(normalizeRecoveryKey(QStringLiteral("abcd-0I18 ")) == QStringLiteral("ABCDOIIB"));
    CHECK(normalizeRecoveryKey(QStringLiteral("ab!d")).isEmpty());
}

TEST_CASE("A damaged or truncated keyring is reported, not crashed on", "[keyring]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("p.db.keys"));
    const SecureBytes dbKey = SecureBytes::random(32);
    REQUIRE(makeKeyring(dbKey, generateRecoveryKey()).save(path, dbKey).ok());
    const QByteArray good = fd::security::test::fileBytes(path);

    for (qsizetype cut : {qsizetype(0), qsizetype(10), good.size() / 2, good.size() - 3}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(good.left(cut));
        f.close();
        auto k = Keyring::load(path);
        REQUIRE_FALSE(k.ok());
        CHECK(k.error().code == ErrorCode::Corrupt);
        CHECK(k.error().message.contains(QStringLiteral("keyring")));
        CHECK(k.error().message.contains(QStringLiteral("damaged")));
    }

    // A changed character inside a base64 field: the checksum catches it.
    QByteArray flipped = good;
    const qsizetype at = flipped.indexOf("\"ct\": \"") + 9;
    flipped[at] = flipped[at] == 'A' ? 'B' : 'A';
    CHECK(Keyring::parse(flipped, path).error().code == ErrorCode::Corrupt);

    // Missing file: NotFound, naming the file and the way back.
    auto missing = Keyring::load(dir.file(QStringLiteral("none.db.keys")));
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("none.db.keys")));
    CHECK(missing.error().message.contains(QStringLiteral("recovery key")));
}

TEST_CASE("A keyring rewritten by someone without the database key fails its MAC", "[keyring]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("p.db.keys"));
    const SecureBytes dbKey = SecureBytes::random(32);
    Keyring k = makeKeyring(dbKey, generateRecoveryKey());
    // The attacker replaces bob's wrap with one of their own and fixes the checksum, but can
    // only MAC with a key of their own.
    const SecureBytes attackerKey = SecureBytes::random(32);
    REQUIRE(k.setUser(QStringLiteral("u2"), QStringLiteral("bob"), QStringLiteral("attacker password"), attackerKey, kCheap).ok());
    REQUIRE(k.save(path, attackerKey).ok());
    auto loaded = Keyring::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->verifyMac(dbKey, path).error().code == ErrorCode::Corrupt);
}

TEST_CASE("Password change re-seals only the private key; rewrap needs no password", "[keyring]")
{
    const SecureBytes dbKey = SecureBytes::random(32);
    Keyring k = makeKeyring(dbKey, generateRecoveryKey());
    CHECK(k.changePassword(QStringLiteral("u1"), QStringLiteral("wrong"), QStringLiteral("new alice pass"), kCheap).error().code ==
          ErrorCode::WrongPassword);
    REQUIRE(k.changePassword(QStringLiteral("u1"), QStringLiteral("alice password 1"), QStringLiteral("new alice pass"), kCheap).ok());
    CHECK_FALSE(k.openWithPassword(QStringLiteral("alice"), QStringLiteral("alice password 1")).ok());
    CHECK(k.openWithPassword(QStringLiteral("alice"), QStringLiteral("new alice pass")).value().equals(dbKey));

    const SecureBytes newKey = SecureBytes::random(32);
    k.newKeyId();
    REQUIRE(k.rewrapAll(newKey).ok());
    CHECK(k.openWithPassword(QStringLiteral("alice"), QStringLiteral("new alice pass")).value().equals(newKey));
    CHECK(k.openWithPassword(QStringLiteral("bob"), QStringLiteral("bob password 22")).value().equals(newKey));
    CHECK(k.removeUser(QStringLiteral("u2")));
    CHECK(k.findUsername(QStringLiteral("bob")) == nullptr);
}

TEST_CASE("Keyring uses the production Argon2id cost by default", "[keyring]")
{
    const crypto::KdfParams p = securityPolicy().wrapKdf;
    CHECK(p.memoryKiB == 65536);
    CHECK(p.iterations == 3);
    CHECK(p.parallelism == 1);
}
