#include "x12/envelope_reader.h"

#include "x12/segment_key.h"
#include "x12/segment_scanner.h"

namespace fd::x12 {

namespace {
// Control numbers are compared as numbers: "000000907" in ISA13 and "907" elsewhere agree.
bool sameNumber(const QByteArray& a, const QByteArray& b)
{
    bool okA = false;
    bool okB = false;
    const qulonglong na = a.trimmed().toULongLong(&okA);
    const qulonglong nb = b.trimmed().toULongLong(&okB);
    return okA && okB ? na == nb : a.trimmed() == b.trimmed();
}
}  // namespace

EnvelopeReader::EnvelopeReader(const GuideRegistry* registry, Document& document, const X12Reader::Options& options)
    : m_registry(registry), m_doc(document), m_options(options)
{
    if (m_registry)
        m_validator.emplace(m_registry->dictionary(), m_doc.findings);
}

void EnvelopeReader::report(FindingKind kind, const Segment& s, const QByteArray& loop, const QByteArray& element,
                            const QByteArray& value, const QString& message, const QString& expected, Severity severity)
{
    Finding f;
    f.kind = kind;
    f.severity = severity;
    f.segmentNumber = s.number;
    f.segmentId = ownBytes(s.id);
    f.loop = loop;
    f.element = element;
    f.value = ownBytes(value);
    f.message = message;
    f.expected = expected;
    m_doc.findings.push_back(std::move(f));
}

void EnvelopeReader::compare(const Segment& s, const QByteArray& element, const QByteArray& actual,
                             const QByteArray& expected, const QString& what)
{
    if (!sameNumber(actual, expected))
        report(FindingKind::EnvelopeMismatch, s, s.id, element, actual, what, QString::fromLatin1(expected.trimmed()));
}

void EnvelopeReader::validateControl(const Segment& s, const QByteArray& loop)
{
    if (!m_registry || !m_validator)
        return;
    if (const SegmentSpec* spec = m_registry->control(s.id))
        m_validator->validate(s, *spec, loop);
}

void EnvelopeReader::onSkipped(const Segment&)
{
    if (m_state == State::InTransaction)
        ++m_transactionSegments;
}

void EnvelopeReader::onSegment(Segment& s, const Separators& separators)
{
    if (!isValidSegmentId(s.id)) {
        report(FindingKind::InvalidSegmentId, s, {}, {}, s.id.left(16), tr("invalid segment identifier"),
               tr("two or three upper-case letters or digits, starting with a letter"));
        onSkipped(s);
        return;
    }
    const SegmentKey key = segmentKey(s.id);
    if (key == segmentKey("ISA"))
        return startInterchange(s, separators);
    if (key == segmentKey("IEA"))
        return endInterchange(s);
    if (key == segmentKey("TA1") && m_state == State::InInterchange) {
        validateControl(s, "ISA");
        m_interchange->acknowledgments.push_back(s);
        return;
    }
    if (key == segmentKey("GS"))
        return startGroup(s);
    if (key == segmentKey("GE"))
        return endGroup(s);
    if (key == segmentKey("ST"))
        return startTransaction(s);
    if (m_state != State::InTransaction) {
        report(FindingKind::EnvelopeStructure, s, {}, {}, {}, tr("segment %1 outside a transaction set").arg(QString::fromLatin1(s.id)),
               tr("data segments between ST and SE"));
        return;
    }
    if (key == segmentKey("SE"))
        return endTransaction(s);
    transactionSegment(s);
}

void EnvelopeReader::closeOpen(const Segment& trigger)
{
    if (m_state == State::InTransaction) {
        report(FindingKind::EnvelopeStructure, trigger, "ST", {}, {}, tr("transaction set %1 has no SE trailer")
                   .arg(QString::fromLatin1(m_transaction.controlNumber)), tr("SE before %1").arg(QString::fromLatin1(trigger.id)));
        m_builder.reset();
        m_semantic.reset();
        m_state = State::InGroup;
    }
    if (m_state == State::InGroup && trigger.id != "ST") {
        if (trigger.id != "GE")
            report(FindingKind::EnvelopeStructure, trigger, "GS", {}, {}, tr("functional group has no GE trailer"),
                   tr("GE before %1").arg(QString::fromLatin1(trigger.id)));
        if (trigger.id != "GE" && trigger.id != "GS")
            m_state = State::InInterchange;
    }
}

void EnvelopeReader::startInterchange(const Segment& s, const Separators& separators)
{
    if (m_state != State::Outside) {
        closeOpen(s);
        if (m_state == State::InGroup)
            report(FindingKind::EnvelopeStructure, s, "GS", {}, {}, tr("functional group has no GE trailer"), tr("GE"));
        report(FindingKind::EnvelopeStructure, s, "ISA", {}, {}, tr("interchange has no IEA trailer"), tr("IEA before the next ISA"));
    }
    m_doc.interchanges.emplace_back();
    m_interchange = &m_doc.interchanges.back();
    m_interchange->header = s;
    m_interchange->separators = separators;
    m_interchange->controlNumber = s.element(13);
    m_state = State::InInterchange;
    m_groupCount = 0;
    m_versionRejected = s.element(12) != "00501";
    validateControl(s, "ISA");
    if (m_versionRejected)
        report(FindingKind::UnsupportedVersion, s, "ISA", "ISA12", s.element(12),
               tr("interchange version is not 00501: this reader reads X12 005010 only"), QStringLiteral("00501"));
}

void EnvelopeReader::startGroup(const Segment& s)
{
    if (m_state == State::Outside) {
        report(FindingKind::EnvelopeStructure, s, {}, {}, {}, tr("GS outside an interchange"), tr("ISA first"));
        return;
    }
    closeOpen(s);
    m_interchange->groups.emplace_back();
    m_group = &m_interchange->groups.back();
    m_group->header = s;
    m_group->functionalId = s.element(1);
    m_group->controlNumber = s.element(6);
    m_group->version = s.element(8);
    m_transactionCount = 0;
    ++m_groupCount;
    m_state = State::InGroup;
    validateControl(s, "GS");
}

void EnvelopeReader::startTransaction(const Segment& s)
{
    if (m_state == State::Outside || m_state == State::InInterchange) {
        report(FindingKind::EnvelopeStructure, s, {}, {}, {}, tr("ST outside a functional group"), tr("GS first"));
        return;
    }
    closeOpen(s);
    m_transaction = Transaction();
    m_transaction.transactionSet = s.element(1);
    m_transaction.controlNumber = s.element(2);
    m_transaction.version = s.element(3).isEmpty() ? m_group->version : s.element(3);
    m_transaction.root.id = "ST";
    m_transactionSegments = 1;
    ++m_transactionCount;
    m_state = State::InTransaction;
    if (m_versionRejected || !m_registry)
        return;
    const Guide* guide = m_registry->find(m_transaction.transactionSet, m_transaction.version);
    if (!guide && (guide = m_registry->closest(m_transaction.transactionSet, m_transaction.version)))
        report(FindingKind::UnknownGuide, s, "ST", "ST03", m_transaction.version,
               tr("%1 is not a known version; checked against %2").arg(QString::fromLatin1(m_transaction.version), QString::fromLatin1(guide->version)),
               QString::fromLatin1(guide->version), Severity::Warning);
    if (!guide) {
        report(FindingKind::UnknownGuide, s, "ST", "ST01", m_transaction.transactionSet + ' ' + m_transaction.version,
               tr("no guide for this transaction set and version: only the envelope was checked"),
               tr("837 X222A1, 835 X221A1, 270/271 X279A1, 276/277 X212, 277 X214, 999 X231A1"));
        return;
    }
    m_transaction.guide = guide;
    m_validator->validate(s, guide->header, "ST");
    if (!guide->functionalId.isEmpty() && m_group->functionalId != guide->functionalId)
        report(FindingKind::InvalidCode, m_group->header, "GS", "GS01", m_group->functionalId,
               tr("functional identifier does not match transaction set %1").arg(QString::fromLatin1(guide->transactionSet)),
               QString::fromLatin1(guide->functionalId));
    m_builder = std::make_unique<LoopBuilder>(*guide, m_doc.findings,
                                              m_options.onSegment ? LoopBuilder::TreeMode::Track : LoopBuilder::TreeMode::Build);
    m_semantic = std::make_unique<SemanticChecker>(guide->transactionSet, m_doc.findings);
}

void EnvelopeReader::transactionSegment(Segment& s)
{
    ++m_transactionSegments;
    if (!m_builder) {
        if (m_options.onSegment)
            m_options.onSegment(m_transaction, s, m_transaction.root.id);
        else
            m_transaction.root.appendSegment(std::move(s));
        return;
    }
    const auto placed = m_builder->add(std::move(s));
    if (!placed.spec)
        return;
    m_validator->validate(*placed.placed, *placed.spec, placed.loop);
    m_semantic->onSegment(*placed.placed, placed.loop);
    if (m_options.onSegment)
        m_options.onSegment(m_transaction, *placed.placed, placed.loop);
}

void EnvelopeReader::endTransaction(const Segment& s)
{
    ++m_transactionSegments;
    if (m_builder) {
        m_transaction.root = m_builder->finish(s);
        m_semantic->finish();
        m_validator->validate(s, m_transaction.guide->trailer, "ST");
    }
    m_builder.reset();
    m_semantic.reset();
    if (s.element(1) != QByteArray::number(m_transactionSegments))
        report(FindingKind::EnvelopeMismatch, s, "ST", "SE01", s.element(1),
               tr("SE01 does not match the number of segments from ST to SE (%1)").arg(m_transactionSegments),
               QString::number(m_transactionSegments));
    if (s.element(2) != m_transaction.controlNumber)
        report(FindingKind::EnvelopeMismatch, s, "ST", "SE02", s.element(2), tr("SE02 does not match ST02"),
               QString::fromLatin1(m_transaction.controlNumber));
    m_state = State::InGroup;
    if (m_options.onTransaction)
        m_options.onTransaction(*m_interchange, *m_group, std::move(m_transaction));
    else
        m_group->transactions.push_back(std::move(m_transaction));
    m_transaction = Transaction();
}

void EnvelopeReader::endGroup(const Segment& s)
{
    if (m_state == State::Outside || m_state == State::InInterchange) {
        report(FindingKind::EnvelopeStructure, s, {}, {}, {}, tr("GE without GS"), tr("GS first"));
        return;
    }
    closeOpen(s);
    validateControl(s, "GS");
    compare(s, "GE01", s.element(1), QByteArray::number(m_transactionCount),
            tr("GE01 does not match the number of transaction sets in the group"));
    compare(s, "GE02", s.element(2), m_group->controlNumber, tr("GE02 does not match GS06"));
    m_state = State::InInterchange;
}

void EnvelopeReader::endInterchange(const Segment& s)
{
    if (m_state == State::Outside) {
        report(FindingKind::EnvelopeStructure, s, {}, {}, {}, tr("IEA without ISA"), tr("ISA first"));
        return;
    }
    closeOpen(s);
    if (m_state == State::InGroup)
        report(FindingKind::EnvelopeStructure, s, "GS", {}, {}, tr("functional group has no GE trailer"), tr("GE before IEA"));
    validateControl(s, "ISA");
    compare(s, "IEA01", s.element(1), QByteArray::number(m_groupCount),
            tr("IEA01 does not match the number of functional groups"));
    compare(s, "IEA02", s.element(2), m_interchange->controlNumber, tr("IEA02 does not match ISA13"));
    m_state = State::Outside;
}

void EnvelopeReader::finish(qint64 lastSegment)
{
    if (m_state == State::Outside)
        return;
    Segment end;
    end.number = lastSegment;
    end.id = "IEA";
    Finding f;
    f.kind = FindingKind::Truncated;
    f.segmentNumber = lastSegment;
    f.message = m_state == State::InTransaction ? tr("the input ends inside transaction set %1 (no SE, GE, IEA)")
                                                      .arg(QString::fromLatin1(m_transaction.controlNumber))
                                                : tr("the input ends before the IEA trailer");
    f.expected = tr("SE, GE and IEA trailers");
    m_doc.findings.push_back(f);
    if (m_builder)
        m_builder->finish(end);
    m_state = State::Outside;
}

}  // namespace fd::x12
