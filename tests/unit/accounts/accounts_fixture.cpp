#include "accounts_fixture.h"

#include "accounts/core/accounts_permissions.h"
#include "accounts/core/accounts_registration.h"
#include "common/secure_bytes.h"
#include "patients/core/patients.h"
#include "patients/core/patients_permissions.h"
#include "patients/core/patients_registration.h"
#include "practice/core/payers.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/practice_profile.h"
#include "storage/synced_rows.h"

#include <catch2/catch_test_macros.hpp>

#include <QMap>

namespace fd::accounts::test {

AccountsFixture::AccountsFixture()
{
    auto created =
        storage::Database::create(dir.file(QStringLiteral("practice.db")), SecureBytes::random(32));
    REQUIRE(created.ok());
    db = std::shared_ptr<storage::Database>(std::move(created.value()));
    auto migrated = db->migrate({storage::storageMigrations(), practice::practiceMigrations(),
                                 patients::patientsMigrations(), accountsMigrations()});
    INFO((migrated.ok() ? std::string() : migrated.error().toString().toStdString()));
    REQUIRE(migrated.ok());
    clock = std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 14), QTime(15, 0), Qt::UTC));
    access->user.id = QStringLiteral("user-1");
    access->user.username = QStringLiteral("biller");
    registry.add<storage::Database>(db);
    registry.add<security::IAccessControl>(access);
    registry.add<security::IAuditTrail>(audit);
    registry.add<IClock>(clock);
    practice::registerServices(registry);
    patients::registerServices(registry);
    accounts::registerServices(registry);
    grantAll();

    practice::Payer payer;
    payer.name = QStringLiteral("Acme Health Plan");
    payer.payerIds.insert(QStringLiteral("default"), QStringLiteral("60054"));
    auto savedPayer = registry.get<practice::IPayerService>()->save(payer);
    REQUIRE(savedPayer.ok());
    payerId = savedPayer->id;
    audit->records.clear();
}

void AccountsFixture::grantAll()
{
    access->granted = {practice::perm::kView, practice::perm::kEdit,  patients::perm::kRead,
                       patients::perm::kEdit, patients::perm::kMerge, patients::perm::kMergeUndo,
                       perm::kView,           perm::kCharges,         perm::kPayments,
                       perm::kAdjust,         perm::kTransfer,        perm::kRefund,
                       perm::kReverse};
}

void AccountsFixture::grantRole(security::Role role)
{
    access->granted.clear();
    for (const auto& info : security::PermissionCatalog::all())
        if (security::PermissionCatalog::defaultAllows(role, info.id))
            access->granted.insert(info.id);
}

qint64 AccountsFixture::count(const QString& sql, const QVariantList& binds) const
{
    auto q = storage::exec(db->connection(), sql, binds);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

patients::Patient AccountsFixture::addPatient(const QString& first, const QString& last,
                                              const QString& guarantorId)
{
    patients::Patient p;
    p.firstName = first;
    p.lastName = last;
    p.birthDate = QDate(1980, 5, 17);
    p.sex = patients::AdministrativeSex::Female;
    p.address = {QStringLiteral("12 Main St"),
                 {},
                 QStringLiteral("Albany"),
                 QStringLiteral("NY"),
                 QStringLiteral("12207")};
    p.guarantorId = guarantorId;
    auto saved = registry.get<patients::IPatientService>()->create(p);
    INFO((saved.ok() ? std::string() : saved.error().toString().toStdString()));
    REQUIRE(saved.ok());
    patientIds << saved->patient.id;
    const QString account = guarantorId.isEmpty() ? saved->patient.id : guarantorId;
    if (!guarantorIds.contains(account))
        guarantorIds << account;
    return saved->patient;
}

QString AccountsFixture::addGuarantor(const QString& first, const QString& last)
{
    patients::Guarantor g;
    g.firstName = first;
    g.lastName = last;
    g.birthDate = QDate(1975, 1, 2);
    g.address = {QStringLiteral("12 Main St"),
                 {},
                 QStringLiteral("Albany"),
                 QStringLiteral("NY"),
                 QStringLiteral("12207")};
    auto saved = registry.get<patients::IGuarantorService>()->save(g);
    INFO((saved.ok() ? std::string() : saved.error().toString().toStdString()));
    REQUIRE(saved.ok());
    return saved->id;
}

LedgerEntry AccountsFixture::charge(const QString& patientId, qint64 cents, Bucket responsibility,
                                    const QString& claimId, const QDate& serviceDate)
{
    ChargeRequest r;
    r.patientId = patientId;
    r.serviceDate = serviceDate.isValid() ? serviceDate : clock->nowUtc().date();
    r.code = QStringLiteral("99213");
    r.amount = Money::fromCents(cents);
    r.responsibility = responsibility;
    r.claimId = claimId;
    auto posted = ledger().postCharge(r);
    INFO((posted.ok() ? std::string() : posted.error().toString().toStdString()));
    REQUIRE(posted.ok());
    return posted.value();
}

LedgerEntry AccountsFixture::pay(const QString& patientId, const QString& lineId, qint64 cents,
                                 PaymentMethod method, const QString& reference)
{
    PatientPaymentRequest r;
    r.patientId = patientId;
    r.lineId = lineId;
    r.amount = Money::fromCents(cents);
    r.method = method;
    r.reference = reference;
    auto posted = ledger().recordPatientPayment(r);
    INFO((posted.ok() ? std::string() : posted.error().toString().toStdString()));
    REQUIRE(posted.ok());
    return posted.value();
}

LedgerEntry AccountsFixture::insurancePay(const QString& patientId, const QString& lineId,
                                          qint64 cents)
{
    InsurancePaymentRequest r;
    r.patientId = patientId;
    r.lineId = lineId;
    r.payerId = payerId;
    r.amount = Money::fromCents(cents);
    r.reference = QStringLiteral("EFT-2025-0042");
    auto posted = ledger().recordInsurancePayment(r);
    INFO((posted.ok() ? std::string() : posted.error().toString().toStdString()));
    REQUIRE(posted.ok());
    return posted.value();
}

void AccountsFixture::requireInvariants() const
{
    ILedger& l = ledger();
    Money allInsurance, allPatient, allCredit;
    QMap<QString, std::pair<Money, Money>> claims, guarantors;
    for (const QString& patientId : patientIds) {
        // Merged-away records count for their survivor.
        if (count(QStringLiteral(
                      "SELECT COUNT(*) FROM ledger_patient_map WHERE merged_patient_id = ?"),
                  {patientId}))
            continue;
        auto lines = l.lineBalances(patientId, false);
        REQUIRE(lines.ok());
        Money insurance, patient;
        for (const LineBalance& line : lines.value()) {
            INFO("line " << line.lineId.toStdString());
            CHECK(line.charged - line.paid - line.adjusted == line.insurance + line.patient);
            CHECK_FALSE(line.insurance.isNegative());
            CHECK_FALSE(line.patient.isNegative());
            insurance += line.insurance;
            patient += line.patient;
            if (!line.claimId.isEmpty()) {
                claims[line.claimId].first += line.insurance;
                claims[line.claimId].second += line.patient;
            }
            guarantors[line.guarantorId].first += line.insurance;
            guarantors[line.guarantorId].second += line.patient;
        }
        auto balance = l.balance(patientId);
        REQUIRE(balance.ok());
        CHECK(balance->insurance == insurance);
        CHECK(balance->patient == patient);
        CHECK_FALSE(balance->credit.isNegative());
        CHECK(balance->insuranceAging.total() == insurance);
        CHECK(balance->patientAging.total() == patient);
        auto entries = l.entries(patientId, {});
        REQUIRE(entries.ok());
        if (!entries->empty())
            CHECK(entries->back().running == balance->total());
        allInsurance += insurance;
        allPatient += patient;
        allCredit += balance->credit;
    }
    for (auto it = claims.constBegin(); it != claims.constEnd(); ++it) {
        auto claim = l.claimBalance(it.key());
        REQUIRE(claim.ok());
        CHECK(claim->insurance == it.value().first);
        CHECK(claim->patient == it.value().second);
    }
    Money guarantorCredit;
    for (const QString& g : guarantorIds) {
        auto balance = l.guarantorBalance(g);
        REQUIRE(balance.ok());
        CHECK(balance->insurance == guarantors.value(g).first);
        CHECK(balance->patient == guarantors.value(g).second);
        guarantorCredit += balance->credit;
    }
    auto totals = l.practiceTotals();
    REQUIRE(totals.ok());
    CHECK(totals->insurance == allInsurance);
    CHECK(totals->patient == allPatient);
    CHECK(totals->credit == allCredit);
    CHECK(guarantorCredit == allCredit);
    CHECK(totals->insuranceAging.total() == allInsurance);
    CHECK(totals->patientAging.total() == allPatient);
    auto report = l.check();
    REQUIRE(report.ok());
    for (const auto& d : report->differences)
        UNSCOPED_INFO(d.summary.toStdString()
                      << " " << d.key.toStdString() << " " << d.field.toStdString() << " "
                      << d.expected << " vs " << d.stored);
    CHECK(report->clean());
}

}  // namespace fd::accounts::test
