// CMS-1500 (02/12): the boxes of a claim as printed, read back from the PDF by pdftotext
// (poppler-utils, a reader the project did not write): lines and pages, totals per page and
// claim, a secondary payer's claim, refusals naming the box, the print audit.
#include "billing/core/billing_permissions.h"
#include "billing/render/cms1500_printer.h"
#include "billing_fixture.h"
#include "patients/core/patients.h"
#include "practice/core/payers.h"
#include "security/audit_actions.h"

#include "required.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::render;
using fd::billing::test::BillingFixture;

namespace {

using fd::test::required;

// The text of each page of a PDF, as pdftotext lays it out, with runs of spaces made one.
QStringList pdfPages(const QByteArray& pdf, const fd::test::TempDir& dir)
{
    REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());  // installer/dev.sh
    const QString path = dir.file(QStringLiteral("claims.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess tool;
    tool.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(tool.waitForFinished(60000));
    REQUIRE(tool.exitCode() == 0);
    QStringList pages = QString::fromUtf8(tool.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QStringList out;
    for (const QString& page : pages) {
        QStringList rows;
        for (const QString& row : page.split(QLatin1Char('\n')))
            if (!row.trimmed().isEmpty())
                rows << row.simplified();
        out << rows.join(QLatin1Char('\n'));
    }
    return out;
}

// Each pattern matches a row of the page, in order, each below the one before.
void expectRows(const QString& page, const QStringList& patterns)
{
    INFO(page.toStdString());
    const QStringList rows = page.split(QLatin1Char('\n'));
    int from = 0;
    for (const QString& pattern : patterns) {
        INFO("pattern: " << pattern.toStdString());
        const QRegularExpression re(pattern);
        int found = -1;
        for (int i = from; i < rows.size() && found < 0; ++i)
            if (re.match(rows.at(i)).hasMatch())
                found = i;
        REQUIRE(found >= 0);
        from = found + 1;
    }
}

LineInput line(const char* code, QStringList modifiers, int units, QList<int> pointers, const QString& coverage = {})
{
    return {QString::fromLatin1(code), std::move(modifiers), units, std::move(pointers), false, coverage};
}

Claim onlyClaim(BillingFixture& fx, const QDate& day)
{
    auto built = required(fx.claims().build(day, day));
    REQUIRE(built.claims.size() == 1);
    return built.claims.front();
}

QString undotted(QString code)
{
    return code.remove(QLatin1Char('.'));
}

}  // namespace

TEST_CASE("A claim of eight lines prints on two CMS-1500 pages, each totalled, the last with the claim's total",
          "[billing_render]")
{
    BillingFixture fx;
    const QStringList dx = fx.diagnosisCodes(3);
    EncounterInput in = fx.visit(fx.aliceId, QDate(2025, 3, 3), {}, dx);
    in.referringProviderId = fx.referrerId;
    in.priorAuthorization = QStringLiteral("PA12345");
    in.lines = {line("99214", {QStringLiteral("25")}, 1, {1}), line("87880", {}, 1, {2}),
                line("36415", {}, 1, {1, 2}),                    line("93000", {}, 1, {3}),
                line("J1100", {}, 2, {1}),                       line("99213", {}, 1, {1}),
                line("87880", {QStringLiteral("59")}, 1, {2}),   line("36415", {QStringLiteral("91")}, 1, {3, 1})};
    fx.enter(in);
    const Claim claim = onlyClaim(fx, QDate(2025, 3, 3));
    REQUIRE(claim.lines.size() == 8);
    const QString lovelaceNpi = fx.service<practice::IProviderService>()->find(fx.lovelaceId)->npi;

    Cms1500Options dataOnly;
    dataOnly.dataOnly = true;
    const Cms1500Printer printer(fx.registry);
    const QStringList pages = pdfPages(required(printer.render({claim.id}, dataOnly)), fx.dir);
    REQUIRE(pages.size() == 2);
    const QString n = claim.claimNumber;
    const QString head = QStringLiteral("^ACME HEALTH$");
    const QStringList patient = {QStringLiteral("^X ACM100200$"),
                                 QStringLiteral("^EXAMPLE, ALICE 05 17 1980 X EXAMPLE, ALICE$"),
                                 QStringLiteral("^7 ELM ST X 7 ELM ST$"), QStringLiteral("^ALBANY NY ALBANY NY$"),
                                 QStringLiteral("^12208 12208$"), QStringLiteral("^GRP77$"),
                                 QStringLiteral("^X 05 17 1980 X$"), QStringLiteral("^X ACME PPO$"),
                                 QStringLiteral("^X$"),  // 11d: no other plan
                                 QStringLiteral("^SIGNATURE ON FILE SIGNATURE ON FILE$"),
                                 QStringLiteral("^DN EDSGER DIJKSTRA \\d{10}$"), QStringLiteral("^0$"),
                                 QStringLiteral("^%1 %2 %3$").arg(undotted(dx[0]), undotted(dx[1]), undotted(dx[2])),
                                 QStringLiteral("^PA12345$")};
    const QString row = QStringLiteral("^03 03 25 03 03 25 11 %1 %2 1 %3$");
    QStringList first = QStringList{QStringLiteral("PAGE 1 OF 2")} + patient;
    first << row.arg(QStringLiteral("99214 25 A"), QStringLiteral("180 50"), lovelaceNpi)
          << row.arg(QStringLiteral("87880 B"), QStringLiteral("35 00"), lovelaceNpi)
          << row.arg(QStringLiteral("36415 AB"), QStringLiteral("12 00"), lovelaceNpi)
          << row.arg(QStringLiteral("93000 C"), QStringLiteral("60 00"), lovelaceNpi)
          << QStringLiteral("^03 03 25 03 03 25 11 J1100 A 17 50 2 %1$").arg(lovelaceNpi)
          << row.arg(QStringLiteral("99213 A"), QStringLiteral("125 00"), lovelaceNpi)
          << QStringLiteral("^123456789 X %1 X 430 00$").arg(n);
    expectRows(pages[0], QStringList{head} + first);
    QStringList second = QStringList{QStringLiteral("PAGE 2 OF 2")} + patient;
    second << row.arg(QStringLiteral("87880 59 B"), QStringLiteral("35 00"), lovelaceNpi)
           << row.arg(QStringLiteral("36415 91 CA"), QStringLiteral("12 00"), lovelaceNpi)
           << QStringLiteral("^123456789 X %1 X 477 00$").arg(n);
    expectRows(pages[1], QStringList{head} + second);
    // Billing provider block (33) with its phone, the practice's NPI (33a) and taxonomy (33b).
    expectRows(pages[1], {QStringLiteral("518 5550100$"), QStringLiteral("MAIN OFFICE EXAMPLE FAMILY PRACTICE$"),
                          QStringLiteral("12 MAIN ST 100 STATE ST$"), QStringLiteral("ALBANY NY 12207 ALBANY NY 122071234$"),
                          QStringLiteral("%1 ZZ207Q00000X$").arg(fx.organizationNpi)});
    // The third page of the 837P's facts never appears: six lines a page, eight lines, two pages.
    CHECK_FALSE(pages[0].contains(QStringLiteral("87880 59")));

    SECTION("with the form: captions in red behind the same data; CONTINUED instead of page totals on request")
    {
        Cms1500Options continued;
        continued.totals = PageTotals::Continued;
        const QStringList form = pdfPages(required(printer.render({claim.id}, continued)), fx.dir);
        REQUIRE(form.size() == 2);
        expectRows(form[0], {QStringLiteral("HEALTH INSURANCE CLAIM FORM"), QStringLiteral("1a\\. INSURED'S I\\.D\\. NUMBER"),
                             QStringLiteral("EXAMPLE, ALICE"), QStringLiteral("24\\. A\\."),
                             QStringLiteral("99214 25 A 180 50"), QStringLiteral("28\\. TOTAL CHARGE"),
                             QStringLiteral("%1 X YES NO \\$ CONTINUED").arg(n)});
        expectRows(form[1], {QStringLiteral("%1 X YES NO \\$ 477 00").arg(n)});
    }
}

TEST_CASE("A secondary payer's claim names the primary plan in items 9 and 11d", "[billing_render]")
{
    BillingFixture fx;
    practice::Payer beacon;
    beacon.name = QStringLiteral("Beacon Mutual");
    beacon.payerIds = {{QStringLiteral("default"), QStringLiteral("77001")}};
    beacon.claimFilingIndicator = QStringLiteral("MB");
    beacon.address = {QStringLiteral("PO Box 4400"), {}, QStringLiteral("Troy"), QStringLiteral("NY"), QStringLiteral("12180")};
    const QString beaconId = required(fx.service<practice::IPayerService>()->save(beacon)).id;
    patients::Coverage second;
    second.patientId = fx.aliceId;
    second.payerId = beaconId;
    second.order = 2;
    second.planName = QStringLiteral("Beacon Supplement");
    second.memberId = QStringLiteral("BCN500600");
    second.effectiveFrom = QDate(2024, 1, 1);
    const QString secondId = required(fx.service<patients::ICoverageService>()->save(second)).id;
    EncounterInput in = fx.visit(fx.aliceId, QDate(2025, 3, 4), {});
    in.lines = {line("93000", {}, 1, {1}, secondId)};
    fx.enter(in);
    const Claim claim = onlyClaim(fx, QDate(2025, 3, 4));
    REQUIRE(claim.payerOrder == 2);

    const Cms1500Printer printer(fx.registry);
    const QStringList form = pdfPages(required(printer.render({claim.id})), fx.dir);
    REQUIRE(form.size() == 1);
    expectRows(form[0], {QStringLiteral("BEACON MUTUAL"), QStringLiteral("PO BOX 4400"), QStringLiteral("TROY NY 12180"),
                         QStringLiteral("^1\\. MEDICARE"), QStringLiteral("^X \\(Medicare#\\).* BCN500600"),
                         QStringLiteral("^EXAMPLE, ALICE"), QStringLiteral("^9\\. OTHER INSURED'S NAME"),
                         QStringLiteral("^EXAMPLE, ALICE"), QStringLiteral("^ACM100200"),
                         QStringLiteral("BEACON SUPPLEMENT"), QStringLiteral("^ACME PPO .*X YES NO"),
                         QStringLiteral("03 04 25 03 04 25 11 93000 A 60 00 1"),
                         QStringLiteral("X YES NO \\$ 60 00")});
    // The first coverage's claim on the same day shows the second plan in item 9.
    EncounterInput primary = fx.visit(fx.aliceId, QDate(2025, 3, 5), {QStringLiteral("99213")});
    fx.enter(primary);
    const Claim first = onlyClaim(fx, QDate(2025, 3, 5));
    const QStringList other = pdfPages(required(printer.render({first.id})), fx.dir);
    expectRows(other[0], {QStringLiteral("ACME HEALTH"), QStringLiteral("^BCN500600"), QStringLiteral("ACME PPO"),
                          QStringLiteral("^BEACON SUPPLEMENT .*X YES NO")});
}

TEST_CASE("A claim missing what a required box needs is refused naming the box; nothing is printed or audited",
          "[billing_render]")
{
    BillingFixture fx;
    patients::Patient eve;
    eve.firstName = QStringLiteral("Eve");
    eve.lastName = QStringLiteral("Noaddress");
    eve.birthDate = QDate(1990, 6, 1);
    eve.sex = patients::AdministrativeSex::Female;
    const QString eveId = required(fx.service<patients::IPatientService>()->create(eve)).patient.id;
    patients::Coverage own;
    own.patientId = eveId;
    own.payerId = fx.payerId;
    own.memberId = QStringLiteral("ACM900900");
    own.effectiveFrom = QDate(2024, 1, 1);
    required(fx.service<patients::ICoverageService>()->save(own));
    fx.enter(fx.visit(eveId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    const Claim claim = onlyClaim(fx, QDate(2025, 3, 3));
    fx.audit->records.clear();

    const Cms1500Printer printer(fx.registry);
    auto refused = printer.render({claim.id});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().details == QStringLiteral("box 5"));
    CHECK(refused.error().message.contains(claim.claimNumber));
    CHECK(refused.error().message.contains(QStringLiteral("box 5")));
    for (const auto& r : fx.audit->records)
        CHECK(r.action != security::audit::kPrint);

    SECTION("each required box is checked by itself")
    {
        Cms1500Claim form;
        form.claimNumber = QStringLiteral("FD000000009");
        auto boxOf = [&] { return Cms1500Builder::checkRequired(form).error().details; };
        CHECK(boxOf() == QStringLiteral("box 1a"));
        form.insuredId = QStringLiteral("M1");
        form.patientName = QStringLiteral("DOE, JANE");
        CHECK(boxOf() == QStringLiteral("box 3"));
        form.patientBirthDate = QDate(1970, 1, 1);
        form.insuredName = form.patientName;
        form.patientAddress = {QStringLiteral("1 A ST"), QStringLiteral("ALBANY"), QStringLiteral("NY"), QStringLiteral("12207")};
        CHECK(boxOf() == QStringLiteral("box 21"));
        form.diagnoses = {QStringLiteral("J069")};
        CHECK(boxOf() == QStringLiteral("box 24"));
        form.lines.push_back({});
        CHECK(boxOf() == QStringLiteral("box 24E"));
        form.lines.back().pointers = QStringLiteral("A");
        form.taxId = QStringLiteral("12345");
        CHECK(boxOf() == QStringLiteral("box 25"));
        form.taxId = QStringLiteral("123456789");
        CHECK(boxOf() == QStringLiteral("box 33"));
        form.billingName = QStringLiteral("EXAMPLE FAMILY PRACTICE");
        form.billingAddress = form.patientAddress;
        CHECK(boxOf() == QStringLiteral("box 33a"));
        form.billingNpi = QStringLiteral("1234567893");
        CHECK(Cms1500Builder::checkRequired(form).ok());
    }
}

TEST_CASE("Printing needs billing.view and is audited per claim", "[billing_render]")
{
    BillingFixture fx;
    fx.enter(fx.visit(fx.bobId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    const Claim claim = onlyClaim(fx, QDate(2025, 3, 3));
    const Cms1500Printer printer(fx.registry);
    fx.audit->records.clear();
    Cms1500Options dataOnly;
    dataOnly.dataOnly = true;
    const QStringList form = pdfPages(required(printer.render({claim.id}, dataOnly)), fx.dir);
    // Bob is the child (19) on his mother's plan: items 4 and 11a are hers, 6 says Child
    // (column 42 of line 12, after his street), 7 is blank (she is no patient here).
    expectRows(form[0], {QStringLiteral("^SAMPLE, BOB 09 02 2015 X SAMPLE, CAROL$"), QStringLiteral("^7 ELM ST X$"),
                         QStringLiteral("^X 02 11 1984 X$")});
    int printed = 0;
    for (const auto& r : fx.audit->records)
        if (r.action == security::audit::kPrint) {
            ++printed;
            CHECK(r.entityId == claim.id);
            CHECK(r.patientId == fx.bobId);
            CHECK(r.details.value(QStringLiteral("document")).toString() == QStringLiteral("cms1500"));
        }
    CHECK(printed == 1);
    fx.access->granted.remove(perm::kView);
    auto denied = printer.render({claim.id});
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("The form's picture is painted on the page: red rules, black data", "[billing_render]")
{
    BillingFixture fx;
    fx.enter(fx.visit(fx.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213"), QStringLiteral("87880")}));
    const Claim claim = onlyClaim(fx, QDate(2025, 3, 3));
    const Cms1500Printer printer(fx.registry);
    const Cms1500Document doc = required(printer.document({claim.id}));
    const QImage picture = doc.image(0, 100);
    REQUIRE(picture.size() == QSize(850, 1100));
    int red = 0;
    int black = 0;
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x) {
            const QColor c = picture.pixelColor(x, y);
            red += c.red() > 180 && c.green() < 90 && c.blue() < 90;
            black += c.red() < 60 && c.green() < 60 && c.blue() < 60;
        }
    CHECK(red > 5000);
    CHECK(black > 1000);
    // docs/images/cms1500.png is made by this test when asked (hidden tag [.picture]).
}

TEST_CASE("Writes docs/images/cms1500.png", "[.picture]")
{
    BillingFixture fx;
    EncounterInput in = fx.visit(fx.bobId, QDate(2025, 3, 3), {}, fx.diagnosisCodes(3));
    in.referringProviderId = fx.referrerId;
    in.lines = {line("99214", {QStringLiteral("25")}, 1, {1, 2}), line("87880", {}, 1, {2}),
                line("36415", {}, 1, {1}), line("J1100", {}, 2, {3})};
    fx.enter(in);
    const Claim claim = onlyClaim(fx, QDate(2025, 3, 3));
    const Cms1500Document doc = required(Cms1500Printer(fx.registry).document({claim.id}));
    REQUIRE(doc.image(0, 110).save(fd::test::sourceDir() + QStringLiteral("/docs/images/cms1500.png")));
}
