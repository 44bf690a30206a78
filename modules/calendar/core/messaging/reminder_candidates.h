#pragma once

#include "calendar/core/calendar.h"
#include "calendar/core/messaging/messaging_types.h"
#include "common/result.h"
#include "patients/core/patients.h"
#include "practice/core/locations.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <optional>

namespace fd::calendar::messaging {

// The IANA zone of a US state or territory (its most populous zone); invalid when unknown.
QTimeZone usStateTimeZone(const QString& state);
// "+1" and ten digits for a NANP number stored as ten digits (or typed with punctuation);
// empty when it is not one.
QString nanpE164(const QString& number);
// The reminder language of a BCP 47 tag: Spanish for "es" and its regions, else English.
Language reminderLanguage(const QString& tag);
// What the patient's record and confidential-communication choices allow reminders to use.
ContactChoices contactChoices(const patients::Patient& patient,
                              const patients::PrivacyChoices& privacy);

// Turns appointments into reminder candidates: the patient's contact data, language, consent
// and confidential choices from the patients core (each patient read once per run, audited as
// a read), the practice, provider and location from the practice core.
class CandidateBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::messaging::CandidateBuilder)

public:
    struct Services
    {
        std::shared_ptr<patients::IPatientService> patients;
        std::shared_ptr<patients::IPatientPrivacy> privacy;
        std::shared_ptr<practice::IPracticeProfile> profile;
        std::shared_ptr<practice::ILocationService> locations;
        std::shared_ptr<practice::IProviderService> providers;
    };

    explicit CandidateBuilder(Services services) : m_services(std::move(services)) {}

    // Loads the practice and its locations; call once before candidate().
    Status load();
    // The candidate of an appointment; an error naming the appointment (never the patient)
    // when the patient cannot be read (restricted, missing).
    Result<ReminderCandidate> candidate(const Appointment& appointment,
                                        const QString& templateGroup);

    const QString& practiceName() const { return m_practiceName; }
    const QString& practicePhone() const { return m_practicePhone; }
    // The patient's language, for replies (English when the patient cannot be read).
    Language languageOf(const QString& patientId);

private:
    struct PatientInfo
    {
        QTimeZone zone;  // invalid: the location's
        Language language = Language::English;
        ContactChoices contact;
    };
    Result<PatientInfo> patient(const QString& patientId);

    Services m_services;
    QString m_practiceName;
    QString m_practicePhone;
    QHash<QString, practice::Location> m_locations;
    QHash<QString, QString> m_providerNames;
    QHash<QString, std::optional<PatientInfo>> m_patients;
    QHash<QString, Error> m_patientErrors;
};

}  // namespace fd::calendar::messaging
