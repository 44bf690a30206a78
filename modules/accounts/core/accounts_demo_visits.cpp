// The demo ledger's visits: plans, prices, the services of a primary-care visit.
#include "accounts/core/accounts_demo_visits.h"

#include "accounts/core/accounts_context.h"
#include "patients/core/patients.h"
#include "practice/core/fee_schedules.h"
#include "practice/core/payers.h"

#include <algorithm>

namespace fd::accounts {

namespace {

// Medicare Part B's yearly deductible (2025), for coverages that do not record one.
constexpr qint64 kMedicareDeductible = 25700;

QDate nthWeekday(int year, int month, int weekday, int n)
{
    QDate d(year, month, 1);
    while (d.dayOfWeek() != weekday)
        d = d.addDays(1);
    return d.addDays(7 * (n - 1));
}

QDate lastWeekday(int year, int month, int weekday)
{
    QDate d = QDate(year, month, 1).addMonths(1).addDays(-1);
    while (d.dayOfWeek() != weekday)
        d = d.addDays(-1);
    return d;
}

QString preventiveCode(int age)
{
    if (age < 1)
        return QStringLiteral("99391");
    if (age < 5)
        return QStringLiteral("99392");
    if (age < 12)
        return QStringLiteral("99393");
    if (age < 18)
        return QStringLiteral("99394");
    if (age < 40)
        return QStringLiteral("99395");
    return age < 65 ? QStringLiteral("99396") : QStringLiteral("99397");
}

}  // namespace

Share patientShare(const Visit& v, qint64 allowed, qint64 copayLeft, qint64 deductibleMet)
{
    Share s;
    if (v.preventive || v.plan == Plan::Medicaid || v.plan == Plan::SelfPay || allowed <= 0)
        return s;
    if (v.plan == Plan::Commercial)
        s.copay = std::clamp<qint64>(copayLeft, 0, allowed);
    s.deductible = std::clamp<qint64>(v.deductible - deductibleMet, 0, allowed - s.copay);
    if (s.copay == 0)
        s.coinsurance = (allowed - s.deductible) * v.coinsurance / 100;
    return s;
}

bool isWorkingDay(const QDate& day)
{
    if (day.dayOfWeek() > 5)
        return false;
    const int y = day.year();
    const QDate closed[] = {QDate(y, 1, 1),          lastWeekday(y, 5, 1),    // Memorial Day
                            QDate(y, 7, 4),          nthWeekday(y, 9, 1, 1),  // Labor Day
                            nthWeekday(y, 11, 4, 4),                          // Thanksgiving
                            QDate(y, 12, 25)};
    return std::find(std::begin(closed), std::end(closed), day) == std::end(closed);
}

QString cardReference(demo::DemoRandom& random)
{
    static const char kCode[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString approval;
    for (int i = 0; i < 6; ++i)
        approval += QLatin1Char(kCode[random.between(0, 33)]);
    return QStringLiteral("card ending %1, approval %2")
        .arg(random.between(1000, 9999))
        .arg(approval);
}

QString eftTrace(const QString& payerId, const QDate& day)
{
    quint64 h = quint64(day.toJulianDay());
    for (const QChar c : payerId)
        h = h * 131 + c.unicode();
    return QStringLiteral("EFT %1").arg(100000000 + h % 900000000);
}

VisitPricing::VisitPricing(ServiceRegistry& services, const QDate& today)
    : m_services(services), m_today(today)
{
    auto payers = services.get<practice::IPayerService>()->list(true);
    if (!payers)
        return;  // plan() then treats every coverage as commercial
    for (const practice::Payer& p : payers.value()) {
        const QString& ind = p.claimFilingIndicator;
        m_payerPlans.insert(p.id, ind == QLatin1String("MB") || ind == QLatin1String("16")
                                      ? Plan::Medicare
                                  : ind == QLatin1String("MC") ? Plan::Medicaid
                                                               : Plan::Commercial);
    }
}

Result<Visit> VisitPricing::plan(DemoPatient& patient, int index, const QDate& day)
{
    if (!patient.coverageLoaded) {
        auto list = m_services.get<patients::ICoverageService>()->list(patient.id);
        FD_TRY(list);
        patient.coverages = std::move(list.value());
        patient.coverageLoaded = true;
    }
    Visit v;
    v.patient = index;
    for (const patients::Coverage& c : patient.coverages) {
        if (c.order != 1 || !c.activeOn(day))
            continue;
        v.plan = m_payerPlans.value(c.payerId, Plan::Commercial);
        v.payerId = c.payerId;
        v.copay = c.copay.value_or(Money()).cents();
        v.coinsurance = c.coinsurancePercent.value_or(v.plan == Plan::Medicaid ? 0 : 20);
        v.deductible = c.deductible.has_value()   ? c.deductible->cents()
                       : v.plan == Plan::Medicare ? kMedicareDeductible
                                                  : 0;
        break;
    }
    return v;
}

std::vector<QString> VisitPricing::services(demo::DemoRandom& random, const DemoPatient& patient,
                                            const QDate& day, bool* preventive) const
{
    const int age = std::max(0, int(patient.birthDate.daysTo(day) / 365));
    std::vector<QString> codes;
    *preventive = false;
    const auto r = random.between(0, 99);
    if (!patient.seen && random.chance(0.2)) {
        codes.push_back(r < 10   ? QStringLiteral("99202")
                        : r < 65 ? QStringLiteral("99203")
                                 : QStringLiteral("99204"));
    } else if (random.chance(0.12)) {
        *preventive = true;
        codes.push_back(preventiveCode(age));
    } else {
        codes.push_back(r < 6    ? QStringLiteral("99212")
                        : r < 56 ? QStringLiteral("99213")
                        : r < 93 ? QStringLiteral("99214")
                                 : QStringLiteral("99215"));
    }
    const int month = day.month();
    auto maybe = [&](double chance, const char* code) {
        if (random.chance(chance))
            codes.push_back(QString::fromLatin1(code));
    };
    maybe(*preventive ? 0.45 : 0.22, "36415");
    maybe(0.04, "85018");
    maybe(0.07, "81002");
    if (age >= 40)
        maybe(0.05, "82962");
    if (age >= 45)
        maybe(0.05, "93000");
    if ((month >= 9 || month == 1) && age >= 1 && random.chance(0.35)) {
        codes.push_back(QStringLiteral("90471"));
        codes.push_back(QStringLiteral("90686"));
    }
    maybe(*preventive && age >= 12 ? 0.4 : 0.04, "96127");
    if (!*preventive && age < 18)
        maybe(0.06, "87880");
    if (!*preventive && (month == 12 || month <= 2))
        maybe(0.08, "87804");
    maybe(0.02, "94010");
    maybe(0.02, "96372");
    if (!*preventive && random.chance(0.025)) {
        static const char* kProcedures[] = {"17110", "11102", "69210", "20610", "12001", "10060"};
        codes.push_back(QString::fromLatin1(kProcedures[random.between(0, 5)]));
    }
    return codes;
}

Result<qint64> VisitPricing::price(const QString& code, const QDate& day)
{
    // The demo's schedules run by calendar year.
    const std::pair<QString, int> key{code, day.year()};
    if (auto it = m_prices.find(key); it != m_prices.end()) {
        if (it->second < 0)
            return makeError(ErrorCode::NotFound,
                             accountsTr("The fee schedule has no price for %1.").arg(code));
        return it->second;
    }
    auto fees = m_services.get<practice::IFeeScheduleService>();
    auto item = fees->chargeFor(code, {}, day);
    if (!item && item.error().code == ErrorCode::NotFound)
        item = fees->chargeFor(code, {}, m_today);
    if (!item && item.error().code != ErrorCode::NotFound)
        return item.error();
    m_prices[key] = item ? item->amount.cents() : -1;
    return price(code, day);
}

Result<qint64> VisitPricing::allowed(const QString& payerId, Plan plan, const QString& code,
                                     const QDate& day, qint64 charge)
{
    const std::pair<QString, QString> key{payerId,
                                          code + QLatin1Char('|') + QString::number(day.year())};
    auto it = m_allowed.find(key);
    if (it == m_allowed.end()) {
        auto item =
            m_services.get<practice::IFeeScheduleService>()->allowedFor(payerId, code, {}, day);
        if (!item && item.error().code != ErrorCode::NotFound)
            return item.error();
        it = m_allowed.emplace(key, item ? item->amount.cents() : -1).first;
    }
    if (it->second >= 0)
        return it->second;
    const int percent = plan == Plan::Medicare ? 52 : plan == Plan::Medicaid ? 42 : 66;
    return charge * percent / 100;
}

int VisitPricing::remitLag(demo::DemoRandom& random, Plan plan) const
{
    if (random.chance(0.03))
        return int(random.between(95, 200));
    switch (plan) {
        case Plan::Medicare:
            return int(random.between(14, 24));
        case Plan::Medicaid:
            return int(random.between(25, 60));
        default:
            return int(random.between(15, 45));
    }
}

}  // namespace fd::accounts
