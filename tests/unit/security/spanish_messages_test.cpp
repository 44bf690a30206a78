// With the Spanish catalog installed, login, unlock and password errors reach the user in
// Spanish: tr() asks for the context lupdate filed the text under.
#include "security/practice_session.h"

#include "scoped_language.h"
#include "security_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::security;
using fd::security::test::kAdminPassword;

TEST_CASE("Security errors are in Spanish once the Spanish catalog is installed", "[session][i18n]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    auto session = fd::security::test::createPractice(path);
    fd::test::ScopedLanguage spanish(QStringLiteral("es"));
    REQUIRE(spanish.installed());

    SECTION("a wrong password at login")
    {
        REQUIRE(session->logout().ok());
        const auto wrong = PracticeSession::login(path, QStringLiteral("admin"), QStringLiteral("not the password"));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().message == QStringLiteral("Contraseña incorrecta o nombre de usuario desconocido."));
    }
    SECTION("a wrong password to unlock, then the lockout")
    {
        REQUIRE(session->lock().ok());
        const Status wrong = session->unlock(QStringLiteral("wrong password!"));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().message == QStringLiteral("Contraseña incorrecta."));
        for (int i = 1; i < securityPolicy().lockoutThreshold; ++i)
            REQUIRE_FALSE(session->unlock(QStringLiteral("wrong password!")).ok());
        const Status blocked = session->unlock(kAdminPassword);
        REQUIRE_FALSE(blocked.ok());
        CHECK(blocked.error().code == ErrorCode::LockedOut);
        CHECK(blocked.error().message ==
              QStringLiteral("Demasiados intentos fallidos: cierre sesión o espere y vuelva a intentarlo."));
    }
    SECTION("a wrong current password when changing one's own")
    {
        const Status changed = session->users().changePassword(session->user().id, QStringLiteral("not my password"),
                                                               QStringLiteral("new password 0001"));
        REQUIRE_FALSE(changed.ok());
        CHECK(changed.error().message == QStringLiteral("La contraseña actual es incorrecta."));
    }
}
