#include "storage/migrator.h"

#include "common/logging.h"

namespace fd::storage {

namespace {

Status validate(const MigrationSet& set)
{
    if (set.module.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Migrator::tr("A migration set has no module name"));
    for (std::size_t i = 0; i < set.migrations.size(); ++i) {
        const Migration& m = set.migrations[i];
        if (m.version != int(i) + 1) {
            return makeError(
                ErrorCode::InvalidInput,
                Migrator::tr("Migrations of %1 must be numbered 1, 2, 3...: found version %2 "
                             "at position %3")
                    .arg(set.module)
                    .arg(m.version)
                    .arg(i + 1));
        }
        if (m.statements.isEmpty() && !m.apply) {
            return makeError(ErrorCode::InvalidInput,
                             Migrator::tr("Migration %1 version %2 has nothing to do")
                                 .arg(set.module)
                                 .arg(m.version));
        }
    }
    return {};
}

Error stepFailed(const QString& module, const Migration& migration, const Error& cause)
{
    return makeError(cause.code,
                     Migrator::tr("Migration %1 version %2 (%3) failed")
                         .arg(module)
                         .arg(migration.version)
                         .arg(migration.description),
                     cause.toString());
}

}  // namespace

Status Migrator::run(const MigrationSet& set)
{
    FD_TRY(validate(set));
    const int current = m_db.schemaVersion(set.module);
    const int newest = int(set.migrations.size());
    if (current > newest) {
        return makeError(ErrorCode::Unavailable,
                         tr("The %1 schema of this database is version %2, newer than this "
                            "program knows (%3): update Frontdesk")
                             .arg(set.module)
                             .arg(current)
                             .arg(newest));
    }
    for (const Migration& migration : set.migrations) {
        if (migration.version > current)
            FD_TRY(applyStep(set.module, migration));
    }
    return {};
}

Status Migrator::applyStep(const QString& module, const Migration& migration)
{
    auto tx = m_db.begin(Database::Durability::Full);
    if (!tx)
        return stepFailed(module, migration, tx.error());
    QSqlDatabase db = (*tx)->connection();
    for (const QString& statement : migration.statements) {
        auto done = exec(db, statement);
        if (!done)
            return stepFailed(module, migration, done.error());  // the transaction rolls back
    }
    if (migration.apply) {
        const Status applied = migration.apply(db);
        if (!applied)
            return stepFailed(module, migration, applied.error());
    }
    auto bumped =
        exec(db,
             QStringLiteral("INSERT INTO schema_versions (module, version) VALUES (?, ?) "
                            "ON CONFLICT (module) DO UPDATE SET version = excluded.version"),
             {module, migration.version});
    if (!bumped)
        return stepFailed(module, migration, bumped.error());
    const Status committed = (*tx)->commit();
    if (!committed)
        return stepFailed(module, migration, committed.error());
    qCInfo(lcStorage) << "migrated" << module << "to version" << migration.version;
    return {};
}

Status Database::migrate(const std::vector<MigrationSet>& sets)
{
    for (const MigrationSet& set : sets)
        FD_TRY(Migrator(*this).run(set));
    return {};
}

}  // namespace fd::storage
