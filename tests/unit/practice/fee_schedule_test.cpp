// Fee schedules: the charge master apart from payers' allowed amounts, looked up by date.
#include "practice/core/fee_schedules.h"
#include "practice/core/payers.h"
#include "practice_fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>

using namespace fd::practice;
using fd::Money;
using fd::practice::test::PracticeFixture;

namespace {

FeeItem item(const char* code, std::int64_t cents, const char* modifier = "")
{
    return {codeSystemOf(QString::fromLatin1(code)), QString::fromLatin1(code), QString::fromLatin1(modifier),
            QStringLiteral("test"), Money::fromCents(cents)};
}

QString addPayer(PracticeFixture& fx, const QString& name, const QString& id)
{
    Payer p;
    p.name = name;
    p.payerIds.insert(QStringLiteral("default"), id);
    auto saved = fx.service<IPayerService>()->save(p);
    REQUIRE(saved.ok());
    return saved->id;
}

QByteArray read(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

}  // namespace

TEST_CASE("Charge master lookups follow effective dates", "[practice][fees]")
{
    PracticeFixture fx;
    auto fees = fx.service<IFeeScheduleService>();
    auto y2024 = fees->addSchedule({{}, 0, QStringLiteral("CM 2024"), {}, QDate(2024, 1, 1), {}, 0},
                                   {item("99213", 13000), item("99214", 19000)});
    REQUIRE(y2024.ok());
    CHECK_FALSE(y2024->effectiveTo.isValid());
    auto y2025 = fees->addSchedule({{}, 0, QStringLiteral("CM 2025"), {}, QDate(2025, 1, 1), {}, 0},
                                   {item("99213", 13500), item("99213", 14000, "25")});
    REQUIRE(y2025.ok());
    auto all = fees->list(QString());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).effectiveTo == QDate(2024, 12, 31));
    CHECK(all->at(1).itemCount == 2);

    CHECK(fees->chargeFor(QStringLiteral("99213"), {}, QDate(2024, 12, 31))->amount == Money::fromCents(13000));
    CHECK(fees->chargeFor(QStringLiteral("99213"), {}, QDate(2025, 1, 1))->amount == Money::fromCents(13500));
    CHECK(fees->chargeFor(QStringLiteral("99213"), QStringLiteral("25"), QDate(2025, 1, 1))->amount == Money::fromCents(14000));
    // No item for the modifier: the plain code's price.
    CHECK(fees->chargeFor(QStringLiteral("99213"), QStringLiteral("59"), QDate(2025, 6, 1))->amount == Money::fromCents(13500));
    // 99214 is only in the 2024 schedule.
    CHECK(fees->chargeFor(QStringLiteral("99214"), {}, QDate(2024, 6, 1)).ok());
    CHECK(fees->chargeFor(QStringLiteral("99214"), {}, QDate(2025, 6, 1)).error().code == fd::ErrorCode::NotFound);
    CHECK(fees->chargeFor(QStringLiteral("99213"), {}, QDate(2023, 12, 31)).error().code == fd::ErrorCode::NotFound);
    CHECK(fees->addSchedule({{}, 0, QStringLiteral("Again"), {}, QDate(2025, 1, 1), {}, 0}, {item("99213", 1)}).error().code
          == fd::ErrorCode::Conflict);
}

TEST_CASE("A schedule slotted between two ends before the next one", "[practice][fees]")
{
    PracticeFixture fx;
    auto fees = fx.service<IFeeScheduleService>();
    REQUIRE(fees->addSchedule({{}, 0, QStringLiteral("A"), {}, QDate(2024, 1, 1), {}, 0}, {item("99213", 100)}).ok());
    REQUIRE(fees->addSchedule({{}, 0, QStringLiteral("C"), {}, QDate(2025, 1, 1), {}, 0}, {item("99213", 300)}).ok());
    auto b = fees->addSchedule({{}, 0, QStringLiteral("B"), {}, QDate(2024, 7, 1), {}, 0}, {item("99213", 200)});
    REQUIRE(b.ok());
    CHECK(b->effectiveTo == QDate(2024, 12, 31));
    CHECK(fees->chargeFor(QStringLiteral("99213"), {}, QDate(2024, 6, 30))->amount == Money::fromCents(100));
    CHECK(fees->chargeFor(QStringLiteral("99213"), {}, QDate(2024, 7, 1))->amount == Money::fromCents(200));
    CHECK(fees->chargeFor(QStringLiteral("99213"), {}, QDate(2025, 1, 1))->amount == Money::fromCents(300));
}

TEST_CASE("Payer allowed amounts are kept apart from the charge master", "[practice][fees]")
{
    PracticeFixture fx;
    auto fees = fx.service<IFeeScheduleService>();
    const QString aetna = addPayer(fx, QStringLiteral("Aetna"), QStringLiteral("60054"));
    const QString cigna = addPayer(fx, QStringLiteral("Cigna"), QStringLiteral("62308"));
    REQUIRE(fees->addSchedule({{}, 0, QStringLiteral("CM"), {}, QDate(2025, 1, 1), {}, 0}, {item("99213", 13500)}).ok());
    REQUIRE(fees->addSchedule({{}, 0, QStringLiteral("Aetna 2025"), aetna, QDate(2025, 1, 1), {}, 0},
                              {item("99213", 9150)}).ok());
    // A payer schedule does not end the charge master.
    CHECK(fees->list(QString())->front().effectiveTo.isNull());

    CHECK(fees->allowedFor(aetna, QStringLiteral("99213"), {}, QDate(2025, 2, 1))->amount == Money::fromCents(9150));
    CHECK(fees->allowedFor(cigna, QStringLiteral("99213"), {}, QDate(2025, 2, 1)).error().code == fd::ErrorCode::NotFound);
    auto quote = fees->quote(aetna, QStringLiteral("99213"), {}, QDate(2025, 2, 1));
    REQUIRE(quote.ok());
    CHECK(quote->charge == Money::fromCents(13500));
    CHECK(quote->hasAllowed);
    CHECK(quote->allowed == Money::fromCents(9150));
    auto noAllowed = fees->quote(cigna, QStringLiteral("99213"), {}, QDate(2025, 2, 1));
    REQUIRE(noAllowed.ok());
    CHECK_FALSE(noAllowed->hasAllowed);
    CHECK(fees->addSchedule({{}, 0, QStringLiteral("Nobody"), QStringLiteral("no-such-payer"), QDate(2025, 1, 1), {}, 0},
                            {item("99213", 1)}).error().code == fd::ErrorCode::NotFound);
}

TEST_CASE("Fee CSV imports whole or not at all", "[practice][fees]")
{
    PracticeFixture fx;
    auto fees = fx.service<IFeeScheduleService>();
    auto bad = fees->importCsv({{}, 0, QStringLiteral("Bad"), {}, QDate(2025, 1, 1), {}, 0},
                               read(fx.dataFile(QStringLiteral("fees_malformed.csv"))));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().details.contains(QStringLiteral("line 3:")));
    CHECK(bad.error().details.contains(QStringLiteral("line 4:")));
    CHECK(bad.error().details.contains(QStringLiteral("line 5:")));
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM fee_schedules")) == 0);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM fee_schedule_items")) == 0);

    auto good = fees->importCsv({{}, 0, QStringLiteral("CM 2025"), {}, QDate(2025, 1, 1), {}, 0},
                                read(fx.dataFile(QStringLiteral("fees_2025.csv"))));
    REQUIRE(good.ok());
    CHECK(good->itemCount == 4);
    CHECK(fees->chargeFor(QStringLiteral("99214"), {}, QDate(2025, 1, 1))->amount == Money::fromCents(119550));
    CHECK(fees->chargeFor(QStringLiteral("G0439"), {}, QDate(2025, 1, 1))->codeSystem == QStringLiteral("HCPCS"));
    // Every row went to the sync outbox in the same transaction.
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'fee_schedule_items'")) == 4);
}

TEST_CASE("Editing one fee is audited with its prior amount", "[practice][fees]")
{
    PracticeFixture fx;
    auto fees = fx.service<IFeeScheduleService>();
    auto cm = fees->addSchedule({{}, 0, QStringLiteral("CM"), {}, QDate(2025, 1, 1), {}, 0}, {item("99213", 13500)});
    REQUIRE(cm.ok());
    REQUIRE(fees->setItem(cm->id, item("99213", 14000)).ok());
    CHECK(fees->chargeFor(QStringLiteral("99213"), {}, QDate(2025, 1, 2))->amount == Money::fromCents(14000));
    const auto& last = fx.audit->records.back();
    CHECK(last.action == QStringLiteral("update"));
    CHECK(last.detailsObject().value(QStringLiteral("prior")).toObject().value(QStringLiteral("amount_cents")).toInteger() == 13500);
    CHECK(last.detailsObject().value(QStringLiteral("new")).toObject().value(QStringLiteral("amount_cents")).toInteger() == 14000);
    CHECK(fees->setItem(cm->id, item("ABC", 1)).error().code == fd::ErrorCode::InvalidInput);
    fx.grantViewOnly();
    CHECK(fees->setItem(cm->id, item("99213", 1)).error().code == fd::ErrorCode::PermissionDenied);
}
