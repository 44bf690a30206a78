// The demo practice's charges and claims: built over the accounts demo's insured visits, in
// every state, tied to the ledger line by line, and good enough to send (the ready ones make
// an 837P that passes every reader).
#include "billing_fixture.h"
#include "x12_checks.h"

#include "accounts/core/accounts_demo.h"
#include "accounts/core/accounts_permissions.h"
#include "accounts/core/accounts_registration.h"
#include "billing/core/billing_demo.h"
#include "billing/core/billing_permissions.h"
#include "billing/core/billing_registration.h"
#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_registration.h"
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

#include <QFile>

using namespace fd;
using namespace fd::billing;

namespace {

const QDate kToday(2025, 3, 14);

struct BillingDemoPractice
{
    fd::test::TempDir dir;
    std::shared_ptr<storage::Database> db;
    std::shared_ptr<fd::test::FakeAccess> access = std::make_shared<fd::test::FakeAccess>();
    std::shared_ptr<fd::test::FakeAudit> audit = std::make_shared<fd::test::FakeAudit>();
    ServiceRegistry registry;
    qint64 ledgerEntriesBefore = 0;
    qint64 claimsMade = 0;

    explicit BillingDemoPractice(std::uint64_t seed)
    {
        auto created = storage::Database::create(dir.file(QStringLiteral("demo.db")), SecureBytes::random(32));
        REQUIRE(created.ok());
        db = std::shared_ptr<storage::Database>(std::move(created.value()));
        REQUIRE(db->migrate({storage::storageMigrations(), practice::practiceMigrations(),
                             patients::patientsMigrations(), accounts::accountsMigrations(),
                             calendar::calendarMigrations(), billingMigrations()})
                    .ok());
        access->user.id = QStringLiteral("demo-admin");
        access->granted = {practice::perm::kView, practice::perm::kEdit, patients::perm::kRead,
                           patients::perm::kEdit, accounts::perm::kView, accounts::perm::kCharges,
                           accounts::perm::kPayments, accounts::perm::kAdjust, accounts::perm::kTransfer,
                           accounts::perm::kRefund, accounts::perm::kReverse, calendar::perm::kView,
                           perm::kView, perm::kCharges, perm::kClaims, perm::kSubmit};
        registry.add<storage::Database>(db);
        registry.add<security::IAccessControl>(access);
        registry.add<security::IAuditTrail>(audit);
        registry.add<IClock>(std::make_shared<FixedClock>(QDateTime(kToday, QTime(23, 0), Qt::UTC)));
        practice::registerServices(registry);
        patients::registerServices(registry);
        accounts::registerServices(registry);
        calendar::registerServices(registry);
        billing::registerServices(registry);
        demo::DemoContext context{*db, registry, demo::profileFor(demo::DemoSize::Small), seed, kToday,
                                  QStringLiteral("unused")};
        for (const auto& step : {practice::makeDemoContributor(), practice::makePayerDemoContributor(),
                                 patients::makePatientsDemoContributor(), accounts::makeAccountsDemoContributor()}) {
            auto made = step->generate(context);
            INFO((made.ok() ? std::string() : made.error().toString().toStdString()));
            REQUIRE(made.ok());
        }
        ledgerEntriesBefore = count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries"));
        auto made = makeBillingDemoContributor()->generate(context);
        INFO((made.ok() ? std::string() : made.error().toString().toStdString()));
        REQUIRE(made.ok());
        claimsMade = made.value();
    }

    qint64 count(const QString& sql) const
    {
        auto q = storage::exec(db->connection(), sql);
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toLongLong();
    }
};

}  // namespace

TEST_CASE("The demo's claims cover every state and match the ledger line by line", "[billing][demo]")
{
    BillingDemoPractice demo(7);
    CHECK(demo.claimsMade == demo.count(QStringLiteral("SELECT COUNT(*) FROM billing_claims")));
    CHECK(demo.claimsMade > 500);
    for (const char* status : {"draft", "ready", "submitted", "accepted", "rejected"}) {
        INFO(status);
        CHECK(demo.count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE status = '%1'")
                             .arg(QString::fromLatin1(status))) > 0);
    }
    // The last visits are not billed yet: their charges wait on the unbilled list.
    CHECK(demo.count(QStringLiteral("SELECT COUNT(*) FROM billing_service_lines l WHERE NOT EXISTS "
                                    "(SELECT 1 FROM billing_claim_lines c WHERE c.charge_id = l.id)")) > 0);
    // Nothing posted twice: the ledger has what the accounts demo made, each line tied to its charge.
    CHECK(demo.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")) == demo.ledgerEntriesBefore);
    CHECK(demo.count(QStringLiteral("SELECT COUNT(*) FROM billing_service_lines l LEFT JOIN ledger_entries e "
                                    "ON e.id = l.ledger_entry_id AND e.kind = 'charge' AND e.line_id = l.id "
                                    "AND e.amount_cents = l.amount_cents AND e.code = l.code WHERE e.id IS NULL")) == 0);
    // A claim's total is its ledger charges (those posted in error and reversed left out), and it
    // keeps the ledger's claim id.
    CHECK(demo.count(QStringLiteral(
              "SELECT COUNT(*) FROM billing_claims c WHERE (SELECT SUM(amount_cents) FROM billing_claim_lines "
              "WHERE claim_id = c.id) <> (SELECT SUM(amount_cents) FROM ledger_entries e WHERE kind = 'charge' "
              "AND claim_id = c.id AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reversed_entry_id = e.id))"))
          == 0);
    // Every claim sent is in its day's batch, and the batches count them.
    CHECK(demo.count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE status IN ('submitted', "
                                    "'accepted', 'rejected') AND batch_id = ''")) == 0);
    CHECK(demo.count(QStringLiteral("SELECT COUNT(*) FROM billing_batches b WHERE claim_count <> "
                                    "(SELECT COUNT(*) FROM billing_claims WHERE batch_id = b.id)")) == 0);
    // Rejections carry the payer's reason; numbers are never handed out again.
    CHECK(demo.count(QStringLiteral("SELECT COUNT(*) FROM billing_claim_history WHERE to_status = 'rejected' "
                                    "AND note = ''")) == 0);
    CHECK(demo.count(QStringLiteral("SELECT next_value - 1 FROM billing_counters WHERE name = 'claim_number'")) ==
          demo.claimsMade);
    CHECK(demo.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'billing_claims'")) == demo.claimsMade);
    CHECK(demo.audit->countOf(QStringLiteral("create"), QStringLiteral("billing_claims")) == demo.claimsMade);
}

TEST_CASE("The demo's ready claims make an 837P that passes every reader", "[billing][demo]")
{
    BillingDemoPractice demo(11);
    auto ready = demo.registry.get<IClaimService>()->list(ClaimFilter{{ClaimStatus::Ready}});
    REQUIRE(ready.ok());
    REQUIRE(!ready->empty());
    // The service reads them back whole: diagnoses valid, pointers inside them.
    for (const Claim& c : ready.value()) {
        REQUIRE(!c.diagnoses.isEmpty());
        for (const ClaimLine& l : c.lines)
            for (int p : l.pointers)
                CHECK((p >= 1 && p <= c.diagnoses.size()));
    }
    ExportOptions options;
    const QString path = demo.dir.file(QStringLiteral("demo.837"));
    auto written = demo.registry.get<IClaimExport>()->export837(options, path);
    INFO((written.ok() ? std::string() : written.error().toString().toStdString()));
    REQUIRE(written.ok());
    CHECK(written->claimIds.size() == qsizetype(ready->size()));
    fd::billing::test::requireValid837(written->content, int(ready->size()));
}
