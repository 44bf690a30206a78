#include "patients/core/patient_types.h"

namespace fd::patients {

QString sexCode(AdministrativeSex sex)
{
    switch (sex) {
    case AdministrativeSex::Male: return QStringLiteral("M");
    case AdministrativeSex::Female: return QStringLiteral("F");
    case AdministrativeSex::Unknown: break;
    }
    return QStringLiteral("U");
}

std::optional<AdministrativeSex> sexFromCode(const QString& code)
{
    if (code == QLatin1String("M"))
        return AdministrativeSex::Male;
    if (code == QLatin1String("F"))
        return AdministrativeSex::Female;
    if (code == QLatin1String("U"))
        return AdministrativeSex::Unknown;
    return std::nullopt;
}

QString statusId(PatientStatus status)
{
    switch (status) {
    case PatientStatus::Inactive: return QStringLiteral("inactive");
    case PatientStatus::Deceased: return QStringLiteral("deceased");
    case PatientStatus::Active: break;
    }
    return QStringLiteral("active");
}

std::optional<PatientStatus> statusFromId(const QString& id)
{
    if (id == QLatin1String("active"))
        return PatientStatus::Active;
    if (id == QLatin1String("inactive"))
        return PatientStatus::Inactive;
    if (id == QLatin1String("deceased"))
        return PatientStatus::Deceased;
    return std::nullopt;
}

QStringList ombRaceCodes()
{
    return {QStringLiteral("1002-5"), QStringLiteral("2028-9"), QStringLiteral("2054-5"), QStringLiteral("2076-8"),
            QStringLiteral("2106-3"), QStringLiteral("ASKU"),   QStringLiteral("UNK")};
}

QStringList ombEthnicityCodes()
{
    return {QStringLiteral("2135-2"), QStringLiteral("2186-5"), QStringLiteral("ASKU"), QStringLiteral("UNK")};
}

QStringList phoneTypes()
{
    return {QStringLiteral("home"), QStringLiteral("mobile"), QStringLiteral("work"), QStringLiteral("other")};
}

QStringList contactMethods()
{
    return {QStringLiteral("phone"), QStringLiteral("sms"), QStringLiteral("email"), QStringLiteral("mail"),
            QStringLiteral("portal")};
}

QStringList subscriberRelationships()
{
    return {QStringLiteral("18"), QStringLiteral("01"), QStringLiteral("19"), QStringLiteral("20"), QStringLiteral("G8")};
}

QStringList documentKinds()
{
    return {QStringLiteral("id_card"),  QStringLiteral("insurance_card"), QStringLiteral("consent"),
            QStringLiteral("referral"), QStringLiteral("correspondence"), QStringLiteral("other")};
}

QString Patient::displayName() const
{
    QStringList given;
    for (const QString& part : {firstName, middleName, suffix})
        if (!part.trimmed().isEmpty())
            given << part.trimmed();
    return lastName.trimmed() + QStringLiteral(", ") + given.join(QLatin1Char(' '));
}

int Patient::ageOn(const QDate& day) const
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

QString Guarantor::displayName() const
{
    return lastName.trimmed() + QStringLiteral(", ") + firstName.trimmed();
}

}  // namespace fd::patients
