// The practice module's schema: numbered migrations, each in its own transaction.
#include "practice/core/practice_profile.h"

#include "practice/core/code_set_parser.h"
#include "practice/core/code_set_store.h"
#include "practice/core/practice_validation.h"

#include <QCoreApplication>
#include <QFile>

namespace fd::practice {

namespace {

QString synced(const QString& table, const QString& columns)
{
    return QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY, row_version INTEGER NOT NULL, "
                          "updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, %2)")
        .arg(table, columns);
}

storage::Migration organization()
{
    QStringList statements;
    for (const char* column : {"taxonomy TEXT", "billing_line1 TEXT", "billing_line2 TEXT", "billing_city TEXT",
                               "billing_state TEXT", "billing_zip TEXT", "pay_to_line1 TEXT", "pay_to_line2 TEXT",
                               "pay_to_city TEXT", "pay_to_state TEXT", "pay_to_zip TEXT", "phone TEXT", "fax TEXT",
                               "email TEXT", "logo BLOB"})
        statements << QStringLiteral("ALTER TABLE practice_profile ADD COLUMN %1").arg(QString::fromLatin1(column));
    const QString address = QStringLiteral("line1 TEXT, line2 TEXT, city TEXT, state TEXT, zip TEXT");
    statements << synced(QStringLiteral("locations"),
                         QStringLiteral("name TEXT NOT NULL, %1, time_zone TEXT NOT NULL, place_of_service TEXT NOT NULL, "
                                        "facility_npi TEXT, phone TEXT, hours TEXT")
                             .arg(address))
               << synced(QStringLiteral("location_resources"),
                         QStringLiteral("location_id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, "
                                        "active INTEGER NOT NULL DEFAULT 1"))
               << QStringLiteral("CREATE INDEX location_resources_location ON location_resources(location_id)")
               << synced(QStringLiteral("providers"),
                         QStringLiteral("first_name TEXT NOT NULL, last_name TEXT NOT NULL, credentials TEXT, "
                                        "npi TEXT NOT NULL, taxonomy TEXT, specialties TEXT, location_ids TEXT, "
                                        "bills_under_organization INTEGER NOT NULL, claim_roles INTEGER NOT NULL, "
                                        "external INTEGER NOT NULL, active INTEGER NOT NULL"))
               << QStringLiteral("CREATE INDEX providers_npi ON providers(npi)")
               << synced(QStringLiteral("payers"),
                         QStringLiteral("name TEXT NOT NULL, payer_ids TEXT, claim_filing_indicator TEXT NOT NULL, "
                                        "timely_filing_days INTEGER NOT NULL, appeal_days INTEGER NOT NULL, "
                                        "crossover INTEGER NOT NULL, eligibility_channel TEXT NOT NULL, "
                                        "claim_channel TEXT NOT NULL, %1, phone TEXT, active INTEGER NOT NULL")
                             .arg(address))
               << synced(QStringLiteral("fee_schedules"),
                         QStringLiteral("name TEXT NOT NULL, payer_id TEXT NOT NULL DEFAULT '', "
                                        "effective_from TEXT NOT NULL, effective_to TEXT"))
               << QStringLiteral("CREATE INDEX fee_schedules_payer ON fee_schedules(payer_id, effective_from)")
               << synced(QStringLiteral("fee_schedule_items"),
                         QStringLiteral("schedule_id TEXT NOT NULL, code_system TEXT NOT NULL, code TEXT NOT NULL, "
                                        "modifier TEXT NOT NULL DEFAULT '', description TEXT, "
                                        "amount_cents INTEGER NOT NULL"))
               << QStringLiteral("CREATE INDEX fee_schedule_items_code ON fee_schedule_items(schedule_id, code, modifier)");
    return {2, QStringLiteral("organization, locations, providers, payers, fee schedules"), statements, {}};
}

storage::Migration codeSetTables()
{
    return {3,
            QStringLiteral("code sets"),
            {QStringLiteral("CREATE TABLE code_set_versions (id INTEGER PRIMARY KEY, code_set TEXT NOT NULL, "
                            "version TEXT NOT NULL, effective_from TEXT NOT NULL, effective_to TEXT, source TEXT, "
                            "imported_at TEXT NOT NULL, code_count INTEGER NOT NULL, UNIQUE (code_set, version), "
                            "UNIQUE (code_set, effective_from))"),
             // Keyed by (version, code): a prefix search is a range scan of the key itself.
             QStringLiteral("CREATE TABLE code_set_entries (version_id INTEGER NOT NULL "
                            "REFERENCES code_set_versions(id) ON DELETE CASCADE, code TEXT NOT NULL, "
                            "billable INTEGER NOT NULL DEFAULT 1, short_description TEXT, description TEXT, "
                            "valid_from TEXT, valid_to TEXT, PRIMARY KEY (version_id, code)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX code_set_entries_code ON code_set_entries(code)")},
            {}};
}

struct StarterSet
{
    CodeSet set;
    const char* version;
    QDate effectiveFrom;
    const char* resource;
};

// Small public-domain starter sets so a new practice can work at once; full files from the
// publishers replace them with `frontdeskctl codes import` (see docs/PRACTICE.md).
Status loadStarterSets(QSqlDatabase& db)
{
    const StarterSet sets[] = {
        {CodeSet::Icd10Cm, "starter", QDate(2015, 10, 1), ":/fd/practice/codesets/icd10cm_order_starter.txt"},
        {CodeSet::Hcpcs, "starter", QDate(2020, 1, 1), ":/fd/practice/codesets/hcpcs_starter.txt"},
        {CodeSet::Taxonomy, "starter", QDate(2015, 1, 1), ":/fd/practice/codesets/nucc_taxonomy_starter.csv"},
        {CodeSet::Carc, "starter", QDate(2015, 1, 1), ":/fd/practice/codesets/carc_starter.csv"},
        {CodeSet::Rarc, "starter", QDate(2015, 1, 1), ":/fd/practice/codesets/rarc_starter.csv"},
        {CodeSet::PlaceOfService, "starter", QDate(2015, 1, 1), ":/fd/practice/codesets/pos_starter.csv"},
        {CodeSet::ClaimStatus, "starter", QDate(2015, 1, 1), ":/fd/practice/codesets/claim_status_starter.csv"},
        {CodeSet::ClaimStatusCategory, "starter", QDate(2015, 1, 1),
         ":/fd/practice/codesets/claim_status_category_starter.csv"},
    };
    CodeSetStore store(db);
    for (const StarterSet& s : sets) {
        QFile file(QString::fromLatin1(s.resource));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Internal, QCoreApplication::translate("fd::practice", "The starter code set %1 is missing").arg(file.fileName()));
        auto entries = CodeSetParser(s.set).parse(file.readAll());
        FD_TRY(entries);
        FD_TRY(store.addVersion(s.set, QString::fromLatin1(s.version), s.effectiveFrom, QStringLiteral("starter"),
                                entries.value()));
    }
    return {};
}

}  // namespace

storage::MigrationSet practiceMigrations()
{
    storage::MigrationSet set;
    set.module = QStringLiteral("practice");
    set.migrations.push_back(
        {1,
         QStringLiteral("practice profile"),
         {QStringLiteral("CREATE TABLE practice_profile ("
                         " id TEXT PRIMARY KEY, row_version INTEGER NOT NULL, updated_at TEXT NOT NULL,"
                         " deleted INTEGER NOT NULL DEFAULT 0,"
                         " name TEXT NOT NULL, time_zone TEXT NOT NULL, npi TEXT, tax_id TEXT)")},
         {}});
    set.migrations.push_back(organization());
    set.migrations.push_back(codeSetTables());
    set.migrations.push_back({4, QStringLiteral("starter code sets"), {}, loadStarterSets});
    return set;
}

}  // namespace fd::practice
