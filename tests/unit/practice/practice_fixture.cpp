#include "practice_fixture.h"

#include "common/secure_bytes.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/practice_profile.h"
#include "storage/synced_rows.h"

#include <catch2/catch_test_macros.hpp>

#include <QSqlQuery>

namespace fd::practice::test {

PracticeFixture::PracticeFixture()
{
    auto created = storage::Database::create(dir.file(QStringLiteral("practice.db")), SecureBytes::random(32));
    REQUIRE(created.ok());
    db = std::shared_ptr<storage::Database>(std::move(created.value()));
    auto migrated = db->migrate({storage::storageMigrations(), practiceMigrations()});
    INFO((migrated.ok() ? std::string() : migrated.error().toString().toStdString()));
    REQUIRE(migrated.ok());
    clock = std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 14), QTime(15, 0), Qt::UTC));
    registry.add<storage::Database>(db);
    registry.add<security::IAccessControl>(access);
    registry.add<security::IAuditTrail>(audit);
    registry.add<IClock>(clock);
    registerServices(registry);
    grantAll();
}

void PracticeFixture::grantAll()
{
    access->granted = {perm::kView, perm::kEdit, perm::kCodesImport};
}

void PracticeFixture::grantViewOnly()
{
    access->granted = {perm::kView};
}

qint64 PracticeFixture::count(const QString& sql, const QVariantList& binds) const
{
    auto q = storage::exec(db->connection(), sql, binds);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

QString PracticeFixture::dataFile(const QString& name) const
{
    return fd::test::sourceDir() + QStringLiteral("/tests/data/practice/") + name;
}

}  // namespace fd::practice::test
