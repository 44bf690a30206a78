// The R4 primitive rules the writers keep and the readers enforce.
#include "fhir/fhir_primitives.h"

#include <catch2/catch_test_macros.hpp>

#include <QTimeZone>

using namespace fd::fhir;

TEST_CASE("FHIR ids are 1 to 64 letters, digits, dashes and dots", "[fhir][primitives]")
{
    CHECK(isValidId(QStringLiteral("0d0c09ff-6a28-4dce-a217-96254e68ef01")));
    CHECK(isValidId(QStringLiteral("loc.1")));
    CHECK(isValidId(QString(64, QLatin1Char('a'))));
    CHECK_FALSE(isValidId(QString(65, QLatin1Char('a'))));
    CHECK_FALSE(isValidId(QString()));
    CHECK_FALSE(isValidId(QStringLiteral("has space")));
    CHECK_FALSE(isValidId(QStringLiteral("under_score")));
    CHECK_FALSE(isValidId(QStringLiteral("Patient/1")));
}

TEST_CASE("Codes have no leading, trailing or doubled whitespace", "[fhir][primitives]")
{
    CHECK(isValidCode(QStringLiteral("207Q00000X")));
    CHECK(isValidCode(QStringLiteral("two words")));
    CHECK_FALSE(isValidCode(QStringLiteral(" lead")));
    CHECK_FALSE(isValidCode(QStringLiteral("trail ")));
    CHECK_FALSE(isValidCode(QStringLiteral("two  spaces")));
    CHECK_FALSE(isValidCode(QString()));
}

TEST_CASE("Dates, dateTimes and instants are written with their offsets", "[fhir][primitives]")
{
    CHECK(date(QDate(2026, 2, 3)) == QStringLiteral("2026-02-03"));
    CHECK(date(QDate()).isEmpty());
    const QDateTime utc(QDate(2026, 11, 27), QTime(7, 15, 30, 250), Qt::UTC);
    CHECK(dateTime(utc) == QStringLiteral("2026-11-27T07:15:30Z"));
    CHECK(instant(utc) == QStringLiteral("2026-11-27T07:15:30.250Z"));
    const QDateTime newYork(QDate(2026, 7, 1), QTime(9, 0), QTimeZone("America/New_York"));
    CHECK(dateTime(newYork) == QStringLiteral("2026-07-01T09:00:00-04:00"));
    CHECK(instant(newYork) == QStringLiteral("2026-07-01T09:00:00.000-04:00"));
}

TEST_CASE("Readers take full dates and times with offsets only", "[fhir][primitives]")
{
    CHECK(parseDate(QStringLiteral("2026-02-28")) == QDate(2026, 2, 28));
    CHECK_FALSE(parseDate(QStringLiteral("2026-02-30")));
    CHECK_FALSE(parseDate(QStringLiteral("2026-2-3")));
    CHECK_FALSE(parseDate(QStringLiteral("02/03/2026")));
    auto t = parseInstant(QStringLiteral("2026-07-01T09:00:00.5-04:00"));
    REQUIRE(t);
    CHECK(t->toUTC() == QDateTime(QDate(2026, 7, 1), QTime(13, 0, 0, 500), Qt::UTC));
    CHECK_FALSE(parseInstant(QStringLiteral("2026-07-01T09:00:00")));  // no offset
    CHECK_FALSE(parseInstant(QStringLiteral("2026-07-01")));
    CHECK(parseDateTime(QStringLiteral("2026-07-01"), true));
    CHECK_FALSE(parseDateTime(QStringLiteral("2026-07-01T25:00:00Z")));
}
