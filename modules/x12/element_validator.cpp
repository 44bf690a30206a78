#include "x12/element_validator.h"

#include <QCoreApplication>
#include <QDate>

namespace fd::x12 {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fd::x12", text);
}

bool allDigits(const QByteArray& v, int from = 0)
{
    if (v.size() <= from)
        return false;
    for (int i = from; i < v.size(); ++i)
        if (v.at(i) < '0' || v.at(i) > '9')
            return false;
    return true;
}

QByteArray twoDigits(int n)
{
    return QByteArray::number(n).rightJustified(2, '0');
}

// Significant length of a number: digits only, without sign or decimal point.
int numericLength(const QByteArray& v)
{
    int n = 0;
    for (char c : v)
        n += (c >= '0' && c <= '9') ? 1 : 0;
    return n;
}

bool isDecimal(const QByteArray& v)
{
    int i = v.startsWith('-') ? 1 : 0;
    bool digit = false;
    bool point = false;
    for (; i < v.size(); ++i) {
        const char c = v.at(i);
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c == '.' && !point)
            point = true;
        else
            return false;
    }
    return digit;
}
}  // namespace

bool isValidDate(const QByteArray& value)
{
    if (!allDigits(value) || (value.size() != 8 && value.size() != 6))
        return false;
    const int year = value.size() == 8 ? value.left(4).toInt() : 2000 + value.left(2).toInt();
    const QByteArray md = value.right(4);
    // Years before 1800 are typing errors in health care data (a 1001 birth date, say).
    return year >= 1800 && QDate(year, md.left(2).toInt(), md.right(2).toInt()).isValid();
}

bool isValidTime(const QByteArray& value)
{
    if (!allDigits(value) || value.size() < 4 || value.size() > 8 || value.size() == 5)
        return false;
    const int h = value.left(2).toInt();
    const int m = value.mid(2, 2).toInt();
    const int s = value.size() >= 6 ? value.mid(4, 2).toInt() : 0;
    return h < 24 && m < 60 && s < 60;
}

void ElementValidator::report(const Where& w, FindingKind kind, const QByteArray& element, const QByteArray& value,
                              const QString& message, const QString& expected)
{
    Finding f;
    f.kind = kind;
    f.segmentNumber = w.segment.number;
    f.segmentId = w.segment.id;
    f.loop = w.loop;
    f.element = element;
    f.value = value;
    f.message = message;
    f.expected = expected;
    m_findings.push_back(std::move(f));
}

void ElementValidator::validate(const Segment& segment, const SegmentSpec& spec, const QByteArray& loop)
{
    const Where w{segment, loop};
    if (!segment.elements.isEmpty() && segment.elements.back().isEmpty())
        report(w, FindingKind::TrailingDelimiters, {}, {}, tr("trailing empty element(s): delimiters not suppressed"),
               tr("the segment to end after its last non-empty element"));
    if (segment.elements.size() > qsizetype(spec.elements.size()))
        report(w, FindingKind::TooManyElements, spec.id + twoDigits(int(spec.elements.size()) + 1), {},
               tr("segment has %1 elements").arg(segment.elements.size()),
               tr("at most %1").arg(spec.elements.size()));
    for (std::size_t i = 0; i < spec.elements.size(); ++i)
        checkElement(w, spec.elements[i], segment.element(int(i) + 1));
    checkSyntax(w, spec);
    if (segment.id == "DTP")
        checkDateFormat(w);
}

void ElementValidator::checkElement(const Where& w, const ElementSpec& spec, const QByteArray& value)
{
    if (value.isEmpty()) {
        if (spec.usage == Usage::Required)
            report(w, FindingKind::RequiredElementMissing, spec.refDes, {}, tr("required element missing"),
                   spec.name.isEmpty() ? QString() : spec.name);
        return;
    }
    if (spec.usage == Usage::NotUsed) {
        report(w, FindingKind::ElementNotUsed, spec.refDes, value, tr("element is not used in this guide"),
               tr("no value"));
        return;
    }
    const char rep = w.segment.repetitionSeparator;
    if (spec.repeat == 1 || rep == 0 || !value.contains(rep)) {
        // The common case, kept free of allocations: one value, no repetitions.
        if (spec.isComposite())
            checkComposite(w, spec, value);
        else
            checkValue(w, spec, value);
        return;
    }
    const QList<QByteArray> values = value.split(rep);
    if (spec.repeat != kUnbounded && values.size() > spec.repeat)
        report(w, FindingKind::TooManyElements, spec.refDes, value, tr("%1 repetitions").arg(values.size()),
               tr("at most %1").arg(spec.repeat));
    for (const QByteArray& v : values) {
        if (spec.isComposite())
            checkComposite(w, spec, v);
        else
            checkValue(w, spec, v);
    }
}

void ElementValidator::checkComposite(const Where& w, const ElementSpec& spec, const QByteArray& value)
{
    const QList<QByteArray> parts = value.split(w.segment.componentSeparator);
    if (parts.size() > qsizetype(spec.components.size()))
        report(w, FindingKind::TooManyElements, spec.refDes, value, tr("composite has %1 components").arg(parts.size()),
               tr("at most %1").arg(spec.components.size()));
    for (std::size_t i = 0; i < spec.components.size(); ++i) {
        const ElementSpec& c = spec.components[i];
        const QByteArray v = qsizetype(i) < parts.size() ? parts.at(qsizetype(i)) : QByteArray();
        if (v.isEmpty()) {
            if (c.usage == Usage::Required)
                report(w, FindingKind::RequiredComponentMissing, c.refDes, {}, tr("required component missing"), c.name);
            continue;
        }
        if (c.usage == Usage::NotUsed) {
            report(w, FindingKind::ElementNotUsed, c.refDes, v, tr("component is not used in this guide"), tr("no value"));
            continue;
        }
        checkValue(w, c, v);
    }
}

void ElementValidator::checkValue(const Where& w, const ElementSpec& spec, const QByteArray& value)
{
    const QByteArray& type = spec.type;
    const bool numeric = type == "R" || (type.size() == 2 && type.at(0) == 'N');
    if (numeric) {
        const bool ok = type == "R" ? isDecimal(value) : allDigits(value, value.startsWith('-') ? 1 : 0);
        if (!ok) {
            report(w, FindingKind::InvalidNumber, spec.refDes, value, tr("not a valid %1 value").arg(QString::fromLatin1(type)),
                   type == "R" ? tr("a decimal number") : tr("digits only (implied decimal places)"));
            return;
        }
    } else if (type == "DT" && !isValidDate(value)) {
        report(w, FindingKind::InvalidDate, spec.refDes, value, tr("not a valid DT value"), tr("a date CCYYMMDD"));
        return;
    } else if (type == "TM" && !isValidTime(value)) {
        report(w, FindingKind::InvalidTime, spec.refDes, value, tr("not a valid TM value"), tr("a time HHMM[SS[dd]]"));
        return;
    }
    const int length = numeric ? numericLength(value) : int(value.size());
    if (spec.maxLength > 0 && length > spec.maxLength)
        report(w, FindingKind::TooLong, spec.refDes, value, tr("too long: %1 characters").arg(length),
               tr("at most %1").arg(spec.maxLength));
    else if (length < spec.minLength)
        report(w, FindingKind::TooShort, spec.refDes, value, tr("too short: %1 characters").arg(length),
               tr("at least %1").arg(spec.minLength));
    if (!spec.codes.isEmpty()) {
        if (!spec.codes.contains(value))
            report(w, FindingKind::InvalidCode, spec.refDes, value, tr("code is not valid here"),
                   QString::fromLatin1(spec.codes.mid(0, 12).join(", ")) + (spec.codes.size() > 12 ? QStringLiteral(", ...") : QString()));
    } else if (!spec.externalCodes.isEmpty()) {
        const QSet<QByteArray>* set = m_dictionary.codeSet(spec.externalCodes);
        if (set && !set->isEmpty() && !set->contains(value))
            report(w, FindingKind::InvalidCode, spec.refDes, value, tr("code is not in code set %1").arg(QString::fromLatin1(spec.externalCodes)),
                   tr("a code of %1").arg(QString::fromLatin1(spec.externalCodes)));
    }
}

void ElementValidator::checkSyntax(const Where& w, const SegmentSpec& spec)
{
    for (const QByteArray& rule : spec.syntax) {
        if (rule.size() < 5)
            continue;
        QList<int> positions;
        bool applicable = true;
        for (int i = 1; i + 1 < rule.size(); i += 2) {
            const int p = rule.mid(i, 2).toInt();
            if (p < 1 || p > int(spec.elements.size()) || spec.elements[p - 1].usage == Usage::NotUsed)
                applicable = false;
            positions.append(p);
        }
        if (!applicable)
            continue;
        int present = 0;
        for (int p : positions)
            present += w.segment.element(p).isEmpty() ? 0 : 1;
        const bool first = !w.segment.element(positions.first()).isEmpty();
        bool broken = false;
        switch (rule.at(0)) {
        case 'P': broken = present > 0 && present < positions.size(); break;
        case 'R': broken = present == 0; break;
        case 'E': broken = present > 1; break;
        case 'C': broken = first && present < positions.size(); break;
        case 'L': broken = first && present < 2; break;
        default: break;
        }
        if (broken)
            report(w, FindingKind::SyntaxRule, spec.id + rule.mid(1, 2), {},
                   tr("syntax rule %1 is not met").arg(QString::fromLatin1(rule)),
                   tr("P: all or none, R: at least one, E: at most one, C/L: the first needs the others"));
    }
}

void ElementValidator::checkDateFormat(const Where& w)
{
    const QByteArray format = w.segment.element(2);
    const QByteArray value = w.segment.element(3);
    if (value.isEmpty())
        return;
    bool ok = true;
    if (format == "D8") {
        ok = value.size() == 8 && isValidDate(value);
    } else if (format == "RD8") {
        const QList<QByteArray> parts = value.split('-');
        ok = parts.size() == 2 && parts[0].size() == 8 && parts[1].size() == 8 && isValidDate(parts[0])
             && isValidDate(parts[1]) && parts[0] <= parts[1];
    }
    if (!ok)
        report(w, FindingKind::InvalidDate, "DTP03", value,
               tr("value does not match date/time format %1").arg(QString::fromLatin1(format)),
               format == "D8" ? tr("CCYYMMDD") : tr("CCYYMMDD-CCYYMMDD, start not after end"));
}

}  // namespace fd::x12
