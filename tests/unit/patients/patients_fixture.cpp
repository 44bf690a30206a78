#include "patients_fixture.h"

#include "common/secure_bytes.h"
#include "patients/core/patients.h"
#include "patients/core/patients_permissions.h"
#include "patients/core/patients_registration.h"
#include "practice/core/payers.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"
#include "storage/synced_rows.h"

#include <catch2/catch_test_macros.hpp>

namespace fd::patients::test {

PatientsFixture::PatientsFixture()
{
    auto created = storage::Database::create(dir.file(QStringLiteral("practice.db")), SecureBytes::random(32));
    REQUIRE(created.ok());
    db = std::shared_ptr<storage::Database>(std::move(created.value()));
    auto migrated = db->migrate({storage::storageMigrations(), practice::practiceMigrations(), patientsMigrations()});
    INFO((migrated.ok() ? std::string() : migrated.error().toString().toStdString()));
    REQUIRE(migrated.ok());
    clock = std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 14), QTime(15, 0), Qt::UTC));
    access->user.id = QStringLiteral("user-1");
    access->user.username = QStringLiteral("frontdesk");
    registry.add<storage::Database>(db);
    registry.add<security::IAccessControl>(access);
    registry.add<security::IAuditTrail>(audit);
    registry.add<IClock>(clock);
    practice::registerServices(registry);
    patients::registerServices(registry);
    grantAll();

    practice::Payer payer;
    payer.name = QStringLiteral("Acme Health Plan");
    payer.payerIds.insert(QStringLiteral("default"), QStringLiteral("60054"));
    auto savedPayer = registry.get<practice::IPayerService>()->save(payer);
    REQUIRE(savedPayer.ok());
    payerId = savedPayer->id;
    payer.name = QStringLiteral("Medicare Part B");
    payer.payerIds.insert(QStringLiteral("default"), QStringLiteral("12202"));
    payer.claimFilingIndicator = QStringLiteral("MB");
    auto savedOther = registry.get<practice::IPayerService>()->save(payer);
    REQUIRE(savedOther.ok());
    otherPayerId = savedOther->id;

    practice::Provider provider;
    provider.firstName = QStringLiteral("Ada");
    provider.lastName = QStringLiteral("Lovelace");
    provider.npi = QStringLiteral("1234567893");
    provider.taxonomy = QStringLiteral("207Q00000X");
    auto savedProvider = registry.get<practice::IProviderService>()->save(provider);
    INFO((savedProvider.ok() ? std::string() : savedProvider.error().toString().toStdString()));
    REQUIRE(savedProvider.ok());
    providerId = savedProvider->id;
    audit->records.clear();
}

void PatientsFixture::grantAll()
{
    access->granted = {practice::perm::kView, practice::perm::kEdit, perm::kRead,  perm::kEdit,  perm::kRestricted,
                       perm::kMerge,          perm::kMergeUndo,       perm::kImport, perm::kExport};
}

void PatientsFixture::grantFrontDesk()
{
    access->granted = {practice::perm::kView, perm::kRead, perm::kEdit};
}

qint64 PatientsFixture::count(const QString& sql, const QVariantList& binds) const
{
    auto q = storage::exec(db->connection(), sql, binds);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

Patient PatientsFixture::person(const QString& first, const QString& last, const QDate& birth, const QString& phone)
{
    Patient p;
    p.firstName = first;
    p.lastName = last;
    p.birthDate = birth;
    p.sex = AdministrativeSex::Female;
    p.address = {QStringLiteral("12 Main St"), {}, QStringLiteral("Albany"), QStringLiteral("NY"), QStringLiteral("12207")};
    if (!phone.isEmpty())
        p.phones.append({QStringLiteral("mobile"), phone, true});
    p.email = QStringLiteral("%1.%2@example.com").arg(first.toLower(), last.toLower());
    return p;
}

Patient PatientsFixture::add(const Patient& patient)
{
    auto saved = registry.get<IPatientService>()->create(patient);
    INFO((saved.ok() ? std::string() : saved.error().toString().toStdString()));
    REQUIRE(saved.ok());
    return saved->patient;
}

Patient PatientsFixture::add(const QString& first, const QString& last, const QDate& birth, const QString& phone)
{
    return add(person(first, last, birth, phone));
}

}  // namespace fd::patients::test
