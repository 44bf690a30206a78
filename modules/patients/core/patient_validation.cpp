#include "patients/core/patient_validation.h"

#include "patients/core/name_matching.h"
#include "patients/core/patient_context.h"
#include "practice/core/practice_validation.h"

#include <QRegularExpression>

namespace fd::patients {

namespace {

constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;

Status checkName(const QString& name, const QString& field, bool required)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (required)
            return invalidField(patientsTr("%1 is required.").arg(field), field);
        return {};
    }
    if (trimmed.size() > 60)
        return invalidField(patientsTr("%1 \"%2\" is longer than 60 characters.").arg(field, trimmed), field);
    if (foldName(trimmed).isEmpty())
        return invalidField(patientsTr("%1 \"%2\" has no letters.").arg(field, trimmed), field);
    return {};
}

Status checkBirthDate(const QDate& date, const QString& field, const QDate& today, bool required)
{
    if (date.isNull()) {
        if (required)
            return invalidField(patientsTr("The date of birth (%1) is required.").arg(field), field);
        return {};
    }
    if (!date.isValid() || date > today || date.year() < 1880)
        return invalidField(patientsTr("The date of birth (%1) %2 is not a past date after 1880.")
                                .arg(field, date.toString(Qt::ISODate)),
                            field);
    return {};
}

Status checkEmail(const QString& email, const QString& field)
{
    static const QRegularExpression form(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.trimmed().isEmpty() && !form.match(email.trimmed()).hasMatch())
        return invalidField(patientsTr("\"%1\" is not an email address (%2).").arg(email, field), field);
    return {};
}

Status checkPhone(const QString& number, const QString& field, bool required)
{
    if (number.trimmed().isEmpty()) {
        if (required)
            return invalidField(patientsTr("A phone number is required (%1).").arg(field), field);
        return {};
    }
    if (phoneDigits(number).isEmpty())
        return invalidField(patientsTr("\"%1\" is not a US phone number with area code (%2).").arg(number, field), field);
    return {};
}

Status checkCodes(const QStringList& codes, const QStringList& allowed, const QString& field)
{
    for (const QString& code : codes)
        if (!allowed.contains(code))
            return invalidField(patientsTr("\"%1\" is not one of %2 (%3).").arg(code, allowed.join(QStringLiteral(", ")), field),
                                field);
    return {};
}

}  // namespace

QString sniffMimeType(const QByteArray& c)
{
    if (c.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (c.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (c.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (c.startsWith("II*\0") || c.startsWith(QByteArray("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    return {};
}

Status checkImage(const QByteArray& image, const QString& field)
{
    if (image.isEmpty())
        return {};
    const QString mime = sniffMimeType(image);
    if (mime != QLatin1String("image/png") && mime != QLatin1String("image/jpeg"))
        return invalidField(patientsTr("The image (%1) must be a PNG or JPEG file.").arg(field), field);
    if (image.size() > kMaxImageBytes)
        return invalidField(patientsTr("The image (%1) is larger than 5 MiB.").arg(field), field);
    return {};
}

Status validatePatient(const Patient& p, const QDate& today)
{
    FD_TRY(checkName(p.firstName, QStringLiteral("first_name"), true));
    FD_TRY(checkName(p.lastName, QStringLiteral("last_name"), true));
    FD_TRY(checkName(p.middleName, QStringLiteral("middle_name"), false));
    FD_TRY(checkName(p.preferredName, QStringLiteral("preferred_name"), false));
    FD_TRY(checkBirthDate(p.birthDate, QStringLiteral("birth_date"), today, true));
    FD_TRY(practice::checkAddress(p.address, QStringLiteral("address"), false));
    for (int i = 0; i < p.phones.size(); ++i) {
        const Phone& phone = p.phones.at(i);
        const QString field = QStringLiteral("phones[%1]").arg(i);
        if (!phoneTypes().contains(phone.type))
            return invalidField(patientsTr("Phone type \"%1\" must be home, mobile, work or other (%2).").arg(phone.type, field),
                                field + QStringLiteral(".type"));
        FD_TRY(checkPhone(phone.number, field + QStringLiteral(".number"), true));
        if (phone.smsConsent && phone.type != QLatin1String("mobile"))
            return invalidField(patientsTr("Text messages can only be allowed for a mobile phone (%1).").arg(field),
                                field + QStringLiteral(".sms_consent"));
    }
    FD_TRY(checkEmail(p.email, QStringLiteral("email")));
    if (p.emailConsent && p.email.trimmed().isEmpty())
        return invalidField(patientsTr("Email consent needs an email address."), QStringLiteral("email_consent"));
    if (!p.preferredContact.isEmpty() && !contactMethods().contains(p.preferredContact))
        return invalidField(patientsTr("The preferred contact method \"%1\" must be one of %2.")
                                .arg(p.preferredContact, contactMethods().join(QStringLiteral(", "))),
                            QStringLiteral("preferred_contact"));
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    if (!p.preferredLanguage.isEmpty() && !language.match(p.preferredLanguage).hasMatch())
        return invalidField(patientsTr("The preferred language \"%1\" must be a language tag such as en or es-MX.")
                                .arg(p.preferredLanguage),
                            QStringLiteral("preferred_language"));
    FD_TRY(checkCodes(p.raceCodes, ombRaceCodes(), QStringLiteral("race_codes")));
    FD_TRY(checkCodes(p.ethnicityCodes, ombEthnicityCodes(), QStringLiteral("ethnicity_codes")));
    FD_TRY(checkPhone(p.emergencyContact.phone, QStringLiteral("emergency_contact.phone"), false));
    if (!p.emergencyContact.phone.trimmed().isEmpty() && p.emergencyContact.name.trimmed().isEmpty())
        return invalidField(patientsTr("The emergency contact needs a name."), QStringLiteral("emergency_contact.name"));
    FD_TRY(checkPhone(p.employer.phone, QStringLiteral("employer.phone"), false));
    FD_TRY(checkImage(p.photo, QStringLiteral("photo")));
    if (p.status == PatientStatus::Deceased) {
        if (p.deceasedDate.isValid() && (p.deceasedDate > today || p.deceasedDate < p.birthDate))
            return invalidField(patientsTr("The date of death %1 must lie between the birth date and today.")
                                    .arg(p.deceasedDate.toString(Qt::ISODate)),
                                QStringLiteral("deceased_date"));
    } else if (p.deceasedDate.isValid()) {
        return invalidField(patientsTr("A date of death needs the status deceased."), QStringLiteral("deceased_date"));
    }
    if (p.alert.trimmed().size() > 120)
        return invalidField(patientsTr("The alert banner is longer than 120 characters."), QStringLiteral("alert"));
    return {};
}

Status validateGuarantor(const Guarantor& g, const QDate& today)
{
    FD_TRY(checkName(g.firstName, QStringLiteral("first_name"), true));
    FD_TRY(checkName(g.lastName, QStringLiteral("last_name"), true));
    FD_TRY(checkBirthDate(g.birthDate, QStringLiteral("birth_date"), today, false));
    FD_TRY(practice::checkAddress(g.address, QStringLiteral("address"), true));
    FD_TRY(checkPhone(g.phone, QStringLiteral("phone"), false));
    return checkEmail(g.email, QStringLiteral("email"));
}

Status validateCoverage(const Coverage& c)
{
    if (c.patientId.isEmpty())
        return invalidField(patientsTr("A coverage belongs to a patient."), QStringLiteral("patient_id"));
    if (c.order < 1 || c.order > 3)
        return invalidField(patientsTr("The coverage order %1 must be 1 (primary), 2 (secondary) or 3 (tertiary).")
                                .arg(c.order),
                            QStringLiteral("order"));
    if (c.payerId.isEmpty())
        return invalidField(patientsTr("A coverage needs a payer."), QStringLiteral("payer_id"));
    static const QRegularExpression memberForm(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 -]{1,29}$"));
    if (!memberForm.match(c.memberId.trimmed()).hasMatch())
        return invalidField(patientsTr("The member id \"%1\" must be 2 to 30 letters and digits.").arg(c.memberId),
                            QStringLiteral("member_id"));
    if (!subscriberRelationships().contains(c.relationship))
        return invalidField(patientsTr("The relationship \"%1\" must be one of %2 (18 is self).")
                                .arg(c.relationship, subscriberRelationships().join(QStringLiteral(", "))),
                            QStringLiteral("relationship"));
    if (c.relationship != QLatin1String("18") && c.subscriberPatientId.isEmpty()) {
        FD_TRY(checkName(c.subscriberFirstName, QStringLiteral("subscriber_first_name"), true));
        FD_TRY(checkName(c.subscriberLastName, QStringLiteral("subscriber_last_name"), true));
        if (!c.subscriberBirthDate.isValid())
            return invalidField(patientsTr("The subscriber's date of birth is required when the patient is not the "
                                           "subscriber."),
                                QStringLiteral("subscriber_birth_date"));
    }
    if (!c.effectiveFrom.isValid())
        return invalidField(patientsTr("The coverage needs an effective date."), QStringLiteral("effective_from"));
    if (c.effectiveTo.isValid() && c.effectiveTo < c.effectiveFrom)
        return invalidField(patientsTr("The coverage ends (%1) before it starts (%2).")
                                .arg(c.effectiveTo.toString(Qt::ISODate), c.effectiveFrom.toString(Qt::ISODate)),
                            QStringLiteral("effective_to"));
    if (c.copay && c.copay->isNegative())
        return invalidField(patientsTr("The copay cannot be negative."), QStringLiteral("copay"));
    if (c.deductible && c.deductible->isNegative())
        return invalidField(patientsTr("The deductible cannot be negative."), QStringLiteral("deductible"));
    if (c.coinsurancePercent && (*c.coinsurancePercent < 0 || *c.coinsurancePercent > 100))
        return invalidField(patientsTr("The coinsurance %1% must be between 0 and 100.").arg(*c.coinsurancePercent),
                            QStringLiteral("coinsurance_percent"));
    FD_TRY(checkImage(c.cardFront, QStringLiteral("card_front")));
    return checkImage(c.cardBack, QStringLiteral("card_back"));
}

Status validatePrivacyChoices(const PrivacyChoices& c)
{
    if (c.patientId.isEmpty())
        return invalidField(patientsTr("Privacy choices belong to a patient."), QStringLiteral("patient_id"));
    FD_TRY(practice::checkAddress(c.alternateAddress, QStringLiteral("alternate_address"), !c.useHomeAddress));
    FD_TRY(checkCodes(c.allowedPhoneTypes, phoneTypes(), QStringLiteral("allowed_phone_types")));
    return checkCodes(c.allowedChannels, contactMethods(), QStringLiteral("allowed_channels"));
}

Status validateRestriction(const PrivacyRestriction& r)
{
    if (r.patientId.isEmpty())
        return invalidField(patientsTr("A restriction belongs to a patient."), QStringLiteral("patient_id"));
    if (r.kind != QLatin1String("no_bill_plan") && r.kind != QLatin1String("other"))
        return invalidField(patientsTr("The restriction kind \"%1\" must be no_bill_plan or other.").arg(r.kind),
                            QStringLiteral("kind"));
    if (r.description.trimmed().isEmpty())
        return invalidField(patientsTr("A restriction needs a description of what it covers."),
                            QStringLiteral("description"));
    if (!r.from.isValid())
        return invalidField(patientsTr("A restriction needs the date it starts."), QStringLiteral("from"));
    if (r.to.isValid() && r.to < r.from)
        return invalidField(patientsTr("The restriction ends before it starts."), QStringLiteral("to"));
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9]{5}$"));
    for (const QString& c : r.serviceCodes)
        if (!code.match(c).hasMatch())
            return invalidField(patientsTr("\"%1\" is not a CPT or HCPCS code (5 characters).").arg(c),
                                QStringLiteral("service_codes"));
    return {};
}

}  // namespace fd::patients
