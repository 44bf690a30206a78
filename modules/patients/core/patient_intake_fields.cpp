// Intake fields to and from the registry's records.
#include "patients/core/patient_intake_service.h"

namespace fd::patients {

namespace {

QString flag(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

const Phone* phoneOfType(const Patient& p, const QString& type)
{
    for (const Phone& phone : p.phones)
        if (phone.type == type)
            return &phone;
    return nullptr;
}

// Sets (or, with an empty number, removes) the patient's first phone of `type`.
void setPhone(Patient& p, const QString& type, const QString& number)
{
    for (qsizetype i = 0; i < p.phones.size(); ++i) {
        if (p.phones[i].type != type)
            continue;
        if (number.isEmpty())
            p.phones.removeAt(i);
        else
            p.phones[i].number = number;
        return;
    }
    if (!number.isEmpty())
        p.phones.append(Phone{type, number, false});
}

Error badValue(const QString& field, const QString& message)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("%1: %2").arg(intake::fieldLabel(field), message), field);
}

Result<bool> flagFrom(const QString& field, const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes"))
        return true;
    if (v.isEmpty() || v == QLatin1String("false") || v == QLatin1String("no"))
        return false;
    return badValue(field, patientsTr("\"%1\" must be yes or no.").arg(value));
}

Result<QDate> dateFrom(const QString& field, const QString& value)
{
    if (value.trimmed().isEmpty())
        return QDate();
    const QDate d = QDate::fromString(value.trimmed(), Qt::ISODate);
    if (!d.isValid())
        return badValue(field, patientsTr("\"%1\" is not a date (YYYY-MM-DD).").arg(value));
    return d;
}

QStringList codesFrom(const QString& value)
{
    QStringList codes;
    for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            codes << part.trimmed();
    return codes;
}

}  // namespace

QMap<QString, QString> intakeValuesOf(const Patient& p, const Coverage* c, const QString& payerName)
{
    QMap<QString, QString> v;
    v.insert(QStringLiteral("name.first"), p.firstName);
    v.insert(QStringLiteral("name.middle"), p.middleName);
    v.insert(QStringLiteral("name.last"), p.lastName);
    v.insert(QStringLiteral("name.suffix"), p.suffix);
    v.insert(QStringLiteral("name.preferred"), p.preferredName);
    v.insert(QStringLiteral("birthDate"),
             p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString());
    v.insert(QStringLiteral("sex"), p.id.isEmpty() ? QString() : sexCode(p.sex));
    v.insert(QStringLiteral("genderIdentity"), p.genderIdentity);
    v.insert(QStringLiteral("pronouns"), p.pronouns);
    v.insert(QStringLiteral("address.line1"), p.address.line1);
    v.insert(QStringLiteral("address.line2"), p.address.line2);
    v.insert(QStringLiteral("address.city"), p.address.city);
    v.insert(QStringLiteral("address.state"), p.address.state);
    v.insert(QStringLiteral("address.zip"), p.address.zip);
    const Phone* mobile = phoneOfType(p, QStringLiteral("mobile"));
    const Phone* home = phoneOfType(p, QStringLiteral("home"));
    v.insert(QStringLiteral("phone.mobile"), mobile ? mobile->number : QString());
    v.insert(QStringLiteral("phone.mobile.smsConsent"),
             mobile ? flag(mobile->smsConsent) : QString());
    v.insert(QStringLiteral("phone.home"), home ? home->number : QString());
    v.insert(QStringLiteral("email"), p.email);
    v.insert(QStringLiteral("email.consent"), p.email.isEmpty() ? QString() : flag(p.emailConsent));
    v.insert(QStringLiteral("language"), p.id.isEmpty() ? QString() : p.preferredLanguage);
    v.insert(QStringLiteral("contactMethod"), p.preferredContact);
    v.insert(QStringLiteral("race"), p.raceCodes.join(QLatin1Char(',')));
    v.insert(QStringLiteral("ethnicity"), p.ethnicityCodes.join(QLatin1Char(',')));
    v.insert(QStringLiteral("emergency.name"), p.emergencyContact.name);
    v.insert(QStringLiteral("emergency.relationship"), p.emergencyContact.relationship);
    v.insert(QStringLiteral("emergency.phone"), p.emergencyContact.phone);
    v.insert(QStringLiteral("employer.name"), p.employer.name);
    v.insert(QStringLiteral("employer.phone"), p.employer.phone);
    v.insert(QStringLiteral("insurance.payer"), c ? payerName : QString());
    v.insert(QStringLiteral("insurance.memberId"), c ? c->memberId : QString());
    v.insert(QStringLiteral("insurance.groupNumber"), c ? c->groupNumber : QString());
    v.insert(QStringLiteral("insurance.relationship"), c ? c->relationship : QString());
    v.insert(QStringLiteral("insurance.subscriber.first"), c ? c->subscriberFirstName : QString());
    v.insert(QStringLiteral("insurance.subscriber.last"), c ? c->subscriberLastName : QString());
    v.insert(QStringLiteral("insurance.subscriber.birthDate"),
             c && c->subscriberBirthDate.isValid() ? c->subscriberBirthDate.toString(Qt::ISODate)
                                                   : QString());
    return v;
}

Status applyIntakeValue(Patient& p, IntakeCoverageText& c, const QString& field, const QString& raw)
{
    const QString value = raw.trimmed();
    const intake::FieldSpec* spec = intake::field(field);
    if (!spec)
        return makeError(
            ErrorCode::InvalidInput,
            patientsTr("\"%1\" is not a field of the intake questionnaire.").arg(field), field);
    if (spec->type == intake::ValueType::Code && !spec->codes.isEmpty() && !value.isEmpty() &&
        !spec->codes.contains(value))
        return badValue(field, patientsTr("\"%1\" is not one of %2.")
                                   .arg(value, spec->codes.join(QStringLiteral(", "))));
    if (spec->type == intake::ValueType::Codes)
        for (const QString& code : codesFrom(value))
            if (!spec->codes.contains(code))
                return badValue(field, patientsTr("\"%1\" is not one of %2.")
                                           .arg(code, spec->codes.join(QStringLiteral(", "))));

    static const QHash<QString, QString Patient::*> texts{
        {QStringLiteral("name.first"), &Patient::firstName},
        {QStringLiteral("name.middle"), &Patient::middleName},
        {QStringLiteral("name.last"), &Patient::lastName},
        {QStringLiteral("name.suffix"), &Patient::suffix},
        {QStringLiteral("name.preferred"), &Patient::preferredName},
        {QStringLiteral("genderIdentity"), &Patient::genderIdentity},
        {QStringLiteral("pronouns"), &Patient::pronouns},
        {QStringLiteral("email"), &Patient::email},
        {QStringLiteral("language"), &Patient::preferredLanguage},
        {QStringLiteral("contactMethod"), &Patient::preferredContact},
    };
    static const QHash<QString, QString Address::*> address{
        {QStringLiteral("address.line1"), &Address::line1},
        {QStringLiteral("address.line2"), &Address::line2},
        {QStringLiteral("address.city"), &Address::city},
        {QStringLiteral("address.state"), &Address::state},
        {QStringLiteral("address.zip"), &Address::zip},
    };
    static const QHash<QString, QString IntakeCoverageText::*> insurance{
        {QStringLiteral("insurance.payer"), &IntakeCoverageText::payer},
        {QStringLiteral("insurance.memberId"), &IntakeCoverageText::memberId},
        {QStringLiteral("insurance.groupNumber"), &IntakeCoverageText::groupNumber},
        {QStringLiteral("insurance.relationship"), &IntakeCoverageText::relationship},
        {QStringLiteral("insurance.subscriber.first"), &IntakeCoverageText::subscriberFirst},
        {QStringLiteral("insurance.subscriber.last"), &IntakeCoverageText::subscriberLast},
        {QStringLiteral("insurance.subscriber.birthDate"),
         &IntakeCoverageText::subscriberBirthDate},
    };
    if (auto it = texts.constFind(field); it != texts.constEnd()) {
        p.*(it.value()) = value;
    } else if (auto a = address.constFind(field); a != address.constEnd()) {
        p.address.*(a.value()) = field == QLatin1String("address.state") ? value.toUpper() : value;
    } else if (auto i = insurance.constFind(field); i != insurance.constEnd()) {
        if (field == QLatin1String("insurance.subscriber.birthDate"))
            FD_TRY(dateFrom(field, value));
        c.*(i.value()) = value;
    } else if (field == QLatin1String("birthDate")) {
        auto d = dateFrom(field, value);
        FD_TRY(d);
        p.birthDate = d.value();
    } else if (field == QLatin1String("sex")) {
        p.sex = sexFromCode(value).value_or(AdministrativeSex::Unknown);
    } else if (field == QLatin1String("phone.mobile")) {
        setPhone(p, QStringLiteral("mobile"), value);
    } else if (field == QLatin1String("phone.home")) {
        setPhone(p, QStringLiteral("home"), value);
    } else if (field == QLatin1String("phone.mobile.smsConsent")) {
        auto consent = flagFrom(field, value);
        FD_TRY(consent);
        for (Phone& phone : p.phones)
            if (phone.type == QLatin1String("mobile")) {
                phone.smsConsent = consent.value();
                break;
            }
    } else if (field == QLatin1String("email.consent")) {
        auto consent = flagFrom(field, value);
        FD_TRY(consent);
        p.emailConsent = consent.value();
    } else if (field == QLatin1String("race")) {
        p.raceCodes = codesFrom(value);
    } else if (field == QLatin1String("ethnicity")) {
        p.ethnicityCodes = codesFrom(value);
    } else if (field == QLatin1String("emergency.name")) {
        p.emergencyContact.name = value;
    } else if (field == QLatin1String("emergency.relationship")) {
        p.emergencyContact.relationship = value;
    } else if (field == QLatin1String("emergency.phone")) {
        p.emergencyContact.phone = value;
    } else if (field == QLatin1String("employer.name")) {
        p.employer.name = value;
    } else if (field == QLatin1String("employer.phone")) {
        p.employer.phone = value;
    }
    return {};
}

QStringList intakePhoneFields(const Patient& patient)
{
    QStringList out;
    bool mobileSeen = false;
    bool homeSeen = false;
    for (const Phone& phone : patient.phones) {
        if (phone.type == QLatin1String("mobile") && !mobileSeen) {
            out << QStringLiteral("phone.mobile");
            mobileSeen = true;
        } else if (phone.type == QLatin1String("home") && !homeSeen) {
            out << QStringLiteral("phone.home");
            homeSeen = true;
        } else {
            out << QString();
        }
    }
    return out;
}

QString intakeFieldForKey(const QString& key, const QStringList& phones, bool coverage)
{
    if (coverage) {
        static const QHash<QString, QString> keys{
            {QStringLiteral("member_id"), QStringLiteral("insurance.memberId")},
            {QStringLiteral("group_number"), QStringLiteral("insurance.groupNumber")},
            {QStringLiteral("relationship"), QStringLiteral("insurance.relationship")},
            {QStringLiteral("subscriber_first_name"), QStringLiteral("insurance.subscriber.first")},
            {QStringLiteral("subscriber_last_name"), QStringLiteral("insurance.subscriber.last")},
            {QStringLiteral("subscriber_birth_date"),
             QStringLiteral("insurance.subscriber.birthDate")},
        };
        return keys.value(key, QStringLiteral("insurance.payer"));
    }
    static const QHash<QString, QString> keys{
        {QStringLiteral("first_name"), QStringLiteral("name.first")},
        {QStringLiteral("middle_name"), QStringLiteral("name.middle")},
        {QStringLiteral("last_name"), QStringLiteral("name.last")},
        {QStringLiteral("preferred_name"), QStringLiteral("name.preferred")},
        {QStringLiteral("birth_date"), QStringLiteral("birthDate")},
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("email_consent"), QStringLiteral("email.consent")},
        {QStringLiteral("preferred_contact"), QStringLiteral("contactMethod")},
        {QStringLiteral("preferred_language"), QStringLiteral("language")},
        {QStringLiteral("race_codes"), QStringLiteral("race")},
        {QStringLiteral("ethnicity_codes"), QStringLiteral("ethnicity")},
        {QStringLiteral("emergency_contact.phone"), QStringLiteral("emergency.phone")},
        {QStringLiteral("emergency_contact.name"), QStringLiteral("emergency.name")},
        {QStringLiteral("employer.phone"), QStringLiteral("employer.phone")},
    };
    if (keys.contains(key))
        return keys.value(key);
    if (key.startsWith(QLatin1String("address.")))
        return key;
    if (key.startsWith(QLatin1String("phones["))) {
        const int index = key.mid(7, key.indexOf(QLatin1Char(']')) - 7).toInt();
        const QString phone = phones.value(index);
        if (phone == QLatin1String("phone.mobile") && key.endsWith(QLatin1String(".sms_consent")))
            return QStringLiteral("phone.mobile.smsConsent");
        return phone;
    }
    return {};
}

}  // namespace fd::patients
