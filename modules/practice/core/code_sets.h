#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace fd::practice {

// The code sets the practice imports from their publishers, each versioned by effective date.
enum class CodeSet {
    Icd10Cm,              // CDC/NCHS order file (fixed width)
    Hcpcs,                // CMS HCPCS Level II annual file (fixed width or tab separated)
    Taxonomy,             // NUCC health care provider taxonomy (CSV)
    Carc,                 // claim adjustment reason codes (CSV: code, description[, from, to])
    Rarc,                 // remittance advice remark codes (same)
    PlaceOfService,       // CMS place of service codes (same)
    ClaimStatus,          // claim status codes, code source 508 (same)
    ClaimStatusCategory,  // claim status category codes, code source 507 (same)
};

QString codeSetId(CodeSet set);           // "icd10cm", "hcpcs", "taxonomy", "carc", ...
QString codeSetDisplayName(CodeSet set);  // "ICD-10-CM", translated where it matters
Result<CodeSet> codeSetFromId(const QString& id);
QList<CodeSet> allCodeSets();

// One code as imported. ICD-10-CM codes are stored without the dot ("E119") and shown with it.
struct CodeEntry
{
    QString code;
    QString shortDescription;
    QString description;
    bool billable = true;  // ICD-10-CM headers (categories) are not valid on a claim
    QDate validFrom;       // per-code dates some publishers give (CARC/RARC); null: the version's
    QDate validTo;
};

struct CodeSetVersion
{
    qint64 id = 0;
    CodeSet set = CodeSet::Icd10Cm;
    QString version;       // "2025", "24.1"
    QDate effectiveFrom;
    QDate effectiveTo;     // null while it is the newest; else the day before the next one
    QString source;        // file name or "starter"
    qint64 codeCount = 0;
};

// A code looked up for a date of service.
struct CodeMatch
{
    CodeSet set = CodeSet::Icd10Cm;
    CodeEntry entry;
    QString version;
    QString displayCode;  // "E11.9"
};

// Reading and importing code sets. Reads need practice.view, imports practice.codes.import.
class ICodeSetService
{
public:
    virtual ~ICodeSetService() = default;

    // Parses a publisher file; a malformed file is refused whole (every bad line listed in the
    // error details as "line N: reason") and nothing changes. A newer version closes the one
    // before it on the day before its effectiveFrom, so older dates keep their older codes.
    virtual Result<CodeSetVersion> importFile(CodeSet set, const QString& version, const QDate& effectiveFrom,
                                              const QString& path) = 0;
    virtual Result<CodeSetVersion> importData(CodeSet set, const QString& version, const QDate& effectiveFrom,
                                              const QByteArray& data, const QString& sourceName) = 0;

    virtual Result<std::vector<CodeSetVersion>> versions(CodeSet set) const = 0;

    // The code as valid on dateOfService; InvalidInput naming the code, the date and the
    // dates the code is valid on, when it is not valid then (or is a header, when billable
    // is required).
    virtual Result<CodeMatch> validate(CodeSet set, const QString& code, const QDate& dateOfService,
                                       bool requireBillable = false) const = 0;
    // Codes starting with `prefix` (dots ignored) valid on the date, in code order.
    virtual Result<std::vector<CodeMatch>> searchPrefix(CodeSet set, const QString& prefix, const QDate& date,
                                                        int limit = 50) const = 0;
    // Codes whose description contains every word of `text`, valid on the date.
    virtual Result<std::vector<CodeMatch>> searchText(CodeSet set, const QString& text, const QDate& date,
                                                      int limit = 50) const = 0;
};

}  // namespace fd::practice
