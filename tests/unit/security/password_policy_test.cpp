#include "security/password_policy.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::security;

TEST_CASE("Passwords need 12 characters and must not be the user name", "[password]")
{
    SecurityPolicy policy;
    CHECK(PasswordPolicy::check(QStringLiteral("alice"), QStringLiteral("short"), policy).error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(PasswordPolicy::check(QStringLiteral("alice"), QStringLiteral("elevenchars"), policy).ok());
    CHECK(PasswordPolicy::check(QStringLiteral("alice"), QStringLiteral("twelve chars"), policy).ok());
    CHECK_FALSE(PasswordPolicy::check(QStringLiteral("longusername"), QStringLiteral("LongUserName"), policy).ok());
    // Characters, not UTF-16 units or bytes.
    CHECK_FALSE(PasswordPolicy::check(QStringLiteral("alice"), QString::fromUtf8("ñññññññññññ"), policy).ok());
    CHECK(PasswordPolicy::check(QStringLiteral("alice"), QString::fromUtf8("ññññññññññññ"), policy).ok());
}

TEST_CASE("Password history hashes recognise reused passwords only", "[password]")
{
    const crypto::KdfParams cheap{1024, 1, 1};
    auto h1 = PasswordPolicy::hash(QStringLiteral("first password"), cheap);
    auto h2 = PasswordPolicy::hash(QStringLiteral("second password"), cheap);
    REQUIRE(h1.ok());
    REQUIRE(h2.ok());
    CHECK(h1->startsWith(QStringLiteral("argon2id$1024$1$1$")));
    CHECK_FALSE(h1->contains(QStringLiteral("first")));
    CHECK(PasswordPolicy::matches(QStringLiteral("first password"), h1.value()));
    CHECK_FALSE(PasswordPolicy::matches(QStringLiteral("first passworD"), h1.value()));
    CHECK(PasswordPolicy::checkNotReused(QStringLiteral("second password"), {h1.value(), h2.value()}).error().code ==
          ErrorCode::InvalidInput);
    CHECK(PasswordPolicy::checkNotReused(QStringLiteral("third password"), {h1.value(), h2.value()}).ok());
    CHECK_FALSE(PasswordPolicy::matches(QStringLiteral("x"), QStringLiteral("garbage")));
}
