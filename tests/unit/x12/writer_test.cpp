#include "x12_builders.h"
#include "x12/x12_reader.h"
#include "x12/x12_writer.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::x12;
using namespace fd::x12::test;

namespace {
QByteArray written(const OutgoingInterchange& x, WriterOptions options = {})
{
    auto out = X12Writer(options).write(x);
    REQUIRE(out.ok());
    return out.value();
}

QString firstText(const Document& d)
{
    return d.findings.empty() ? QString() : d.findings.front().toText();
}
}  // namespace

TEST_CASE("The writer produces a fixed-width ISA and counted trailers", "[x12][writer]")
{
    const QByteArray out = written(interchangeFor("837", "HC", "005010X222A1", professionalClaimsBody(2)));
    const int end = out.indexOf('~');
    CHECK(end == 105);  // 106 characters with the terminator
    CHECK(out.left(end).split('*').size() == 17);
    CHECK(out.contains("*000000123*0*T*:~"));
    CHECK(out.contains("GS*HC*FRONTDESK*CLEARINGHOUSE*20240105*1200*77*X*005010X222A1~"));
    const int segments = professionalClaimsBody(2).segmentCount() + 2;
    CHECK(out.contains("SE*" + QByteArray::number(segments) + "*0001~"));
    CHECK(out.endsWith("GE*1*77~IEA*1*000000123~"));
}

TEST_CASE("Writer output is clean by the guides from the pyx12 maps", "[x12][writer]")
{
    const Document claims = X12Reader::readBytes(written(interchangeFor("837", "HC", "005010X222A1", professionalClaimsBody(3))));
    INFO(firstText(claims).toStdString());
    CHECK(claims.findings.empty());
    const Document remit = X12Reader::readBytes(written(interchangeFor("835", "HP", "005010X221A1", remittanceBody(3))));
    INFO(firstText(remit).toStdString());
    CHECK(remit.findings.empty());
}

TEST_CASE("Round trip: write then read gives the same tree", "[x12][writer]")
{
    for (bool lineBreaks : {false, true}) {
        WriterOptions options;
        options.lineBreakAfterSegment = lineBreaks;
        options.separators = lineBreaks ? Separators{'|', '{', '>', '~'} : Separators{};
        Loop body = professionalClaimsBody(4);
        const QByteArray out = written(interchangeFor("837", "HC", "005010X222A1", body), options);
        CHECK(out.count('\n') == (lineBreaks ? body.segmentCount() + 6 : 0));
        const Document d = X12Reader::readBytes(out);
        REQUIRE(d.interchanges.size() == 1);
        const Transaction& t = d.interchanges[0].groups.at(0).transactions.at(0);
        // The builder wrote mixed case; the writer upper-cases, so compare with the written form.
        const Document again = X12Reader::readBytes(written(interchangeFor("837", "HC", "005010X222A1", t.root), options));
        CHECK(again.interchanges[0].groups[0].transactions[0].root == t.root);
        CHECK(t.root.loopsWith("2000A").size() == 1);
        CHECK(t.root.descendants("2300").size() == 4);
        CHECK(t.root.descendants("2400").size() == 8);
    }
}

TEST_CASE("The basic character set: upper-cased, accents removed, the rest replaced or refused", "[x12][writer]")
{
    X12Writer replace;
    CHECK(replace.cleanValue("José Müller").value() == "JOSE MULLER");
    CHECK(replace.cleanValue("a*b~c:d^e").value() == "A B C D E");
    CHECK(replace.cleanValue("50% @home").value() == "50   HOME");
    WriterOptions refuse;
    refuse.characters = CharacterPolicy::Refuse;
    CHECK(X12Writer(refuse).cleanValue("Smith").value() == "SMITH");
    CHECK_FALSE(X12Writer(refuse).cleanValue("O*Brien").ok());
    Loop body = professionalClaimsBody(1);
    body.appendSegment(Segment::make("NTE", {"ADD", "email me @ home"}));
    auto x = interchangeFor("837", "HC", "005010X222A1", body);
    auto refused = X12Writer(refuse).write(x);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("NTE")));
}

TEST_CASE("The writer refuses bad envelopes", "[x12][writer]")
{
    auto x = interchangeFor("837", "HC", "005010X222A1", professionalClaimsBody(1));
    x.controlNumber = "1234567890";
    CHECK_FALSE(X12Writer().write(x).ok());
    x = interchangeFor("837", "HC", "005010X222A1", professionalClaimsBody(1));
    x.senderId = "A SENDER ID LONGER THAN 15";
    CHECK_FALSE(X12Writer().write(x).ok());
    x = interchangeFor("837", "HC", "005010X222A1", professionalClaimsBody(1));
    WriterOptions letters;
    letters.separators.element = 'E';
    CHECK_FALSE(X12Writer(letters).write(x).ok());
}

TEST_CASE("A transaction set written on its own is written as it is, as the body would be", "[x12][writer]")
{
    for (bool lineBreaks : {false, true}) {
        WriterOptions options;
        options.lineBreakAfterSegment = lineBreaks;
        OutgoingInterchange whole = interchangeFor("837", "HC", "005010X222A1", professionalClaimsBody(3));
        OutgoingTransaction second = whole.groups[0].transactions[0];
        second.controlNumber = "0002";
        second.body = professionalClaimsBody(5);
        whole.groups[0].transactions.push_back(second);
        OutgoingInterchange prewritten = whole;
        for (OutgoingTransaction& t : prewritten.groups[0].transactions) {
            auto text = X12Writer(options).writeTransaction(t);
            REQUIRE(text.ok());
            CHECK(text->startsWith("ST*837*" + t.controlNumber + "*005010X222A1~"));
            const QByteArray end = lineBreaks ? "~\n" : "~";
            CHECK(text->endsWith(end + "SE*" + QByteArray::number(t.body.segmentCount() + 2) + "*" + t.controlNumber + end));
            t.written = text.value();
            t.body = {};  // the written text alone is used
        }
        CHECK(written(prewritten, options) == written(whole, options));
    }
    OutgoingTransaction bad = interchangeFor("837", "HC", "005010X222A1", professionalClaimsBody(1)).groups[0].transactions[0];
    bad.controlNumber = "12";
    CHECK_FALSE(X12Writer().writeTransaction(bad).ok());
}

TEST_CASE("The segment writer writes what the tree writer writes, without the tree", "[x12][writer]")
{
    for (bool lineBreaks : {false, true}) {
        WriterOptions options;
        options.lineBreakAfterSegment = lineBreaks;
        options.separators = lineBreaks ? Separators{'|', '{', '>', '~'} : Separators{};
        OutgoingTransaction t = interchangeFor("837", "HC", "005010X222A1", professionalClaimsBody(3)).groups[0].transactions[0];
        // The tree's composites are written with their components given one by one.
        SegmentWriter w(options);
        w.begin("ST").add(t.transactionSet).add(t.controlNumber).add(t.version).end();
        t.body.forEachSegment([&](const Segment& s, const Loop&) {
            w.begin(s.id);
            for (const QByteArray& e : s.elements) {
                if (!e.contains(s.componentSeparator)) {
                    w.add(e);
                    continue;
                }
                w.composite();
                for (const QByteArray& part : e.split(s.componentSeparator))
                    w.component(part);
            }
            w.end();
        });
        w.begin("SE").add(w.count() + 1).add(t.controlNumber).end();
        REQUIRE(w.status().ok());
        CHECK(w.count() == t.body.segmentCount() + 2);
        auto tree = X12Writer(options).writeTransaction(t);
        REQUIRE(tree.ok());
        CHECK(w.take() == tree.value());
    }
}

TEST_CASE("The segment writer's values: cleaned, cut, and never adding structure", "[x12][writer]")
{
    SegmentWriter w;
    w.begin("NM1").add("IL").add("1").add(QStringLiteral("  o'Brien:Smith*Jr~^ ")).add(QStringLiteral("Jos\u00e9")).skip(3).end();
    w.begin("SV1").composite().component("HC").component("99213").component("").component(QString()).add("10").end();
    w.begin("HI").composite().component("ABK").component("").component("B").composite().component("").end();
    w.begin("HL").add(1).skip().add("20").skip(3).end();
    w.begin("N3").add(QStringLiteral("1234567890"), 4).add(QStringLiteral(" "), 10).end();
    CHECK(w.count() == 5);
    CHECK(w.status().ok());
    CHECK(w.bytes() == "NM1*IL*1*O'BRIEN SMITH JR  *JOSE~SV1*HC:99213*10~HI*ABK::B~HL*1**20~N3*1234~");

    WriterOptions refuse;
    refuse.characters = CharacterPolicy::Refuse;
    refuse.lineBreakAfterSegment = true;
    SegmentWriter strict(refuse);
    strict.begin("NTE").add("ADD").add(QStringLiteral("email me @ home")).end();
    strict.begin("NTE").add("ADD").add("a*b").end();
    REQUIRE_FALSE(strict.status().ok());
    CHECK(strict.status().error().message.contains(QStringLiteral("NTE")));
    CHECK(strict.status().error().message.contains(QStringLiteral("2")));
    CHECK(strict.bytes() == "NTE*ADD*EMAIL ME   HOME~\nNTE*ADD*A B~\n");  // the first refusal is kept
}
