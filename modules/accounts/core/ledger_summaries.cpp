#include "accounts/core/ledger_summaries.h"

#include <QHash>

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
constexpr Figures kZero{0, 0, 0};

// Lists each key whose stored figures differ from what the entries say (a missing stored row
// counts as zeros; a missing row where the entries say something is a "row" difference), by
// key. Only the keys that differ are sorted: a clean ledger of a million lines sorts nothing.
void compareRows(CheckReport& report, const QString& summary, const QStringList& fields,
                 const QHash<QString, Figures>& expected, const QHash<QString, Figures>& stored)
{
    QStringList differing;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const auto s = stored.constFind(it.key());
        if (s == stored.constEnd() ? it.value() != kZero : it.value() != s.value())
            differing << it.key();
    }
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it)
        if (!expected.contains(it.key()) && it.value() != kZero)
            differing << it.key();
    differing.sort();
    for (const QString& key : differing) {
        const Figures e = expected.value(key, kZero);
        const Figures s = stored.value(key, kZero);
        if (expected.contains(key) && !stored.contains(key) && e != kZero) {
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

void add(Figures& f, qint64 a, qint64 b, qint64 c)
{
    f[0] += a;
    f[1] += b;
    f[2] += c;
}

// What the entries say, from one pass over them (each pass decrypts the whole table).
struct FromEntries
{
    qint64 entries = 0;
    QHash<QString, Figures> lineFigures;  // charged, paid, adjusted
    QHash<QString, Figures> lineBuckets;  // insurance, patient, 0
    QHash<QString, Figures> patients;     // by the entry's own patient, before merges
    QHash<QString, Figures> guarantors;
    Figures totals = kZero;
};

Result<FromEntries> readEntries(QSqlDatabase db)
{
    // A reversal counts as minus the kind it reverses: the join looks up only reversals.
    auto q = storage::exec(db, QStringLiteral("SELECT e.line_id, e.kind, o.kind, e.amount_cents, "
                                              "e.credit_delta, e.insurance_delta, "
                                              "e.patient_delta, e.patient_id, e.guarantor_id "
                                              "FROM ledger_entries e LEFT JOIN ledger_entries o "
                                              "ON e.kind = 'reversal' AND o.id = "
                                              "e.reversed_entry_id"));
    FD_TRY(q);
    FromEntries out;
    const QString reversal = entryKindId(EntryKind::Reversal);
    while (q->next()) {
        ++out.entries;
        const qint64 credit = q->value(4).toLongLong();
        const qint64 ins = q->value(5).toLongLong();
        const qint64 pat = q->value(6).toLongLong();
        add(out.patients[q->value(7).toString()], ins, pat, credit);
        add(out.guarantors[q->value(8).toString()], ins, pat, credit);
        add(out.totals, ins, pat, credit);
        const QString line = q->value(0).toString();
        if (line.isEmpty())
            continue;
        const bool reversed = q->value(1).toString() == reversal;
        const auto kind = entryKindFromId(q->value(reversed ? 2 : 1).toString());
        if (!kind)
            return makeError(ErrorCode::Corrupt, accountsTr("A ledger entry has an unknown kind."),
                             line);
        const LineEffect effect =
            lineEffect(*kind, reversed ? -1 : 1, q->value(3).toLongLong(), credit);
        add(out.lineFigures[line], effect.charged, effect.paid, effect.adjusted);
        add(out.lineBuckets[line], ins, pat, 0);
    }
    return out;
}

}  // namespace

Result<CheckReport> LedgerSummaries::check(QSqlDatabase db)
{
    CheckReport report;
    const QStringList buckets{QStringLiteral("insurance"), QStringLiteral("patient"),
                              QStringLiteral("credit")};
    const QStringList lineFields{QStringLiteral("charged"), QStringLiteral("paid"),
                                 QStringLiteral("adjusted")};
    auto read = readEntries(db);
    FD_TRY(read);
    const FromEntries& fromEntries = read.value();
    report.entries = fromEntries.entries;

    // Lines: charged/paid/adjusted by the kind of each entry, insurance/patient as the sums of
    // the deltas.
    auto storedLines =
        storage::exec(db, QStringLiteral("SELECT line_id, charged, paid, adjusted, insurance, "
                                         "patient FROM ledger_line_balances"));
    FD_TRY(storedLines);
    QHash<QString, Figures> storedFigures, storedBuckets;
    storedFigures.reserve(fromEntries.lineFigures.size());
    storedBuckets.reserve(fromEntries.lineFigures.size());
    while (storedLines->next()) {
        const QString id = storedLines->value(0).toString();
        storedFigures.insert(
            id, Figures{storedLines->value(1).toLongLong(), storedLines->value(2).toLongLong(),
                        storedLines->value(3).toLongLong()});
        storedBuckets.insert(
            id, Figures{storedLines->value(4).toLongLong(), storedLines->value(5).toLongLong(), 0});
    }
    report.lines = storedFigures.size();
    compareRows(report, QStringLiteral("ledger_line_balances"), lineFields, fromEntries.lineFigures,
                storedFigures);
    compareRows(report, QStringLiteral("ledger_line_balances"), buckets, fromEntries.lineBuckets,
                storedBuckets);
    // The invariant, on what the entries say: each line's charges less its payments and
    // adjustments is what insurance and the patient still owe.
    for (auto it = fromEntries.lineFigures.constBegin(); it != fromEntries.lineFigures.constEnd();
         ++it) {
        const Figures& b = fromEntries.lineBuckets.value(it.key());
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
    QHash<QString, Figures> patients;
    patients.reserve(fromEntries.patients.size());
    for (auto it = fromEntries.patients.constBegin(); it != fromEntries.patients.constEnd(); ++it) {
        Figures& f = patients[owner(it.key())];
        add(f, it.value()[0], it.value()[1], it.value()[2]);
    }
    auto storedPatients = readRows(
        db, QStringLiteral(
                "SELECT patient_id, insurance, patient, credit FROM ledger_patient_balances"));
    FD_TRY(storedPatients);
    compareRows(report, QStringLiteral("ledger_patient_balances"), buckets, patients,
                storedPatients.value());

    auto storedGuarantors = readRows(
        db, QStringLiteral(
                "SELECT guarantor_id, insurance, patient, credit FROM ledger_guarantor_balances"));
    FD_TRY(storedGuarantors);
    compareRows(report, QStringLiteral("ledger_guarantor_balances"), buckets,
                fromEntries.guarantors, storedGuarantors.value());

    auto storedTotals = readRows(
        db, QStringLiteral(
                "SELECT 'practice', insurance, patient, credit FROM ledger_totals WHERE id = 1"));
    FD_TRY(storedTotals);
    compareRows(report, QStringLiteral("ledger_totals"), buckets,
                {{QStringLiteral("practice"), fromEntries.totals}}, storedTotals.value());
    return report;
}

}  // namespace fd::accounts
