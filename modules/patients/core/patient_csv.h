#pragma once

#include "common/result.h"
#include "common/service_registry.h"
#include "patients/core/patient_types.h"

#include <QByteArray>
#include <QIODevice>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace fd::patients {

// Patient files from and to other systems.
//
// A file is RFC 4180 CSV, UTF-8 with or without a byte order mark, separated by commas or
// semicolons (whichever the header row uses), with one header row. Columns are matched to the
// fields below either by a mapping ({"column header": "field"}, from a JSON file) or, without
// one, by common header names ("Last Name", "DOB", "Zip Code", ...). An export writes the
// fields below as its header, so an exported file imports again without a mapping.
QStringList patientCsvFields();

// Column header -> field (one of patientCsvFields(), or "" to ignore the column).
using PatientCsvMapping = QMap<QString, QString>;

// Reads a mapping file: a JSON object {"column header": "field"}. Unknown fields and a field
// given twice are refused, naming the file and the key.
Result<PatientCsvMapping> parsePatientCsvMapping(const QByteArray& json, const QString& fileName);

// One reason the file cannot be imported, where it is: `row` counts records as a spreadsheet
// does (the header is row 1), `line` is the file line the record starts on (they differ only
// when a quoted value spans lines). Problems of the whole file have row 0.
struct PatientCsvProblem
{
    int row = 0;
    int line = 0;
    QString column;  // the header as the file spells it; empty for the whole row or file
    QString field;   // the field the column maps to
    QString message;

    QString text() const;  // "row 4, column "DOB" (birth_date): ..."
};

// One record as it will be written.
struct PatientCsvRow
{
    int row = 0;
    int line = 0;
    Patient patient;  // accountNumber set when the file gives one, else allocated on import
    std::optional<Coverage> coverage;  // the primary coverage, payer resolved; patientId empty
};

// What a column-mapping screen shows before anything is written: how each column is read,
// the rows as they would be imported and every problem.
struct PatientCsvPreview
{
    QChar separator = QLatin1Char(',');
    QStringList headers;           // as in the file
    QStringList columnFields;      // per column: its field, or empty when ignored
    QStringList unmatchedColumns;  // headers no field was found for (ignored)
    std::vector<PatientCsvRow> rows;
    std::vector<PatientCsvProblem> problems;

    bool ok() const { return problems.empty(); }
    // InvalidInput with every problem, one per line, in the details.
    Error refusal() const;
};

struct PatientImportReport
{
    int patients = 0;
    int coverages = 0;
    int duplicatesQueued = 0;         // possible duplicates queued for review (IPatientMerge)
    int accountNumbersAllocated = 0;  // rows without an account number of their own
};

// Import and export. Both need patients.import / patients.export besides patients.edit /
// patients.read; an import is audited as one "import" entry (plus a create per record), an
// export as one "export" entry.
// Rows written so far, rows in the file.
using PatientImportProgress = std::function<void(int written, int total)>;

class IPatientCsvTransfer
{
public:
    virtual ~IPatientCsvTransfer() = default;

    // Parses and checks the file against the registry without writing anything. A mapping
    // of nullopt matches columns by common header names.
    virtual Result<PatientCsvPreview> preview(
        const QByteArray& csv, const std::optional<PatientCsvMapping>& mapping = std::nullopt) = 0;
    // All rows in one transaction, or nothing: a file with any problem is refused with every
    // problem listed (InvalidInput, one "row N, column ..." line each in the details). Each new
    // patient goes through the registry's duplicate check; possible duplicates are queued.
    // `progress`, when set, is called with the rows written so far and the rows of the file
    // (every 250 rows and at the end), from inside the transaction.
    virtual Result<PatientImportReport> importCsv(
        const QByteArray& csv, const std::optional<PatientCsvMapping>& mapping = std::nullopt,
        const QString& sourceName = {}, const PatientImportProgress& progress = {}) = 0;
    // Every live patient (merged-away records left out) with their primary coverage in force
    // today, by name; returns the number of patients written.
    virtual Result<qint64> exportCsv(QIODevice& out) = 0;
};

// The transfer service over the registry's services in `registry` (as registerServices left it).
std::shared_ptr<IPatientCsvTransfer> makePatientCsvTransfer(ServiceRegistry& registry);

// Audit action of a file import.
namespace audit {
inline const QString kImport = QStringLiteral("import");
}  // namespace audit

}  // namespace fd::patients
