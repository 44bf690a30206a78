#include "billing_fixture.h"

#include "accounts/core/accounts_permissions.h"
#include "accounts/core/ledger.h"
#include "billing/core/billing_permissions.h"
#include "patients/core/patients.h"
#include "security/audit_actions.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::test;

TEST_CASE("Charges from an appointment take the superbill, the charge master's prices and reach the ledger",
          "[billing][charges]")
{
    BillingFixture f;
    const auto appointment = f.pastAppointment(f.aliceId);
    EncounterInput in;
    in.appointmentId = appointment.id;
    in.diagnoses = {QStringLiteral("j06.9")};
    const Encounter e = f.enter(in);
    CHECK(e.patientId == f.aliceId);
    CHECK(e.serviceDate == QDate(2025, 3, 3));  // the local date of the visit
    CHECK(e.locationId == f.newYorkId);
    CHECK(e.placeOfService == QLatin1String("11"));
    CHECK(e.renderingProviderId == f.lovelaceId);
    CHECK(e.diagnoses == QStringList{QStringLiteral("J069")});
    REQUIRE(e.lines.size() == 1);
    CHECK(e.lines[0].code == QLatin1String("99213"));
    CHECK(e.lines[0].amount == Money::fromCents(12500));
    CHECK(e.lines[0].pointers == QList<int>{1});
    REQUIRE_FALSE(e.lines[0].ledgerEntryId.isEmpty());

    // The ledger's own charge, on the line id, expected from insurance (Alice is covered).
    auto ledger = f.service<accounts::ILedger>();
    auto line = ledger->lineBalance(e.lines[0].id);
    REQUIRE(line.ok());
    CHECK(line->charged == Money::fromCents(12500));
    CHECK(line->insurance == Money::fromCents(12500));
    CHECK(line->patient == Money());
    auto entry = ledger->entry(e.lines[0].ledgerEntryId);
    REQUIRE(entry.ok());
    CHECK(entry->kind == accounts::EntryKind::Charge);
    CHECK(entry->code == QLatin1String("99213"));
    CHECK(entry->providerId == f.lovelaceId);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")) == 1);
    CHECK(std::any_of(f.audit->records.begin(), f.audit->records.end(), [&](const security::AuditRecord& r) {
        return r.action == security::audit::kCreate && r.entity == QLatin1String("billing_encounters") &&
               r.entityId == e.id && r.patientId == f.aliceId;
    }));

    // The same visit cannot be charged twice.
    auto again = f.charges().enterCharges(in);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")) == 1);

    auto found = f.charges().encounterForAppointment(appointment.id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->id == e.id);
}

TEST_CASE("Units, modifiers, pointers and providers are kept; prices are per unit", "[billing][charges]")
{
    BillingFixture f;
    EncounterInput in = f.visit(f.aliceId, QDate(2025, 3, 4), {}, {QStringLiteral("J06.9"), QStringLiteral("E11.9")});
    in.lines.push_back({QStringLiteral("36415"), {QStringLiteral("59"), QStringLiteral("xu")}, 3, {2, 1}, false, {}});
    in.lines.push_back({QStringLiteral("J1100"), {}, 2, {2}, false, {}});
    in.supervisingProviderId = f.hopperId;
    in.referringProviderId = f.referrerId;
    in.priorAuthorization = QStringLiteral("PA-7781");
    const Encounter e = f.enter(in);
    REQUIRE(e.lines.size() == 2);
    CHECK(e.lines[0].amount == Money::fromCents(3600));
    CHECK(e.lines[0].modifiers == QStringList{QStringLiteral("59"), QStringLiteral("XU")});
    CHECK(e.lines[0].pointers == QList<int>{2, 1});
    CHECK(e.lines[1].amount == Money::fromCents(1750));
    auto stored = f.charges().encounter(e.id);
    REQUIRE(stored.ok());
    CHECK(stored->supervisingProviderId == f.hopperId);
    CHECK(stored->referringProviderId == f.referrerId);
    CHECK(stored->priorAuthorization == QLatin1String("PA-7781"));
    CHECK(stored->total() == Money::fromCents(5350));
    CHECK(stored->lines[0].ledgerEntryId == e.lines[0].ledgerEntryId);
}

TEST_CASE("Bad charges are refused naming the line and the field, and change nothing", "[billing][charges]")
{
    BillingFixture f;
    struct Case
    {
        const char* what;
        std::function<void(EncounterInput&)> change;
        const char* where;
    };
    const std::vector<Case> cases{
        {"not a CPT code", [](EncounterInput& in) { in.lines[0].code = QStringLiteral("9921"); }, "lines[1]"},
        {"five modifiers",
         [](EncounterInput& in) {
             in.lines[0].modifiers = {QStringLiteral("25"), QStringLiteral("59"), QStringLiteral("XU"),
                                      QStringLiteral("76"), QStringLiteral("77")};
         },
         "lines[1]"},
        {"bad modifier", [](EncounterInput& in) { in.lines[0].modifiers = {QStringLiteral("2X5")}; }, "lines[1]"},
        {"zero units", [](EncounterInput& in) { in.lines[0].units = 0; }, "lines[1]"},
        {"pointer past the diagnoses", [](EncounterInput& in) { in.lines[0].pointers = {2}; }, "lines[1]"},
        {"five pointers", [](EncounterInput& in) { in.lines[0].pointers = {1, 1, 1, 1, 1}; }, "lines[1]"},
        {"no price", [](EncounterInput& in) { in.lines[0].code = QStringLiteral("99215"); }, "lines[1]"},
        {"ICD-10 format", [](EncounterInput& in) { in.diagnoses = {QStringLiteral("123.4")}; }, "diagnoses[1]"},
        {"ICD-10 not in the code set", [](EncounterInput& in) { in.diagnoses = {QStringLiteral("V00.01XA")}; },
         "diagnoses[1]"},
        {"ICD-10 header, not billable", [](EncounterInput& in) { in.diagnoses = {QStringLiteral("E11")}; },
         "diagnoses[1]"},
        {"no diagnosis", [](EncounterInput& in) { in.diagnoses.clear(); }, "diagnoses"},
        {"future date", [](EncounterInput& in) { in.serviceDate = QDate(2025, 3, 8); }, "service_date"},
        {"referring as rendering", [&f](EncounterInput& in) { in.renderingProviderId = f.referrerId; },
         "rendering_provider_id"},
        {"no lines", [](EncounterInput& in) { in.lines.clear(); }, "lines"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        EncounterInput in = f.visit(f.aliceId, QDate(2025, 3, 4), {QStringLiteral("99213")});
        c.change(in);
        auto refused = f.charges().enterCharges(in);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().details == QString::fromLatin1(c.where));
        CHECK_FALSE(refused.error().message.isEmpty());
    }
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM billing_encounters")) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM billing_service_lines")) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")) == 0);
}

TEST_CASE("Entering charges needs its permission", "[billing][charges]")
{
    BillingFixture f;
    f.access->granted.remove(perm::kCharges);
    auto refused = f.charges().enterCharges(f.visit(f.aliceId, QDate(2025, 3, 4), {QStringLiteral("99213")}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("Unbilled charges list what no claim carries, with the reason a charge is held", "[billing][charges]")
{
    BillingFixture f;
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213"), QStringLiteral("87880")}));
    const Encounter dan = f.enter(f.visit(f.danId, QDate(2025, 3, 4), {QStringLiteral("99214")}));
    auto list = f.charges().unbilled();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).code == QLatin1String("99213"));
    CHECK(list->at(0).hold.isEmpty());
    CHECK(list->at(2).lineId == dan.lines[0].id);
    CHECK(list->at(2).hold.contains(QStringLiteral("coverage")));
    // Dan has no plan: the ledger expects the money from him.
    auto line = f.service<accounts::ILedger>()->lineBalance(dan.lines[0].id);
    REQUIRE(line.ok());
    CHECK(line->patient == Money::fromCents(18050));

    auto built = f.claims().build(QDate(2025, 3, 1), QDate(2025, 3, 7));
    REQUIRE(built.ok());
    CHECK(built->claims.size() == 1);
    REQUIRE(built->held.size() == 1);
    CHECK(built->held[0].lineId == dan.lines[0].id);
    auto after = f.charges().unbilled();
    REQUIRE(after.ok());
    REQUIRE(after->size() == 1);
    CHECK(after->at(0).lineId == dan.lines[0].id);

    UnbilledFilter window;
    window.from = QDate(2025, 3, 5);
    auto none = f.charges().unbilled(window);
    REQUIRE(none.ok());
    CHECK(none->empty());
}

TEST_CASE("A self-paid service under a \"do not bill my plan\" restriction never reaches a claim",
          "[billing][charges][claims]")
{
    BillingFixture f;
    patients::PrivacyRestriction r;
    r.patientId = f.aliceId;
    r.kind = QStringLiteral("no_bill_plan");
    r.description = QStringLiteral("Pays the strep test herself");
    r.serviceCodes = {QStringLiteral("87880")};
    r.from = QDate(2025, 1, 1);
    REQUIRE(f.service<patients::IPatientPrivacy>()->addRestriction(r).ok());

    EncounterInput in = f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213"), QStringLiteral("87880")});
    const Encounter e = f.enter(in);
    CHECK_FALSE(e.lines[0].selfPay);
    CHECK(e.lines[1].selfPay);  // the restriction makes the code self-paid whatever was typed
    auto strep = f.service<accounts::ILedger>()->lineBalance(e.lines[1].id);
    REQUIRE(strep.ok());
    CHECK(strep->patient == Money::fromCents(3500));
    CHECK(strep->insurance == Money());

    // A line marked self-paid under a restriction covering every self-paid service.
    patients::PrivacyRestriction all = r;
    all.serviceCodes.clear();
    all.description = QStringLiteral("Self-paid visits stay private");
    REQUIRE(f.service<patients::IPatientPrivacy>()->addRestriction(all).ok());
    EncounterInput second = f.visit(f.aliceId, QDate(2025, 3, 4), {QStringLiteral("99214")});
    second.lines[0].selfPay = true;
    const Encounter e2 = f.enter(second);

    auto unbilled = f.charges().unbilled();
    REQUIRE(unbilled.ok());
    REQUIRE(unbilled->size() == 1);
    CHECK(unbilled->at(0).lineId == e.lines[0].id);

    auto built = f.claims().build(QDate(2025, 3, 1), QDate(2025, 3, 7));
    REQUIRE(built.ok());
    REQUIRE(built->claims.size() == 1);
    REQUIRE(built->claims[0].lines.size() == 1);
    CHECK(built->claims[0].lines[0].code == QLatin1String("99213"));
    for (const QString& id : {e.lines[1].id, e2.lines[0].id}) {
        auto byHand = f.claims().createClaim({id});
        REQUIRE_FALSE(byHand.ok());
        CHECK(byHand.error().code == ErrorCode::InvalidInput);
    }
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM billing_claim_lines WHERE charge_id IN (?, ?)"),
                  {e.lines[1].id, e2.lines[0].id}) == 0);

    // A restriction recorded after the charge still keeps a listed code off the next build.
    const Encounter e3 = f.enter(f.visit(f.aliceId, QDate(2025, 3, 5), {QStringLiteral("93000")}));
    patients::PrivacyRestriction ecg = r;
    ecg.serviceCodes = {QStringLiteral("93000")};
    REQUIRE(f.service<patients::IPatientPrivacy>()->addRestriction(ecg).ok());
    auto later = f.claims().build(QDate(2025, 3, 5), QDate(2025, 3, 5));
    REQUIRE(later.ok());
    CHECK(later->claims.empty());
    REQUIRE(later->held.size() == 1);
    CHECK(later->held[0].lineId == e3.lines[0].id);
}

TEST_CASE("A charge the ledger refuses leaves nothing stored and nothing posted", "[billing][charges]")
{
    BillingFixture f;
    const auto appointment = f.pastAppointment(f.aliceId);
    EncounterInput in;
    in.appointmentId = appointment.id;
    in.diagnoses = {QStringLiteral("J06.9")};
    // Billing may enter charges, the ledger may not post them: the whole entry is refused.
    f.access->granted.remove(accounts::perm::kCharges);
    auto refused = f.charges().enterCharges(in);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(refused.error().message.contains(QStringLiteral("line 1")));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM billing_encounters")) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM billing_service_lines")) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")) == 0);

    // Allowed again, the same visit is charged once.
    f.access->granted.insert(accounts::perm::kCharges);
    const Encounter e = f.enter(in);
    REQUIRE(e.lines.size() == 1);
    CHECK_FALSE(e.lines[0].ledgerEntryId.isEmpty());
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")) == 1);
}
