// The HCPCS, NUCC and simple CSV layouts of CodeSetParser, and the CSV reader they share.
#include "practice/core/code_set_parser.h"

#include "practice/core/practice_validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fd::practice {

namespace {

QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    for (const char* format : {"yyyy-MM-dd", "yyyyMMdd", "MM/dd/yyyy", "M/d/yyyy"}) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    return {};
}

int columnOf(const QStringList& header, const QStringList& names)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().toUpper();
        for (const QString& n : names)
            if (h == n)
                return int(i);
    }
    return -1;
}

QString field(const QStringList& fields, int column)
{
    return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
}

}  // namespace

CsvReadResult readCsv(const QString& text, QChar separator)
{
    CsvReadResult result;
    CsvRecord record;
    QString current;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    const auto endField = [&] {
        record.fields << current;
        current.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&](int nextLine) {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            result.records.push_back(record);
        record = CsvRecord{nextLine, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c != QLatin1Char('\r'))
                    current += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted && current.trimmed().isEmpty()) {
            quoted = true;
            fieldStarted = true;
            current.clear();
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord(line);
        } else if (c != QLatin1Char('\r')) {
            current += c;
            fieldStarted = fieldStarted || !c.isSpace();
        }
    }
    if (quoted)
        result.unterminatedQuoteLine = record.line;
    else if (!current.isEmpty() || !record.fields.isEmpty())
        endRecord(line);
    return result;
}

void CodeSetParser::addHcpcsRecord(int lineNo, const QString& code, const QString& recId, const QString& longText,
                                   const QString& shortText, const QDate& termDate)
{
    // Record ids: 3 a procedure's first line, 4 its continuation, 7 a modifier's first line,
    // 8 its continuation. Continuations extend the long description of the line before.
    if (recId == QLatin1String("4") || recId == QLatin1String("8")) {
        if (m_entries.empty() || m_entries.back().code != code) {
            fail(lineNo, QCoreApplication::translate("fd::practice", "continuation of %1 without its first line").arg(code));
            return;
        }
        m_entries.back().description += QLatin1Char(' ') + longText;
        return;
    }
    if (!recId.isEmpty() && recId != QLatin1String("3") && recId != QLatin1String("7")) {
        fail(lineNo, QCoreApplication::translate("fd::practice", "record id must be 3, 4, 7 or 8, not \"%1\"").arg(recId));
        return;
    }
    if (longText.isEmpty() && shortText.isEmpty()) {
        fail(lineNo, QCoreApplication::translate("fd::practice", "code %1 has no description").arg(code));
        return;
    }
    CodeEntry e;
    e.code = code;
    e.description = longText.isEmpty() ? shortText : longText;
    e.shortDescription = shortText.isEmpty() ? e.description.left(28) : shortText;
    e.validTo = termDate;
    add(lineNo, std::move(e));
}

// CMS HCPCS annual file, fixed width: HCPC (1-5), sequence number (6-10), record id (11),
// long description (12-91), short description (92-119); later columns (pricing, coverage,
// dates) are not needed here.
void CodeSetParser::parseHcpcsFixed(const QStringList& lines)
{
    static const QRegularExpression sequence(QStringLiteral("^[0-9]{5}$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QString& line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        if (line.size() < 12 || !sequence.match(line.mid(5, 5)).hasMatch()) {
            fail(lineNo, QCoreApplication::translate("fd::practice", "not in the HCPCS record layout (code, sequence number, record id, descriptions)"));
            continue;
        }
        addHcpcsRecord(lineNo, line.left(5).trimmed(), line.mid(10, 1), line.mid(11, 80).trimmed(),
                       line.mid(91, 28).trimmed(), {});
    }
}

// The same file as CMS's tab-separated text: a header row names the columns.
void CodeSetParser::parseHcpcsTabs(const QStringList& lines)
{
    QStringList header;
    int headerLine = 0;
    for (qsizetype i = 0; i < lines.size() && header.isEmpty(); ++i) {
        if (!lines.at(i).trimmed().isEmpty()) {
            header = lines.at(i).split(QLatin1Char('\t'));
            headerLine = int(i + 1);
        }
    }
    const int code = columnOf(header, {QStringLiteral("HCPC"), QStringLiteral("HCPCS"), QStringLiteral("HCPCS CODE")});
    const int recId = columnOf(header, {QStringLiteral("RECID"), QStringLiteral("REC ID"), QStringLiteral("RIC")});
    const int longDesc = columnOf(header, {QStringLiteral("LONG DESCRIPTION"), QStringLiteral("LONG_DESCRIPTION")});
    const int shortDesc = columnOf(header, {QStringLiteral("SHORT DESCRIPTION"), QStringLiteral("SHORT_DESCRIPTION")});
    const int term = columnOf(header, {QStringLiteral("TERM DT"), QStringLiteral("TERM_DT")});
    if (code < 0 || (longDesc < 0 && shortDesc < 0)) {
        fail(headerLine, QCoreApplication::translate("fd::practice", "the header row must name HCPC and LONG DESCRIPTION or SHORT DESCRIPTION columns"));
        return;
    }
    for (qsizetype i = headerLine; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QStringList f = lines.at(i).split(QLatin1Char('\t'));
        const QString termText = field(f, term);
        const QDate termDate = parseDate(termText);
        if (!termText.isEmpty() && !termDate.isValid()) {
            fail(lineNo, QCoreApplication::translate("fd::practice", "termination date \"%1\" is not a date").arg(termText));
            continue;
        }
        addHcpcsRecord(lineNo, field(f, code).toUpper(), field(f, recId), field(f, longDesc), field(f, shortDesc),
                       termDate);
    }
}

// NUCC taxonomy CSV: Code, Grouping, Classification, Specialization, Definition, Notes and,
// since version 20, Display Name and Section.
void CodeSetParser::parseNucc(const QString& text)
{
    const CsvReadResult csv = readCsv(text);
    if (csv.unterminatedQuoteLine > 0) {
        fail(csv.unterminatedQuoteLine, QCoreApplication::translate("fd::practice", "a quoted field is never closed"));
        return;
    }
    if (csv.records.empty())
        return;
    const QStringList& header = csv.records.front().fields;
    const int code = columnOf(header, {QStringLiteral("CODE")});
    const int classification = columnOf(header, {QStringLiteral("CLASSIFICATION")});
    const int specialization = columnOf(header, {QStringLiteral("SPECIALIZATION")});
    const int display = columnOf(header, {QStringLiteral("DISPLAY NAME")});
    const int definition = columnOf(header, {QStringLiteral("DEFINITION")});
    if (code < 0 || classification < 0) {
        fail(csv.records.front().line, QCoreApplication::translate("fd::practice", "the header row must name the Code and Classification columns"));
        return;
    }
    for (std::size_t i = 1; i < csv.records.size(); ++i) {
        const CsvRecord& r = csv.records.at(i);
        if (r.fields.size() < header.size() - 2 || r.fields.size() > header.size()) {
            fail(r.line, QCoreApplication::translate("fd::practice", "%1 fields where the header has %2").arg(r.fields.size()).arg(header.size()));
            continue;
        }
        CodeEntry e;
        e.code = field(r.fields, code).toUpper();
        const QString cls = field(r.fields, classification);
        const QString spec = field(r.fields, specialization);
        e.shortDescription = spec.isEmpty() ? cls : cls + QStringLiteral(", ") + spec;
        e.description = field(r.fields, display);
        if (e.description.isEmpty())
            e.description = e.shortDescription;
        if (cls.isEmpty()) {
            fail(r.line, QCoreApplication::translate("fd::practice", "taxonomy %1 has no classification").arg(e.code));
            continue;
        }
        Q_UNUSED(definition);
        add(r.line, std::move(e));
    }
}

// CARC, RARC, place of service and claim status: code, description[, start[, stop]], with or
// without a header row, comma or tab separated (as copied from the publishers' tables).
void CodeSetParser::parseSimpleCsv(const QString& text)
{
    const QChar separator = text.left(text.indexOf(QLatin1Char('\n'))).contains(QLatin1Char('\t'))
                                ? QLatin1Char('\t')
                                : QLatin1Char(',');
    const CsvReadResult csv = readCsv(text, separator);
    if (csv.unterminatedQuoteLine > 0) {
        fail(csv.unterminatedQuoteLine, QCoreApplication::translate("fd::practice", "a quoted field is never closed"));
        return;
    }
    for (std::size_t i = 0; i < csv.records.size(); ++i) {
        const CsvRecord& r = csv.records.at(i);
        if (i == 0 && r.fields.value(0).trimmed().compare(QLatin1String("code"), Qt::CaseInsensitive) == 0)
            continue;
        if (r.fields.size() < 2 || r.fields.size() > 4) {
            fail(r.line, QCoreApplication::translate("fd::practice", "expected code, description[, start date[, stop date]]"));
            continue;
        }
        CodeEntry e;
        e.code = field(r.fields, 0).toUpper();
        e.description = field(r.fields, 1);
        e.shortDescription = e.description.left(60);
        const QString from = field(r.fields, 2);
        const QString to = field(r.fields, 3);
        e.validFrom = parseDate(from);
        e.validTo = parseDate(to);
        if ((!from.isEmpty() && !e.validFrom.isValid()) || (!to.isEmpty() && !e.validTo.isValid())) {
            fail(r.line, QCoreApplication::translate("fd::practice", "dates must be written as YYYY-MM-DD or MM/DD/YYYY"));
            continue;
        }
        add(r.line, std::move(e));
    }
}

}  // namespace fd::practice
