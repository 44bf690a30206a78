#include "practice/core/practice_demo.h"

#include "practice/core/practice_profile.h"

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
        profile.npi = npiWithCheckDigit(QStringLiteral("1%1").arg(random.between(0, 99999999), 8, 10, QLatin1Char('0')));
        profile.taxId = QStringLiteral("%1-%2")
                            .arg(random.between(10, 99))
                            .arg(random.between(0, 9999999), 7, 10, QLatin1Char('0'));
        auto service = context.services.get<IPracticeProfile>();
        FD_TRY(service->save(profile));
        return qint64(1);
    }
};

}  // namespace

std::shared_ptr<demo::IDemoContributor> makeDemoContributor()
{
    return std::make_shared<PracticeDemo>();
}

}  // namespace fd::practice
