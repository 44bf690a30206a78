#include "practice/core/practice_demo.h"

#include "demo/demo_people.h"
#include "practice/core/fee_schedules.h"
#include "practice/core/locations.h"
#include "practice/core/payers.h"
#include "practice/core/practice_demo_data.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"

#include <cmath>

namespace fd::practice {

QString npiWithCheckDigit(const QString& nineDigits)
{
    for (int check = 0; check <= 9; ++check) {
        const QString candidate = nineDigits + QString::number(check);
        if (isValidNpi(candidate))
            return candidate;
    }
    return {};
}

namespace {

QString randomNpi(demo::DemoRandom& random)
{
    return npiWithCheckDigit(QStringLiteral("1%1").arg(random.between(0, 99999999), 8, 10, QLatin1Char('0')));
}

QString street(demo::DemoRandom& random)
{
    static const QStringList names = {QStringLiteral("Main St"), QStringLiteral("Oak Ave"), QStringLiteral("Maple Ave"),
                                      QStringLiteral("Washington St"), QStringLiteral("Park Pl"), QStringLiteral("Lake St")};
    return QStringLiteral("%1 %2").arg(random.between(10, 2999)).arg(names.at(qsizetype(random.between(0, names.size() - 1))));
}

class PracticeDemo final : public demo::IDemoContributor
{
public:
    QString entity() const override { return QStringLiteral("practice"); }

    Result<qint64> generate(demo::DemoContext& context) override
    {
        auto random = context.random(0x70726163);
        static const QStringList kNames = {
            QStringLiteral("Riverbend Family Medicine"), QStringLiteral("Maple Grove Primary Care"),
            QStringLiteral("Lakeside Internal Medicine"), QStringLiteral("Cedar Hills Pediatrics & Family Care")};
        PracticeProfile profile;
        profile.name = kNames.at(qsizetype(random.between(0, kNames.size() - 1)));
        profile.timeZone = QStringLiteral("America/New_York");
        profile.npi = randomNpi(random);
        profile.taxId = QStringLiteral("%1-%2").arg(random.between(10, 16)).arg(random.between(0, 9999999), 7, 10, QLatin1Char('0'));
        profile.taxonomy = QStringLiteral("193200000X");
        const auto& main = demo_data::sites().front();
        profile.billingAddress = {street(random), {}, QString::fromLatin1(main.city), QString::fromLatin1(main.state),
                                  QString::fromLatin1(main.zip)};
        profile.phone = QString::fromLatin1(main.phone);
        profile.email = QStringLiteral("billing@example.org");
        FD_TRY(context.services.get<IPracticeProfile>()->save(profile));
        auto locations = makeLocations(context, random);
        FD_TRY(locations);
        auto providers = makeProviders(context, random, locations.value());
        FD_TRY(providers);
        return qint64(1 + locations->size()) + providers.value();
    }

private:
    static Result<QStringList> makeLocations(demo::DemoContext& context, demo::DemoRandom& random)
    {
        auto service = context.services.get<ILocationService>();
        QStringList ids;
        const int count = std::clamp(context.profile.locations, 1, int(demo_data::sites().size()));
        for (int i = 0; i < count; ++i) {
            const auto& site = demo_data::sites().at(std::size_t(i));
            Location l;
            l.name = QString::fromLatin1(site.name);
            l.address = {street(random), QStringLiteral("Suite %1").arg(random.between(100, 400)),
                         QString::fromLatin1(site.city), QString::fromLatin1(site.state), QString::fromLatin1(site.zip)};
            l.timeZone = QString::fromLatin1(site.timeZone);
            l.phone = QString::fromLatin1(site.phone);
            for (const char* day : {"mon", "tue", "wed", "thu", "fri"})
                l.hours.insert(QString::fromLatin1(day), QStringLiteral("08:00-12:00,13:00-17:00"));
            if (i == 0)
                l.hours.insert(QStringLiteral("sat"), QStringLiteral("09:00-12:00"));
            for (int room = 1; room <= 4; ++room)
                l.resources.append({{}, 0, QStringLiteral("room"), QStringLiteral("Exam %1").arg(room), true});
            l.resources.append({{}, 0, QStringLiteral("equipment"), QStringLiteral("ECG cart"), true});
            l.resources.append({{}, 0, QStringLiteral("equipment"), QStringLiteral("Spirometer"), true});
            auto saved = service->save(l);
            FD_TRY(saved);
            ids << saved->id;
        }
        return ids;
    }

    static Result<qint64> makeProviders(demo::DemoContext& context, demo::DemoRandom& random, const QStringList& locations)
    {
        auto service = context.services.get<IProviderService>();
        demo::DemoPeople people(random.fork(0x70726f76));
        for (int i = 0; i < context.profile.providers; ++i) {
            const auto& who = demo_data::clinicians().at(std::size_t(i) % demo_data::clinicians().size());
            const QChar sex = random.chance(0.5) ? QLatin1Char('F') : QLatin1Char('M');
            Provider p;
            p.firstName = people.firstName(sex);
            p.lastName = people.lastName();
            p.credentials = QString::fromLatin1(who.credentials);
            p.npi = randomNpi(random);
            p.taxonomy = QString::fromLatin1(who.taxonomy);
            p.specialties = {QString::fromLatin1(who.specialty)};
            p.locationIds = {locations.at(i % locations.size())};
            if (locations.size() > 1 && random.chance(0.25))
                p.locationIds << locations.at((i + 1) % locations.size());
            const bool midLevel = p.credentials == QLatin1String("NP") || p.credentials == QLatin1String("PA-C");
            p.claimRoles = midLevel ? int(ClaimRole::Rendering)
                                    : int(ClaimRole::Rendering) | int(ClaimRole::Supervising) | int(ClaimRole::Referring);
            FD_TRY(service->save(p));
        }
        const int referring = std::max(2, context.profile.providers / 2);
        for (int i = 0; i < referring; ++i) {
            Provider p;
            p.firstName = people.firstName(random.chance(0.5) ? QLatin1Char('F') : QLatin1Char('M'));
            p.lastName = people.lastName();
            p.credentials = QStringLiteral("MD");
            p.npi = randomNpi(random);
            p.taxonomy = i % 2 == 0 ? QStringLiteral("207RC0000X") : QStringLiteral("207X00000X");
            p.external = true;
            p.claimRoles = int(ClaimRole::Referring);
            FD_TRY(service->save(p));
        }
        return qint64(context.profile.providers + referring);
    }
};

class PayerDemo final : public demo::IDemoContributor
{
public:
    QString entity() const override { return QStringLiteral("payers"); }

    Result<qint64> generate(demo::DemoContext& context) override
    {
        auto payers = context.services.get<IPayerService>();
        auto fees = context.services.get<IFeeScheduleService>();
        const QDate thisYear(context.today.year(), 1, 1);
        std::vector<FeeItem> lastYearItems;
        std::vector<FeeItem> items;
        for (const auto& f : demo_data::chargeMaster()) {
            const QString code = QString::fromLatin1(f.code);
            const QString text = QString::fromUtf8(f.description);
            // Last year's prices were about 3% lower.
            lastYearItems.push_back({codeSystemOf(code), code, {}, text, Money::fromCents(f.cents * 100 / 103)});
            items.push_back({codeSystemOf(code), code, {}, text, Money::fromCents(f.cents)});
        }
        FD_TRY(fees->addSchedule({{}, 0, QStringLiteral("Charge master %1").arg(thisYear.year() - 1), {},
                                  thisYear.addYears(-1), {}, 0},
                                 lastYearItems));
        FD_TRY(fees->addSchedule({{}, 0, QStringLiteral("Charge master %1").arg(thisYear.year()), {}, thisYear, {}, 0}, items));
        qint64 rows = 2 + qint64(items.size() * 2);
        for (const auto& d : demo_data::payers()) {
            Payer p;
            p.name = QString::fromUtf8(d.name);
            if (*d.payerId)
                p.payerIds.insert(QStringLiteral("default"), QString::fromLatin1(d.payerId));
            p.claimFilingIndicator = QString::fromLatin1(d.indicator);
            p.timelyFilingDays = d.timelyFilingDays;
            p.appealDays = d.appealDays;
            p.crossover = d.crossover;
            if (p.claimFilingIndicator == QLatin1String("09")) {
                p.eligibilityChannel = QStringLiteral("none");
                p.claimChannel = QStringLiteral("portal");
            }
            auto saved = payers->save(p);
            FD_TRY(saved);
            ++rows;
            if (!d.majorPayer)
                continue;
            std::vector<FeeItem> allowed;
            for (const FeeItem& item : items)
                allowed.push_back({item.codeSystem, item.code, {}, item.description,
                                   Money::fromCents(std::llround(double(item.amount.cents()) * d.allowedFactor))});
            FD_TRY(fees->addSchedule({{}, 0, QStringLiteral("%1 allowed %2").arg(p.name).arg(thisYear.year()), saved->id,
                                      thisYear, {}, 0},
                                     allowed));
            rows += 1 + qint64(allowed.size());
        }
        return rows;
    }
};

}  // namespace

std::shared_ptr<demo::IDemoContributor> makeDemoContributor()
{
    return std::make_shared<PracticeDemo>();
}

std::shared_ptr<demo::IDemoContributor> makePayerDemoContributor()
{
    return std::make_shared<PayerDemo>();
}

}  // namespace fd::practice
