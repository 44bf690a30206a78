#include "x12/element_validator.h"

#include "x12/segment_key.h"

#include <QDate>

#include <cstring>

namespace fd::x12 {

namespace {
bool allDigits(QByteArrayView v, qsizetype from = 0)
{
    if (v.size() <= from)
        return false;
    for (qsizetype i = from; i < v.size(); ++i)
        if (v[i] < '0' || v[i] > '9')
            return false;
    return true;
}

// The value of a run of digits already known to be digits.
int digitsValue(QByteArrayView v, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i)
        n = n * 10 + (v[i] - '0');
    return n;
}

// A rule's element position ("P0506": 05 and 06); anything but two digits as toInt() reads it.
int rulePosition(const QByteArray& rule, int i)
{
    const char a = rule[i];
    const char b = rule[i + 1];
    if (a >= '0' && a <= '9' && b >= '0' && b <= '9')
        return (a - '0') * 10 + (b - '0');
    return rule.mid(i, 2).toInt();
}

QByteArray twoDigits(int n)
{
    return QByteArray::number(n).rightJustified(2, '0');
}

// Significant length of a number: digits only, without sign or decimal point.
int numericLength(QByteArrayView v)
{
    int n = 0;
    for (char c : v)
        n += (c >= '0' && c <= '9') ? 1 : 0;
    return n;
}

bool isDecimal(QByteArrayView v)
{
    qsizetype i = v.startsWith('-') ? 1 : 0;
    bool digit = false;
    bool point = false;
    for (; i < v.size(); ++i) {
        const char c = v[i];
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c == '.' && !point)
            point = true;
        else
            return false;
    }
    return digit;
}

bool isType(const QByteArray& type, char a, char b = 0)
{
    return b ? type.size() == 2 && type[0] == a && type[1] == b : type.size() == 1 && type[0] == a;
}

// Calls `visit` with each part of `value` between `separator`s, as QByteArray::split would.
template <typename Visit>
void forEachPart(QByteArrayView value, char separator, Visit visit)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = findByte(value, separator, start);
        visit(value.sliced(start, (end < 0 ? value.size() : end) - start));
        if (end < 0)
            return;
        start = end + 1;
    }
}

qsizetype partCount(QByteArrayView value, char separator)
{
    qsizetype n = 1;
    for (char c : value)
        n += c == separator ? 1 : 0;
    return n;
}
}  // namespace

bool isValidDate(QByteArrayView value)
{
    if (!allDigits(value) || (value.size() != 8 && value.size() != 6))
        return false;
    const qsizetype md = value.size() - 4;
    const int year = value.size() == 8 ? digitsValue(value, 0, 4) : 2000 + digitsValue(value, 0, 2);
    // Years before 1800 are typing errors in health care data (a 1001 birth date, say).
    return year >= 1800 && QDate::isValid(year, digitsValue(value, md, 2), digitsValue(value, md + 2, 2));
}

bool isValidTime(QByteArrayView value)
{
    if (!allDigits(value) || value.size() < 4 || value.size() > 8 || value.size() == 5)
        return false;
    const int h = digitsValue(value, 0, 2);
    const int m = digitsValue(value, 2, 2);
    const int s = value.size() >= 6 ? digitsValue(value, 4, 2) : 0;
    return h < 24 && m < 60 && s < 60;
}

void ElementValidator::report(const Where& w, FindingKind kind, const QByteArray& element, QByteArrayView value,
                              const QString& message, const QString& expected)
{
    Finding f;
    f.kind = kind;
    f.segmentNumber = w.segment.number;
    f.segmentId = ownBytes(w.segment.id);
    f.loop = w.loop;
    f.element = element;
    f.value = ownBytes(value);
    f.message = message;
    f.expected = expected;
    m_findings.push_back(std::move(f));
}

const ElementValidator::Plan& ElementValidator::planFor(const SegmentSpec& spec)
{
    auto& recent = m_recentPlans[(reinterpret_cast<quintptr>(&spec) / sizeof(SegmentSpec)) % m_recentPlans.size()];
    if (recent.first == &spec)
        return *recent.second;
    auto it = m_plans.find(&spec);
    if (it == m_plans.end())
        it = m_plans.emplace(&spec, makePlan(spec)).first;
    recent = {&spec, &it->second};
    return it->second;
}

ElementValidator::Plan ElementValidator::makePlan(const SegmentSpec& spec)
{
    Plan plan;
    for (int i = 0; i < int(spec.elements.size()); ++i)
        if (spec.elements[i].usage == Usage::Required)
            plan.requiredEnd = i + 1;
    for (const QByteArray& rule : spec.syntax) {
        if (rule.size() < 5)
            continue;
        Plan::Rule parsed{&rule, {}};
        bool applicable = true;
        for (int i = 1; i + 1 < rule.size(); i += 2) {
            const int p = rulePosition(rule, i);
            if (p < 1 || p > int(spec.elements.size()) || spec.elements[p - 1].usage == Usage::NotUsed)
                applicable = false;
            parsed.positions.append(p);
        }
        if (applicable)
            plan.rules.push_back(std::move(parsed));
    }
    return plan;
}

void ElementValidator::validate(const Segment& segment, const SegmentSpec& spec, const QByteArray& loop)
{
    const Where w{segment, loop};
    const Plan& plan = planFor(spec);
    if (!segment.elements.isEmpty() && segment.elements.back().isEmpty())
        report(w, FindingKind::TrailingDelimiters, {}, {}, tr("trailing empty element(s): delimiters not suppressed"),
               tr("the segment to end after its last non-empty element"));
    if (segment.elements.size() > qsizetype(spec.elements.size()))
        report(w, FindingKind::TooManyElements, spec.id + twoDigits(int(spec.elements.size()) + 1), {},
               tr("segment has %1 elements").arg(segment.elements.size()),
               tr("at most %1").arg(spec.elements.size()));
    const int present = int(qMin(segment.elements.size(), qsizetype(spec.elements.size())));
    for (int i = 0; i < present; ++i) {
        const ElementSpec& element = spec.elements[i];
        const QByteArrayView value = segment.elements.at(i);
        // Many elements are empty and optional: nothing to check.
        if (!value.isEmpty() || element.usage == Usage::Required)
            checkElement(w, element, value);
    }
    for (int i = present; i < plan.requiredEnd; ++i)
        if (spec.elements[i].usage == Usage::Required)
            checkElement(w, spec.elements[i], {});
    if (!plan.rules.empty())
        checkSyntax(w, spec, plan);
    if (segmentKey(segment.id) == segmentKey("DTP"))
        checkDateFormat(w);
}

void ElementValidator::checkElement(const Where& w, const ElementSpec& spec, QByteArrayView value)
{
    if (value.isEmpty()) {
        if (spec.usage == Usage::Required)
            reportProblem(w, spec, value, Problem::RequiredElementMissing);
        return;
    }
    if (spec.usage == Usage::NotUsed)
        return reportProblem(w, spec, value, Problem::ElementNotUsed);
    const char rep = w.segment.repetitionSeparator;
    if (spec.repeat == 1 || rep == 0 || findByte(value, rep) < 0) {
        if (spec.isComposite())
            checkComposite(w, spec, value);
        else
            checkValue(w, spec, value);
        return;
    }
    const qsizetype count = partCount(value, rep);
    if (spec.repeat != kUnbounded && count > spec.repeat)
        reportProblem(w, spec, value, Problem::TooManyRepetitions, count);
    forEachPart(value, rep, [&](QByteArrayView v) {
        if (spec.isComposite())
            checkComposite(w, spec, v);
        else
            checkValue(w, spec, v);
    });
}

void ElementValidator::checkComposite(const Where& w, const ElementSpec& spec, QByteArrayView value)
{
    const char separator = w.segment.componentSeparator;
    const qsizetype count = partCount(value, separator);
    if (count > qsizetype(spec.components.size()))
        reportProblem(w, spec, value, Problem::TooManyComponents, count);
    qsizetype start = 0;
    for (std::size_t i = 0; i < spec.components.size(); ++i) {
        const ElementSpec& c = spec.components[i];
        QByteArrayView v;
        if (start <= value.size()) {
            const qsizetype end = findByte(value, separator, start);
            v = value.sliced(start, (end < 0 ? value.size() : end) - start);
            start = end < 0 ? value.size() + 1 : end + 1;
        }
        if (v.isEmpty()) {
            if (c.usage == Usage::Required)
                reportProblem(w, c, v, Problem::RequiredComponentMissing);
        } else if (c.usage == Usage::NotUsed) {
            reportProblem(w, c, v, Problem::ComponentNotUsed);
        } else {
            checkValue(w, c, v);
        }
    }
}

void ElementValidator::checkValue(const Where& w, const ElementSpec& spec, QByteArrayView value)
{
    // The messages are built apart (reportProblem): this runs for every value of a file.
    const QByteArray& type = spec.type;
    const bool decimal = isType(type, 'R');
    const bool numeric = decimal || (type.size() == 2 && type[0] == 'N');
    if (numeric) {
        if (!(decimal ? isDecimal(value) : allDigits(value, value.startsWith('-') ? 1 : 0)))
            return reportProblem(w, spec, value, Problem::InvalidNumber);
    } else if (isType(type, 'D', 'T') && !isValidDate(value)) {
        return reportProblem(w, spec, value, Problem::InvalidDate);
    } else if (isType(type, 'T', 'M') && !isValidTime(value)) {
        return reportProblem(w, spec, value, Problem::InvalidTime);
    }
    const int length = numeric ? numericLength(value) : int(value.size());
    if (spec.maxLength > 0 && length > spec.maxLength)
        reportProblem(w, spec, value, Problem::TooLong, length);
    else if (length < spec.minLength)
        reportProblem(w, spec, value, Problem::TooShort, length);
    if (!spec.codes.isEmpty()) {
        if (!containsCode(spec.codes, value))
            reportProblem(w, spec, value, Problem::InvalidCode);
    } else if (!spec.externalCodes.isEmpty()) {
        const QSet<QByteArray>* set = m_dictionary.codeSet(spec.externalCodes);
        // A view of the value for the lookup: no copy of its bytes.
        if (set && !set->isEmpty() && !set->contains(QByteArray::fromRawData(value.data(), value.size())))
            reportProblem(w, spec, value, Problem::NotInCodeSet);
    }
}

void ElementValidator::reportProblem(const Where& w, const ElementSpec& spec, QByteArrayView value, Problem problem,
                                     qsizetype count)
{
    const QString type = QString::fromLatin1(spec.type);
    const QString codeSet = QString::fromLatin1(spec.externalCodes);
    switch (problem) {
    case Problem::RequiredElementMissing:
        return report(w, FindingKind::RequiredElementMissing, spec.refDes, {}, tr("required element missing"), spec.name);
    case Problem::ElementNotUsed:
        return report(w, FindingKind::ElementNotUsed, spec.refDes, value, tr("element is not used in this guide"),
                      tr("no value"));
    case Problem::TooManyRepetitions:
        return report(w, FindingKind::TooManyElements, spec.refDes, value, tr("%1 repetitions").arg(count),
                      tr("at most %1").arg(spec.repeat));
    case Problem::TooManyComponents:
        return report(w, FindingKind::TooManyElements, spec.refDes, value, tr("composite has %1 components").arg(count),
                      tr("at most %1").arg(spec.components.size()));
    case Problem::RequiredComponentMissing:
        return report(w, FindingKind::RequiredComponentMissing, spec.refDes, {}, tr("required component missing"),
                      spec.name);
    case Problem::ComponentNotUsed:
        return report(w, FindingKind::ElementNotUsed, spec.refDes, value, tr("component is not used in this guide"),
                      tr("no value"));
    case Problem::InvalidNumber:
        return report(w, FindingKind::InvalidNumber, spec.refDes, value, tr("not a valid %1 value").arg(type),
                      isType(spec.type, 'R') ? tr("a decimal number") : tr("digits only (implied decimal places)"));
    case Problem::InvalidDate:
        return report(w, FindingKind::InvalidDate, spec.refDes, value, tr("not a valid DT value"), tr("a date CCYYMMDD"));
    case Problem::InvalidTime:
        return report(w, FindingKind::InvalidTime, spec.refDes, value, tr("not a valid TM value"),
                      tr("a time HHMM[SS[dd]]"));
    case Problem::TooLong:
        return report(w, FindingKind::TooLong, spec.refDes, value, tr("too long: %1 characters").arg(count),
                      tr("at most %1").arg(spec.maxLength));
    case Problem::TooShort:
        return report(w, FindingKind::TooShort, spec.refDes, value, tr("too short: %1 characters").arg(count),
                      tr("at least %1").arg(spec.minLength));
    case Problem::InvalidCode:
        return report(w, FindingKind::InvalidCode, spec.refDes, value, tr("code is not valid here"),
                      QString::fromLatin1(spec.codes.mid(0, 12).join(", "))
                          + (spec.codes.size() > 12 ? QStringLiteral(", ...") : QString()));
    case Problem::NotInCodeSet:
        return report(w, FindingKind::InvalidCode, spec.refDes, value, tr("code is not in code set %1").arg(codeSet),
                      tr("a code of %1").arg(codeSet));
    }
}

void ElementValidator::checkSyntax(const Where& w, const SegmentSpec& spec, const Plan& plan)
{
    for (const Plan::Rule& rule : plan.rules) {
        const auto& positions = rule.positions;
        int present = 0;
        for (int p : positions)
            present += elementView(w.segment, p).isEmpty() ? 0 : 1;
        const bool first = !elementView(w.segment, positions.front()).isEmpty();
        bool broken = false;
        switch (rule.text->at(0)) {
        case 'P': broken = present > 0 && present < positions.size(); break;
        case 'R': broken = present == 0; break;
        case 'E': broken = present > 1; break;
        case 'C': broken = first && present < positions.size(); break;
        case 'L': broken = first && present < 2; break;
        default: break;
        }
        if (broken)
            report(w, FindingKind::SyntaxRule, spec.id + rule.text->mid(1, 2), {},
                   tr("syntax rule %1 is not met").arg(QString::fromLatin1(*rule.text)),
                   tr("P: all or none, R: at least one, E: at most one, C/L: the first needs the others"));
    }
}

void ElementValidator::checkDateFormat(const Where& w)
{
    const QByteArrayView format = elementView(w.segment, 2);
    const QByteArrayView value = elementView(w.segment, 3);
    if (value.isEmpty())
        return;
    bool ok = true;
    if (sameBytes(format, "D8")) {
        ok = value.size() == 8 && isValidDate(value);
    } else if (sameBytes(format, "RD8")) {
        const qsizetype dash = value.indexOf('-');
        const QByteArrayView from = dash < 0 ? value : value.first(dash);
        const QByteArrayView to = dash < 0 ? QByteArrayView() : value.sliced(dash + 1);
        ok = dash >= 0 && !to.contains('-') && from.size() == 8 && to.size() == 8 && isValidDate(from)
             && isValidDate(to) && std::memcmp(from.data(), to.data(), 8) <= 0;
    }
    if (!ok)
        report(w, FindingKind::InvalidDate, "DTP03", value,
               tr("value does not match date/time format %1").arg(QString::fromLatin1(format)),
               sameBytes(format, "D8") ? tr("CCYYMMDD") : tr("CCYYMMDD-CCYYMMDD, start not after end"));
}

}  // namespace fd::x12
