#pragma once

#include "common/money.h"
#include "practice/core/practice_types.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd::patients {

using practice::Address;

// Administrative sex as claims carry it (X12 DMG03, FHIR gender): M, F or U. Gender identity
// and pronouns are separate, free of any billing meaning.
enum class AdministrativeSex { Male, Female, Unknown };
QString sexCode(AdministrativeSex sex);  // "M", "F", "U"
std::optional<AdministrativeSex> sexFromCode(const QString& code);

enum class PatientStatus { Active, Inactive, Deceased };
QString statusId(PatientStatus status);  // "active", "inactive", "deceased"
std::optional<PatientStatus> statusFromId(const QString& id);

struct Phone
{
    QString type = QStringLiteral("mobile");  // home | mobile | work | other
    QString number;  // as typed; stored as ten digits (NANP)
    bool smsConsent = false;  // texts allowed (mobile only)
    bool operator==(const Phone&) const = default;
};

struct EmergencyContact
{
    QString name;
    QString relationship;
    QString phone;
    bool operator==(const EmergencyContact&) const = default;
};

struct Employer
{
    QString name;
    QString phone;
    bool operator==(const Employer&) const = default;
};

// OMB race and ethnicity categories as US Core carries them (CDC race & ethnicity code system
// urn:oid:2.16.840.1.113883.6.238), plus ASKU (asked, declined) and UNK.
QStringList ombRaceCodes();       // 1002-5, 2028-9, 2054-5, 2076-8, 2106-3, ASKU, UNK
QStringList ombEthnicityCodes();  // 2135-2, 2186-5, ASKU, UNK
QStringList phoneTypes();         // home, mobile, work, other
QStringList contactMethods();     // phone, sms, email, mail, portal

struct Patient
{
    QString id;  // uuid; empty until saved
    qint64 rowVersion = 0;
    QString accountNumber;  // allocated once at creation, never reused (read-only for callers)

    QString firstName;  // legal name, as on the insurance card
    QString middleName;
    QString lastName;
    QString suffix;         // Jr, Sr, III
    QString preferredName;  // what the patient is called ("Bob")
    QDate birthDate;
    AdministrativeSex sex = AdministrativeSex::Unknown;
    QString genderIdentity;  // free text or a SNOMED code the practice chooses
    QString pronouns;        // "she/her", "they/them"

    Address address;
    QList<Phone> phones;
    QString email;
    bool emailConsent = false;  // email may be used for reminders and statements
    QString preferredLanguage = QStringLiteral("en");  // BCP 47 tag
    QString preferredContact;  // one of contactMethods(), empty: no preference
    QStringList raceCodes;
    QStringList ethnicityCodes;
    EmergencyContact emergencyContact;
    Employer employer;
    QString primaryProviderId;  // a practice provider
    QString guarantorId;        // who receives statements (Guarantor::id); empty: none yet
    QString notes;
    QByteArray photo;  // PNG or JPEG
    PatientStatus status = PatientStatus::Active;
    QDate deceasedDate;  // only with status deceased
    QString alert;       // banner text ("collections", "needs interpreter")
    bool restricted = false;  // staff or VIP: only patients.restricted or break-glass open it
    QString mergedInto;  // set when merged away; such a record is kept for the undo only

    QString displayName() const;  // "Last, First Middle Suffix"
    int ageOn(const QDate& day) const;  // whole years; -1 without a birth date
};

// Confidential-communication preferences (45 CFR 164.522(b)): which address, phone, email and
// channel statements and reminders may use. One record per patient; absent means no limits.
struct PrivacyChoices
{
    QString patientId;
    qint64 rowVersion = 0;
    bool useHomeAddress = true;
    Address alternateAddress;  // used instead of the home address when useHomeAddress is false
    QStringList allowedPhoneTypes;  // empty: any of the patient's phones
    bool voicemailAllowed = true;
    bool emailAllowed = true;
    QStringList allowedChannels;  // subset of contactMethods(); empty: any
    QString notes;
    QString recordedBy;  // user id
    QDateTime recordedAt;
};

// A restriction the practice agreed to (45 CFR 164.522(a)(1)(vi)): "do not bill my plan" for
// services the patient pays in full. Ended by setting `to`, never deleted.
struct PrivacyRestriction
{
    QString id;
    qint64 rowVersion = 0;
    QString patientId;
    QString kind = QStringLiteral("no_bill_plan");  // no_bill_plan | other
    QString description;
    QStringList serviceCodes;  // CPT/HCPCS the restriction covers; empty: every self-paid service
    QDate from;
    QDate to;  // null: open-ended
    QString recordedBy;
    QDateTime recordedAt;

    bool activeOn(const QDate& day) const { return from <= day && (to.isNull() || day <= to); }
};

// One entry of a patient's amendment history (45 CFR 164.526). Entries are appended, never
// changed: a request, then a decision (accepted or denied) and, after a denial, the patient's
// statement of disagreement.
struct AmendmentEntry
{
    QString id;
    QString patientId;
    QString requestId;  // the request this entry answers; empty for a request
    QString kind;       // request | accepted | denied | disagreement
    QString field;      // what the request is about ("address", "date of birth", ...)
    QString text;       // the requested change, the reason of a denial, or the statement
    QString recordedBy;
    QDateTime recordedAt;
};

// Who is responsible for the bill. Several patients (a family) can share one guarantor; a
// patient can be their own guarantor (patientId set to the patient).
struct Guarantor
{
    QString id;
    qint64 rowVersion = 0;
    QString patientId;  // when the guarantor is a patient of the practice
    QString firstName;
    QString lastName;
    QDate birthDate;
    Address address;
    QString phone;
    QString email;
    QString employer;

    QString displayName() const;
};

// X12 individual relationship codes (SBR02/PAT01) a coverage uses.
QStringList subscriberRelationships();  // 18 self, 01 spouse, 19 child, 20 employee, G8 other

struct Coverage
{
    QString id;
    qint64 rowVersion = 0;
    QString patientId;
    int order = 1;  // 1 primary, 2 secondary, 3 tertiary
    QString payerId;  // a practice payer (practice::Payer::id)
    QString planName;
    QString memberId;
    QString groupNumber;
    QString relationship = QStringLiteral("18");  // subscriberRelationships()
    // The subscriber when not the patient (relationship other than 18).
    QString subscriberPatientId;  // when the subscriber is also a patient
    QString subscriberFirstName;
    QString subscriberLastName;
    QDate subscriberBirthDate;
    AdministrativeSex subscriberSex = AdministrativeSex::Unknown;
    QDate effectiveFrom;
    QDate effectiveTo;  // null: open-ended
    std::optional<Money> copay;
    std::optional<int> coinsurancePercent;  // 0..100
    std::optional<Money> deductible;
    QByteArray cardFront;  // PNG or JPEG
    QByteArray cardBack;

    bool activeOn(const QDate& day) const
    {
        return effectiveFrom <= day && (effectiveTo.isNull() || day <= effectiveTo);
    }
};

// A file attached to a patient (scan, upload), kept inside the encrypted database.
struct PatientDocument
{
    QString id;
    qint64 rowVersion = 0;
    QString patientId;
    QString title;
    QString kind = QStringLiteral("other");  // documentKinds()
    QString fileName;
    QString mimeType;  // application/pdf, image/png, image/jpeg, image/tiff (from the content)
    qint64 size = 0;
    QString addedBy;
    QDateTime addedAt;
};
QStringList documentKinds();  // id_card, insurance_card, consent, referral, correspondence, other

}  // namespace fd::patients
