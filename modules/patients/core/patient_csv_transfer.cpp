// Patient CSV import and export over the registry's tables.
#include "patients/core/patient_bulk_writer.h"
#include "patients/core/patient_csv.h"
#include "patients/core/patient_csv_reader.h"
#include "patients/core/patients_permissions.h"
#include "practice/core/payers.h"
#include "security/audit_actions.h"

#include <QCoreApplication>
#include <QHash>

namespace fd::patients {

namespace {

// From this many rows on, and when the file is at least half as large as the registry, an
// import defers its indexing (PatientBulkWriter::deferIndexing): loading the existing
// patients' keys and rebuilding three indexes costs less than the same work row by row.
constexpr int kDeferIndexingRows = 1000;

class PatientCsvTransfer final : public IPatientCsvTransfer
{
public:
    explicit PatientCsvTransfer(PatientsContext context) : m_ctx(std::move(context)) {}

    Result<PatientCsvPreview> preview(const QByteArray& csv,
                                      const std::optional<PatientCsvMapping>& mapping) override
    {
        FD_TRY(m_ctx.access().require(perm::kImport));
        return read(csv, mapping);
    }

    Result<PatientImportReport> importCsv(const QByteArray& csv,
                                          const std::optional<PatientCsvMapping>& mapping,
                                          const QString& sourceName,
                                          const PatientImportProgress& progress) override;
    Result<qint64> exportCsv(QIODevice& out) override;

private:
    Result<PatientCsvPreview> read(const QByteArray& csv,
                                   const std::optional<PatientCsvMapping>& mapping);
    Result<QHash<QString, QStringList>> payerKeys() const;
    Result<QHash<QString, QString>> payerExportIds() const;
    Result<bool> defersIndexing(qsizetype rows) const;

    PatientsContext m_ctx;
};

Result<QHash<QString, QStringList>> PatientCsvTransfer::payerKeys() const
{
    if (!m_ctx.payers)
        return makeError(ErrorCode::Unavailable,
                         QCoreApplication::translate("fd::patients",
                                                     "The practice's payers are not available."));
    auto payers = m_ctx.payers->list(true);
    FD_TRY(payers);
    QHash<QString, QStringList> keys;
    const auto add = [&keys](const QString& key, const QString& id) {
        if (key.isEmpty())
            return;
        QStringList& ids = keys[payerLookupKey(key)];
        if (!ids.contains(id))
            ids << id;
    };
    for (const practice::Payer& p : payers.value()) {
        add(p.id, p.id);
        add(p.name, p.id);
        for (const QString& payerId : p.payerIds)
            add(payerId, p.id);
    }
    return keys;
}

// What an export writes as a coverage's payer: its default payer id, else its name.
Result<QHash<QString, QString>> PatientCsvTransfer::payerExportIds() const
{
    if (!m_ctx.payers)
        return makeError(ErrorCode::Unavailable,
                         QCoreApplication::translate("fd::patients",
                                                     "The practice's payers are not available."));
    auto payers = m_ctx.payers->list(true);
    FD_TRY(payers);
    QHash<QString, int> uses;
    for (const practice::Payer& p : payers.value())
        ++uses[payerLookupKey(p.payerIdFor(QStringLiteral("default")))];
    QHash<QString, QString> out;
    for (const practice::Payer& p : payers.value()) {
        const QString payerId = p.payerIdFor(QStringLiteral("default"));
        // A payer id several payers share would not import back to the same payer.
        out.insert(p.id, !payerId.isEmpty() && uses.value(payerLookupKey(payerId)) == 1 ? payerId
                                                                                        : p.name);
    }
    return out;
}

Result<bool> PatientCsvTransfer::defersIndexing(qsizetype rows) const
{
    if (rows < kDeferIndexingRows)
        return false;
    auto existing = storage::exec(m_ctx.db().connection(), QStringLiteral("SELECT COUNT(*) FROM patients"));
    FD_TRY(existing);
    const qint64 patients = existing->next() ? existing->value(0).toLongLong() : 0;
    existing->finish();
    return qint64(rows) * 2 >= patients;
}

Result<PatientCsvPreview> PatientCsvTransfer::read(const QByteArray& csv,
                                                   const std::optional<PatientCsvMapping>& mapping)
{
    auto payers = payerKeys();
    FD_TRY(payers);
    PatientCsvLookups lookups;
    lookups.today = m_ctx.today();
    lookups.payers = std::move(payers.value());
    // One indexed lookup per row that names its account number.
    QSqlQuery taken(m_ctx.db().connection());
    taken.prepare(QStringLiteral("SELECT 1 FROM patients WHERE account_number = ?"));
    Status lookupFailed;
    lookups.accountTaken = [&](const QString& account) {
        taken.bindValue(0, account);
        if (!taken.exec()) {
            lookupFailed = makeError(
                ErrorCode::Io,
                QCoreApplication::translate("fd::patients", "Cannot look up account numbers"),
                taken.lastError().text());
            return false;
        }
        const bool found = taken.next();
        taken.finish();
        return found;
    };
    PatientCsvPreview preview = readPatientCsv(csv, mapping, lookups);
    FD_TRY(lookupFailed);
    return preview;
}

Result<PatientImportReport> PatientCsvTransfer::importCsv(
    const QByteArray& csv, const std::optional<PatientCsvMapping>& mapping,
    const QString& sourceName, const PatientImportProgress& progress)
{
    FD_TRY(m_ctx.access().require(perm::kImport));
    FD_TRY(m_ctx.access().require(perm::kEdit));
    // Restored after the transaction ends, committed or not.
    std::optional<BulkPageCache> cache;
    // Checked and written in one transaction: nothing changes between the checks and the writes.
    auto tx = m_ctx.db().begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    auto preview = read(csv, mapping);
    FD_TRY(preview);
    if (!preview->ok())
        return preview->refusal();
    cache.emplace(m_ctx.db(), BulkPageCache::kibFor(qint64(preview->rows.size())));
    PatientImportReport report;
    PatientBulkWriter writer(m_ctx, **tx);
    auto deferred = defersIndexing(qsizetype(preview->rows.size()));
    FD_TRY(deferred);
    if (deferred.value())
        FD_TRY(writer.deferIndexing());
    writer.deferOutbox();  // every outbox append of this transaction goes through the writer
    QSet<QString> accounts;
    for (const PatientCsvRow& row : preview->rows)
        if (!row.patient.accountNumber.isEmpty())
            accounts.insert(row.patient.accountNumber);
    writer.reserveAccountNumbers(accounts);
    for (const PatientCsvRow& row : preview->rows) {
        auto added = writer.add(row.patient, row.coverage);
        if (!added)
            return makeError(
                added.error().code,
                QCoreApplication::translate("fd::patients",
                                            "Row %1 could not be written; nothing was imported.")
                    .arg(row.row),
                added.error().toString());
        ++report.patients;
        report.coverages += row.coverage ? 1 : 0;
        report.duplicatesQueued += added->duplicatesQueued;
        report.accountNumbersAllocated += row.patient.accountNumber.isEmpty() ? 1 : 0;
        if (progress && report.patients % 250 == 0)
            progress(report.patients, int(preview->rows.size()));
    }
    if (progress)
        progress(report.patients, int(preview->rows.size()));
    FD_TRY(writer.finish());
    security::AuditRecord record;
    record.action = audit::kImport;
    record.entity = QStringLiteral("patients");
    record.details = {{QStringLiteral("format"), QStringLiteral("csv")},
                      {QStringLiteral("source"), sourceName},
                      {QStringLiteral("patients"), report.patients},
                      {QStringLiteral("coverages"), report.coverages},
                      {QStringLiteral("duplicates_queued"), report.duplicatesQueued}};
    FD_TRY(m_ctx.audit().record(record));
    FD_TRY((*tx)->commit());
    return report;
}

Result<qint64> PatientCsvTransfer::exportCsv(QIODevice& out)
{
    FD_TRY(m_ctx.access().require(perm::kExport));
    FD_TRY(m_ctx.access().require(perm::kRead));
    auto payers = payerExportIds();
    FD_TRY(payers);
    // The primary coverage in force today, per patient (one pass, not a query per patient).
    const QString today = m_ctx.today().toString(Qt::ISODate);
    auto covered = storage::exec(
        m_ctx.db().connection(),
        QStringLiteral("SELECT patient_id, payer_id, member_id, group_number, plan_name, "
                       "effective_from FROM coverages WHERE deleted = 0 AND coverage_order = 1 "
                       "AND effective_from <= ? AND (effective_to = '' OR effective_to IS NULL "
                       "OR effective_to >= ?)"),
        {today, today});
    FD_TRY(covered);
    QHash<QString, QStringList> coverageOf;
    while (covered->next())
        coverageOf.insert(covered->value(0).toString(),
                          {payers->value(covered->value(1).toString()),
                           covered->value(2).toString(), covered->value(3).toString(),
                           covered->value(4).toString(), covered->value(5).toString()});
    auto q = storage::exec(
        m_ctx.db().connection(),
        QStringLiteral("SELECT %1 FROM patients WHERE deleted = 0 AND merged_into = '' "
                       "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id")
            .arg(patientSelectColumns(false)));
    FD_TRY(q);
    const auto write = [&out](const QByteArray& bytes) -> Status {
        if (out.write(bytes) != bytes.size())
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("fd::patients", "Cannot write the export"),
                             out.errorString());
        return {};
    };
    FD_TRY(write(csvRecord(patientCsvFields())));
    qint64 count = 0;
    while (q->next()) {
        const Patient p = patientFromRow(q.value());
        QString phones[3];  // mobile (or other), home, work: the first of each
        for (const Phone& phone : p.phones) {
            const int slot = phone.type == QLatin1String("home")   ? 1
                             : phone.type == QLatin1String("work") ? 2
                                                                   : 0;
            if (phones[slot].isEmpty())
                phones[slot] = phone.number;
        }
        QStringList values{p.accountNumber,
                           p.lastName,
                           p.firstName,
                           p.middleName,
                           p.suffix,
                           p.preferredName,
                           p.birthDate.toString(Qt::ISODate),
                           sexCode(p.sex),
                           phones[0],
                           phones[1],
                           phones[2],
                           p.email,
                           p.address.line1,
                           p.address.line2,
                           p.address.city,
                           p.address.state,
                           p.address.zip,
                           p.preferredLanguage,
                           statusId(p.status)};
        const QStringList coverage = coverageOf.value(p.id, QStringList(5, QString()));
        values << coverage;
        FD_TRY(write(csvRecord(values)));
        ++count;
    }
    security::AuditRecord record;
    record.action = security::audit::kExport;
    record.entity = QStringLiteral("patients");
    record.details = {{QStringLiteral("format"), QStringLiteral("csv")},
                      {QStringLiteral("patients"), double(count)}};
    FD_TRY(m_ctx.audit().record(record));
    return count;
}

}  // namespace

std::shared_ptr<IPatientCsvTransfer> makePatientCsvTransfer(ServiceRegistry& registry)
{
    return std::make_shared<PatientCsvTransfer>(patientsContextOf(registry));
}

}  // namespace fd::patients
