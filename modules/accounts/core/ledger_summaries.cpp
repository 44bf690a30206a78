#include "accounts/core/ledger_summaries.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace fd::accounts {

Result<std::optional<LineState>> LedgerSummaries::line(QSqlDatabase db, const QString& lineId)
{
    auto q = storage::exec(
        db,
        QStringLiteral(
            "SELECT patient_id, origin_patient_id, guarantor_id, claim_id, service_date, "
            "insurance, patient FROM ledger_line_balances WHERE line_id = ?"),
        {lineId});
    FD_TRY(q);
    if (!q->next())
        return std::optional<LineState>();
    LineState s;
    s.lineId = lineId;
    s.owner = q->value(0).toString();
    s.origin = q->value(1).toString();
    s.guarantorId = q->value(2).toString();
    s.claimId = q->value(3).toString();
    s.serviceDate = QDate::fromString(q->value(4).toString(), Qt::ISODate);
    s.insurance = q->value(5).toLongLong();
    s.patient = q->value(6).toLongLong();
    return std::optional<LineState>(s);
}

Result<qint64> LedgerSummaries::credit(QSqlDatabase db, const QString& owner)
{
    auto q = storage::exec(
        db, QStringLiteral("SELECT credit FROM ledger_patient_balances WHERE patient_id = ?"),
        {owner});
    FD_TRY(q);
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Status LedgerSummaries::apply(storage::Transaction& tx, const LedgerEntry& e, const QString& owner,
                              const LineEffect& effect)
{
    const QSqlDatabase db = tx.connection();
    auto text = [](const QString& s) {
        return s.isNull() ? QStringLiteral("") : s;
    };  // '' never NULL
    const qint64 ins = e.insuranceDelta.cents();
    const qint64 pat = e.patientDelta.cents();
    const qint64 cre = e.creditDelta.cents();
    const QString date = e.effectiveDate.toString(Qt::ISODate);
    const QString now = toIsoUtc(e.postedAt);
    if (e.kind == EntryKind::Charge) {
        const QString service = e.effectiveDate.toString(Qt::ISODate);
        FD_TRY(storage::exec(
            db,
            QStringLiteral("INSERT INTO ledger_line_balances (line_id, patient_id, "
                           "origin_patient_id, guarantor_id, "
                           "claim_id, service_date, code, charged, paid, adjusted, insurance, "
                           "patient, insurance_since, "
                           "patient_since, last_activity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, "
                           "?, ?, ?, ?)"),
            {e.lineId, owner, e.patientId, e.guarantorId, text(e.claimId), service, text(e.code),
             qlonglong(effect.charged), qlonglong(ins), qlonglong(pat),
             ins > 0 ? service : QStringLiteral(""), pat > 0 ? service : QStringLiteral(""), now}));
    } else if (!e.lineId.isEmpty()) {
        // SET expressions see the old values: patient_since starts when the patient's part
        // rises from zero and clears when it is paid off.
        FD_TRY(storage::exec(
            db,
            QStringLiteral(
                "UPDATE ledger_line_balances SET charged = charged + ?, paid = paid + ?, "
                "adjusted = adjusted + ?, insurance = insurance + ?, patient = patient + ?, "
                "insurance_since = CASE WHEN insurance + ? <= 0 THEN '' ELSE service_date END, "
                "patient_since = CASE WHEN patient + ? <= 0 THEN '' WHEN patient <= 0 THEN ? "
                "ELSE patient_since END, last_activity = ? WHERE line_id = ?"),
            {qlonglong(effect.charged), qlonglong(effect.paid), qlonglong(effect.adjusted),
             qlonglong(ins), qlonglong(pat), qlonglong(ins), qlonglong(pat), date, now, e.lineId}));
    }
    const QVariantList deltas{qlonglong(ins), qlonglong(pat), qlonglong(cre)};
    FD_TRY(storage::exec(
        db,
        QStringLiteral(
            "INSERT INTO ledger_patient_balances (patient_id, insurance, patient, credit) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(patient_id) DO UPDATE SET "
            "insurance = insurance + excluded.insurance, patient = patient + excluded.patient, "
            "credit = credit + excluded.credit"),
        QVariantList{owner} + deltas));
    FD_TRY(storage::exec(
        db,
        QStringLiteral(
            "INSERT INTO ledger_guarantor_balances (guarantor_id, insurance, patient, credit) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(guarantor_id) DO UPDATE SET "
            "insurance = insurance + excluded.insurance, patient = patient + excluded.patient, "
            "credit = credit + excluded.credit"),
        QVariantList{e.guarantorId} + deltas));
    FD_TRY(storage::exec(
        db,
        QStringLiteral("UPDATE ledger_totals SET insurance = insurance + ?, patient = patient + ?, "
                       "credit = credit + ? WHERE id = 1"),
        deltas));
    return {};
}

Status LedgerSummaries::recomputePatient(storage::Transaction& tx, const QString& patientId)
{
    auto ids = mergedClosure(tx.connection(), patientId);
    FD_TRY(ids);
    QVariantList binds;
    for (const QString& id : ids.value())
        binds << id;
    auto sums = storage::exec(
        tx.connection(),
        QStringLiteral(
            "SELECT COALESCE(SUM(insurance_delta), 0), COALESCE(SUM(patient_delta), 0), "
            "COALESCE(SUM(credit_delta), 0) FROM ledger_entries WHERE patient_id IN (%1)")
            .arg(placeholders(binds.size())),
        binds);
    FD_TRY(sums);
    sums->next();
    FD_TRY(storage::exec(
        tx.connection(),
        QStringLiteral("INSERT OR REPLACE INTO ledger_patient_balances (patient_id, insurance, "
                       "patient, credit) VALUES (?, ?, ?, ?)"),
        {patientId, sums->value(0), sums->value(1), sums->value(2)}));
    return {};
}

namespace {

using Figures = std::array<qint64, 3>;  // insurance, patient, credit (or charged, paid, adjusted)

void compareRows(CheckReport& report, const QString& summary, const QStringList& fields,
                 const QHash<QString, Figures>& expected, const QHash<QString, Figures>& stored)
{
    QSet<QString> keys;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        keys.insert(it.key());
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it)
        keys.insert(it.key());
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    for (const QString& key : sorted) {
        const Figures e = expected.value(key, Figures{0, 0, 0});
        const Figures s = stored.value(key, Figures{0, 0, 0});
        if (expected.contains(key) && !stored.contains(key) && e != Figures{0, 0, 0}) {
            report.differences.push_back({summary, key, QStringLiteral("row"), 1, 0});
            continue;
        }
        for (int i = 0; i < 3; ++i)
            if (e[i] != s[i])
                report.differences.push_back({summary, key, fields.at(i), e[i], s[i]});
    }
}

Result<QHash<QString, Figures>> readRows(QSqlDatabase db, const QString& sql)
{
    auto q = storage::exec(db, sql);
    FD_TRY(q);
    QHash<QString, Figures> rows;
    while (q->next())
        rows.insert(
            q->value(0).toString(),
            Figures{q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong()});
    return rows;
}

}  // namespace

Result<CheckReport> LedgerSummaries::check(QSqlDatabase db)
{
    CheckReport report;
    const QStringList buckets{QStringLiteral("insurance"), QStringLiteral("patient"),
                              QStringLiteral("credit")};
    const QStringList lineFields{QStringLiteral("charged"), QStringLiteral("paid"),
                                 QStringLiteral("adjusted")};

    // Lines: charged/paid/adjusted by the kind of each entry (a reversal counts as minus the
    // kind it reverses), insurance/patient as the sums of the deltas.
    auto lines =
        storage::exec(db, QStringLiteral("SELECT e.line_id, e.kind, o.kind, e.amount_cents, "
                                         "e.credit_delta, e.insurance_delta, e.patient_delta "
                                         "FROM ledger_entries e LEFT JOIN ledger_entries o ON "
                                         "e.kind = 'reversal' AND o.id = e.reversed_entry_id "
                                         "WHERE e.line_id <> ''"));
    FD_TRY(lines);
    QHash<QString, Figures> lineFigures, lineBuckets;
    while (lines->next()) {
        const bool reversal = lines->value(1).toString() == QLatin1String("reversal");
        const auto kind = entryKindFromId(lines->value(reversal ? 2 : 1).toString());
        if (!kind)
            return makeError(ErrorCode::Corrupt, accountsTr("A ledger entry has an unknown kind."),
                             lines->value(0).toString());
        const LineEffect effect = lineEffect(*kind, reversal ? -1 : 1, lines->value(3).toLongLong(),
                                             lines->value(4).toLongLong());
        Figures& f = lineFigures[lines->value(0).toString()];
        f[0] += effect.charged;
        f[1] += effect.paid;
        f[2] += effect.adjusted;
        Figures& b = lineBuckets[lines->value(0).toString()];
        b[0] += lines->value(5).toLongLong();
        b[1] += lines->value(6).toLongLong();
    }
    auto storedLines =
        storage::exec(db, QStringLiteral("SELECT line_id, charged, paid, adjusted, insurance, "
                                         "patient FROM ledger_line_balances"));
    FD_TRY(storedLines);
    QHash<QString, Figures> storedFigures, storedBuckets;
    while (storedLines->next()) {
        const QString id = storedLines->value(0).toString();
        storedFigures.insert(
            id, Figures{storedLines->value(1).toLongLong(), storedLines->value(2).toLongLong(),
                        storedLines->value(3).toLongLong()});
        storedBuckets.insert(
            id, Figures{storedLines->value(4).toLongLong(), storedLines->value(5).toLongLong(), 0});
    }
    report.lines = storedFigures.size();
    compareRows(report, QStringLiteral("ledger_line_balances"), lineFields, lineFigures,
                storedFigures);
    compareRows(report, QStringLiteral("ledger_line_balances"), buckets, lineBuckets,
                storedBuckets);
    // The invariant, on what the entries say: each line's charges less its payments and
    // adjustments is what insurance and the patient still owe.
    for (auto it = lineFigures.constBegin(); it != lineFigures.constEnd(); ++it) {
        const Figures& b = lineBuckets.value(it.key());
        const qint64 open = it.value()[0] - it.value()[1] - it.value()[2];
        if (open != b[0] + b[1])
            report.differences.push_back(
                {QStringLiteral("invariant"), it.key(), QStringLiteral("open"), open, b[0] + b[1]});
        if (b[0] < 0 || b[1] < 0)
            report.differences.push_back(
                {QStringLiteral("invariant"), it.key(),
                 b[0] < 0 ? QStringLiteral("insurance") : QStringLiteral("patient"), 0,
                 std::min(b[0], b[1])});
    }

    // Patients: each entry counts for the account its patient was merged into, if any.
    auto map = storage::exec(
        db, QStringLiteral("SELECT merged_patient_id, survivor_id FROM ledger_patient_map"));
    FD_TRY(map);
    QHash<QString, QString> survivorOf;
    while (map->next())
        survivorOf.insert(map->value(0).toString(), map->value(1).toString());
    auto owner = [&survivorOf](QString id) {
        for (int hops = 0; hops < 64 && survivorOf.contains(id); ++hops)
            id = survivorOf.value(id);
        return id;
    };
    auto perPatient =
        readRows(db, QStringLiteral("SELECT patient_id, SUM(insurance_delta), SUM(patient_delta), "
                                    "SUM(credit_delta) FROM ledger_entries GROUP BY patient_id"));
    FD_TRY(perPatient);
    QHash<QString, Figures> patients;
    for (auto it = perPatient->constBegin(); it != perPatient->constEnd(); ++it) {
        Figures& f = patients[owner(it.key())];
        for (int i = 0; i < 3; ++i)
            f[i] += it.value()[i];
    }
    auto storedPatients = readRows(
        db, QStringLiteral(
                "SELECT patient_id, insurance, patient, credit FROM ledger_patient_balances"));
    FD_TRY(storedPatients);
    compareRows(report, QStringLiteral("ledger_patient_balances"), buckets, patients,
                storedPatients.value());

    auto guarantors = readRows(
        db, QStringLiteral("SELECT guarantor_id, SUM(insurance_delta), SUM(patient_delta), "
                           "SUM(credit_delta) FROM ledger_entries GROUP BY guarantor_id"));
    FD_TRY(guarantors);
    auto storedGuarantors = readRows(
        db, QStringLiteral(
                "SELECT guarantor_id, insurance, patient, credit FROM ledger_guarantor_balances"));
    FD_TRY(storedGuarantors);
    compareRows(report, QStringLiteral("ledger_guarantor_balances"), buckets, guarantors.value(),
                storedGuarantors.value());

    auto totals = readRows(
        db, QStringLiteral("SELECT 'practice', COALESCE(SUM(insurance_delta), 0), "
                           "COALESCE(SUM(patient_delta), 0), COALESCE(SUM(credit_delta), 0) "
                           "FROM ledger_entries"));
    FD_TRY(totals);
    auto count = storage::exec(db, QStringLiteral("SELECT COUNT(*) FROM ledger_entries"));
    FD_TRY(count);
    report.entries = count->next() ? count->value(0).toLongLong() : 0;
    auto storedTotals = readRows(
        db, QStringLiteral(
                "SELECT 'practice', insurance, patient, credit FROM ledger_totals WHERE id = 1"));
    FD_TRY(storedTotals);
    compareRows(report, QStringLiteral("ledger_totals"), buckets, totals.value(),
                storedTotals.value());
    return report;
}

}  // namespace fd::accounts
