// ILedger's reads: entries with running balances, line, claim, patient, guarantor and
// practice balances with aging, and the check of every summary.
#include "accounts/core/accounts_permissions.h"
#include "accounts/core/ledger_service.h"
#include "security/audit_actions.h"

#include <algorithm>

namespace fd::accounts {

namespace {

QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

LineBalance lineFromRow(const QSqlQuery& q)
{
    LineBalance b;
    b.lineId = q.value(0).toString();
    b.patientId = q.value(1).toString();
    b.guarantorId = q.value(2).toString();
    b.claimId = q.value(3).toString();
    b.serviceDate = dateOf(q.value(4));
    b.code = q.value(5).toString();
    b.charged = Money::fromCents(q.value(6).toLongLong());
    b.paid = Money::fromCents(q.value(7).toLongLong());
    b.adjusted = Money::fromCents(q.value(8).toLongLong());
    b.insurance = Money::fromCents(q.value(9).toLongLong());
    b.patient = Money::fromCents(q.value(10).toLongLong());
    b.insuranceSince = dateOf(q.value(11));
    b.patientSince = dateOf(q.value(12));
    b.lastActivity = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    return b;
}

const QString kLineColumns = QStringLiteral(
    "line_id, patient_id, guarantor_id, claim_id, service_date, code, charged, paid, adjusted, "
    "insurance, patient, "
    "insurance_since, patient_since, last_activity");

// Adds the open lines matched by `where` (one bind) to the aging of `balance`.
Status addAging(QSqlDatabase db, const QString& where, const QString& key, const QDate& today,
                Balance& balance)
{
    // The claim index is partial (claim_id <> ''): SQLite uses it only when the query names
    // that condition, else a claim's balance scans every line.
    const QString partial =
        where == QLatin1String("claim_id") ? QStringLiteral(" AND claim_id <> ''") : QString();
    auto q = storage::exec(
        db,
        QStringLiteral("SELECT insurance, patient, insurance_since, patient_since FROM "
                       "ledger_line_balances WHERE %1 = ?%2 AND (insurance > 0 OR patient > 0)")
            .arg(where, partial),
        {key});
    FD_TRY(q);
    while (q->next()) {
        if (const qint64 ins = q->value(0).toLongLong(); ins > 0)
            balance.insuranceAging.add(Money::fromCents(ins),
                                       int(dateOf(q->value(2)).daysTo(today)));
        if (const qint64 pat = q->value(1).toLongLong(); pat > 0)
            balance.patientAging.add(Money::fromCents(pat), int(dateOf(q->value(3)).daysTo(today)));
    }
    return {};
}

}  // namespace

Result<LedgerEntry> LedgerService::entry(const QString& entryId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral("SELECT %1 FROM ledger_entries WHERE id = ?").arg(entrySelectColumns()),
        {entryId});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, accountsTr("No ledger entry %1.").arg(entryId));
    return entryFromRow(q.value());
}

Result<std::vector<LedgerEntry>> LedgerService::entries(const QString& patientId,
                                                        const EntryFilter& filter)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    FD_TRY(m_ctx.patients->get(patientId));  // access to the patient; audited as a read
    auto ids = mergedClosure(m_ctx.db.connection(), patientId);
    FD_TRY(ids);
    QVariantList binds;
    for (const QString& id : ids.value())
        binds << id;
    binds << (filter.from.isValid() ? filter.from.toString(Qt::ISODate)
                                    : QStringLiteral("0000-01-01"))
          << (filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"))
          << std::clamp(filter.limit, 1, 10000) << std::max(0, filter.offset);
    // The running balance counts every earlier entry, also those before `from`.
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral(
            "SELECT * FROM (SELECT %1, SUM(insurance_delta + patient_delta - credit_delta) OVER "
            "(ORDER BY effective_date, posted_at, id ROWS UNBOUNDED PRECEDING) AS running "
            "FROM ledger_entries WHERE patient_id IN (%2)) WHERE effective_date BETWEEN ? AND ? "
            "ORDER BY effective_date, posted_at, id LIMIT ? OFFSET ?")
            .arg(entrySelectColumns(), placeholders(ids->size())),
        binds);
    FD_TRY(q);
    std::vector<LedgerEntry> list;
    while (q->next()) {
        LedgerEntry e = entryFromRow(q.value());
        e.running = Money::fromCents(q->value(27).toLongLong());
        list.push_back(std::move(e));
    }
    return list;
}

Result<std::vector<LineBalance>> LedgerService::lineBalances(const QString& patientId,
                                                             bool openOnly)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto owner = accountOwner(m_ctx.db.connection(), patientId);
    FD_TRY(owner);
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral("SELECT %1 FROM ledger_line_balances WHERE patient_id = ?%2 "
                       "ORDER BY service_date, line_id")
            .arg(kLineColumns,
                 openOnly ? QStringLiteral(" AND (insurance > 0 OR patient > 0)") : QString()),
        {owner.value()});
    FD_TRY(q);
    std::vector<LineBalance> lines;
    while (q->next())
        lines.push_back(lineFromRow(q.value()));
    return lines;
}

Result<LineBalance> LedgerService::lineBalance(const QString& lineId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral("SELECT %1 FROM ledger_line_balances WHERE line_id = ?").arg(kLineColumns),
        {lineId});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, accountsTr("No service line %1.").arg(lineId));
    return lineFromRow(q.value());
}

Result<Balance> LedgerService::balanceOf(const QString& table, const QString& keyColumn,
                                         const QString& key, const QString& lineColumn)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    Balance b;
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT insurance, patient, credit FROM %1 WHERE %2 = ?")
                               .arg(table, keyColumn),
                           {key});
    FD_TRY(q);
    if (q->next()) {
        b.insurance = Money::fromCents(q->value(0).toLongLong());
        b.patient = Money::fromCents(q->value(1).toLongLong());
        b.credit = Money::fromCents(q->value(2).toLongLong());
    }
    FD_TRY(addAging(m_ctx.db.connection(), lineColumn, key, m_ctx.today(), b));
    return b;
}

Result<Balance> LedgerService::claimBalance(const QString& claimId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    if (claimId.isEmpty())
        return makeError(ErrorCode::InvalidInput, accountsTr("Choose the claim."),
                         QStringLiteral("claim_id"));
    Balance b;
    FD_TRY(addAging(m_ctx.db.connection(), QStringLiteral("claim_id"), claimId, m_ctx.today(), b));
    b.insurance = b.insuranceAging.total();
    b.patient = b.patientAging.total();
    return b;
}

Result<Balance> LedgerService::balance(const QString& patientId)
{
    auto owner = accountOwner(m_ctx.db.connection(), patientId);
    FD_TRY(owner);
    return balanceOf(QStringLiteral("ledger_patient_balances"), QStringLiteral("patient_id"),
                     owner.value(), QStringLiteral("patient_id"));
}

Result<Balance> LedgerService::guarantorBalance(const QString& guarantorId)
{
    return balanceOf(QStringLiteral("ledger_guarantor_balances"), QStringLiteral("guarantor_id"),
                     guarantorId, QStringLiteral("guarantor_id"));
}

Result<Balance> LedgerService::practiceTotals()
{
    FD_TRY(m_ctx.access->require(perm::kView));
    Balance b;
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral("SELECT insurance, patient, credit FROM ledger_totals WHERE id = 1"));
    FD_TRY(q);
    if (q->next()) {
        b.insurance = Money::fromCents(q->value(0).toLongLong());
        b.patient = Money::fromCents(q->value(1).toLongLong());
        b.credit = Money::fromCents(q->value(2).toLongLong());
    }
    // Open amounts by the day they began to age: a few hundred groups, read from the
    // partial indexes of open lines.
    const QDate today = m_ctx.today();
    for (const bool insurance : {true, false}) {
        const QString column = insurance ? QStringLiteral("insurance") : QStringLiteral("patient");
        auto groups = storage::exec(
            m_ctx.db.connection(),
            QStringLiteral("SELECT %1_since, SUM(%1) FROM ledger_line_balances WHERE %1 > 0 "
                           "GROUP BY %1_since")
                .arg(column));
        FD_TRY(groups);
        Aging& aging = insurance ? b.insuranceAging : b.patientAging;
        while (groups->next())
            aging.add(Money::fromCents(groups->value(1).toLongLong()),
                      int(dateOf(groups->value(0)).daysTo(today)));
    }
    return b;
}

Result<CheckReport> LedgerService::check()
{
    FD_TRY(m_ctx.access->require(perm::kView));
    return LedgerSummaries::check(m_ctx.db.connection());
}

}  // namespace fd::accounts

namespace fd::accounts {

Result<std::vector<LedgerEntry>> LedgerService::claimEntries(const QDate& from, const QDate& to)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral("SELECT %1 FROM ledger_entries e WHERE e.claim_id <> '' "
                       "AND e.kind IN ('charge', 'insurance_payment') AND e.effective_date BETWEEN ? AND ? "
                       "AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reversed_entry_id = e.id) "
                       "ORDER BY e.claim_id, e.effective_date, e.posted_at, e.id")
            .arg(entrySelectColumns(QStringLiteral("e"))),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    FD_TRY(q);
    std::vector<LedgerEntry> list;
    QHash<QString, int> perPatient;
    while (q->next()) {
        list.push_back(entryFromRow(q.value()));
        ++perPatient[list.back().patientId];
    }
    // One read per patient whose entries were listed, as ILedger::entries would record.
    for (auto it = perPatient.cbegin(); it != perPatient.cend(); ++it) {
        security::AuditRecord read;
        read.action = security::audit::kRead;
        read.patientId = it.key();
        read.entity = QStringLiteral("ledger_entries");
        read.details = {{QStringLiteral("claim_entries"), it.value()},
                        {QStringLiteral("from"), from.toString(Qt::ISODate)},
                        {QStringLiteral("to"), to.toString(Qt::ISODate)}};
        FD_TRY(m_ctx.audit->record(read));
    }
    return list;
}

}  // namespace fd::accounts
