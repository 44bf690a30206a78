// The demo practice's ledger: every invariant of docs/ACCOUNTS.md recomputed from the raw
// ledger rows by SQL of this test (not by the ledger's own summary code) and compared with
// what the ledger answers, on the small practice and, under the slow label, the medium one.
#include "accounts_fixture.h"

#include "accounts/core/accounts_context.h"
#include "accounts/core/accounts_demo.h"
#include "accounts/core/accounts_permissions.h"
#include "accounts/core/accounts_registration.h"
#include "common/secure_bytes.h"
#include "demo/demo_generator.h"
#include "patients/core/patients_demo.h"
#include "patients/core/patients_permissions.h"
#include "patients/core/patients_registration.h"
#include "practice/core/practice_demo.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/practice_profile.h"
#include "storage/synced_rows.h"

#include <catch2/catch_test_macros.hpp>

#include <QElapsedTimer>
#include <QMap>

#include <array>
#include <ctime>

using namespace fd;
using namespace fd::accounts;
using fd::accounts::test::FakeAccess;

namespace {

const QDate kToday(2025, 3, 14);

// Counts audit records by action and entity without keeping them (the medium practice writes
// hundreds of thousands).
class CountingAudit final : public security::IAuditTrail
{
public:
    QMap<QString, qint64> counts;  // "action entity" -> records

    Status record(const security::AuditRecord& r) override
    {
        ++counts[r.action + QLatin1Char(' ') + r.entity];
        return {};
    }
    Result<std::vector<security::AuditEntry>> list(const security::AuditFilter&) const override
    {
        return std::vector<security::AuditEntry>();
    }
    Result<qint64> count(const security::AuditFilter&) const override { return 0; }
    Result<security::AuditVerification> verify() const override
    {
        return security::AuditVerification();
    }
    Status checkpoint() override { return {}; }
};

// A demo practice of the given size: practice, payers, patients and the ledger.
struct DemoPractice
{
    fd::test::TempDir dir;
    std::shared_ptr<storage::Database> db;
    std::shared_ptr<FakeAccess> access = std::make_shared<FakeAccess>();
    std::shared_ptr<CountingAudit> audit = std::make_shared<CountingAudit>();
    ServiceRegistry registry;
    qint64 ledgerRows = 0;
    qint64 ledgerMs = 0;     // wall
    qint64 ledgerCpuMs = 0;  // this process's CPU

    DemoPractice(demo::DemoSize size, std::uint64_t seed)
    {
        auto created =
            storage::Database::create(dir.file(QStringLiteral("demo.db")), SecureBytes::random(32));
        REQUIRE(created.ok());
        db = std::shared_ptr<storage::Database>(std::move(created.value()));
        REQUIRE(db->migrate({storage::storageMigrations(), practice::practiceMigrations(),
                             patients::patientsMigrations(), accountsMigrations()})
                    .ok());
        access->user.id = QStringLiteral("demo-admin");
        access->granted = {practice::perm::kView, practice::perm::kEdit, patients::perm::kRead,
                           patients::perm::kEdit, perm::kView,           perm::kCharges,
                           perm::kPayments,       perm::kAdjust,         perm::kTransfer,
                           perm::kRefund,         perm::kReverse};
        registry.add<storage::Database>(db);
        registry.add<security::IAccessControl>(access);
        registry.add<security::IAuditTrail>(audit);
        registry.add<IClock>(
            std::make_shared<FixedClock>(QDateTime(kToday, QTime(23, 0), Qt::UTC)));
        practice::registerServices(registry);
        patients::registerServices(registry);
        accounts::registerServices(registry);
        demo::DemoContext context{*db,  registry, demo::profileFor(size),
                                  seed, kToday,   QStringLiteral("unused")};
        for (const auto& step :
             {practice::makeDemoContributor(), practice::makePayerDemoContributor(),
              patients::makePatientsDemoContributor()}) {
            auto made = step->generate(context);
            INFO((made.ok() ? std::string() : made.error().toString().toStdString()));
            REQUIRE(made.ok());
        }
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        auto made = makeAccountsDemoContributor()->generate(context);
        ledgerMs = timer.elapsed();
        ledgerCpuMs = qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
        INFO((made.ok() ? std::string() : made.error().toString().toStdString()));
        REQUIRE(made.ok());
        ledgerRows = made.value();
    }

    ILedger& ledger() const { return *registry.get<ILedger>(); }

    qint64 count(const QString& sql) const
    {
        auto q = storage::exec(db->connection(), sql);
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toLongLong();
    }
};

// What a line's, claim's or patient's entries say, summed by SQL of this test from
// ledger_entries alone: charges, payments (insurance payments, credit applications and the
// part of a patient payment that went to the line) and adjustments, each less its reversals,
// and the two buckets as the sums of the entries' effects.
struct Figures
{
    qint64 charged = 0;
    qint64 paid = 0;
    qint64 adjusted = 0;
    qint64 insurance = 0;
    qint64 patient = 0;
    qint64 credit = 0;

    qint64 open() const { return charged - paid - adjusted; }
};

// `key` is a column of the entries: line_id, claim_id or patient_id.
QMap<QString, Figures> figuresBy(const DemoPractice& demo, const QString& key)
{
    const QString sql =
        QStringLiteral(
            "WITH e AS (SELECT x.%1 AS k, x.line_id, x.amount_cents AS amount, x.credit_delta, "
            "x.insurance_delta, x.patient_delta, "
            "CASE WHEN x.kind = 'reversal' THEN o.kind ELSE x.kind END AS effect, "
            "CASE WHEN x.kind = 'reversal' THEN -1 ELSE 1 END AS sign "
            "FROM ledger_entries x LEFT JOIN ledger_entries o ON o.id = x.reversed_entry_id) "
            "SELECT k, "
            "SUM(CASE WHEN effect = 'charge' THEN sign * amount ELSE 0 END), "
            "SUM(CASE WHEN effect IN ('insurance_payment', 'credit_application') THEN sign * "
            "amount "
            "WHEN effect = 'patient_payment' AND line_id <> '' THEN sign * amount - credit_delta "
            "ELSE 0 END), "
            "SUM(CASE WHEN effect = 'adjustment' THEN sign * amount ELSE 0 END), "
            "SUM(insurance_delta), SUM(patient_delta), SUM(credit_delta) "
            "FROM e WHERE k <> '' GROUP BY k")
            .arg(key);
    auto q = storage::exec(demo.db->connection(), sql);
    REQUIRE(q.ok());
    QMap<QString, Figures> out;
    while (q->next())
        out.insert(q->value(0).toString(),
                   {q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong(),
                    q->value(4).toLongLong(), q->value(5).toLongLong(), q->value(6).toLongLong()});
    return out;
}

std::array<qint64, 5> bands(const Aging& a)
{
    return {a.days0to30.cents(), a.days31to60.cents(), a.days61to90.cents(), a.days91to120.cents(),
            a.over120.cents()};
}

// Every invariant, on the whole demo ledger.
void requireDemoInvariants(const DemoPractice& demo)
{
    ILedger& l = demo.ledger();
    const qint64 entries = demo.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries"));
    REQUIRE(entries > 0);

    // Lines: what the entries say = the stored summary, buckets never below zero.
    const QMap<QString, Figures> lines = figuresBy(demo, QStringLiteral("line_id"));
    auto stored = storage::exec(demo.db->connection(),
                                QStringLiteral("SELECT line_id, charged, paid, adjusted, "
                                               "insurance, patient FROM ledger_line_balances"));
    REQUIRE(stored.ok());
    qint64 storedLines = 0, lineMismatches = 0, negative = 0;
    while (stored->next()) {
        ++storedLines;
        const Figures f = lines.value(stored->value(0).toString());
        const std::array<qint64, 5> sql{f.charged, f.paid, f.adjusted, f.insurance, f.patient};
        for (int i = 0; i < 5; ++i)
            if (sql[std::size_t(i)] != stored->value(i + 1).toLongLong())
                ++lineMismatches;
        if (f.open() != f.insurance + f.patient)
            ++lineMismatches;
        if (stored->value(4).toLongLong() < 0 || stored->value(5).toLongLong() < 0)
            ++negative;
    }
    CHECK(storedLines == lines.size());
    CHECK(lineMismatches == 0);
    CHECK(negative == 0);

    // Claims: charges - payments - adjustments = insurance + patient as the ledger answers.
    const QMap<QString, Figures> claims = figuresBy(demo, QStringLiteral("claim_id"));
    CHECK(claims.size() > 0);
    qint64 claimMismatches = 0;
    for (auto it = claims.constBegin(); it != claims.constEnd(); ++it) {
        auto b = l.claimBalance(it.key());
        REQUIRE(b.ok());
        if (it->open() != (b->insurance + b->patient).cents() ||
            it->insurance != b->insurance.cents() || it->patient != b->patient.cents())
            ++claimMismatches;
    }
    CHECK(claimMismatches == 0);

    // Patients (no merges in the demo: each entry's patient owns it), their credit too.
    const QMap<QString, Figures> patients = figuresBy(demo, QStringLiteral("patient_id"));
    qint64 patientMismatches = 0;
    Figures all;
    for (auto it = patients.constBegin(); it != patients.constEnd(); ++it) {
        auto b = l.balance(it.key());
        REQUIRE(b.ok());
        if (it->open() != (b->insurance + b->patient).cents() ||
            it->insurance != b->insurance.cents() || it->patient != b->patient.cents() ||
            it->credit != b->credit.cents() || b->credit.isNegative() ||
            b->insuranceAging.total() != b->insurance || b->patientAging.total() != b->patient)
            ++patientMismatches;
        all.charged += it->charged;
        all.paid += it->paid;
        all.adjusted += it->adjusted;
        all.insurance += it->insurance;
        all.patient += it->patient;
        all.credit += it->credit;
    }
    CHECK(patientMismatches == 0);

    auto totals = l.practiceTotals();
    REQUIRE(totals.ok());
    CHECK(totals->insurance.cents() == all.insurance);
    CHECK(totals->patient.cents() == all.patient);
    CHECK(totals->credit.cents() == all.credit);
    CHECK(all.open() == all.insurance + all.patient);
    CHECK(totals->insuranceAging.total() == totals->insurance);
    CHECK(totals->patientAging.total() == totals->patient);
    // Money in every aging band, with insurance and with patients.
    const char* names[] = {"0-30", "31-60", "61-90", "91-120", "over 120"};
    for (const Aging* aging : {&totals->insuranceAging, &totals->patientAging}) {
        const std::array<qint64, 5> money = bands(*aging);
        for (std::size_t i = 0; i < money.size(); ++i) {
            INFO((aging == &totals->insuranceAging ? "insurance " : "patient ") << names[i]);
            CHECK(money[i] > 0);
        }
    }
    CHECK(totals->credit.cents() > 0);

    QElapsedTimer timer;
    timer.start();
    auto report = l.check();
    REQUIRE(report.ok());
    WARN("check(): " << report->entries << " entries, " << report->lines << " lines in "
                     << timer.elapsed() << " ms");
    for (const auto& d : report->differences)
        UNSCOPED_INFO(d.summary.toStdString()
                      << " " << d.field.toStdString() << " " << d.expected << " vs " << d.stored);
    CHECK(report->clean());
    CHECK(report->entries == entries);

    // Client ids are never used twice; every payment carries one.
    CHECK(demo.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE client_id <> ''")) ==
          demo.count(QStringLiteral(
              "SELECT COUNT(DISTINCT client_id) FROM ledger_entries WHERE client_id <> ''")));
    CHECK(demo.count(
              QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind IN "
                             "('patient_payment', 'insurance_payment') AND client_id = ''")) == 0);
    // Each entry audited and sent to the outbox.
    CHECK(demo.audit->counts.value(QStringLiteral("create ledger_entries")) == entries);
    CHECK(demo.count(QStringLiteral(
              "SELECT COUNT(*) FROM outbox WHERE entity = 'ledger_entries'")) == entries);
}

// What the demo must contain: every kind of entry, the reasons of a remittance.
void requireEveryKind(const DemoPractice& demo)
{
    for (const char* kind : {"charge", "insurance_payment", "patient_payment", "adjustment",
                             "transfer", "refund", "reversal", "credit_application"}) {
        INFO(kind);
        CHECK(demo.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = '%1'")
                             .arg(QString::fromLatin1(kind))) > 0);
    }
    CHECK(demo.count(
              QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = "
                             "'adjustment' AND reason_group = 'CO' AND reason_code = '45'")) > 0);
    for (const char* reason : {"PR-1", "PR-2", "PR-3"}) {
        INFO(reason);
        CHECK(demo.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = "
                                        "'transfer' AND note LIKE '%1%'")
                             .arg(QString::fromLatin1(reason))) > 0);
    }
    // Copays taken before the charges, applied when the remittance made them the patient's.
    CHECK(demo.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = "
                                    "'patient_payment' AND line_id = ''")) > 0);
    for (const char* method : {"cash", "check", "card"}) {
        INFO(method);
        CHECK(demo.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = "
                                        "'patient_payment' AND method = '%1'")
                             .arg(QString::fromLatin1(method))) > 0);
    }
    // A card is recorded by its reference only.
    auto refs = storage::exec(demo.db->connection(),
                              QStringLiteral("SELECT reference FROM ledger_entries WHERE "
                                             "method = 'card'"));
    REQUIRE(refs.ok());
    qint64 cardNumbers = 0;
    while (refs->next())
        cardNumbers += looksLikeCardNumber(refs->value(0).toString()) ? 1 : 0;
    CHECK(cardNumbers == 0);
    // Visits of the last two weeks wait on their payers.
    CHECK(demo.count(QStringLiteral("SELECT COUNT(*) FROM ledger_line_balances WHERE insurance > "
                                    "0 AND service_date >= '2025-03-01'")) > 0);
}

}  // namespace

TEST_CASE("The small demo practice's ledger keeps every invariant", "[accounts][demo]")
{
    DemoPractice demo(demo::DemoSize::Small, 7);
    WARN("small demo ledger: " << demo.ledgerRows << " entries in " << demo.ledgerMs << " ms wall, "
                               << demo.ledgerCpuMs << " ms CPU");
    CHECK(demo.ledgerRows == demo.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")));
    // 3 providers over three months: a few thousand visits.
    const qint64 charges =
        demo.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'charge'"));
    CHECK(charges > 2500);
    CHECK(charges < 15000);
    requireEveryKind(demo);
    requireDemoInvariants(demo);
}

TEST_CASE("The same seed gives the same demo ledger, another seed another one", "[accounts][demo]")
{
    auto summary = [](const DemoPractice& demo) {
        QStringList out;
        auto q = storage::exec(
            demo.db->connection(),
            QStringLiteral("SELECT kind, effective_date, COUNT(*), SUM(amount_cents), "
                           "SUM(insurance_delta), SUM(patient_delta), SUM(credit_delta) FROM "
                           "ledger_entries GROUP BY kind, effective_date ORDER BY 1, 2"));
        REQUIRE(q.ok());
        while (q->next()) {
            QStringList row;
            for (int i = 0; i < 7; ++i)
                row << q->value(i).toString();
            out << row.join(QLatin1Char(','));
        }
        auto totals = demo.ledger().practiceTotals();
        REQUIRE(totals.ok());
        for (const Aging* a : {&totals->insuranceAging, &totals->patientAging})
            for (const qint64 band : bands(*a))
                out << QString::number(band);
        out << QString::number(totals->credit.cents());
        return out;
    };
    const QStringList first = summary(DemoPractice(demo::DemoSize::Small, 21));
    const QStringList again = summary(DemoPractice(demo::DemoSize::Small, 21));
    const QStringList other = summary(DemoPractice(demo::DemoSize::Small, 22));
    CHECK(first.size() > 100);
    CHECK(first == again);
    CHECK(first != other);
}

TEST_CASE("The medium demo practice's ledger keeps every invariant", "[accounts][demo][slow]")
{
    DemoPractice demo(demo::DemoSize::Medium, 1);
    WARN("medium demo ledger: " << demo.ledgerRows << " entries in " << demo.ledgerMs
                                << " ms wall, " << demo.ledgerCpuMs << " ms CPU");
    // 10 providers over a year: tens of thousands of visits.
    CHECK(demo.count(QStringLiteral("SELECT COUNT(DISTINCT claim_id) FROM ledger_entries")) >
          20000);
    requireEveryKind(demo);
    requireDemoInvariants(demo);
}
