// With the Spanish catalog installed, storage errors reach the user in Spanish: tr() asks for
// the context lupdate filed the text under.
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/synced_rows.h"

#include "scoped_language.h"
#include "storage_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::storage;
using fd::storage::test::createDatabase;

TEST_CASE("Storage errors are in Spanish once the Spanish catalog is installed", "[i18n]")
{
    fd::test::TempDir dir;
    auto db = createDatabase(dir.file(QStringLiteral("practice.db")));
    fd::test::ScopedLanguage spanish(QStringLiteral("es"));
    REQUIRE(spanish.installed());

    SECTION("a failed migration")
    {
        MigrationSet set{QStringLiteral("clinic"),
                         {Migration{1,
                                    QStringLiteral("broken"),
                                    {QStringLiteral("INSERT INTO no_such_table VALUES (1)")},
                                    {}}}};
        const fd::Status status = db->migrate({set});
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message == QStringLiteral("Falló la migración clinic versión 1 (broken)"));
    }
    SECTION("a transaction committed twice")
    {
        auto tx = db->begin();
        REQUIRE(tx.ok());
        REQUIRE((*tx)->commit().ok());
        const fd::Status again = (*tx)->commit();
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message == QStringLiteral("La transacción ya no está activa"));
    }
    SECTION("a write to a table name that is not an identifier")
    {
        auto tx = db->begin();
        REQUIRE(tx.ok());
        const auto id = SyncedRows::insert(**tx, QStringLiteral("room; DROP TABLE x"), {});
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().message == QStringLiteral("Nombre de tabla no válido: room; DROP TABLE x"));
    }
    SECTION("a database file that is not there")
    {
        const QString missing = dir.file(QStringLiteral("missing.db"));
        const auto opened = Database::open(missing, fd::storage::test::key(0x11));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message == QStringLiteral("Archivo de base de datos no encontrado: %1").arg(missing));
    }
}
