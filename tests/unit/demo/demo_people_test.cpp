#include "demo/demo_generator.h"
#include "demo/demo_people.h"

#include <catch2/catch_test_macros.hpp>

#include <QRegularExpression>
#include <QSet>

using namespace fd::demo;

namespace {
const QDate kToday(2026, 11, 26);
}

TEST_CASE("Demo people are deterministic for a seed", "[demo]")
{
    DemoPeople a(DemoRandom(42).fork(1));
    DemoPeople b(DemoRandom(42).fork(1));
    DemoPeople c(DemoRandom(43).fork(1));
    QStringList fromA, fromB, fromC;
    for (int i = 0; i < 50; ++i) {
        const auto pa = a.person(kToday);
        const auto pb = b.person(kToday);
        const auto pc = c.person(kToday);
        fromA << pa.firstName + pa.lastName + pa.birthDate.toString(Qt::ISODate) + pa.address.line1;
        fromB << pb.firstName + pb.lastName + pb.birthDate.toString(Qt::ISODate) + pb.address.line1;
        fromC << pc.firstName + pc.lastName + pc.birthDate.toString(Qt::ISODate) + pc.address.line1;
    }
    CHECK(fromA == fromB);
    CHECK(fromA != fromC);
}

TEST_CASE("Demo contact details are fictional by construction", "[demo]")
{
    DemoPeople people(DemoRandom(7));
    const QRegularExpression phone(QStringLiteral(R"(^\(\d{3}\) 555-01\d{2}$)"));
    const QRegularExpression email(QStringLiteral(R"(^[a-z0-9.]+@example\.(com|org)$)"));
    for (int i = 0; i < 2000; ++i) {
        const auto p = people.person(kToday);
        INFO(p.phone.toStdString() << " " << p.email.toStdString());
        REQUIRE(phone.match(p.phone).hasMatch());
        REQUIRE(email.match(p.email).hasMatch());
        REQUIRE(p.birthDate <= kToday);
        REQUIRE(p.birthDate > kToday.addYears(-100));
        REQUIRE((p.sex == QLatin1Char('F') || p.sex == QLatin1Char('M')));
        REQUIRE(p.address.zip.size() == 5);
    }
}

TEST_CASE("Demo surnames follow census frequency", "[demo]")
{
    DemoPeople people(DemoRandom(11));
    int smith = 0, kowalski = 0;
    QSet<QString> distinct;
    for (int i = 0; i < 20000; ++i) {
        const QString last = people.lastName();
        distinct.insert(last);
        smith += last == QStringLiteral("Smith");
        kowalski += last == QStringLiteral("Kowalski");
    }
    CHECK(smith > kowalski * 10);  // 828 vs 20 per 100,000 in the census table
    CHECK(distinct.size() > 80);
}

TEST_CASE("Demo sizes match the documented practice shapes", "[demo]")
{
    CHECK(profileFor(DemoSize::Small).patients == 500);
    CHECK(profileFor(DemoSize::Medium).providers == 10);
    CHECK(profileFor(DemoSize::Large).patients == 250000);
    CHECK(profileFor(DemoSize::Large).locations == 4);
    CHECK(parseDemoSize(QStringLiteral("medium")).value() == DemoSize::Medium);
    CHECK_FALSE(parseDemoSize(QStringLiteral("huge")).ok());
}
