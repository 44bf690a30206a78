// Waitlist matching: who fits an opened slot, longest wait first, then preferences.
#include "calendar/core/waitlist_matcher.h"
#include "rules_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::calendar;
using namespace fd::calendar::test;

namespace {

WaitlistEntry entry(const char* id, int daysWaiting, const QString& type = QStringLiteral("fu"))
{
    WaitlistEntry e;
    e.id = QString::fromLatin1(id);
    e.patientId = QStringLiteral("p-") + e.id;
    e.typeId = type;
    e.addedAt = utc(2025, 3, 10, 9).addDays(-daysWaiting);
    return e;
}

QStringList ids(const std::vector<WaitlistMatch>& matches)
{
    QStringList out;
    for (const auto& m : matches)
        out << m.entryId;
    return out;
}

}  // namespace

TEST_CASE("Entries that do not fit the slot are left out", "[calendar][waitlist]")
{
    const std::vector<AppointmentType> types{visitType(QStringLiteral("fu"), 30),
                                             visitType(QStringLiteral("np"), 60)};
    OpenedSlot slot{QStringLiteral("doc"), QStringLiteral("main"),
                    {utcSecs(2025, 3, 12, 18), utcSecs(2025, 3, 12, 18, 30)}, QDate(2025, 3, 12),
                    hm(14)};  // Wednesday afternoon, 30 minutes
    std::vector<WaitlistEntry> list;
    list.push_back(entry("fits", 3));
    list.push_back(entry("too-long", 20, QStringLiteral("np")));
    auto other = entry("other-doc", 30);
    other.providerIds = {QStringLiteral("someone")};
    list.push_back(other);
    auto north = entry("north", 30);
    north.locationId = QStringLiteral("north");
    list.push_back(north);
    auto mornings = entry("mornings", 30);
    mornings.dayParts = kMorning;
    list.push_back(mornings);
    auto later = entry("later", 30);
    later.earliest = QDate(2025, 3, 13);
    list.push_back(later);
    auto sooner = entry("sooner", 30);
    sooner.latest = QDate(2025, 3, 11);
    list.push_back(sooner);
    auto unknownType = entry("unknown", 30, QStringLiteral("zz"));
    list.push_back(unknownType);
    auto inWindow = entry("window", 2);
    inWindow.earliest = QDate(2025, 3, 12);
    inWindow.latest = QDate(2025, 3, 12);
    inWindow.dayParts = kAfternoon | kEvening;
    list.push_back(inWindow);

    auto types2 = types;
    types2[0].allowedProviderIds = {QStringLiteral("doc")};
    const auto matches = rankWaitlist(list, slot, types2, utc(2025, 3, 10, 9));
    CHECK(ids(matches) == QStringList{QStringLiteral("fits"), QStringLiteral("window")});
    CHECK(matches[0].waitedSeconds == 3 * 86400);

    types2[0].allowedProviderIds = {QStringLiteral("nobody")};
    CHECK(rankWaitlist(list, slot, types2, utc(2025, 3, 10, 9)).empty());
}

TEST_CASE("Longest wait first; on the same day, stated preferences first",
          "[calendar][waitlist]")
{
    const std::vector<AppointmentType> types{visitType(QStringLiteral("fu"), 30)};
    const OpenedSlot slot{QStringLiteral("doc"), QStringLiteral("main"),
                          {utcSecs(2025, 3, 12, 13), utcSecs(2025, 3, 12, 14)},
                          QDate(2025, 3, 12), hm(9)};
    auto any = entry("any", 5);
    any.addedAt = any.addedAt.addSecs(-7200);
    auto picky = entry("picky", 5);
    picky.addedAt = picky.addedAt.addSecs(-3600);  // an hour after "any", the same day
    picky.providerIds = {QStringLiteral("doc")};
    picky.dayParts = kMorning;
    auto longest = entry("longest", 40);
    auto recent = entry("recent", 0);
    recent.providerIds = {QStringLiteral("doc")};
    recent.locationId = QStringLiteral("main");
    const auto matches =
        rankWaitlist({recent, any, picky, longest}, slot, types, utc(2025, 3, 10, 9));
    CHECK(ids(matches) == QStringList{QStringLiteral("longest"), QStringLiteral("picky"),
                                      QStringLiteral("any"), QStringLiteral("recent")});
    CHECK(matches[1].preferenceScore == 2);
    CHECK(matches[3].preferenceScore == 2);
}
