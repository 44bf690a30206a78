// The eligibility model's small functions and the AAA reject reasons in plain language.
#include "billing/core/eligibility.h"
#include "billing/core/eligibility_271_reader.h"

namespace fd::billing {

QString eligibilityStatusId(EligibilityStatus status)
{
    switch (status) {
        case EligibilityStatus::Active:
            return QStringLiteral("active");
        case EligibilityStatus::Inactive:
            return QStringLiteral("inactive");
        case EligibilityStatus::Error:
            return QStringLiteral("error");
        case EligibilityStatus::NotChecked:
            return QStringLiteral("not_checked");
    }
    return {};
}

std::optional<EligibilityStatus> eligibilityStatusFromId(const QString& id)
{
    for (auto s : {EligibilityStatus::Active, EligibilityStatus::Inactive, EligibilityStatus::Error,
                   EligibilityStatus::NotChecked})
        if (eligibilityStatusId(s) == id)
            return s;
    return std::nullopt;
}

QString networkId(Network network)
{
    switch (network) {
        case Network::In:
            return QStringLiteral("in");
        case Network::Out:
            return QStringLiteral("out");
        case Network::NotApplicable:
            return QStringLiteral("both");
        case Network::Unknown:
            return QStringLiteral("unknown");
    }
    return {};
}

const BenefitAmount* EligibilityBenefits::find(const QString& kind, const QString& serviceType,
                                               const QString& period) const
{
    const BenefitAmount* fallback = nullptr;
    for (const BenefitAmount& a : amounts) {
        if (a.kind != kind || (!serviceType.isNull() && a.serviceType != serviceType) ||
            (!period.isNull() && a.timePeriod != period))
            continue;
        // In network (or not applicable) first; individual before family.
        const bool preferred = (a.network == Network::In || a.network == Network::NotApplicable) &&
                               (a.coverageLevel.isEmpty() || a.coverageLevel == QLatin1String("IND"));
        if (preferred)
            return &a;
        if (!fallback || (a.network != Network::Out && fallback->network == Network::Out))
            fallback = &a;
    }
    return fallback;
}

std::optional<Money> EligibilityBenefits::copay(const QStringList& types) const
{
    for (const QString& type : types)
        if (const BenefitAmount* a = find(QStringLiteral("copay"), type, QString()); a && a->amount)
            return a->amount;
    return std::nullopt;
}

std::optional<Money> EligibilityBenefits::deductibleRemaining() const
{
    for (const QString& type : {QStringLiteral("30"), QString(QLatin1String(""))})
        if (const BenefitAmount* a = find(QStringLiteral("deductible"), type, QStringLiteral("29")); a && a->amount)
            return a->amount;
    if (const BenefitAmount* a = find(QStringLiteral("deductible"), QString(), QStringLiteral("29")); a && a->amount)
        return a->amount;
    return std::nullopt;
}

QString Eligibility271Reader::rejectionText(const QByteArray& rawCode)
{
    const QString code = QString::fromLatin1(rawCode).trimmed();
    QString text;
    if (code == QLatin1String("15"))
        text = tr("Information the payer requires is missing from the request.");
    else if (code == QLatin1String("41"))
        text = tr("The payer does not allow this practice to ask for this member.");
    else if (code == QLatin1String("42"))
        text = tr("The payer cannot answer right now; try again later.");
    else if (code == QLatin1String("43"))
        text = tr("The payer does not accept the provider's NPI; check the practice's NPI.");
    else if (code == QLatin1String("44"))
        text = tr("The provider's name does not match the payer's records.");
    else if (code == QLatin1String("50") || code == QLatin1String("51"))
        text = tr("The provider is not enrolled with this payer for eligibility inquiries.");
    else if (code == QLatin1String("52"))
        text = tr("The date of service is outside the provider's enrollment with the plan.");
    else if (code == QLatin1String("56") || code == QLatin1String("57") || code == QLatin1String("62") ||
             code == QLatin1String("63"))
        text = tr("The payer cannot answer for this date of service.");
    else if (code == QLatin1String("58") || code == QLatin1String("71"))
        text = tr("The date of birth does not match the payer's records; check it with the patient.");
    else if (code == QLatin1String("60"))
        text = tr("The date of birth is after the date of service.");
    else if (code == QLatin1String("64") || code == QLatin1String("65") || code == QLatin1String("67"))
        text = tr("The payer cannot find the patient; check the name, date of birth and member id.");
    else if (code == QLatin1String("72"))
        text = tr("The member id is not valid for this payer; check the id on the insurance card.");
    else if (code == QLatin1String("73"))
        text = tr("The subscriber's name does not match the member id; check the name on the card.");
    else if (code == QLatin1String("75"))
        text = tr("The payer cannot find the subscriber; check the member id, name and date of birth.");
    else if (code == QLatin1String("76"))
        text = tr("The payer has more than one subscriber with this member id; call the payer.");
    else if (code == QLatin1String("77"))
        text = tr("The subscriber was found but not this patient as a dependent; check the patient's name "
                  "and date of birth.");
    else if (code == QLatin1String("78"))
        text = tr("The subscriber is not in the group or plan named.");
    else if (code == QLatin1String("79"))
        text = tr("The clearinghouse or payer does not accept the submitter's id.");
    else if (code == QLatin1String("80"))
        text = tr("The payer did not answer; try again later.");
    else if (code == QLatin1String("T4"))
        text = tr("The payer's name or id is missing or wrong; check the payer set-up.");
    else
        text = tr("The payer rejected the request.");
    return tr("%1 (payer reason %2)").arg(text, code.isEmpty() ? tr("not given") : code);
}

}  // namespace fd::billing
