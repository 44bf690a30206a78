#pragma once

#include "calendar/core/messaging/messaging_types.h"
#include "patients/core/patient_types.h"

#include <QString>

namespace fd::calendar {

// Where and how a recall message may reach the patient, from the patient's record and
// confidential-communication choices (HIPAA 164.522(b)):
// - email: the record's address, with consent, unless the choices forbid email;
// - text: the first mobile number of an allowed phone type ("+1" and ten digits), with the
//   consent recorded on that number;
// - a choice that lists allowed channels restricts messages to those (sms, email).
messaging::ContactChoices recallContactChoices(const patients::Patient& patient,
                                               const patients::PrivacyChoices& privacy);

// Spanish for "es" and its regions, else English.
messaging::Language recallLanguage(const QString& languageTag);

// "+1" and ten digits for a NANP number stored as ten digits (or typed with punctuation);
// empty when it is not one.
QString recallE164(const QString& number);

}  // namespace fd::calendar
