#include "billing/ui/eligibility_words.h"

#include "billing/ui/billing_services.h"

#include <map>
#include <tuple>

namespace fd::billing::ui {

QString EligibilityWords::status(EligibilityStatus status)
{
    switch (status) {
        case EligibilityStatus::Active:
            return tr("Active coverage");
        case EligibilityStatus::Inactive:
            return tr("Inactive: the payer says this coverage is not in effect");
        case EligibilityStatus::Error:
            return tr("The payer could not answer");
        case EligibilityStatus::NotChecked:
            break;
    }
    return tr("Not checked yet");
}

QString EligibilityWords::kind(const QString& kind)
{
    if (kind == QLatin1String("copay"))
        return tr("Copay");
    if (kind == QLatin1String("coinsurance"))
        return tr("Coinsurance");
    if (kind == QLatin1String("deductible"))
        return tr("Deductible");
    if (kind == QLatin1String("out_of_pocket"))
        return tr("Out-of-pocket maximum");
    return kind;
}

QString EligibilityWords::serviceType(const QString& code)
{
    static const std::map<QString, const char*> names{
        {QStringLiteral("1"), QT_TR_NOOP("Medical care")},
        {QStringLiteral("30"), QT_TR_NOOP("Health benefit plan coverage")},
        {QStringLiteral("33"), QT_TR_NOOP("Chiropractic")},
        {QStringLiteral("35"), QT_TR_NOOP("Dental care")},
        {QStringLiteral("47"), QT_TR_NOOP("Hospital")},
        {QStringLiteral("48"), QT_TR_NOOP("Hospital inpatient")},
        {QStringLiteral("50"), QT_TR_NOOP("Hospital outpatient")},
        {QStringLiteral("86"), QT_TR_NOOP("Emergency services")},
        {QStringLiteral("88"), QT_TR_NOOP("Pharmacy")},
        {QStringLiteral("98"), QT_TR_NOOP("Office visit")},
        {QStringLiteral("A4"), QT_TR_NOOP("Psychiatric")},
        {QStringLiteral("AL"), QT_TR_NOOP("Vision (optometry)")},
        {QStringLiteral("MH"), QT_TR_NOOP("Mental health")},
        {QStringLiteral("UC"), QT_TR_NOOP("Urgent care")}};
    if (code.isEmpty())
        return tr("All services");
    const auto found = names.find(code);
    if (found == names.end())
        return tr("Service type %1").arg(code);
    return tr("%1 (%2)").arg(tr(found->second), code);
}

QString EligibilityWords::period(const QString& code)
{
    static const std::map<QString, const char*> names{
        {QStringLiteral("6"), QT_TR_NOOP("per hour")},
        {QStringLiteral("7"), QT_TR_NOOP("per day")},
        {QStringLiteral("21"), QT_TR_NOOP("years")},
        {QStringLiteral("22"), QT_TR_NOOP("service year")},
        {QStringLiteral("23"), QT_TR_NOOP("calendar year")},
        {QStringLiteral("24"), QT_TR_NOOP("year to date")},
        {QStringLiteral("25"), QT_TR_NOOP("contract")},
        {QStringLiteral("26"), QT_TR_NOOP("episode")},
        {QStringLiteral("27"), QT_TR_NOOP("per visit")},
        {QStringLiteral("29"), QT_TR_NOOP("remaining")},
        {QStringLiteral("32"), QT_TR_NOOP("lifetime")},
        {QStringLiteral("33"), QT_TR_NOOP("lifetime remaining")},
        {QStringLiteral("36"), QT_TR_NOOP("per admission")}};
    if (code.isEmpty())
        return QString();
    const auto found = names.find(code);
    return found == names.end() ? tr("period %1").arg(code) : tr(found->second);
}

QString EligibilityWords::level(const QString& code)
{
    static const std::map<QString, const char*> names{
        {QStringLiteral("IND"), QT_TR_NOOP("individual")},
        {QStringLiteral("FAM"), QT_TR_NOOP("family")},
        {QStringLiteral("EMP"), QT_TR_NOOP("employee only")},
        {QStringLiteral("ESP"), QT_TR_NOOP("employee and spouse")},
        {QStringLiteral("CHD"), QT_TR_NOOP("children only")},
        {QStringLiteral("SPO"), QT_TR_NOOP("spouse only")},
        {QStringLiteral("ECH"), QT_TR_NOOP("employee and children")}};
    if (code.isEmpty())
        return QString();
    const auto found = names.find(code);
    return found == names.end() ? code : tr(found->second);
}

QString EligibilityWords::network(Network network)
{
    switch (network) {
        case Network::In:
            return tr("in network");
        case Network::Out:
            return tr("out of network");
        case Network::NotApplicable:
            return tr("in and out of network");
        case Network::Unknown:
            break;
    }
    return tr("network not given");
}

QString EligibilityWords::amount(const BenefitAmount& benefit, const QLocale& locale)
{
    if (benefit.amount)
        return BillingText::money(*benefit.amount, locale);
    if (benefit.percentBasisPoints) {
        // Basis points: 2000 is 20.00%; shown without needless decimals.
        const int bp = *benefit.percentBasisPoints;
        if (bp % 100 == 0)
            return tr("%1%").arg(bp / 100);
        return tr("%1%").arg(locale.toString(bp / 100.0, 'f', 2));
    }
    return tr("not given");
}

QStringList EligibilityWords::limits(const EligibilityBenefits& benefits, const QLocale& locale)
{
    struct Pair
    {
        const BenefitAmount* total = nullptr;
        const BenefitAmount* remaining = nullptr;
    };
    // Keyed by kind, level and network, in the order the payer listed them.
    std::vector<std::tuple<QString, QString, Network>> order;
    std::map<std::tuple<QString, QString, Network>, Pair> pairs;
    for (const BenefitAmount& b : benefits.amounts) {
        if ((b.kind != QLatin1String("deductible") && b.kind != QLatin1String("out_of_pocket")) ||
            !b.amount)
            continue;
        const auto key = std::make_tuple(b.kind, b.coverageLevel, b.network);
        if (!pairs.count(key))
            order.push_back(key);
        Pair& p = pairs[key];
        if (b.timePeriod == QLatin1String("29") || b.timePeriod == QLatin1String("33"))
            p.remaining = p.remaining ? p.remaining : &b;
        else
            p.total = p.total ? p.total : &b;
    }
    QStringList lines;
    for (const auto& key : order) {
        const Pair& p = pairs[key];
        QString who = kind(std::get<0>(key));
        if (!std::get<1>(key).isEmpty())
            who += tr(", %1").arg(level(std::get<1>(key)));
        who += tr(", %1").arg(network(std::get<2>(key)));
        if (p.remaining && p.total && p.total->timePeriod.isEmpty())
            lines << tr("%1: %2 remaining of %3.")
                         .arg(who, amount(*p.remaining, locale), amount(*p.total, locale));
        else if (p.remaining && p.total)
            lines << tr("%1: %2 remaining of %3 for the %4.")
                         .arg(who, amount(*p.remaining, locale), amount(*p.total, locale),
                              period(p.total->timePeriod));
        else if (p.remaining)
            lines << tr("%1: %2 remaining.").arg(who, amount(*p.remaining, locale));
        else if (p.total->timePeriod.isEmpty())
            lines << tr("%1: %2 (the payer did not say how much remains).")
                         .arg(who, amount(*p.total, locale));
        else
            lines << tr("%1: %2 for the %3 (the payer did not say how much remains).")
                         .arg(who, amount(*p.total, locale), period(p.total->timePeriod));
    }
    return lines;
}

}  // namespace fd::billing::ui
