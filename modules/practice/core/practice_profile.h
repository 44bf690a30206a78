#pragma once

#include "common/result.h"
#include "common/service_registry.h"
#include "practice/core/practice_types.h"
#include "storage/database.h"

#include <QByteArray>
#include <QString>

namespace fd::practice {

// Who the practice is: the first things set up (first run, `frontdeskctl init`), then the
// billing organization claims carry (2010AA) and the pay-to address (2010AB) when it differs.
struct PracticeProfile
{
    QString name;  // legal name
    QString timeZone = QStringLiteral("America/New_York");  // IANA id
    QString npi;    // type 2 organization NPI (10 digits, Luhn check with prefix 80840)
    QString taxId;  // EIN, 9 digits ("12-3456789" accepted)
    QString taxonomy;       // NUCC code of the billing organization
    Address billingAddress;  // a street address (no PO box on 837P 2010AA)
    Address payToAddress;    // empty when payments go to the billing address
    QString phone;
    QString fax;
    QString email;
    QByteArray logo;  // PNG or JPEG for statements and letters
};

// Checks a profile: name present, time zone known to QTimeZone, NPI check digit, tax id form,
// taxonomy and address forms, logo kind and size. Whether the taxonomy is a known NUCC code
// is checked by the service (it needs the code sets).
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

// Publishes IPracticeProfile, ILocationService, IProviderService, IPayerService,
// IFeeScheduleService and ICodeSetService, appends its FHIR source and sink (fhir::
// IFhirResourceSource, IFhirResourceSink), and declares the practice permissions; needs
// storage::Database, security::IAccessControl and security::IAuditTrail in the registry
// (the practice session puts them there). An IClock in the registry, when present, is "now".
void registerServices(ServiceRegistry& registry);

}  // namespace fd::practice
