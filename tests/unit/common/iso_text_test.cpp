#include "common/clock.h"
#include "common/iso_text.h"

#include <catch2/catch_test_macros.hpp>

#include <QTimeZone>

#include <random>

TEST_CASE("isoDate writes what QDate::toString(Qt::ISODate) writes", "[iso]")
{
    std::mt19937 rng(7);
    for (int i = 0; i < 20000; ++i) {
        const QDate d = QDate(1000, 1, 1).addDays(qint64(rng() % 3287000));
        INFO(d.toString(Qt::ISODate).toStdString());
        REQUIRE(fd::isoDate(d) == d.toString(Qt::ISODate));
    }
    for (const QDate& d : {QDate(), QDate(999, 12, 31), QDate(1000, 1, 1), QDate(9999, 12, 31), QDate(10000, 1, 1),
                           QDate(-44, 3, 15), QDate(2024, 2, 29)})
        CHECK(fd::isoDate(d) == d.toString(Qt::ISODate));
}

TEST_CASE("isoUtc writes what toIsoUtc writes, from any zone", "[iso]")
{
    std::mt19937 rng(11);
    const QTimeZone zones[] = {QTimeZone::utc(), QTimeZone("America/New_York"), QTimeZone("Asia/Kolkata"),
                               QTimeZone("Pacific/Chatham")};
    for (int i = 0; i < 20000; ++i) {
        const qint64 ms = qint64(rng()) * 1000 + qint64(rng() % 1000);  // 1970 .. 2106
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zones[i % 4]);
        INFO(fd::toIsoUtc(t).toStdString());
        REQUIRE(fd::isoUtc(t) == fd::toIsoUtc(t));
    }
    for (const QDateTime& t : {QDateTime(), QDateTime(QDate(999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                               QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                               QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(2025, 3, 9), QTime(2, 30), QTimeZone("America/New_York"))})
        CHECK(fd::isoUtc(t) == fd::toIsoUtc(t));
}
