#include "billing/core/scrub_store.h"

#include "common/clock.h"
#include "common/iso_text.h"
#include "storage/bulk_rows.h"
#include "storage/sql_text.h"
#include "storage/statement_cache.h"
#include "storage/synced_rows.h"

namespace fd::billing {

QString ackKey(const QString& claimId, const QString& ruleId)
{
    return claimId + QLatin1Char('|') + ruleId;
}

namespace {

QVariantList bindsOf(const QStringList& values)
{
    QVariantList out;
    out.reserve(values.size());
    for (const QString& v : values)
        out << v;
    return out;
}

// SQLite binds at most 32,766 values per statement; IN lists are cut well below that.
constexpr int kInChunk = 500;

}  // namespace

Result<bool> ScrubStore::installed(QSqlDatabase db)
{
    auto q = storage::exec(db, QStringLiteral("SELECT 1 FROM schema_versions WHERE module = 'billing_scrub'"));
    FD_TRY(q);
    return q->next();
}

Status ScrubStore::saveFindings(storage::Transaction& tx, const std::vector<ClaimScrubResult>& results)
{
    storage::StatementCache sql(tx.connection());
    for (const ClaimScrubResult& r : results) {
        FD_TRY(sql.run(QStringLiteral("DELETE FROM billing_scrub_findings WHERE claim_id = ?"), {r.claimId}));
        FD_TRY(sql.run(QStringLiteral("INSERT INTO billing_scrub_runs (claim_id, scrubbed_at, errors, warnings) "
                                      "VALUES (?, ?, ?, ?) ON CONFLICT(claim_id) DO UPDATE SET "
                                      "scrubbed_at = excluded.scrubbed_at, errors = excluded.errors, "
                                      "warnings = excluded.warnings"),
                       {r.claimId, isoUtc(r.scrubbedAt), r.errors(), r.warnings()}));
        int position = 0;
        for (const ScrubFinding& f : r.findings)
            FD_TRY(sql.run(QStringLiteral("INSERT INTO billing_scrub_findings (claim_id, position, rule_id, severity, "
                                          "line_number, field, message, fix) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {r.claimId, ++position, f.ruleId, scrubSeverityId(f.severity), f.lineNumber, f.field,
                            f.message, f.fix}));
    }
    return {};
}

Result<std::optional<ClaimScrubResult>> ScrubStore::loadFindings(QSqlDatabase db, const QString& claimId)
{
    auto run = storage::exec(db, QStringLiteral("SELECT scrubbed_at FROM billing_scrub_runs WHERE claim_id = ?"),
                             {claimId});
    FD_TRY(run);
    if (!run->next())
        return std::optional<ClaimScrubResult>();
    ClaimScrubResult r;
    r.claimId = claimId;
    r.scrubbedAt = QDateTime::fromString(run->value(0).toString(), Qt::ISODateWithMs);
    auto q = storage::exec(db,
                           QStringLiteral("SELECT rule_id, severity, line_number, field, message, fix FROM "
                                          "billing_scrub_findings WHERE claim_id = ? ORDER BY position"),
                           {claimId});
    FD_TRY(q);
    while (q->next()) {
        ScrubFinding f;
        f.ruleId = q->value(0).toString();
        f.severity = q->value(1).toString() == QLatin1String("error") ? ScrubSeverity::Error : ScrubSeverity::Warning;
        f.claimId = claimId;
        f.lineNumber = q->value(2).toInt();
        f.field = q->value(3).toString();
        f.message = q->value(4).toString();
        f.fix = q->value(5).toString();
        r.findings.push_back(f);
    }
    return std::optional<ClaimScrubResult>(r);
}

Result<QHash<QString, ScrubAck>> ScrubStore::acks(QSqlDatabase db, const QStringList& claimIds)
{
    QHash<QString, ScrubAck> out;
    for (qsizetype at = 0; at < claimIds.size(); at += kInChunk) {
        const QStringList chunk = claimIds.mid(at, kInChunk);
        auto q = storage::exec(db,
                               QStringLiteral("SELECT claim_id, rule_id, user_id, acknowledged_at FROM "
                                              "billing_scrub_acks WHERE deleted = 0 AND claim_id IN (%1)")
                                   .arg(storage::placeholders(chunk.size())),
                               bindsOf(chunk));
        FD_TRY(q);
        while (q->next())
            out.insert(ackKey(q->value(0).toString(), q->value(1).toString()),
                       {q->value(2).toString(), QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs)});
    }
    return out;
}

Status ScrubStore::addAck(storage::Transaction& tx, const QString& claimId, const QString& ruleId,
                          const QString& userId, const QDateTime& at, const QString& message)
{
    FD_TRY(storage::SyncedRows::insert(tx, table::kScrubAcks,
                                       notNull({{QStringLiteral("claim_id"), claimId},
                                                {QStringLiteral("rule_id"), ruleId},
                                                {QStringLiteral("user_id"), userId},
                                                {QStringLiteral("acknowledged_at"), toIsoUtc(at)},
                                                {QStringLiteral("message"), message}})));
    return {};
}

Result<QHash<QString, PayerBillingRule>> ScrubStore::payerRules(QSqlDatabase db)
{
    auto q = storage::exec(
        db, QStringLiteral("SELECT payer_id, require_referring FROM billing_payer_rules WHERE deleted = 0"));
    FD_TRY(q);
    QHash<QString, PayerBillingRule> out;
    while (q->next())
        out.insert(q->value(0).toString(), {q->value(0).toString(), q->value(1).toBool()});
    return out;
}

Status ScrubStore::savePayerRule(storage::Transaction& tx, const PayerBillingRule& rule)
{
    auto q = storage::exec(tx.connection(),
                           QStringLiteral("SELECT id, row_version FROM billing_payer_rules WHERE payer_id = ? AND "
                                          "deleted = 0"),
                           {rule.payerId});
    FD_TRY(q);
    const QVariantMap fields{{QStringLiteral("payer_id"), rule.payerId},
                             {QStringLiteral("require_referring"), rule.requireReferring ? 1 : 0}};
    if (q->next())
        FD_TRY(storage::SyncedRows::update(tx, table::kPayerRules, q->value(0).toString(), q->value(1).toLongLong(),
                                           fields));
    else
        FD_TRY(storage::SyncedRows::insert(tx, table::kPayerRules, fields));
    return {};
}

Result<int> ScrubStore::importNcci(storage::Transaction& tx, const std::vector<NcciRow>& rows)
{
    auto before = ncciCount(tx.connection());
    FD_TRY(before);
    storage::StatementCache sql(tx.connection());
    for (const NcciRow& r : rows)
        FD_TRY(sql.run(QStringLiteral("INSERT INTO billing_ncci_edits (column1, column2, effective, deletion, "
                                      "modifier_indicator, prior_1996) VALUES (?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT(column1, column2, effective) DO UPDATE SET "
                                      "deletion = excluded.deletion, modifier_indicator = excluded.modifier_indicator, "
                                      "prior_1996 = excluded.prior_1996"),
                       {r.edit.column1, r.edit.column2, r.edit.effective.toString(Qt::ISODate),
                        r.edit.deletion.isNull() ? QStringLiteral("") : r.edit.deletion.toString(Qt::ISODate),
                        r.edit.modifierIndicator, r.existedBefore1996 ? 1 : 0}));
    auto after = ncciCount(tx.connection());
    FD_TRY(after);
    return int(after.value() - before.value());
}

Result<qint64> ScrubStore::ncciCount(QSqlDatabase db)
{
    auto q = storage::exec(db, QStringLiteral("SELECT count(*) FROM billing_ncci_edits"));
    FD_TRY(q);
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QHash<QString, std::vector<NcciEdit>>> ScrubStore::ncciFor(QSqlDatabase db, const QSet<QString>& codes)
{
    QHash<QString, std::vector<NcciEdit>> out;
    const QStringList list(codes.begin(), codes.end());
    if (list.isEmpty())
        return out;
    // Both codes must be on the claims: column 1 from a chunk, column 2 from all of them.
    auto all = storage::exec(db, QStringLiteral("SELECT 1 FROM billing_ncci_edits LIMIT 1"));
    FD_TRY(all);
    if (!all->next())
        return out;
    for (qsizetype at = 0; at < list.size(); at += kInChunk) {
        const QStringList chunk = list.mid(at, kInChunk);
        auto q = storage::exec(db,
                               QStringLiteral("SELECT column1, column2, effective, deletion, modifier_indicator FROM "
                                              "billing_ncci_edits WHERE column1 IN (%1)")
                                   .arg(storage::placeholders(chunk.size())),
                               bindsOf(chunk));
        FD_TRY(q);
        while (q->next()) {
            const QString column2 = q->value(1).toString();
            if (!codes.contains(column2))
                continue;
            NcciEdit e;
            e.column1 = q->value(0).toString();
            e.column2 = column2;
            e.effective = QDate::fromString(q->value(2).toString(), Qt::ISODate);
            e.deletion = QDate::fromString(q->value(3).toString(), Qt::ISODate);
            e.modifierIndicator = q->value(4).toInt();
            out[ScrubFacts::ncciKey(e.column1, e.column2)].push_back(e);
        }
    }
    return out;
}

Result<QHash<QString, std::vector<BilledService>>> ScrubStore::billed(QSqlDatabase db, const QDate& from,
                                                                      const QDate& to)
{
    // The live voids are listed once (an uncorrelated subquery SQLite evaluates once): a
    // correlated NOT EXISTS scanned every claim again for each line, billing_claims having no
    // index on original_claim_id.
    auto q = storage::execForwardOnly(
        db,
        QStringLiteral(
            "SELECT c.id, c.claim_number, c.encounter_id, c.patient_id, c.payer_id, cl.service_date, cl.code "
            "FROM billing_claim_lines cl JOIN billing_claims c ON c.id = cl.claim_id "
            "WHERE cl.deleted = 0 AND c.deleted = 0 AND c.status <> 'rejected' AND c.frequency = '1' "
            "AND cl.service_date BETWEEN ? AND ? AND c.id NOT IN (SELECT v.original_claim_id FROM billing_claims v "
            "WHERE v.frequency = '8' AND v.deleted = 0 AND v.status <> 'rejected' AND v.original_claim_id IS NOT NULL)"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    FD_TRY(q);
    QHash<QString, std::vector<BilledService>> out;
    while (q->next()) {
        const QString key =
            ScrubFacts::billedKey(q->value(3).toString(), QDate::fromString(q->value(5).toString(), Qt::ISODate),
                                  q->value(6).toString(), q->value(4).toString());
        out[key].push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    }
    return out;
}

}  // namespace fd::billing
