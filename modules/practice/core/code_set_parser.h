#pragma once

#include "common/result.h"
#include "practice/core/code_sets.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace fd::practice {

// Reads a publisher's code-set file. Tolerant of what real files contain (byte order mark,
// CRLF, trailing blanks, blank lines, Windows-1252 text, optional header rows, quoted CSV
// fields over several lines); strict about anything malformed: the whole file is refused
// with every bad line listed ("line 12: ...") and no codes are returned.
class CodeSetParser
{
public:
    explicit CodeSetParser(CodeSet set) : m_set(set) {}

    Result<std::vector<CodeEntry>> parse(const QByteArray& data);

    // "E11.9" / "e119" -> "E119" for ICD-10-CM; upper-cased and trimmed for every set.
    static QString normalizeCode(CodeSet set, const QString& code);
    // "E119" -> "E11.9" for ICD-10-CM; other sets are shown as stored.
    static QString displayCode(CodeSet set, const QString& code);
    static bool isCodeForm(CodeSet set, const QString& code);

private:
    void parseIcd10Order(const QStringList& lines);
    void parseIcd10Codes(const QStringList& lines);
    void parseHcpcsFixed(const QStringList& lines);
    void parseHcpcsTabs(const QStringList& lines);
    void parseNucc(const QString& text);
    void parseSimpleCsv(const QString& text);

    void addHcpcsRecord(int lineNo, const QString& code, const QString& recId, const QString& longText,
                        const QString& shortText, const QDate& termDate);
    void add(int lineNo, CodeEntry entry);
    void fail(int lineNo, const QString& reason);

    CodeSet m_set;
    std::vector<CodeEntry> m_entries;
    QHash<QString, int> m_lineOfCode;
    QStringList m_problems;
    int m_problemCount = 0;
};

// RFC 4180 records with the line each starts on (quoted fields may hold commas, quotes and
// line breaks). A record with an unterminated quote is reported, not guessed at.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvReadResult
{
    std::vector<CsvRecord> records;
    int unterminatedQuoteLine = 0;  // 0 when every quote closed
};

CsvReadResult readCsv(const QString& text, QChar separator = QLatin1Char(','));

// Bytes of a publisher file as text: UTF-8 when valid, else Windows-1252 (older NUCC and
// CMS files), without a byte order mark.
QString decodePublisherText(const QByteArray& data);

}  // namespace fd::practice
