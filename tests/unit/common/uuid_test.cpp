#include "common/uuid.h"

#include <catch2/catch_test_macros.hpp>

#include <QDateTime>
#include <QSet>
#include <QThread>

#include <vector>

TEST_CASE("newUuid makes version 7 UUIDs in lower-case text", "[uuid]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString id = fd::newUuid();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(id.size() == 36);
    CHECK(id == id.toLower());
    CHECK(fd::isUuid(id));
    const QUuid parsed = QUuid::fromString(id);
    CHECK(parsed.toString(QUuid::WithoutBraces) == id);
    CHECK(id.at(14) == QLatin1Char('7'));  // the version nibble (Qt 6.4 knows versions 1-5 only)
    CHECK(QStringLiteral("89ab").contains(id.at(19)));  // the RFC variant
    CHECK(parsed.variant() == QUuid::DCE);
    // The first 48 bits are the creation time in Unix milliseconds.
    const qint64 ms =
        QStringView(id).left(8).toLongLong(nullptr, 16) * 65536 + QStringView(id).mid(9, 4).toLongLong(nullptr, 16);
    CHECK(ms >= before);
    CHECK(ms <= after + 1);  // at most a counter overflow past the millisecond
}

TEST_CASE("newUuid values always increase within the process and never repeat", "[uuid]")
{
    std::vector<QString> ids;
    ids.reserve(50000);
    for (int i = 0; i < 50000; ++i)
        ids.push_back(fd::newUuid());
    QSet<QString> unique(ids.begin(), ids.end());
    CHECK(unique.size() == qsizetype(ids.size()));
    for (std::size_t i = 1; i < ids.size(); ++i) {
        INFO(i);
        REQUIRE(ids[i - 1] < ids[i]);
    }
}

TEST_CASE("newUuid from several threads stays unique", "[uuid]")
{
    std::vector<std::vector<QString>> made(4);
    std::vector<QThread*> threads;
    for (auto& list : made)
        threads.push_back(QThread::create([&list] {
            for (int i = 0; i < 5000; ++i)
                list.push_back(fd::newUuid());
        }));
    for (QThread* t : threads)
        t->start();
    QSet<QString> all;
    for (std::size_t i = 0; i < threads.size(); ++i) {
        threads[i]->wait();
        delete threads[i];
        for (std::size_t j = 1; j < made[i].size(); ++j)
            REQUIRE(made[i][j - 1] < made[i][j]);
        for (const QString& id : made[i])
            all.insert(id);
    }
    CHECK(all.size() == 20000);
    // Each thread draws its random bits from a generator of its own, seeded apart: the random
    // part of the threads' first ids differs.
    QSet<QString> firstTails;
    for (const auto& list : made)
        firstTails.insert(list.front().mid(19));
    CHECK(firstTails.size() == qsizetype(made.size()));
}
