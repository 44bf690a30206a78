// Reading without a tree (ReadOptions::onSegment) and the claim stream give what the tree
// gives; values read from a file behave like ordinary byte arrays.
#include "claim_batch.h"
#include "test_support.h"
#include "x12/claim_view.h"
#include "x12/x12_reader.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace fd::x12;
using fd::Money;

namespace {
QByteArray dataFile(const QString& name)
{
    QFile f(fd::test::sourceDir() + QStringLiteral("/tests/data/x12/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray batch(int claims, int claimsPerTransaction)
{
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    test::ClaimBatchWriter::Options options;
    options.targetClaims = claims;
    options.claimsPerTransaction = claimsPerTransaction;
    test::ClaimBatchWriter(out, options).write();
    return bytes;
}

QStringList texts(const Findings& findings)
{
    QStringList out;
    for (const auto& f : findings)
        out.append(f.toText());
    return out;
}

// The claims of every 837P transaction of a document read with its trees.
std::vector<ProfessionalClaim> treeClaims(const Document& d)
{
    std::vector<ProfessionalClaim> out;
    for (const auto& i : d.interchanges)
        for (const auto& g : i.groups)
            for (const auto& t : g.transactions)
                if (auto claims = professionalClaims(t))
                    out.insert(out.end(), claims->begin(), claims->end());
    return out;
}

struct Streamed
{
    Document document;
    std::vector<ProfessionalClaim> claims;
    qint64 segments = 0;
    int transactions = 0;
};

Streamed readStreamed(const QByteArray& bytes)
{
    Streamed s;
    ProfessionalClaimStream stream(
        [&](ProfessionalClaim&& c) { s.claims.push_back(std::move(c)); });
    ReadOptions options;
    options.onTransaction = [&](const Interchange&, const FunctionalGroup&, Transaction&& t) {
        CHECK(t.root.segments.empty());
        CHECK(t.root.loops.empty());
        ++s.transactions;
    };
    stream.attachTo(options);
    auto count = std::move(options.onSegment);
    options.onSegment = [&](const Transaction& t, const Segment& seg, const QByteArray& loop) {
        ++s.segments;
        count(t, seg, loop);
    };
    s.document = X12Reader::readBytes(bytes, options);
    return s;
}

// Both ways of reading agree on findings and claims.
void checkSame(const QByteArray& bytes)
{
    const Document whole = X12Reader::readBytes(bytes);
    const Streamed streamed = readStreamed(bytes);
    CHECK(texts(streamed.document.findings) == texts(whole.findings));
    const auto claims = treeClaims(whole);
    CHECK(streamed.claims.size() == claims.size());
    CHECK(streamed.claims == claims);
}
}  // namespace

TEST_CASE("A generated batch of many transaction sets reads clean, with or without trees",
          "[x12][streaming]")
{
    const QByteArray bytes = batch(600, 100);
    const Document whole = X12Reader::readBytes(bytes);
    INFO((whole.findings.empty() ? QString() : whole.findings.front().toText()).toStdString());
    CHECK(whole.findings.empty());
    const auto& transactions = whole.interchanges.at(0).groups.at(0).transactions;
    CHECK(transactions.size() == 6);
    const auto claims = treeClaims(whole);
    CHECK(claims.size() == 600);
    qint64 treeSegments = 0;
    for (const auto& t : transactions)
        treeSegments += t.root.segmentCount();

    const Streamed streamed = readStreamed(bytes);
    CHECK(streamed.document.findings.empty());
    CHECK(streamed.transactions == int(transactions.size()));
    CHECK(streamed.segments == treeSegments);
    CHECK(streamed.claims == claims);
}

TEST_CASE("The claim stream gives the claims of the tree view", "[x12][streaming]")
{
    const QByteArray clean = dataFile(QStringLiteral("clean_837p.x12"));
    checkSame(clean);
    const Streamed s = readStreamed(clean);
    REQUIRE(s.claims.size() == 1);
    CHECK(s.claims[0].claimId == "CLAIM0001");
    CHECK(s.claims[0].totalCharge == Money::fromCents(15000));
    REQUIRE(s.claims[0].lines.size() == 2);
    CHECK(s.claims[0].lines[1].serviceDate == QDate(2024, 1, 2));
    // Claims under dependents (2000C), several billing providers and transaction sets.
    checkSame(batch(300, 40));
    // Other transaction sets give no claims.
    CHECK(readStreamed(dataFile(QStringLiteral("clean_835.x12"))).claims.empty());
}

TEST_CASE("Findings are the same with and without trees", "[x12][streaming]")
{
    QByteArray bytes = dataFile(QStringLiteral("clean_837p.x12"));
    bytes.replace("XX*1234567893", "XX*1234567890");          // NPI check digit
    bytes.replace("DMG*D8*19800101*M", "DMG*D8*19801301*X");  // date and code
    bytes.replace("NM1*PR*2*ACME", "NM1*ZZ*2*ACME");          // unexpected, loop missing
    bytes.replace("LX*2", "LX*3");                            // numbering
    bytes.replace("SE*26*", "SE*27*");                        // count
    const Document whole = X12Reader::readBytes(bytes);
    CHECK(whole.findings.size() >= 6);
    checkSame(bytes);

    const QString dir = fd::test::x12SamplesDir();
    if (dir.isEmpty())
        return;  // the samples test reports a missing folder
    int files = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!QFileInfo(path).fileName().startsWith(QStringLiteral("837")))
            continue;
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        INFO(path.toStdString());
        checkSame(f.readAll());
        ++files;
    }
    CHECK(files > 10);
}

TEST_CASE("Values read from a file are ordinary byte arrays", "[x12][reader]")
{
    const Document d = X12Reader::readBytes(dataFile(QStringLiteral("clean_837p.x12")));
    const Loop* provider =
        d.interchanges.at(0).groups.at(0).transactions.at(0).root.loop("2000A")->loop("2010AA");
    REQUIRE(provider);
    const Segment& nm1 = *provider->segment("NM1");
    REQUIRE(nm1.elements.size() == 9);
    for (const QByteArray& e : nm1.elements)
        CHECK(e.constData()[e.size()] == '\0');  // terminated, as QByteArray promises
    QByteArray name = nm1.element(3);
    name.append(" GROUP");
    name[0] = 'X';
    CHECK(name == "XRONTDESK CLINIC GROUP");
    CHECK(nm1.element(3) == "FRONTDESK CLINIC");
    CHECK(nm1.element(4).isEmpty());
    CHECK(nm1.element(8) == "XX");
    CHECK(nm1.element(9) == "1234567893");
    Segment copy = nm1;
    copy.elements[8] = "1";
    CHECK(nm1.element(9) == "1234567893");
}

TEST_CASE("Amounts and dates of the views", "[x12][views]")
{
    CHECK(moneyOf("150") == Money::fromCents(15000));
    CHECK(moneyOf("-12.5") == Money::fromCents(-1250));
    CHECK(moneyOf(".75") == Money::fromCents(75));
    CHECK(moneyOf("5.") == Money::fromCents(500));
    CHECK(moneyOf("+3") == Money::fromCents(300));
    CHECK(moneyOf("1,000.00") == Money::fromCents(100000));  // left to Money::parse
    CHECK_FALSE(moneyOf("12.345"));
    CHECK_FALSE(moneyOf(""));
    CHECK_FALSE(moneyOf("-"));
    CHECK_FALSE(moneyOf("1E5"));
    CHECK(dateOf("20240102") == QDate(2024, 1, 2));
    CHECK(dateOf("202401021200") == QDate(2024, 1, 2));
    CHECK_FALSE(dateOf("20240230").isValid());
    CHECK_FALSE(dateOf("2024010").isValid());
    CHECK_FALSE(dateOf("2024-01-").isValid());
}

TEST_CASE("HL numbering out of sequence", "[x12][reader]")
{
    QByteArray bytes = dataFile(QStringLiteral("clean_837p.x12"));
    bytes.replace("HL*2*1*22*0", "HL*1*3*22*0");
    const Document d = X12Reader::readBytes(bytes);
    QStringList hl;
    for (const auto& f : d.findings)
        if (f.kind == FindingKind::HierarchyError)
            hl.append(QString::fromLatin1(f.element + ' ' + f.value) + QLatin1Char(' ') +
                      f.message);
    CHECK(hl ==
          QStringList{QStringLiteral("HL01 1 HL id repeated"),
                      QStringLiteral("HL02 3 HL02 names a parent level that does not precede it")});
}
