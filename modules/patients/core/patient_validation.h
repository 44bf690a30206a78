#pragma once

#include "common/result.h"
#include "patients/core/patient_types.h"

namespace fd::patients {

// Form checks of the registry's records. Each failure is InvalidInput with a message naming
// the field and the value, and the field's key in Error::details ("birth_date",
// "phones[2].number", "address.state"), so a screen can put it beside the right box. Whether
// referenced providers and payers exist is checked by the services.
Status validatePatient(const Patient& patient, const QDate& today);
Status validateGuarantor(const Guarantor& guarantor, const QDate& today);
Status validateCoverage(const Coverage& coverage);
Status validatePrivacyChoices(const PrivacyChoices& choices);
Status validateRestriction(const PrivacyRestriction& restriction);

// "image/png", "image/jpeg", "image/tiff", "application/pdf" from the first bytes; empty when
// none of them.
QString sniffMimeType(const QByteArray& content);
// A photo or card image: PNG or JPEG of at most 5 MiB (empty is fine).
Status checkImage(const QByteArray& image, const QString& field);

}  // namespace fd::patients
