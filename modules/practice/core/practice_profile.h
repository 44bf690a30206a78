#pragma once

#include "common/result.h"
#include "common/service_registry.h"
#include "storage/database.h"

#include <QString>

namespace fd::practice {

// Who the practice is: the first things set up (first run, `frontdeskctl init`).
struct PracticeProfile
{
    QString name;
    QString timeZone = QStringLiteral("America/New_York");  // IANA id
    QString npi;    // type 2 organization NPI (10 digits, Luhn check with prefix 80840)
    QString taxId;  // EIN, 9 digits ("12-3456789" accepted)
};

// Checks a profile: name present, time zone known to QTimeZone, NPI check digit, tax id form.
Status validate(const PracticeProfile& profile);
bool isValidNpi(const QString& npi);

class IPracticeProfile
{
public:
    virtual ~IPracticeProfile() = default;
    virtual Result<PracticeProfile> profile() const = 0;   // needs practice.view
    virtual Status save(const PracticeProfile& profile) = 0;  // needs practice.edit; audited
};

storage::MigrationSet practiceMigrations();

// Publishes IPracticeProfile; needs storage::Database, security::IAccessControl and
// security::IAuditTrail in the registry (the practice session puts them there).
void registerServices(ServiceRegistry& registry);

}  // namespace fd::practice
