// The project's own hand-written files under tests/data/x12: a clean file per transaction
// reads without findings, with its guide, and survives a write and a second read unchanged;
// a broken file per transaction carries one defect and gives exactly the finding named here.
// Every file of the folder must be named in one of the tables (docs/X12.md lists them).
#include "test_support.h"
#include "x12/x12_reader.h"
#include "x12/x12_writer.h"

#include <QDir>
#include <QSet>

#include <iterator>

#include <catch2/catch_test_macros.hpp>

using namespace fd::x12;

namespace {
struct CleanFile
{
    const char* name;
    const char* transactionSet;  // "TA1" for an interchange acknowledgment (no group)
    const char* version;         // the guide's version (ST03 or GS08)
    const char* functionalId;    // GS01
};

const CleanFile kCleanFiles[] = {
    {"clean_837p.x12", "837", "005010X222A1", "HC"},
    {"clean_835.x12", "835", "005010X221A1", "HP"},
    {"clean_270.x12", "270", "005010X279A1", "HS"},
    {"clean_271.x12", "271", "005010X279A1", "HB"},
    {"clean_276.x12", "276", "005010X212", "HR"},
    {"clean_277.x12", "277", "005010X212", "HN"},
    {"clean_277ca.x12", "277", "005010X214", "HN"},
    {"clean_999.x12", "999", "005010X231A1", "FA"},
    {"ta1.x12", "TA1", "", ""},
};

// The one defect of each broken file and the one finding it must give.
struct BrokenFile
{
    const char* name;
    const char* cleanBase;  // the clean file it was made from
    FindingKind kind;
    qint64 segmentNumber;
    const char* segmentId;
    const char* loop;
    const char* element;   // empty when the finding names no element
    const char* value;     // empty when it carries no value
    const char* mentions;  // the message names it (the segment missing, say), or empty
};

const BrokenFile kBrokenFiles[] = {
    // N3 of the billing provider (2010AA) left out; reported at the N4 that follows.
    {"broken_837p.x12", "clean_837p.x12", FindingKind::RequiredSegmentMissing, 10, "N4", "2010AA",
     "", "", "N3"},
    // Production date 30 February.
    {"broken_835.x12", "clean_835.x12", FindingKind::InvalidDate, 6, "DTM", "ST", "DTM02",
     "20240230", ""},
    // Member id qualified as a social security number (34): 4010 practice, not allowed in 5010.
    {"broken_270.x12", "clean_270.x12", FindingKind::InvalidCode, 11, "NM1", "2100C", "NM108", "34",
     ""},
    // Eleven MSG segments under one benefit; the guide allows ten.
    {"broken_271.x12", "clean_271.x12", FindingKind::SegmentRepeatExceeded, 27, "MSG", "2110C", "",
     "", "MSG"},
    // The dependent's claim status tracking number (TRN02) left empty.
    {"broken_276.x12", "clean_276.x12", FindingKind::RequiredElementMissing, 26, "TRN", "2200E",
     "TRN02", "", ""},
    // The dependent level names a parent HL (7) that does not precede it.
    {"broken_277.x12", "clean_277.x12", FindingKind::HierarchyError, 24, "HL", "2000E", "HL02", "7",
     ""},
    // SE01 counts 34 segments; ST to SE holds 35.
    {"broken_277ca.x12", "clean_277ca.x12", FindingKind::EnvelopeMismatch, 37, "SE", "ST", "SE01",
     "34", ""},
    // The acknowledged group's control number has ten digits; GS06 has at most nine.
    {"broken_999.x12", "clean_999.x12", FindingKind::TooLong, 4, "AK1", "ST", "AK102", "1010000000",
     ""},
    // The acknowledged interchange's control number is not padded to nine digits.
    {"broken_ta1.x12", "ta1.x12", FindingKind::TooShort, 2, "TA1", "ISA", "TA101", "00000101", ""},
};

QString dataDir()
{
    return fd::test::sourceDir() + QStringLiteral("/tests/data/x12");
}

Document readData(const char* name)
{
    auto d = X12Reader::readFile(dataDir() + QLatin1Char('/') + QString::fromLatin1(name));
    REQUIRE(d.ok());
    return std::move(d.value());
}

QString allText(const Findings& findings)
{
    QStringList lines;
    for (const auto& f : findings)
        lines << f.toText();
    return lines.join(QLatin1Char('\n'));
}

// The interchange as the writer takes it: the envelope's ids, dates and control numbers, and
// each transaction set's tree as read.
OutgoingInterchange outgoingOf(const Interchange& in)
{
    const Segment& isa = in.header;
    OutgoingInterchange x;
    x.senderQualifier = isa.element(5);
    x.senderId = isa.element(6).trimmed();
    x.receiverQualifier = isa.element(7);
    x.receiverId = isa.element(8).trimmed();
    x.controlNumber = isa.element(13);
    x.created = QDateTime(
        QDate::fromString(QString::fromLatin1("20" + isa.element(9)), QStringLiteral("yyyyMMdd")),
        QTime::fromString(QString::fromLatin1(isa.element(10)), QStringLiteral("HHmm")), Qt::UTC);
    x.acknowledgmentRequested = isa.element(14) == "1";
    x.production = isa.element(15) == "P";
    for (const FunctionalGroup& g : in.groups) {
        OutgoingGroup out;
        out.functionalId = g.functionalId;
        out.senderCode = g.header.element(2);
        out.receiverCode = g.header.element(3);
        out.controlNumber = g.controlNumber;
        out.version = g.version;
        for (const Transaction& t : g.transactions)
            out.transactions.push_back(
                OutgoingTransaction{t.transactionSet, t.controlNumber, t.version, t.root});
        x.groups.push_back(std::move(out));
    }
    return x;
}

void checkSameEnvelopeAndTrees(const Interchange& a, const Interchange& b)
{
    CHECK(a.header == b.header);
    CHECK(a.controlNumber == b.controlNumber);
    REQUIRE(a.groups.size() == b.groups.size());
    for (std::size_t g = 0; g < a.groups.size(); ++g) {
        CHECK(a.groups[g].header == b.groups[g].header);
        REQUIRE(a.groups[g].transactions.size() == b.groups[g].transactions.size());
        for (std::size_t t = 0; t < a.groups[g].transactions.size(); ++t) {
            const Transaction& ta = a.groups[g].transactions[t];
            const Transaction& tb = b.groups[g].transactions[t];
            CHECK(ta.transactionSet == tb.transactionSet);
            CHECK(ta.controlNumber == tb.controlNumber);
            CHECK(ta.version == tb.version);
            CHECK(ta.guide == tb.guide);
            CHECK(ta.root == tb.root);
        }
    }
}

bool matches(const Finding& f, const BrokenFile& b)
{
    return f.kind == b.kind && f.segmentNumber == b.segmentNumber && f.segmentId == b.segmentId &&
           f.loop == b.loop && f.element == b.element && f.value == b.value &&
           (!*b.mentions || f.message.contains(QString::fromLatin1(b.mentions)));
}
}  // namespace

TEST_CASE("Hand-written clean files read without findings, each with its guide",
          "[x12][handwritten]")
{
    for (const CleanFile& c : kCleanFiles) {
        const Document d = readData(c.name);
        INFO(c.name << ":\n" << allText(d.findings).toStdString());
        CHECK(d.findings.empty());
        REQUIRE(d.interchanges.size() == 1);
        const Interchange& x = d.interchanges[0];
        if (QByteArray(c.transactionSet) == "TA1") {
            CHECK(x.groups.empty());
            REQUIRE(x.acknowledgments.size() == 1);
            CHECK(x.acknowledgments[0].id == "TA1");
            continue;
        }
        CHECK(x.acknowledgments.empty());
        REQUIRE(x.groups.size() == 1);
        CHECK(x.groups[0].functionalId == c.functionalId);
        REQUIRE(x.groups[0].transactions.size() == 1);
        const Transaction& t = x.groups[0].transactions[0];
        CHECK(t.transactionSet == c.transactionSet);
        CHECK(t.version == c.version);
        REQUIRE(t.guide != nullptr);
        CHECK(t.guide->transactionSet == c.transactionSet);
        CHECK(t.guide->version == c.version);
        CHECK_FALSE(t.root.loops.empty());
    }
}

TEST_CASE("Hand-written clean files: read, write, read again gives the same trees",
          "[x12][handwritten]")
{
    for (const CleanFile& c : kCleanFiles) {
        INFO(c.name);
        const Document first = readData(c.name);
        REQUIRE(first.interchanges.size() == 1);
        const Interchange& in = first.interchanges[0];
        WriterOptions options;
        options.separators = in.separators;
        options.lineBreakAfterSegment = true;
        options.characters = CharacterPolicy::Refuse;  // the files hold basic characters only
        auto written = X12Writer(options).write(outgoingOf(in));
        REQUIRE(written.ok());
        const Document again = X12Reader::readBytes(written.value());
        INFO(allText(again.findings).toStdString());
        CHECK(again.findings.empty());
        REQUIRE(again.interchanges.size() == 1);
        // The writer writes no TA1 (the practice receives them, never sends one): for ta1.x12
        // the round trip covers its envelope.
        checkSameEnvelopeAndTrees(in, again.interchanges[0]);
    }
}

TEST_CASE("Hand-written broken files give exactly the finding of their one defect",
          "[x12][handwritten]")
{
    for (const BrokenFile& b : kBrokenFiles) {
        const Document d = readData(b.name);
        INFO(b.name << " expects " << findingKindName(b.kind).toStdString() << " at segment "
                    << b.segmentNumber << ":\n"
                    << allText(d.findings).toStdString());
        int expected = 0;
        for (const Finding& f : d.findings)
            expected += f.isError() && matches(f, b) ? 1 : 0;
        CHECK(expected == 1);
        // Nothing else: no unrelated error, not even a warning.
        CHECK(d.findings.size() == 1);
        // Its clean base is clean: the finding comes from the defect alone.
        CHECK(readData(b.cleanBase).findings.empty());
    }
}

TEST_CASE("Every hand-written file has its expectation, and every transaction both files",
          "[x12][handwritten]")
{
    QSet<QString> named;
    QSet<QString> kinds;
    for (const CleanFile& c : kCleanFiles)
        named.insert(QString::fromLatin1(c.name));
    for (const BrokenFile& b : kBrokenFiles) {
        named.insert(QString::fromLatin1(b.name));
        CHECK(named.contains(QString::fromLatin1(b.cleanBase)));
        kinds.insert(findingKindName(b.kind));
    }
    // Each broken file shows another kind of defect.
    CHECK(kinds.size() == int(std::size(kBrokenFiles)));
    const QStringList present = QDir(dataDir()).entryList(QDir::Files | QDir::Hidden);
    REQUIRE_FALSE(present.isEmpty());
    for (const QString& file : present) {
        INFO(file.toStdString()
             << " is in tests/data/x12 but has no expectation in handwritten_test.cpp");
        CHECK(named.contains(file));
    }
    for (const QString& name : named) {
        INFO(name.toStdString() << " is expected but missing from tests/data/x12");
        CHECK(present.contains(name));
    }
    // A broken counterpart for every clean file.
    for (const CleanFile& c : kCleanFiles) {
        const QString clean = QString::fromLatin1(c.name);
        const QString broken = QStringLiteral("broken_") +
                               (clean.startsWith(QStringLiteral("clean_")) ? clean.mid(6) : clean);
        INFO(clean.toStdString() << " has no " << broken.toStdString());
        CHECK(named.contains(broken));
    }
}
