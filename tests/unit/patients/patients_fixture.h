#pragma once

#include "common/clock.h"
#include "common/service_registry.h"
#include "fake_security.h"
#include "patients/core/patient_types.h"
#include "security/interfaces.h"
#include "storage/database.h"
#include "test_support.h"

#include <QSet>

#include <memory>
#include <vector>

namespace fd::patients::test {

using fd::test::FakeAccess;
using fd::test::FakeAudit;

// An encrypted practice database with the storage, practice and patients schemas, their
// services, one payer and one provider, at a pinned "now" (2025-03-14).
class PatientsFixture
{
public:
    PatientsFixture();

    template <typename T>
    std::shared_ptr<T> service() const
    {
        return registry.get<T>();
    }
    void grantAll();
    void grantFrontDesk();  // read and edit, no merge, no restricted
    qint64 count(const QString& sql, const QVariantList& binds = {}) const;

    // A valid patient (fictional: 555-01xx phones, example.com email).
    static Patient person(const QString& first, const QString& last, const QDate& birth, const QString& phone = {});
    // Creates the patient; REQUIREs success.
    Patient add(const Patient& patient);
    Patient add(const QString& first, const QString& last, const QDate& birth, const QString& phone = {});

    fd::test::TempDir dir;
    std::shared_ptr<storage::Database> db;
    std::shared_ptr<FakeAccess> access = std::make_shared<FakeAccess>();
    std::shared_ptr<FakeAudit> audit = std::make_shared<FakeAudit>();
    std::shared_ptr<FixedClock> clock;
    ServiceRegistry registry;
    QString payerId;
    QString otherPayerId;
    QString providerId;
};

}  // namespace fd::patients::test
