// Payment receipts: what they say (practice, patient, amount, what was paid, the account after
// the payment, copies and reversals) and that the PDF, the picture and the files come out.
#include "accounts/core/accounts_permissions.h"
#include "accounts/render/receipt_builder.h"
#include "accounts/render/receipt_document.h"
#include "accounts_fixture.h"
#include "practice/core/practice_profile.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>

using namespace fd;
using namespace fd::accounts;
using namespace fd::accounts::render;
using fd::accounts::test::AccountsFixture;

namespace {

// The fixture's "now" is 2025-03-14 15:00 UTC: 10:00 AM in Chicago (CDT since March 9). The
// tests move the clock on between postings, as time passes between them at the desk.
void setPractice(AccountsFixture& fx, const QString& timeZone = QStringLiteral("America/Chicago"))
{
    practice::PracticeProfile p;
    p.name = QStringLiteral("Lakeside Family Medicine");
    p.timeZone = timeZone;
    p.billingAddress = {QStringLiteral("400 Harbor Way"), QStringLiteral("Suite 2"), QStringLiteral("Springfield"),
                        QStringLiteral("IL"), QStringLiteral("62701")};
    p.phone = QStringLiteral("217-555-0100");
    auto saved = fx.service<practice::IPracticeProfile>()->save(p);
    INFO((saved.ok() ? std::string() : saved.error().toString().toStdString()));
    REQUIRE(saved.ok());
    fx.access->user.displayName = QStringLiteral("Dana Desk");
}

LedgerEntry visit(AccountsFixture& fx, const QString& patientId, qint64 cents, const QDate& day = QDate(2025, 3, 10))
{
    ChargeRequest r;
    r.patientId = patientId;
    r.serviceDate = day;
    r.code = QStringLiteral("99213");
    r.description = QStringLiteral("Office visit, established patient");
    r.amount = Money::fromCents(cents);
    auto posted = fx.ledger().postCharge(r);
    REQUIRE(posted.ok());
    return posted.value();
}

Receipt build(AccountsFixture& fx, const QString& entryId, ReceiptCopy copy = ReceiptCopy::Original)
{
    ReceiptBuilder builder(ReceiptSources::from(fx.registry));
    auto receipt = builder.build(entryId, copy);
    INFO((receipt.ok() ? std::string() : receipt.error().toString().toStdString()));
    REQUIRE(receipt.ok());
    return receipt.value();
}

int nonWhitePixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++n;
    return n;
}

}  // namespace

TEST_CASE("A receipt names the practice, the patient, the amount, what it paid and the balance after it",
          "[accounts_render]")
{
    AccountsFixture fx;
    setPractice(fx);
    const auto patient = fx.addPatient(QStringLiteral("Lena"), QStringLiteral("Ledgertest"));
    const LedgerEntry charge = visit(fx, patient.id, 12000);
    fx.clock->advanceSecs(60);
    const LedgerEntry payment = fx.pay(patient.id, charge.lineId, 4500, PaymentMethod::Check, QStringLiteral("1042"));

    const Receipt receipt = build(fx, payment.id);
    CHECK(receipt.number.startsWith(QStringLiteral("R-")));
    CHECK(receipt.number.size() == 16);
    CHECK(QString(payment.id).remove(QLatin1Char('-')).startsWith(receipt.number.mid(2).remove(QLatin1Char('-')).toLower()));
    CHECK(receipt.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) == QStringLiteral("2025-03-14 10:01"));
    CHECK(receipt.timeZoneAbbreviation == QStringLiteral("CDT"));
    CHECK(receipt.patientAfter == Money::fromCents(7500));
    CHECK(receipt.receivedBy == QStringLiteral("Dana Desk"));
    REQUIRE(receipt.appliedTo.size() == 1);
    CHECK(receipt.appliedTo.front().applied == Money::fromCents(4500));

    ReceiptDocument document(receipt);
    const QString text = document.plainText();
    for (const QString& expected :
         {QStringLiteral("Lakeside Family Medicine"), QStringLiteral("400 Harbor Way"),
          QStringLiteral("Springfield, IL 62701"), QStringLiteral("217-555-0100"), receipt.number,
          QStringLiteral("03/14/2025 10:01 AM CDT"), QStringLiteral("Ledgertest, Lena"), patient.accountNumber,
          QStringLiteral("$45.00"), QStringLiteral("Check"), QStringLiteral("Check no."), QStringLiteral("1042"),
          QStringLiteral("03/10/2025"), QStringLiteral("99213"), QStringLiteral("Office visit, established patient"),
          QStringLiteral("$75.00"), QStringLiteral("Dana Desk")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK_FALSE(text.contains(QStringLiteral("COPY")));
    CHECK_FALSE(text.contains(QStringLiteral("REVERSED")));
    CHECK_FALSE(text.contains(QStringLiteral("unapplied credit")));  // all of it went to the visit

    const QByteArray pdf = document.pdf();
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.size() > 4000);
    CHECK(pdf.trimmed().endsWith("%%EOF"));

    const QImage image = document.image();
    CHECK(image.width() == 816);
    CHECK(image.height() > 400);
    CHECK(nonWhitePixels(image) > 2000);

    // The picture the docs show (docs/images/receipt.png), when asked for.
    if (const QString target = qEnvironmentVariable("FRONTDESK_RECEIPT_SCREENSHOT"); !target.isEmpty())
        REQUIRE(writeReceiptFile(document, target).ok());
}

TEST_CASE("A payment taken before the charges exist is receipted as credit for the visit", "[accounts_render]")
{
    AccountsFixture fx;
    setPractice(fx);
    const auto patient = fx.addPatient(QStringLiteral("Cora"), QStringLiteral("Copay"));
    const LedgerEntry copay = fx.pay(patient.id, {}, 2500, PaymentMethod::Card, QStringLiteral("visa 4242 auth 083311"));

    // The visit is charged afterwards: the credit is applied, but the receipt still shows the
    // account as it was right after the payment.
    fx.clock->advanceSecs(60);
    visit(fx, patient.id, 15000, QDate(2025, 3, 14));
    const Receipt receipt = build(fx, copay.id);
    CHECK(receipt.appliedTo.empty());
    CHECK(receipt.unapplied == Money::fromCents(2500));
    CHECK(receipt.creditAfter == Money::fromCents(2500));
    CHECK(receipt.patientAfter == Money());
    CHECK(receipt.totalAfter() == Money::fromCents(-2500));

    ReceiptDocument document(receipt);
    const QString text = document.plainText();
    CHECK(text.contains(QStringLiteral("$25.00 unapplied credit, to be applied to the visit's charges.")));
    CHECK(text.contains(QStringLiteral("Card reference")));
    CHECK(text.contains(QStringLiteral("visa 4242 auth 083311")));  // what the ledger stores, nothing more
    CHECK(text.contains(QStringLiteral("-$25.00")));
}

TEST_CASE("A reprint says it is a copy, and a reversed payment's receipt says it was reversed", "[accounts_render]")
{
    AccountsFixture fx;
    setPractice(fx);
    const auto patient = fx.addPatient(QStringLiteral("Rita"), QStringLiteral("Reprint"));
    const LedgerEntry charge = visit(fx, patient.id, 9000);
    fx.clock->advanceSecs(60);
    const LedgerEntry payment = fx.pay(patient.id, charge.lineId, 9000);
    fx.clock->advanceSecs(3600 * 26);

    const QString copyText = ReceiptDocument(build(fx, payment.id, ReceiptCopy::Reprint)).plainText();
    CHECK(copyText.contains(QStringLiteral("PAYMENT RECEIPT — COPY")));
    CHECK(copyText.contains(QStringLiteral("COPY — reprinted 03/15/2025 12:01 PM CDT by Dana Desk")));
    CHECK(copyText.contains(QStringLiteral("03/14/2025 10:01 AM CDT")));  // still the time it was received

    auto reversed = fx.ledger().reverse(payment.id, QStringLiteral("Check returned unpaid"));
    REQUIRE(reversed.ok());
    const Receipt receipt = build(fx, payment.id, ReceiptCopy::Reprint);
    CHECK(receipt.reversed);
    CHECK(receipt.patientAfter == Money());  // right after the payment, before the reversal
    const QString text = ReceiptDocument(receipt).plainText();
    CHECK(text.contains(QStringLiteral("REVERSED on 03/15/2025 12:01 PM: Check returned unpaid.")));
}

TEST_CASE("A guarantor other than the patient is named on the receipt", "[accounts_render]")
{
    AccountsFixture fx;
    setPractice(fx);
    const QString guarantor = fx.addGuarantor(QStringLiteral("Paul"), QStringLiteral("Parent"));
    const auto child = fx.addPatient(QStringLiteral("Kit"), QStringLiteral("Parent"), guarantor);
    const LedgerEntry payment = fx.pay(child.id, {}, 1000);
    const Receipt receipt = build(fx, payment.id);
    CHECK(receipt.guarantorName == QStringLiteral("Parent, Paul"));
    CHECK(ReceiptDocument(receipt).plainText().contains(QStringLiteral("Guarantor")));

    const auto adult = fx.addPatient(QStringLiteral("Ada"), QStringLiteral("Self"));
    CHECK(build(fx, fx.pay(adult.id, {}, 1000).id).guarantorName.isEmpty());
}

TEST_CASE("Receipts are refused for what is not a patient payment, and for unknown entries", "[accounts_render]")
{
    AccountsFixture fx;
    setPractice(fx);
    const auto patient = fx.addPatient(QStringLiteral("Nora"), QStringLiteral("Nopay"));
    const LedgerEntry charge = visit(fx, patient.id, 5000);
    ReceiptBuilder builder(ReceiptSources::from(fx.registry));

    auto refused = builder.build(charge.id, ReceiptCopy::Original);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(charge.id));
    CHECK(refused.error().message.contains(QStringLiteral("charge")));

    auto unknown = builder.build(QStringLiteral("00000000-0000-4000-8000-000000000000"), ReceiptCopy::Original);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);

    // Reading a receipt needs accounts.view like the ledger.
    const LedgerEntry payment = fx.pay(patient.id, charge.lineId, 1000);
    fx.access->granted.remove(perm::kView);
    auto denied = builder.build(payment.id, ReceiptCopy::Original);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("Receipts are written as PDF or PNG files, and printing one is audited", "[accounts_render]")
{
    AccountsFixture fx;
    setPractice(fx);
    const auto patient = fx.addPatient(QStringLiteral("Fay"), QStringLiteral("Files"));
    const LedgerEntry payment = fx.pay(patient.id, {}, 3000);
    ReceiptBuilder builder(ReceiptSources::from(fx.registry));
    const Receipt receipt = build(fx, payment.id);
    ReceiptDocument document(receipt);

    const QString pdf = fx.dir.file(QStringLiteral("receipt.pdf"));
    REQUIRE(writeReceiptFile(document, pdf).ok());
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));
    CHECK(pdfFile.size() > 4000);

    const QString png = fx.dir.file(QStringLiteral("receipt.png"));
    REQUIRE(writeReceiptFile(document, png).ok());
    const QImage picture(png);
    REQUIRE_FALSE(picture.isNull());
    CHECK(nonWhitePixels(picture) > 2000);

    const QString other = fx.dir.file(QStringLiteral("receipt.txt"));
    auto refused = writeReceiptFile(document, other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(other));
    CHECK_FALSE(QFile::exists(other));
    auto unwritable = writeReceiptFile(document, fx.dir.file(QStringLiteral("missing/receipt.pdf")));
    REQUIRE_FALSE(unwritable.ok());
    CHECK(unwritable.error().code == ErrorCode::Io);

    const auto before = fx.audit->records.size();
    REQUIRE(builder.recordPrinted(receipt, QStringLiteral("pdf")).ok());
    REQUIRE(fx.audit->records.size() == before + 1);
    const security::AuditRecord& record = fx.audit->records.back();
    CHECK(record.action == QStringLiteral("print"));
    CHECK(record.entity == QStringLiteral("ledger_entries"));
    CHECK(record.entityId == payment.id);
    CHECK(record.patientId == patient.id);
    CHECK(record.details.value(QStringLiteral("receipt_number")).toString() == receipt.number);
}
