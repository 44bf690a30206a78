#include "x12/segment_scanner.h"

#include "x12/segment_key.h"

#include <QIODevice>
#include <QVarLengthArray>

#include <cctype>
#include <cstring>

namespace fd::x12 {

namespace {
constexpr int kChunk = 256 * 1024;
constexpr int kIsaLength = 106;
// An unpadded ISA is still found by counting separators, within this many bytes.
constexpr int kIsaSearch = 512;

bool isLineBreak(char c)
{
    return c == '\r' || c == '\n';
}

Finding fileFinding(FindingKind kind, qint64 number, const QString& message)
{
    Finding f;
    f.kind = kind;
    f.segmentNumber = number;
    f.message = message;
    return f;
}

}  // namespace

bool isValidSegmentId(const QByteArray& id)
{
    if (id.size() < 2 || id.size() > 3 || !(id.at(0) >= 'A' && id.at(0) <= 'Z'))
        return false;
    for (char c : id)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

SegmentScanner::SegmentScanner(QIODevice& device, int maxSegmentLength)
    : m_device(device), m_maxSegmentLength(qMax(maxSegmentLength, kIsaSearch))
{
}

bool SegmentScanner::fill(int wanted)
{
    while (!m_eof && m_buf.size() - m_pos < wanted) {
        if (m_pos > 0) {
            m_buf.remove(0, m_pos);
            m_pos = 0;
        }
        const qsizetype old = m_buf.size();
        m_buf.resize(old + kChunk);
        const qint64 got = m_device.read(m_buf.data() + old, kChunk);
        m_buf.resize(old + qMax<qint64>(got, 0));
        if (got <= 0)
            m_eof = true;
    }
    return m_buf.size() - m_pos >= wanted;
}

void SegmentScanner::skipLineBreaks()
{
    for (;;) {
        while (m_pos < m_buf.size() && (isLineBreak(m_buf.at(m_pos)) || (!m_started && m_buf.at(m_pos) == ' '))) {
            ++m_pos;
            ++m_consumed;
        }
        if (m_pos < m_buf.size() || m_eof)
            return;
        fill(1);
    }
}

void SegmentScanner::split(const char* data, int length, Segment& out)
{
    // A file whose terminator is a line feed often carries CR LF: the CR is not data.
    if (m_separators.segment == '\n' && length > 0 && data[length - 1] == '\r')
        --length;
    out.componentSeparator = m_separators.component;
    out.repetitionSeparator = m_separators.repetition;
    // The elements are slices of the segment's text in a shared block (TextBlocks), copied
    // with its element separators turned into '\0' so that every slice is terminated: no
    // allocation per element, where a tree of millions of them would otherwise cost more to
    // allocate and free than to read and check.
    char* text = m_text.reserve(length + 1);
    const char separator = m_separators.element;
    QVarLengthArray<int, 64> ends;  // where each element (and the id) ends
    std::memcpy(text, data, size_t(length));
    text[length] = '\0';
    for (int i = 0; i < length; ++i) {
        if (text[i] == separator) {
            ends.append(i);
            text[i] = '\0';
        }
    }
    ends.append(length);
    out.id = m_text.slice(text, ends[0]);
    // A list the reader moved into a tree is gone; one that nobody shares is reused.
    const qsizetype count = ends.size() - 1;
    QList<QByteArray>& elements = out.elements;
    if (elements.isDetached() && elements.capacity() >= count)
        elements.resize(count);
    else
        elements = count > 0 ? QList<QByteArray>(count) : QList<QByteArray>();
    if (count > 0) {
        QByteArray* element = elements.data();
        for (qsizetype e = 0; e < count; ++e) {
            const int start = ends[e] + 1;
            element[e] = m_text.slice(text + start, ends[e + 1] - start);
        }
    }
}

SegmentScanner::Step SegmentScanner::readIsa(Segment& out, Findings& findings)
{
    fill(kIsaSearch);
    const QByteArray head = m_buf.mid(m_pos, kIsaSearch);
    auto layout = detectSeparators(head);
    const qint64 number = m_count + 1;
    if (!layout) {
        if (!m_started) {
            m_stopped = true;
            const bool isa = head.startsWith("ISA");
            findings.push_back(fileFinding(isa ? FindingKind::IsaLayout : FindingKind::NotX12, isa ? 1 : 0,
                                           layout.error().message));
            return Step::End;
        }
        return Step::Skipped;  // handled by the caller as an ordinary segment
    }
    m_started = true;
    m_separators = layout->separators;
    ++m_count;
    if (layout->isaLength != kIsaLength) {
        Finding f = fileFinding(FindingKind::IsaLayout, number,
                                tr("ISA segment is %1 characters long").arg(layout->isaLength));
        f.segmentId = "ISA";
        f.expected = tr("106 characters (fixed-width fields)");
        findings.push_back(f);
    }
    split(m_buf.constData() + m_pos, layout->isaLength - 1, out);
    out.number = number;
    m_pos += layout->isaLength;
    m_consumed += layout->isaLength;
    return Step::Segment;
}

SegmentScanner::Step SegmentScanner::skipOverlong(Segment& out, Findings& findings)
{
    const qint64 number = ++m_count;
    out.id = m_buf.mid(m_pos, 3);
    out.elements.clear();
    out.number = number;
    Finding f = fileFinding(FindingKind::SegmentTooLong, number,
                            tr("no segment terminator within %1 bytes").arg(m_maxSegmentLength));
    f.expected = tr("segments ending with '%1' (ISA)").arg(QString(QChar::fromLatin1(m_separators.segment)));
    findings.push_back(f);
    // Discard up to the next terminator without holding the whole run in memory.
    for (;;) {
        const int t = m_buf.indexOf(m_separators.segment, m_pos);
        if (t >= 0) {
            m_consumed += t + 1 - m_pos;
            m_pos = t + 1;
            return Step::Skipped;
        }
        m_consumed += m_buf.size() - m_pos;
        m_pos = m_buf.size();
        if (m_eof || !fill(1))
            return Step::Skipped;
    }
}

SegmentScanner::Step SegmentScanner::next(Segment& out, Findings& findings)
{
    if (m_stopped)
        return Step::End;
    if (!m_started) {
        fill(kIsaSearch);
        if (m_buf.startsWith("\xEF\xBB\xBF")) {  // a UTF-8 byte order mark from an editor
            m_pos = 3;
            m_consumed = 3;
        }
    }
    skipLineBreaks();
    if (m_pos >= m_buf.size()) {
        if (!m_started) {
            m_stopped = true;
            findings.push_back(fileFinding(FindingKind::NotX12, 0, tr("the file is empty")));
        }
        return Step::End;
    }
    fill(4);
    const char* at = m_buf.constData() + m_pos;
    const bool looksIsa = m_buf.size() - m_pos >= 4 && at[0] == 'I' && at[1] == 'S' && at[2] == 'A'
                          && !std::isalnum(static_cast<unsigned char>(at[3]));
    if (!m_started || looksIsa) {
        const Step s = readIsa(out, findings);
        if (s != Step::Skipped || !m_started)
            return s;
    }
    int t = m_buf.indexOf(m_separators.segment, m_pos);
    while (t < 0 && !m_eof && m_buf.size() - m_pos <= m_maxSegmentLength) {
        fill(m_buf.size() - m_pos + kChunk);
        t = m_buf.indexOf(m_separators.segment, m_pos);
    }
    if (t < 0 && m_buf.size() - m_pos > m_maxSegmentLength)
        return skipOverlong(out, findings);
    if (t - m_pos > m_maxSegmentLength)
        return skipOverlong(out, findings);
    const qint64 number = ++m_count;
    const int end = t < 0 ? m_buf.size() : t;
    split(m_buf.constData() + m_pos, end - m_pos, out);
    out.number = number;
    m_consumed += end - m_pos + (t < 0 ? 0 : 1);
    m_pos = t < 0 ? m_buf.size() : t + 1;
    if (t < 0) {
        Finding f = fileFinding(FindingKind::Truncated, number,
                                tr("the input ends inside a segment (no terminator)"));
        f.segmentId = ownBytes(QByteArrayView(out.id).first(qMin<qsizetype>(out.id.size(), 3)));
        findings.push_back(f);
        return Step::Skipped;
    }
    return Step::Segment;
}

}  // namespace fd::x12
