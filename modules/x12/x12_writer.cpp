#include "x12/x12_writer.h"

#include <array>

namespace fd::x12 {

namespace {
Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

bool isControlNumber(const QByteArray& v, int maxDigits)
{
    if (v.isEmpty() || v.size() > maxDigits)
        return false;
    for (char c : v)
        if (c < '0' || c > '9')
            return false;
    return true;
}

Segment seg(const QByteArray& id, const QList<QByteArray>& elements)
{
    return Segment::make(id, elements);
}

bool isBasicCharacterByRule(char c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ')
        return true;
    static const QByteArray specials = "!\"&'()*+,-./:;?=";
    return specials.contains(c);
}

// The basic character set by byte, so that a value is checked with one lookup per byte.
const std::array<bool, 256>& basicTable()
{
    static const std::array<bool, 256> table = [] {
        std::array<bool, 256> t{};
        for (int c = 0; c < 256; ++c)
            t[std::size_t(c)] = isBasicCharacterByRule(char(c));
        return t;
    }();
    return table;
}

// Separators::isSeparator, inlined for the per-character loop below.
inline bool isSeparator(const Separators& s, char c)
{
    return c == s.element || c == s.component || c == s.segment || (s.repetition != 0 && c == s.repetition);
}

// One ASCII character as the basic character set has it: upper-cased, or a space when it is
// outside the set or a separator (and *refused set under the Refuse policy).
inline char cleanAscii(char ch, const std::array<bool, 256>& basic, const WriterOptions& options, bool* refused)
{
    const char c = ch >= 'a' && ch <= 'z' ? char(ch - ('a' - 'A')) : ch;
    if (basic[static_cast<unsigned char>(c)] && !isSeparator(options.separators, c))
        return c;
    if (options.characters == CharacterPolicy::Refuse)
        *refused = true;
    return ' ';
}

// The usual value: plain ASCII. Appended upper-cased, byte by byte, with what cleanValue()
// would write for it. False (and nothing appended) when the value needs cleanValue(): a byte
// outside ASCII (accents to remove), or a character the Refuse policy reports.
bool appendAsciiClean(QByteArray& out, const QByteArray& value, const WriterOptions& options)
{
    const std::array<bool, 256>& basic = basicTable();
    const qsizetype start = out.size();
    out.resize(start + value.size());  // written in place: no call per character
    char* to = out.data() + start;
    bool refused = false;
    for (const char ch : value) {
        if (static_cast<unsigned char>(ch) >= 0x80) {
            out.truncate(start);
            return false;
        }
        *to++ = cleanAscii(ch, basic, options, &refused);
        if (refused) {
            out.truncate(start);
            return false;
        }
    }
    return true;
}

inline unsigned unitOf(char c)
{
    return static_cast<unsigned char>(c);
}
inline unsigned unitOf(QChar c)
{
    return c.unicode();
}
inline QByteArray utf8Of(QByteArrayView v)
{
    return v.toByteArray();
}
inline QByteArray utf8Of(QStringView v)
{
    return v.toUtf8();
}
}  // namespace

bool isBasicCharacter(char c)
{
    return basicTable()[static_cast<unsigned char>(c)];
}

X12Writer::X12Writer(WriterOptions options) : m_options(options) {}

Result<QByteArray> X12Writer::cleanValue(const QByteArray& utf8) const
{
    QByteArray ascii;
    if (appendAsciiClean(ascii, utf8, m_options))
        return ascii;
    // Decompose so that "é" becomes "e" plus a combining accent, then drop the accent.
    const QString text = QString::fromUtf8(utf8).normalized(QString::NormalizationForm_KD).toUpper();
    QByteArray out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        const char c = ch.unicode() < 0x80 ? char(ch.unicode()) : '\0';
        if (c != '\0' && isBasicCharacter(c) && !m_options.separators.isSeparator(c)) {
            out += c;
            continue;
        }
        if (m_options.characters == CharacterPolicy::Refuse)
            return invalid(tr("character '%1' is outside the X12 basic character set or is a separator").arg(ch));
        out += ' ';
    }
    return out;
}

Result<QByteArray> X12Writer::element(const Segment& segment, int pos) const
{
    const Separators& sep = m_options.separators;
    QList<QByteArray> repetitions{segment.element(pos)};
    if (segment.repetitionSeparator != 0)
        repetitions = segment.element(pos).split(segment.repetitionSeparator);
    QList<QByteArray> written;
    for (const QByteArray& rep : repetitions) {
        QList<QByteArray> parts = rep.split(segment.componentSeparator);
        while (parts.size() > 1 && parts.back().isEmpty())
            parts.removeLast();  // trailing component separators are suppressed
        for (QByteArray& part : parts) {
            auto clean = cleanValue(part);
            if (!clean)
                return invalid(tr("segment %1 element %2: %3")
                                   .arg(QString::fromLatin1(segment.id))
                                   .arg(pos)
                                   .arg(clean.error().message));
            part = clean.value();
        }
        written.append(parts.join(sep.component));
    }
    if (written.size() > 1 && sep.repetition == 0)
        return invalid(tr("segment %1 element %2 repeats but the interchange has no repetition separator")
                           .arg(QString::fromLatin1(segment.id))
                           .arg(pos));
    return written.join(sep.repetition);
}

Status X12Writer::writeSegment(QByteArray& out, const Segment& segment) const
{
    const Separators& sep = m_options.separators;
    out += segment.id;
    qsizetype end = out.size();  // after the last element that wrote something
    for (int i = 1; i <= segment.elements.size(); ++i) {
        out += sep.element;
        const qsizetype before = out.size();
        const QByteArray& raw = segment.elements.at(i - 1);
        // An element without components or repetitions, in ASCII, is written as it is cleaned;
        // anything else goes through element(), which splits, cleans and joins.
        const bool simple = !raw.contains(segment.componentSeparator) &&
                            (segment.repetitionSeparator == 0 || !raw.contains(segment.repetitionSeparator));
        if (!simple || !appendAsciiClean(out, raw, m_options)) {
            auto v = element(segment, i);
            if (!v)
                return v.error();
            out += v.value();
        }
        if (out.size() > before)
            end = out.size();
    }
    out.truncate(end);  // trailing element separators are suppressed
    out += sep.segment;
    if (m_options.lineBreakAfterSegment)
        out += '\n';
    return {};
}

Status X12Writer::writeIsa(QByteArray& out, const OutgoingInterchange& x) const
{
    const Separators& s = m_options.separators;
    if (!s.isUsable() || s.repetition == 0 || isBasicCharacter(s.repetition) || isBasicCharacter(s.segment))
        return invalid(tr("the separators are unusable: the repetition and segment separators must be outside the basic character set"));
    if (x.senderId.isEmpty() || x.senderId.size() > 15 || x.receiverId.isEmpty() || x.receiverId.size() > 15)
        return invalid(tr("ISA sender and receiver ids need 1 to 15 characters"));
    if (x.senderQualifier.size() != 2 || x.receiverQualifier.size() != 2)
        return invalid(tr("ISA id qualifiers have two characters"));
    if (!isControlNumber(x.controlNumber, 9))
        return invalid(tr("the interchange control number must be 1 to 9 digits"));
    const QDateTime when = x.created.isValid() ? x.created : QDateTime::currentDateTimeUtc();
    const QByteArray e(1, s.element);
    QByteArray isa = "ISA" + e + "00" + e + QByteArray(10, ' ') + e + "00" + e + QByteArray(10, ' ') + e;
    isa += x.senderQualifier + e + x.senderId.leftJustified(15, ' ') + e;
    isa += x.receiverQualifier + e + x.receiverId.leftJustified(15, ' ') + e;
    isa += when.toString(QStringLiteral("yyMMdd")).toLatin1() + e + when.toString(QStringLiteral("HHmm")).toLatin1() + e;
    isa += QByteArray(1, s.repetition) + e + "00501" + e + x.controlNumber.rightJustified(9, '0') + e;
    isa += QByteArray(x.acknowledgmentRequested ? "1" : "0") + e + (x.production ? "P" : "T") + e + QByteArray(1, s.component);
    isa += s.segment;
    if (m_options.lineBreakAfterSegment)
        isa += '\n';
    out += isa;
    return {};
}

Result<QByteArray> X12Writer::writeTransaction(const OutgoingTransaction& t) const
{
    if (t.controlNumber.size() < 4 || t.controlNumber.size() > 9)
        return invalid(tr("the transaction set control number needs 4 to 9 characters"));
    QByteArray out;
    FD_TRY(writeSegment(out, seg("ST", {t.transactionSet, t.controlNumber, t.version})));
    Status status;
    t.body.forEachSegment([&](const Segment& s, const Loop&) {
        if (status.ok())
            status = writeSegment(out, s);
    });
    FD_TRY(status);
    const int count = t.body.segmentCount() + 2;  // ST and SE included
    FD_TRY(writeSegment(out, seg("SE", {QByteArray::number(count), t.controlNumber})));
    return out;
}

Result<QByteArray> X12Writer::write(const OutgoingInterchange& x) const
{
    QByteArray out;
    FD_TRY(writeIsa(out, x));
    const QDateTime when = x.created.isValid() ? x.created : QDateTime::currentDateTimeUtc();
    const QByteArray date = when.toString(QStringLiteral("yyyyMMdd")).toLatin1();
    const QByteArray time = when.toString(QStringLiteral("HHmm")).toLatin1();
    for (const OutgoingGroup& g : x.groups) {
        if (!isControlNumber(g.controlNumber, 9))
            return invalid(tr("the group control number must be 1 to 9 digits"));
        FD_TRY(writeSegment(out, seg("GS", {g.functionalId, g.senderCode, g.receiverCode, date, time, g.controlNumber, "X", g.version})));
        for (const OutgoingTransaction& t : g.transactions) {
            if (!t.written.isEmpty()) {
                out += t.written;
                continue;
            }
            auto written = writeTransaction(t);
            FD_TRY(written);
            out += written.value();
        }
        FD_TRY(writeSegment(out, seg("GE", {QByteArray::number(qsizetype(g.transactions.size())), g.controlNumber})));
    }
    FD_TRY(writeSegment(out, seg("IEA", {QByteArray::number(qsizetype(x.groups.size())), x.controlNumber.rightJustified(9, '0')})));
    return out;
}

SegmentWriter::SegmentWriter(WriterOptions options) : m_writer(options), m_options(options) {}

SegmentWriter& SegmentWriter::begin(QByteArrayView id)
{
    m_id = id.toByteArray();
    m_out += id;
    m_end = m_out.size();
    m_compositeEnd = -1;
    m_element = 0;
    return *this;
}

void SegmentWriter::nextElement()
{
    closeComposite();
    m_out += m_options.separators.element;
    ++m_element;
}

void SegmentWriter::closeComposite()
{
    if (m_compositeEnd < 0)
        return;
    m_out.truncate(m_compositeEnd);  // trailing component separators are suppressed
    m_compositeEnd = -1;
}

void SegmentWriter::refuse(const Error& error)
{
    if (m_status.ok())
        m_status = makeError(ErrorCode::InvalidInput, X12Writer::tr("segment %1 element %2: %3")
                                                          .arg(QString::fromLatin1(m_id))
                                                          .arg(m_element)
                                                          .arg(error.message));
}

template <typename View>
void SegmentWriter::appendClean(View value)
{
    const std::array<bool, 256>& basic = basicTable();
    const qsizetype start = m_out.size();
    m_out.resize(start + value.size());  // written in place: no call per character
    char* to = m_out.data() + start;
    bool refused = false;
    for (const auto ch : value) {
        if (unitOf(ch) >= 0x80) {  // accents to remove: the whole value is cleaned as UTF-8
            m_out.truncate(start);
            auto clean = m_writer.cleanValue(utf8Of(value));
            if (!clean)
                refuse(clean.error());
            else
                m_out += clean.value();
            return;
        }
        *to++ = cleanAscii(char(unitOf(ch)), basic, m_options, &refused);
    }
    if (refused)
        refuse(makeError(ErrorCode::InvalidInput,
                         X12Writer::tr("a character is outside the X12 basic character set or is a separator")));
}

QStringView SegmentWriter::cut(QStringView text, qsizetype max)
{
    text = text.trimmed();
    return max >= 0 && text.size() > max ? text.first(max) : text;
}

template <typename View>
void SegmentWriter::put(View value)
{
    const qsizetype before = m_out.size();
    appendClean(value);
    if (m_out.size() <= before)
        return;
    m_end = m_out.size();
    if (m_compositeEnd >= 0)
        m_compositeEnd = m_out.size();
}

void SegmentWriter::nextComponent()
{
    if (!std::exchange(m_firstComponent, false))
        m_out += m_options.separators.component;
}

SegmentWriter& SegmentWriter::add(QByteArrayView value)
{
    nextElement();
    put(value);
    return *this;
}

SegmentWriter& SegmentWriter::add(QStringView text, qsizetype max)
{
    nextElement();
    put(cut(text, max));
    return *this;
}

SegmentWriter& SegmentWriter::add(qint64 number)
{
    nextElement();
    m_out += QByteArray::number(number);
    m_end = m_out.size();
    return *this;
}

SegmentWriter& SegmentWriter::skip(int elements)
{
    for (int i = 0; i < elements; ++i)
        nextElement();
    return *this;
}

SegmentWriter& SegmentWriter::composite()
{
    nextElement();
    m_compositeEnd = m_out.size();
    m_firstComponent = true;
    return *this;
}

SegmentWriter& SegmentWriter::component(QByteArrayView value)
{
    nextComponent();
    put(value);
    return *this;
}

SegmentWriter& SegmentWriter::component(QStringView text, qsizetype max)
{
    nextComponent();
    put(cut(text, max));
    return *this;
}

void SegmentWriter::end()
{
    closeComposite();
    m_out.truncate(m_end);  // trailing element separators are suppressed
    m_out += m_options.separators.segment;
    if (m_options.lineBreakAfterSegment)
        m_out += '\n';
    ++m_count;
}

}  // namespace fd::x12
