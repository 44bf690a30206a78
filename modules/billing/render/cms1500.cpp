#include "billing/render/cms1500.h"

#include <algorithm>

namespace fd::billing::render {

InsuranceType insuranceTypeFor(const QString& filingIndicator)
{
    const QString c = filingIndicator.trimmed().toUpper();
    if (c == QLatin1String("MA") || c == QLatin1String("MB") || c == QLatin1String("16"))
        return InsuranceType::Medicare;
    if (c == QLatin1String("MC"))
        return InsuranceType::Medicaid;
    if (c == QLatin1String("CH"))
        return InsuranceType::Tricare;
    if (c == QLatin1String("VA"))
        return InsuranceType::Champva;
    static const QStringList group{QStringLiteral("BL"), QStringLiteral("CI"), QStringLiteral("HM"),
                                   QStringLiteral("FI"), QStringLiteral("12"), QStringLiteral("13"),
                                   QStringLiteral("14"), QStringLiteral("15"), QStringLiteral("17")};
    if (group.contains(c))
        return InsuranceType::GroupHealthPlan;
    return InsuranceType::Other;
}

Relationship relationshipFor(const QString& x12Code)
{
    if (x12Code == QLatin1String("18"))
        return Relationship::Self;
    if (x12Code == QLatin1String("01"))
        return Relationship::Spouse;
    if (x12Code == QLatin1String("19"))
        return Relationship::Child;
    return Relationship::Other;
}

Money Cms1500Claim::total() const
{
    Money sum;
    for (const Cms1500Line& line : lines)
        sum += line.charge;
    return sum;
}

std::vector<Cms1500Page> paginate(const std::vector<Cms1500Claim>& claims, PageTotals totals)
{
    std::vector<Cms1500Page> pages;
    for (std::size_t c = 0; c < claims.size(); ++c) {
        const auto& lines = claims[c].lines;
        const int count = std::max(1, int((lines.size() + kLinesPerPage - 1) / kLinesPerPage));
        for (int n = 0; n < count; ++n) {
            Cms1500Page page;
            page.claim = c;
            page.firstLine = std::size_t(n) * kLinesPerPage;
            page.lineCount = std::min<std::size_t>(kLinesPerPage, lines.size() - std::min(lines.size(), page.firstLine));
            page.number = n + 1;
            page.count = count;
            if (page.number == count) {
                page.total = claims[c].total();
            } else if (totals == PageTotals::PerPage) {
                Money sum;
                for (std::size_t i = 0; i < page.lineCount; ++i)
                    sum += lines[page.firstLine + i].charge;
                page.total = sum;
            }
            pages.push_back(page);
        }
    }
    return pages;
}

}  // namespace fd::billing::render
