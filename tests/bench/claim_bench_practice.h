#pragma once
// The practice both billing benchmarks run on, of the large demo's shape: 40 providers in 4
// locations over two time zones, 8 payers, a charge master, and 10,000 patients with their
// coverage and one visit each (1 to 4 service lines, 1 to 3 diagnoses), charged through the
// ledger and written as a bulk import. The same seed gives both benchmarks the same visits.
// The audit trail is the tests' in-memory one, so audit writes cost no disk time, unless the
// practice is asked for a session's: then it is a practice made as the application makes one
// (keyring, security schema, administrator), and every entry goes to its hash-chained trail.
// Permissions are the tests' either way.
#include "accounts/core/accounts_permissions.h"
#include "accounts/core/accounts_registration.h"
#include "accounts/core/ledger_bulk_writer.h"
#include "billing/core/billing.h"
#include "billing/core/billing_permissions.h"
#include "billing/core/billing_registration.h"
#include "billing/core/claim_837_writer.h"
#include "billing/core/claim_export_service.h"
#include "billing/core/scrub_service.h"
#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_registration.h"
#include "common/secure_bytes.h"
#include "common/uuid.h"
#include "fake_security.h"
#include "patients/core/patient_bulk_writer.h"
#include "patients/core/patients_permissions.h"
#include "patients/core/patients_registration.h"
#include "practice/core/code_sets.h"
#include "practice/core/fee_schedules.h"
#include "practice/core/locations.h"
#include "practice/core/payers.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"
#include "security/practice_session.h"
#include "security/security_policy.h"
#include "storage/synced_rows.h"
#include "test_support.h"

#include <QCoreApplication>

#include <random>

namespace fd::bench {

using namespace fd;

constexpr int kClaims = 10000;

// The charge master: the codes a visit's lines are drawn from, and their prices.
inline const QStringList kProcedures{QStringLiteral("99212"), QStringLiteral("99213"), QStringLiteral("99214"),
                                     QStringLiteral("99215"), QStringLiteral("36415"), QStringLiteral("87880"),
                                     QStringLiteral("93000"), QStringLiteral("81002"), QStringLiteral("J1100"),
                                     QStringLiteral("90471")};
inline constexpr qint64 kPrices[] = {9000, 12500, 18050, 24000, 1200, 3500, 6000, 1500, 875, 2500};

inline QString npiFrom(int n)
{
    return fd::test::npiFrom(QStringLiteral("1%1").arg(n, 8, 10, QLatin1Char('0')));
}

inline void require(const Status& s, const char* what)
{
    if (!s.ok())
        qFatal("%s: %s", what, qPrintable(s.error().toString()));
}

template <typename T>
T required(Result<T> r, const char* what)
{
    if (!r.ok())
        qFatal("%s: %s", what, qPrintable(r.error().toString()));
    return std::move(r.value());
}

struct ClaimBenchOptions
{
    bool dependents = false;           // every fourth coverage held by a parent (relationship 19)
    bool timelyFilingVariety = false;  // one payer with a 45-day filing limit, the others 365
    bool sessionAudit = false;         // the session's audit trail instead of the in-memory one
};

struct ClaimBenchPractice
{
    fd::test::TempDir dir;
    std::shared_ptr<storage::Database> db;
    std::shared_ptr<fd::test::FakeAccess> access = std::make_shared<fd::test::FakeAccess>();
    std::shared_ptr<fd::test::FakeAudit> audit = std::make_shared<fd::test::FakeAudit>();
    std::unique_ptr<security::PracticeSession> session;  // with sessionAudit
    std::shared_ptr<FixedClock> clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 7), QTime(15, 0), Qt::UTC));
    ServiceRegistry registry;
    ClaimBenchOptions options;
    std::vector<QString> providers;
    std::vector<QString> locations;
    std::vector<QString> payers;
    std::mt19937 rng{2025};

    int pick(int n) { return int(rng() % quint32(n)); }

    explicit ClaimBenchPractice(ClaimBenchOptions chosen) : options(chosen)
    {
        if (options.sessionAudit) {
            security::SecurityPolicy policy = security::securityPolicy();
            policy.wrapKdf = {1024, 1, 1};  // the key wrap's cost is not what is measured
            policy.historyKdf = {1024, 1, 1};
            security::setSecurityPolicy(policy);
            auto created = security::PracticeSession::create(
                dir.file(QStringLiteral("bench.db")),
                {QStringLiteral("admin"), QString(), QStringLiteral("correct horse battery")});
            session = std::move(required(std::move(created), "create").session);
            db = std::shared_ptr<storage::Database>(&session->database(), [](storage::Database*) {});
        } else {
            db = std::shared_ptr<storage::Database>(
                required(storage::Database::create(dir.file(QStringLiteral("bench.db")), SecureBytes::random(32)),
                         "create"));
        }
        require(db->migrate({storage::storageMigrations(), practice::practiceMigrations(), patients::patientsMigrations(),
                             accounts::accountsMigrations(), calendar::calendarMigrations(),
                             billing::billingMigrations(), billing::scrubMigrations()}),
                "migrate");
        access->user.id = QStringLiteral("bench");
        access->granted = {practice::perm::kView,  practice::perm::kEdit,  patients::perm::kRead,
                           patients::perm::kEdit,  accounts::perm::kView,  accounts::perm::kCharges,
                           calendar::perm::kView,  billing::perm::kView,   billing::perm::kCharges,
                           billing::perm::kClaims, billing::perm::kSubmit, billing::perm::kSetup};
        registry.add<storage::Database>(db);
        registry.add<security::IAccessControl>(access);
        if (session)
            registry.add<security::IAuditTrail>(std::shared_ptr<security::IAuditTrail>(
                &session->audit(), [](security::IAuditTrail*) {}));
        else
            registry.add<security::IAuditTrail>(audit);
        registry.add<IClock>(clock);
        practice::registerServices(registry);
        patients::registerServices(registry);
        accounts::registerServices(registry);
        calendar::registerServices(registry);
        billing::registerServices(registry);
        setUpPractice();
        addVisits();
    }

    void setUpPractice()
    {
        practice::PracticeProfile profile;
        profile.name = QStringLiteral("Large Example Medical Group");
        profile.npi = npiFrom(1);
        profile.taxId = QStringLiteral("987654321");
        profile.taxonomy = QStringLiteral("207Q00000X");
        profile.billingAddress = {QStringLiteral("1 Center Plaza"), {}, QStringLiteral("Albany"), QStringLiteral("NY"),
                                  QStringLiteral("122071234")};
        profile.phone = QStringLiteral("5185550150");
        require(registry.get<practice::IPracticeProfile>()->save(profile), "profile");
        const char* zones[] = {"America/New_York", "America/New_York", "America/Los_Angeles", "America/Los_Angeles"};
        for (int i = 0; i < 4; ++i) {
            practice::Location l;
            l.name = QStringLiteral("Office %1").arg(i + 1);
            l.address = {QStringLiteral("%1 Main St").arg(10 + i), {}, QStringLiteral("Springfield"),
                         i < 2 ? QStringLiteral("NY") : QStringLiteral("CA"), QStringLiteral("12207")};
            l.timeZone = QString::fromLatin1(zones[i]);
            locations.push_back(required(registry.get<practice::ILocationService>()->save(l), "location").id);
        }
        for (int i = 0; i < 40; ++i) {
            practice::Provider p;
            p.firstName = QStringLiteral("Pat%1").arg(i);
            p.lastName = QStringLiteral("Provider");
            p.npi = npiFrom(100 + i);
            p.taxonomy = QStringLiteral("207Q00000X");
            p.locationIds = {locations[std::size_t(i % 4)]};
            p.billsUnderOrganization = i % 5 != 0;
            providers.push_back(required(registry.get<practice::IProviderService>()->save(p), "provider").id);
        }
        for (int i = 0; i < 8; ++i) {
            practice::Payer payer;
            payer.name = QStringLiteral("Payer %1").arg(i + 1);
            payer.payerIds = {{QStringLiteral("default"), QStringLiteral("P%1").arg(60000 + i)}};
            payer.claimFilingIndicator = i == 0 ? QStringLiteral("MB") : QStringLiteral("CI");
            if (options.timelyFilingVariety)
                payer.timelyFilingDays = i == 7 ? 45 : 365;  // one payer near its limit: warnings
            payers.push_back(required(registry.get<practice::IPayerService>()->save(payer), "payer").id);
        }
        std::vector<practice::FeeItem> items;
        for (const auto& [code, cents] : std::vector<std::pair<const char*, qint64>>{
                 {"99212", 9000}, {"99213", 12500}, {"99214", 18050}, {"99215", 24000}, {"36415", 1200},
                 {"87880", 3500}, {"93000", 6000}, {"81002", 1500}, {"J1100", 875}, {"90471", 2500}}) {
            practice::FeeItem item;
            item.code = QString::fromLatin1(code);
            item.codeSystem = practice::codeSystemOf(item.code);
            item.amount = Money::fromCents(cents);
            items.push_back(item);
        }
        required(registry.get<practice::IFeeScheduleService>()->addSchedule(
                     {{}, 0, QStringLiteral("Charge master"), {}, QDate(2024, 1, 1), {}, 0}, items),
                 "fees");
    }

    // Patients with their coverage, and one charged visit each, written as a bulk import.
    void addVisits()
    {
        auto codes = required(registry.get<practice::ICodeSetService>()->searchPrefix(practice::CodeSet::Icd10Cm, {},
                                                                                     QDate(2025, 2, 1), 200),
                              "codes");
        QStringList diagnoses;
        for (const auto& m : codes)
            if (m.entry.billable)
                diagnoses << m.entry.code;
        auto patientsCtx = patients::patientsContextOf(registry);
        auto tx = required(db->begin(), "begin");
        patients::PatientBulkWriter people(patientsCtx, *tx);
        require(people.deferIndexing(), "defer");
        accounts::LedgerBulkWriter ledger(accounts::accountsContextOf(registry), *tx);
        storage::SyncedRowsBatch rows(*tx);
        for (int i = 0; i < kClaims; ++i) {
            patients::Patient p;
            p.firstName = QStringLiteral("Given%1").arg(i);
            p.lastName = QStringLiteral("Family%1").arg(i % 977);
            p.birthDate = QDate(1940, 1, 1).addDays(pick(25000));
            p.sex = i % 2 ? patients::AdministrativeSex::Male : patients::AdministrativeSex::Female;
            p.address = {QStringLiteral("%1 Oak Ave").arg(1 + i % 900), {}, QStringLiteral("Springfield"),
                         QStringLiteral("NY"), QStringLiteral("12207")};
            patients::Coverage c;
            c.order = 1;
            c.payerId = payers[std::size_t(pick(8))];
            c.memberId = QStringLiteral("M%1").arg(100000 + i);
            c.planName = QStringLiteral("Plan");
            c.effectiveFrom = QDate(2024, 1, 1);
            if (options.dependents && i % 4 == 0) {
                c.relationship = QStringLiteral("19");
                c.subscriberFirstName = QStringLiteral("Parent%1").arg(i);
                c.subscriberLastName = p.lastName;
                c.subscriberBirthDate = QDate(1970, 6, 1);
                c.subscriberSex = patients::AdministrativeSex::Female;
            }
            const QString patientId = required(people.add(p, c), "patient").id;
            const QString provider = providers[std::size_t(pick(40))];
            const QString location = locations[std::size_t(pick(4))];
            const QDate day = QDate(2025, 2, 1).addDays(pick(28));
            QStringList dx;
            for (int d = 0, n = 1 + pick(3); d < n; ++d)
                dx << diagnoses.at(pick(int(diagnoses.size())));
            dx.removeDuplicates();
            const QString encounterId = required(
                rows.insert(billing::table::kEncounters,
                            {{QStringLiteral("patient_id"), patientId},
                             {QStringLiteral("appointment_id"), QStringLiteral("")},
                             {QStringLiteral("service_date"), day.toString(Qt::ISODate)},
                             {QStringLiteral("location_id"), location},
                             {QStringLiteral("place_of_service"), QStringLiteral("11")},
                             {QStringLiteral("rendering_provider_id"), provider},
                             {QStringLiteral("supervising_provider_id"), QStringLiteral("")},
                             {QStringLiteral("referring_provider_id"), QStringLiteral("")},
                             {QStringLiteral("prior_authorization"), QStringLiteral("")},
                             {QStringLiteral("diagnoses"), dx.join(QLatin1Char(','))},
                             {QStringLiteral("created_at"), toIsoUtc(clock->nowUtc())},
                             {QStringLiteral("created_by"), QStringLiteral("bench")}}),
                "encounter");
            for (int l = 0, n = 1 + pick(4); l < n; ++l) {
                const int k = pick(10);
                const QString lineId = newUuid();
                accounts::ChargeRequest r;
                r.patientId = patientId;
                r.lineId = lineId;
                r.serviceDate = day;
                r.code = kProcedures.at(k);
                r.providerId = provider;
                r.locationId = location;
                r.amount = Money::fromCents(kPrices[k]);
                r.responsibility = accounts::Bucket::Insurance;
                r.clientId = lineId;
                const auto entry = required(ledger.postCharge(r), "charge");
                required(rows.insert(billing::table::kServiceLines,
                                     {{QStringLiteral("encounter_id"), encounterId},
                                      {QStringLiteral("position"), l + 1},
                                      {QStringLiteral("patient_id"), patientId},
                                      {QStringLiteral("service_date"), day.toString(Qt::ISODate)},
                                      {QStringLiteral("code"), r.code},
                                      {QStringLiteral("modifiers"), QStringLiteral("")},
                                      {QStringLiteral("units"), 1},
                                      {QStringLiteral("amount_cents"), kPrices[k]},
                                      {QStringLiteral("pointers"), QString::number(1 + l % dx.size())},
                                      {QStringLiteral("self_pay"), 0},
                                      {QStringLiteral("coverage_id"), QStringLiteral("")},
                                      {QStringLiteral("description"), QStringLiteral("")},
                                      {QStringLiteral("ledger_entry_id"), entry.id}},
                                     lineId),
                         "line");
            }
        }
        require(people.finish(), "finish");
        require(tx->commit(), "commit");
    }
};

}  // namespace fd::bench
