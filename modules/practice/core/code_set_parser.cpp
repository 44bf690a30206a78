#include "practice/core/code_set_parser.h"

#include "practice/core/practice_validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace fd::practice {

namespace {

constexpr int kListedProblems = 50;

// Windows-1252's printable characters in 0x80..0x9F (curly quotes, dashes), which Latin-1
// maps to control codes.
QChar windows1252(unsigned char byte)
{
    static const char16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                      0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    if (byte >= 0x80 && byte < 0xA0)
        return QChar(high[byte - 0x80]);
    return QChar(byte);
}

QStringList splitLines(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    return lines;
}

const QRegularExpression& icdCodeForm()
{
    static const QRegularExpression form(QStringLiteral("^[A-Z][0-9][0-9A-Z]{1,5}$"));
    return form;
}

}  // namespace

QString decodePublisherText(const QByteArray& data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    text.clear();
    text.reserve(bytes.size());
    for (char c : bytes)
        text.append(windows1252(static_cast<unsigned char>(c)));
    return text;
}

QString CodeSetParser::normalizeCode(CodeSet set, const QString& code)
{
    QString c = code.trimmed().toUpper();
    if (set == CodeSet::Icd10Cm)
        c.remove(QLatin1Char('.'));
    return c;
}

QString CodeSetParser::displayCode(CodeSet set, const QString& code)
{
    if (set == CodeSet::Icd10Cm && code.size() > 3)
        return code.left(3) + QLatin1Char('.') + code.mid(3);
    return code;
}

bool CodeSetParser::isCodeForm(CodeSet set, const QString& code)
{
    static const QRegularExpression hcpcs(QStringLiteral("^([A-V][0-9]{4}|[0-9A-Z]{2})$"));
    static const QRegularExpression carc(QStringLiteral("^[A-Z]?[0-9]{1,3}$"));
    static const QRegularExpression rarc(QStringLiteral("^(M|MA|N)[0-9]{1,3}$"));
    static const QRegularExpression pos(QStringLiteral("^[0-9]{2}$"));
    static const QRegularExpression status(QStringLiteral("^[0-9]{1,4}$"));
    static const QRegularExpression category(QStringLiteral("^[A-Z][0-9A-Z]{1,2}$"));
    switch (set) {
    case CodeSet::Icd10Cm: return icdCodeForm().match(code).hasMatch();
    case CodeSet::Hcpcs: return hcpcs.match(code).hasMatch();
    case CodeSet::Taxonomy: return isValidTaxonomyForm(code);
    case CodeSet::Carc: return carc.match(code).hasMatch();
    case CodeSet::Rarc: return rarc.match(code).hasMatch();
    case CodeSet::PlaceOfService: return pos.match(code).hasMatch();
    case CodeSet::ClaimStatus: return status.match(code).hasMatch();
    case CodeSet::ClaimStatusCategory: return category.match(code).hasMatch();
    }
    return false;
}

Result<std::vector<CodeEntry>> CodeSetParser::parse(const QByteArray& data)
{
    m_entries.clear();
    m_lineOfCode.clear();
    m_problems.clear();
    m_problemCount = 0;
    const QString text = decodePublisherText(data);
    const QStringList lines = splitLines(text);
    switch (m_set) {
    case CodeSet::Icd10Cm: {
        // The order file starts with a five-digit order number; the plainer codes file with the code.
        static const QRegularExpression orderLine(QStringLiteral("^[0-9]{5} "));
        const auto first = std::find_if(lines.begin(), lines.end(), [](const QString& l) { return !l.trimmed().isEmpty(); });
        if (first == lines.end() || orderLine.match(*first).hasMatch())
            parseIcd10Order(lines);
        else
            parseIcd10Codes(lines);
        break;
    }
    case CodeSet::Hcpcs: {
        const auto first = std::find_if(lines.begin(), lines.end(), [](const QString& l) { return !l.trimmed().isEmpty(); });
        if (first != lines.end() && first->contains(QLatin1Char('\t')))
            parseHcpcsTabs(lines);
        else
            parseHcpcsFixed(lines);
        break;
    }
    case CodeSet::Taxonomy: parseNucc(text); break;
    default: parseSimpleCsv(text); break;
    }
    if (m_problemCount == 0 && m_entries.empty())
        fail(1, QCoreApplication::translate("fd::practice", "the file holds no codes"));
    if (m_problemCount > 0) {
        QStringList listed = m_problems;
        if (m_problemCount > kListedProblems)
            listed << QCoreApplication::translate("fd::practice", "... and %1 more").arg(m_problemCount - kListedProblems);
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::practice", "The %1 file is malformed (%2 bad lines); nothing was imported.")
                             .arg(codeSetDisplayName(m_set))
                             .arg(m_problemCount),
                         listed.join(QLatin1Char('\n')));
    }
    return std::move(m_entries);
}

void CodeSetParser::fail(int lineNo, const QString& reason)
{
    ++m_problemCount;
    if (m_problems.size() < kListedProblems)
        m_problems << QCoreApplication::translate("fd::practice", "line %1: %2").arg(lineNo).arg(reason);
}

void CodeSetParser::add(int lineNo, CodeEntry entry)
{
    if (!isCodeForm(m_set, entry.code)) {
        fail(lineNo, QCoreApplication::translate("fd::practice", "\"%1\" is not a %2 code").arg(entry.code, codeSetDisplayName(m_set)));
        return;
    }
    if (const auto it = m_lineOfCode.constFind(entry.code); it != m_lineOfCode.constEnd()) {
        fail(lineNo, QCoreApplication::translate("fd::practice", "code %1 appears again (first on line %2)").arg(entry.code).arg(it.value()));
        return;
    }
    if (entry.validFrom.isValid() && entry.validTo.isValid() && entry.validTo < entry.validFrom) {
        fail(lineNo, QCoreApplication::translate("fd::practice", "code %1 ends before it starts").arg(entry.code));
        return;
    }
    m_lineOfCode.insert(entry.code, lineNo);
    m_entries.push_back(std::move(entry));
}

// CDC order file: order number (1-5), code (7-13), header flag (15), short description
// (17-76), long description (78-). Columns are 1-based in CDC's description.
void CodeSetParser::parseIcd10Order(const QStringList& lines)
{
    static const QRegularExpression orderNumber(QStringLiteral("^[0-9]{5}$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QString& line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        if (line.size() < 17 || !orderNumber.match(line.left(5)).hasMatch() || line.at(5) != QLatin1Char(' ')
            || line.at(13) != QLatin1Char(' ') || line.at(15) != QLatin1Char(' ')) {
            fail(lineNo, QCoreApplication::translate("fd::practice", "not in the order-file layout (order number, code, header flag, descriptions)"));
            continue;
        }
        const QChar flag = line.at(14);
        if (flag != QLatin1Char('0') && flag != QLatin1Char('1')) {
            fail(lineNo, QCoreApplication::translate("fd::practice", "header flag must be 0 or 1, not \"%1\"").arg(flag));
            continue;
        }
        CodeEntry e;
        e.code = line.mid(6, 7).trimmed();
        e.billable = flag == QLatin1Char('1');
        e.shortDescription = line.mid(16, 60).trimmed();
        e.description = line.size() > 77 ? line.mid(77).trimmed() : e.shortDescription;
        if (e.shortDescription.isEmpty()) {
            fail(lineNo, QCoreApplication::translate("fd::practice", "code %1 has no description").arg(e.code));
            continue;
        }
        add(lineNo, std::move(e));
    }
}

// CDC codes file: billable codes only, "CODE<blanks>long description".
void CodeSetParser::parseIcd10Codes(const QStringList& lines)
{
    static const QRegularExpression row(QStringLiteral("^(\\S+)\\s+(\\S.*)$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const auto m = row.match(line);
        if (!m.hasMatch()) {
            fail(lineNo, QCoreApplication::translate("fd::practice", "expected a code followed by its description"));
            continue;
        }
        CodeEntry e;
        e.code = m.captured(1);
        e.description = m.captured(2).trimmed();
        e.shortDescription = e.description.left(60);
        add(lineNo, std::move(e));
    }
}

}  // namespace fd::practice
