#include "x12/x12_writer.h"

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
}  // namespace

bool isBasicCharacter(char c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ')
        return true;
    static const QByteArray specials = "!\"&'()*+,-./:;?=";
    return specials.contains(c);
}

X12Writer::X12Writer(WriterOptions options) : m_options(options) {}

Result<QByteArray> X12Writer::cleanValue(const QByteArray& utf8) const
{
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
    QList<QByteArray> values;
    for (int i = 1; i <= segment.elements.size(); ++i) {
        auto v = element(segment, i);
        if (!v)
            return v.error();
        values.append(v.value());
    }
    while (!values.isEmpty() && values.back().isEmpty())
        values.removeLast();  // trailing element separators are suppressed
    out += segment.id;
    for (const QByteArray& v : values) {
        out += m_options.separators.element;
        out += v;
    }
    out += m_options.separators.segment;
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
            if (t.controlNumber.size() < 4 || t.controlNumber.size() > 9)
                return invalid(tr("the transaction set control number needs 4 to 9 characters"));
            FD_TRY(writeSegment(out, seg("ST", {t.transactionSet, t.controlNumber, t.version})));
            Status status;
            t.body.forEachSegment([&](const Segment& s, const Loop&) {
                if (status.ok())
                    status = writeSegment(out, s);
            });
            FD_TRY(status);
            const int count = t.body.segmentCount() + 2;  // ST and SE included
            FD_TRY(writeSegment(out, seg("SE", {QByteArray::number(count), t.controlNumber})));
        }
        FD_TRY(writeSegment(out, seg("GE", {QByteArray::number(qsizetype(g.transactions.size())), g.controlNumber})));
    }
    FD_TRY(writeSegment(out, seg("IEA", {QByteArray::number(qsizetype(x.groups.size())), x.controlNumber.rightJustified(9, '0')})));
    return out;
}

}  // namespace fd::x12
