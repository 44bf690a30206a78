#include "billing/core/eligibility_benefit_items.h"

#include "billing/core/eligibility_fhir.h"
#include "fhir/fhir_datatypes.h"

#include <QJsonObject>

namespace fd::billing {

namespace {

const QString kRemaining = QStringLiteral("29");

bool isTotalPeriod(const QString& period)
{
    // 22 service year, 23 calendar year, 24 year to date is not a total, 32 lifetime.
    return period == QLatin1String("22") || period == QLatin1String("23") ||
           period == QLatin1String("32");
}

struct Kind
{
    const char* kind;
    const char* benefitType;  // benefit-type code; none for out-of-pocket
    const char* benefitDisplay;
    const char* x12;  // EB01
    const char* x12Display;
};

constexpr Kind kKinds[] = {
    {"copay", "copay", "Copayment per service", "B", "Co-Payment"},
    {"coinsurance", "copay-percent", "Copayment Percent per service", "A", "Co-Insurance"},
    {"deductible", "deductible", "Deductible", "C", "Deductible"},
    {"out_of_pocket", nullptr, nullptr, "G", "Out of Pocket (Stop Loss)"},
};

const Kind* kindOf(const QString& kind)
{
    for (const Kind& k : kKinds)
        if (kind == QLatin1String(k.kind))
            return &k;
    return nullptr;
}

QJsonObject benefitType(const Kind& k)
{
    fhir::CodeableConcept cc;
    if (k.benefitType)
        cc.codings << fhir::Coding{
            kBenefitTypeSystem, QLatin1String(k.benefitType), QLatin1String(k.benefitDisplay), {}};
    cc.codings << fhir::Coding{
        kX12BenefitCodeSystem, QLatin1String(k.x12), QLatin1String(k.x12Display), {}};
    return cc.toJson();
}

QJsonObject term(const QString& period)
{
    fhir::CodeableConcept cc;
    if (period == QLatin1String("22") || period == QLatin1String("23"))
        cc.codings << fhir::Coding{
            kBenefitTermSystem, QStringLiteral("annual"), QStringLiteral("Annual"), {}};
    else if (period == QLatin1String("32"))
        cc.codings << fhir::Coding{
            kBenefitTermSystem, QStringLiteral("lifetime"), QStringLiteral("Lifetime"), {}};
    else if (period == QLatin1String("7"))
        cc.codings << fhir::Coding{
            kBenefitTermSystem, QStringLiteral("day"), QStringLiteral("Day"), {}};
    cc.codings << fhir::Coding{kX12TimePeriodSystem, period, {}, {}};
    return cc.toJson();
}

QString unitCode(const QString& level)
{
    if (level == QLatin1String("IND"))
        return QStringLiteral("individual");
    if (level == QLatin1String("FAM"))
        return QStringLiteral("family");
    return {};
}

QString networkCode(Network n)
{
    return n == Network::In    ? QStringLiteral("in")
           : n == Network::Out ? QStringLiteral("out")
                               : QString();
}

// An amount without a service type applies to the plan as a whole: 30, health benefit plan
// coverage. An item needs a category (invariant ces-1: a category or a billcode).
QString categoryOf(const BenefitAmount& a)
{
    return a.serviceType.isEmpty() ? QStringLiteral("30") : a.serviceType;
}

bool sameItem(const BenefitAmount& a, const BenefitAmount& b)
{
    return categoryOf(a) == categoryOf(b) && a.network == b.network &&
           a.coverageLevel == b.coverageLevel && a.timePeriod == b.timePeriod;
}

// The remaining amount (EB06 29) that goes with a yearly or lifetime total.
const BenefitAmount* remainingOf(const std::vector<BenefitAmount>& amounts,
                                 const BenefitAmount& total)
{
    if (!isTotalPeriod(total.timePeriod) || !total.amount)
        return nullptr;
    for (const BenefitAmount& r : amounts)
        if (r.timePeriod == kRemaining && r.amount && r.kind == total.kind &&
            categoryOf(r) == categoryOf(total) && r.network == total.network &&
            r.coverageLevel == total.coverageLevel)
            return &r;
    return nullptr;
}

bool hasTotal(const std::vector<BenefitAmount>& amounts, const BenefitAmount& remaining)
{
    for (const BenefitAmount& t : amounts)
        if (remainingOf(amounts, t) == &remaining)
            return true;
    return false;
}

QJsonObject benefit(const Kind& k, const BenefitAmount& a, const BenefitAmount* remaining)
{
    QJsonObject o{{QStringLiteral("type"), benefitType(k)}};
    if (a.percentBasisPoints && !a.amount) {
        const int bp = *a.percentBasisPoints;
        if (bp % 100 == 0)
            o.insert(QStringLiteral("allowedUnsignedInt"), bp / 100);
        else
            o.insert(QStringLiteral("allowedString"),
                     QString::number(bp / 100.0, 'f', 2) + QLatin1Char('%'));
    } else if (a.amount) {
        o.insert(QStringLiteral("allowedMoney"), fhir::MoneyValue{*a.amount}.toJson());
    }
    if (remaining && a.amount && *remaining->amount <= *a.amount)
        o.insert(QStringLiteral("usedMoney"),
                 fhir::MoneyValue{Money::fromCents(a.amount->cents() - remaining->amount->cents())}
                     .toJson());
    return o;
}

QJsonObject itemHead(const BenefitAmount& a)
{
    QJsonObject o{{QStringLiteral("category"),
                   fhir::CodeableConcept::of(kX12ServiceTypeSystem, categoryOf(a)).toJson()}};
    if (const QString n = networkCode(a.network); !n.isEmpty())
        o.insert(QStringLiteral("network"),
                 fhir::CodeableConcept::of(kBenefitNetworkSystem, n).toJson());
    if (const QString u = unitCode(a.coverageLevel); !u.isEmpty())
        o.insert(QStringLiteral("unit"), fhir::CodeableConcept::of(kBenefitUnitSystem, u).toJson());
    if (!a.timePeriod.isEmpty())
        o.insert(QStringLiteral("term"), term(a.timePeriod));
    return o;
}

}  // namespace

QJsonArray benefitItemsToFhir(const std::vector<BenefitAmount>& amounts)
{
    std::vector<const BenefitAmount*> heads;  // the first amount of each item, in 271 order
    for (const BenefitAmount& a : amounts) {
        if (!kindOf(a.kind) || (a.timePeriod == kRemaining && hasTotal(amounts, a)))
            continue;
        bool known = false;
        for (const BenefitAmount* h : heads)
            known = known || sameItem(*h, a);
        if (!known)
            heads.push_back(&a);
    }
    QJsonArray items;
    for (const BenefitAmount* head : heads) {
        QJsonObject item = itemHead(*head);
        QJsonArray benefits;
        QStringList messages;
        for (const BenefitAmount& a : amounts) {
            if (!sameItem(*head, a) || !kindOf(a.kind) ||
                (a.timePeriod == kRemaining && hasTotal(amounts, a)))
                continue;
            benefits.append(benefit(*kindOf(a.kind), a, remainingOf(amounts, a)));
            for (const QString& m : a.messages)
                if (!messages.contains(m))
                    messages << m;
        }
        if (!messages.isEmpty())
            item.insert(QStringLiteral("description"), messages.join(QStringLiteral("; ")));
        item.insert(QStringLiteral("benefit"), benefits);
        items.append(item);
    }
    return items;
}

}  // namespace fd::billing
