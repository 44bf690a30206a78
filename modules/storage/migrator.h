#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace fd::storage {

// Applies one module's numbered migrations above the version recorded in schema_versions,
// each step with its version bump in one transaction (synchronous=FULL: schema changes are
// rare and must survive a power cut). Internal to fd_storage; Database::migrate uses it.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(fd::storage::Migrator)

public:
    explicit Migrator(Database& db) : m_db(db) {}
    Status run(const MigrationSet& set);

private:
    Status applyStep(const QString& module, const Migration& migration);
    Database& m_db;
};

}  // namespace fd::storage
