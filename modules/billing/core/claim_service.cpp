#include "billing/core/claim_service.h"

#include "billing/core/billing_permissions.h"
#include "billing/core/charge_service.h"
#include "billing/core/coverage_lookup.h"
#include "billing/core/scrub_service.h"
#include "billing/core/scrub_store.h"
#include "security/audit_actions.h"
#include "storage/sql_text.h"
#include "x12/x12_writer.h"

#include <climits>

namespace fd::billing {

namespace audit = security::audit;

Result<std::vector<ServiceLine>> unbilledLines(QSqlDatabase db, const QString& extraWhere, const QVariantList& binds)
{
    QString where = QStringLiteral(
        "ledger_entry_id <> '' AND self_pay = 0 AND NOT EXISTS (SELECT 1 FROM billing_claim_lines cl "
        "JOIN billing_claims c ON c.id = cl.claim_id WHERE cl.charge_id = billing_service_lines.id AND "
        "cl.deleted = 0 AND c.deleted = 0 AND c.status <> 'rejected')");
    if (!extraWhere.isEmpty())
        where += QStringLiteral(" AND (%1)").arg(extraWhere);
    return loadLines(db, where, binds);
}

namespace {

// The lines of one encounter going to one coverage: what one or more claims bill.
struct ClaimGroup
{
    const Encounter* encounter;
    const patients::Coverage* coverage;  // the lookup's
    std::vector<ServiceLine> lines;
};

// The groups, in the order their lines came; lines that cannot be billed go to report.held.
Result<std::vector<ClaimGroup>> groupLines(const std::vector<ServiceLine>& lines,
                                           const QHash<QString, Encounter>& encounters, CoverageLookup& lookup,
                                           BuildReport& report)
{
    std::vector<ClaimGroup> groups;
    QHash<QString, std::size_t> groupOf;  // encounter id and coverage id -> index in groups
    for (const ServiceLine& line : lines) {
        auto known = encounters.constFind(line.encounterId);
        if (known == encounters.constEnd())
            continue;
        auto target = lookup.target(line);
        FD_TRY(target);
        if (!target->coverage) {
            report.held.push_back({line.id, line.encounterId, line.patientId, line.serviceDate, line.code,
                                   line.modifiers, line.units, line.amount, known->renderingProviderId,
                                   target->hold});
            continue;
        }
        const QString key = line.encounterId + QLatin1Char('|') + target->coverage->id;
        auto group = groupOf.constFind(key);
        if (group == groupOf.constEnd()) {
            groups.push_back({&known.value(), target->coverage, {}});
            group = groupOf.insert(key, groups.size() - 1);
        }
        groups[group.value()].lines.push_back(line);
    }
    return groups;
}

}  // namespace

Claim ClaimService::headerFor(const Encounter& e, const patients::Coverage& coverage)
{
    Claim c;
    c.patientId = e.patientId;
    c.encounterId = e.id;
    c.coverageId = coverage.id;
    c.payerId = coverage.payerId;
    c.payerOrder = coverage.order;
    c.serviceDate = e.serviceDate;
    c.locationId = e.locationId;
    c.placeOfService = e.placeOfService;
    c.renderingProviderId = e.renderingProviderId;
    c.supervisingProviderId = e.supervisingProviderId;
    c.referringProviderId = e.referringProviderId;
    c.priorAuthorization = e.priorAuthorization;
    return c;
}

// The encounters, coverages and restrictions are read in bulk (the reads audited in one
// commit of their own, so that a refused read stays on the trail), then every claim of the run
// is written in one transaction (synchronous=FULL, one commit) with the claim numbers taken at
// once: the claims, their lines, history, outbox mutations and audit entries commit together,
// or a failure leaves nothing.
Result<BuildReport> ClaimService::build(const QDate& from, const QDate& to)
{
    FD_TRY(m_ctx.access->require(perm::kClaims));
    if (!from.isValid() || !to.isValid() || to < from)
        return invalidInput(tr("The dates of service must be a range (from, then to)."), QStringLiteral("from"));
    const QSqlDatabase db = m_ctx.db.connection();
    const QString range = QStringLiteral("service_date BETWEEN ? AND ?");
    const QVariantList binds{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    // The encounters are read aside (another thread and connection) while this thread reads
    // the lines.
    auto encountersAside = m_ctx.db.readAside<QHash<QString, Encounter>>(
        [range, binds](QSqlDatabase aside) { return ClaimStore::encountersOfLines(aside, range, binds); });
    auto lines = unbilledLines(db, range, binds);
    auto encounters = encountersAside.get();
    FD_TRY(lines);
    FD_TRY(encounters);
    CoverageLookup lookup(m_ctx);
    FD_TRY(lookup.preload(lines.value()));

    BuildReport report;
    auto groups = groupLines(lines.value(), encounters.value(), lookup, report);
    FD_TRY(groups);
    std::vector<std::pair<const ClaimGroup*, ClaimDraft>> drafts;
    for (const ClaimGroup& g : groups.value())
        for (ClaimDraft& draft : splitIntoClaims(g.encounter->diagnoses, g.lines))
            drafts.emplace_back(&g, std::move(draft));
    if (drafts.empty())
        return report;
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    auto scrubbing = ScrubStore::installed((*tx)->connection());
    FD_TRY(scrubbing);
    // For the duplicate rule: what was billed in the range before this build's claims, read
    // while the transaction holds it as it is; the scrub adds the built claims themselves.
    std::optional<BilledServices> billedBefore;
    if (scrubbing.value()) {
        auto billed = ScrubStore::billed((*tx)->connection(), from, to);
        FD_TRY(billed);
        billedBefore = std::move(billed.value());
    }
    auto first = ClaimStore::reserveNumbers((*tx)->connection(), int(drafts.size()));
    FD_TRY(first);
    // Numbered with their ids before they are stored (declared first: a scrub still running
    // is waited for before the claims go).
    std::vector<Claim> made;
    made.reserve(drafts.size());
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        const ClaimGroup& g = *drafts[i].first;
        made.push_back(m_store.numbered(first.value() + qint64(i), headerFor(*g.encounter, *g.coverage),
                                        drafts[i].second));
    }
    std::vector<security::AuditRecord> audits;
    audits.reserve(made.size());
    {
        storage::SyncedRowsBatch rows(**tx);
        // Every outbox append of this transaction goes through `rows`, and its statements run
        // on a thread of its own while this one makes the next rows; flushOutbox() waits for
        // them before the connection is used again.
        rows.writeAside();
        for (const Claim& c : made)
            FD_TRY(m_store.store(rows, c, &audits));
        FD_TRY(rows.flushOutbox());
    }
    // The scrub's rules run on other threads while this one writes the audit entries: while
    // the claims were stored, the two cores were taken by making rows and inserting them. Its
    // facts read nothing the claims changed: what was billed before them was read above.
    std::optional<PendingScrub> scrub;
    if (billedBefore) {
        auto started = ClaimScrubService(m_ctx).start(made, {&lookup.preloaded(), &*billedBefore});
        FD_TRY(started);
        scrub.emplace(std::move(started.value()));
    }
    FD_TRY(m_ctx.audit->recordAll(audits));
    if (scrub) {
        auto results = scrub->finish(**tx);
        FD_TRY(results);
        report.scrub.reserve(results->size());
        for (const ClaimScrubResult& r : results.value())
            report.scrub.push_back({r.errors(), r.unacknowledgedWarnings()});
    }
    report.claims = std::move(made);  // the scrub's threads are done: finish() waited for them
    // What the run read and made is freed on another thread while this one commits (the
    // commit encrypts and writes on one core).
    m_release.release(std::move(lines), std::move(encounters), std::move(lookup), std::move(groups),
                      std::move(drafts), std::move(audits), std::move(scrub), std::move(billedBefore));
    FD_TRY((*tx)->commit());
    return report;
}

Result<Claim> ClaimService::createClaim(const QStringList& lineIds)
{
    FD_TRY(m_ctx.access->require(perm::kClaims));
    if (lineIds.isEmpty())
        return invalidInput(tr("A claim needs at least one service line."), QStringLiteral("lines"));
    const QSqlDatabase db = m_ctx.db.connection();
    QVariantList binds;
    for (const QString& id : lineIds)
        binds << id;
    auto lines = unbilledLines(db, QStringLiteral("id IN (%1)").arg(storage::placeholders(lineIds.size())), binds);
    FD_TRY(lines);
    for (const QString& id : lineIds)
        if (std::none_of(lines->begin(), lines->end(), [&](const ServiceLine& l) { return l.id == id; }))
            return invalidInput(tr("Service line %1 does not exist, is self-paid, is not posted or is on a claim "
                                   "already.")
                                    .arg(id),
                                QStringLiteral("lines"));
    const QString encounterId = lines->front().encounterId;
    CoverageLookup lookup(m_ctx);
    const patients::Coverage* coverage = nullptr;  // the lookup's
    for (const ServiceLine& l : lines.value()) {
        if (l.encounterId != encounterId)
            return invalidInput(tr("A claim bills lines of one encounter."), l.id);
        auto target = lookup.target(l);
        FD_TRY(target);
        if (!target->coverage)
            return invalidInput(tr("Line %1 (%2) cannot be billed: %3.").arg(l.position).arg(l.code, target->hold),
                                l.id);
        if (coverage && coverage->id != target->coverage->id)
            return invalidInput(tr("The lines go to different payers: make one claim per payer."), l.id);
        coverage = target->coverage;
    }
    auto e = loadEncounter(db, encounterId);
    FD_TRY(e);
    if (!e->has_value())
        return makeError(ErrorCode::NotFound, tr("No encounter %1.").arg(encounterId));
    const auto drafts = splitIntoClaims((*e)->diagnoses, lines.value(), INT_MAX, INT_MAX);
    const ClaimDraft& draft = drafts.front();
    if (int(draft.lines.size()) > kMaxLinesPerClaim)
        return invalidInput(tr("A claim carries at most %1 service lines.").arg(kMaxLinesPerClaim),
                            QStringLiteral("lines"));
    if (draft.diagnoses.size() > kMaxDiagnosesPerClaim)
        return invalidInput(tr("These lines point to %1 diagnoses; a claim carries at most %2.")
                                .arg(draft.diagnoses.size())
                                .arg(kMaxDiagnosesPerClaim),
                            QStringLiteral("lines"));
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    storage::SyncedRowsBatch rows(**tx);
    auto made = m_store.insert(rows, (*tx)->connection(), headerFor(**e, *coverage), draft);
    FD_TRY(made);
    FD_TRY((*tx)->commit());
    return made;
}

Result<Claim> ClaimService::correct(const QString& claimId, const QString& controlNumber, Frequency frequency)
{
    FD_TRY(m_ctx.access->require(perm::kClaims));
    const QString number = controlNumber.trimmed().toUpper();
    if (number.isEmpty())
        return invalidInput(tr("The payer's claim control number is needed to correct or void a claim."),
                            QStringLiteral("payer_claim_control_number"));
    if (number.size() > 50)
        return invalidInput(tr("The payer's claim control number has more than 50 characters."),
                            QStringLiteral("payer_claim_control_number"));
    for (QChar ch : number)
        if (ch.unicode() > 127 || !x12::isBasicCharacter(char(ch.unicode())))
            return invalidInput(tr("The payer's claim control number holds '%1', which X12 cannot carry.").arg(ch),
                                QStringLiteral("payer_claim_control_number"));
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    const QSqlDatabase db = (*tx)->connection();
    auto original = m_store.loadOne(db, claimId);
    FD_TRY(original);
    if (original->status != ClaimStatus::Submitted && original->status != ClaimStatus::Accepted)
        return invalidInput(tr("Only a claim the payer has (submitted or accepted) can be replaced or voided; "
                               "claim %1 is %2.")
                                .arg(original->claimNumber, claimStatusId(original->status)),
                            claimId);
    if (original->frequency == Frequency::Void)
        return invalidInput(tr("Claim %1 is a void: it cannot be corrected.").arg(original->claimNumber), claimId);
    auto voided = storage::exec(db,
                                QStringLiteral("SELECT claim_number FROM billing_claims WHERE original_claim_id = ? "
                                               "AND frequency = '8' AND deleted = 0 AND status <> 'rejected'"),
                                {claimId});
    FD_TRY(voided);
    if (voided->next())
        return makeError(ErrorCode::Conflict,
                         tr("Claim %1 was voided by claim %2.").arg(original->claimNumber, voided->value(0).toString()),
                         claimId);
    Claim header = original.value();
    header.frequency = frequency;
    header.originalClaimId = original->id;
    header.payerClaimControlNumber = number;
    header.batchId.clear();
    ClaimDraft draft{original->diagnoses, original->lines};
    storage::SyncedRowsBatch rows(**tx);
    auto made = m_store.insert(rows, db, header, draft);
    FD_TRY(made);
    FD_TRY((*tx)->commit());
    return made;
}

Result<Claim> ClaimService::replaceClaim(const QString& claimId, const QString& payerClaimControlNumber)
{
    return correct(claimId, payerClaimControlNumber, Frequency::Replacement);
}

Result<Claim> ClaimService::voidClaim(const QString& claimId, const QString& payerClaimControlNumber)
{
    return correct(claimId, payerClaimControlNumber, Frequency::Void);
}

Result<Claim> ClaimService::claim(const QString& claimId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    return m_store.loadOne(m_ctx.db.connection(), claimId);
}

Result<std::vector<Claim>> ClaimService::list(const ClaimFilter& filter)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList binds;
    if (filter.status) {
        where << QStringLiteral("status = ?");
        binds << claimStatusId(*filter.status);
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("service_date >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("service_date <= ?");
        binds << filter.to.toString(Qt::ISODate);
    }
    if (!filter.patientId.isEmpty()) {
        where << QStringLiteral("patient_id = ?");
        binds << filter.patientId;
    }
    return m_store.load(m_ctx.db.connection(), where.join(QStringLiteral(" AND ")), binds, filter.limit);
}

Result<std::vector<ClaimHistoryEntry>> ClaimService::history(const QString& claimId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto made = storage::exec(m_ctx.db.connection(),
                              QStringLiteral("SELECT created_at, created_by FROM billing_claims WHERE id = ?"), {claimId});
    FD_TRY(made);
    if (!made->next())
        return makeError(ErrorCode::NotFound, tr("No claim %1.").arg(claimId), claimId);
    std::vector<ClaimHistoryEntry> out;
    out.push_back({claimId, QDateTime::fromString(made->value(0).toString(), Qt::ISODateWithMs),
                   made->value(1).toString(), {}, claimStatusId(ClaimStatus::Draft), {}});
    // The moves since (a history row with no from_status is a making recorded before claims
    // had created_by, already the first entry).
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT claim_id, at, user_id, from_status, to_status, note FROM "
                                          "billing_claim_history WHERE claim_id = ? AND deleted = 0 AND "
                                          "from_status <> '' ORDER BY at, rowid"),
                           {claimId});
    FD_TRY(q);
    while (q->next())
        out.push_back({q->value(0).toString(), QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs),
                       q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                       q->value(5).toString()});
    return out;
}

Result<Claim> ClaimService::setStatus(const QString& claimId, qint64 rowVersion, ClaimStatus status,
                                      const QString& note)
{
    FD_TRY(m_ctx.access->require(status == ClaimStatus::Submitted ? perm::kSubmit : perm::kClaims));
    FD_TRY(scrubGate(m_ctx, claimId, status));  // errors and unacknowledged warnings keep a claim back
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    auto c = m_store.loadOne((*tx)->connection(), claimId);
    FD_TRY(c);
    if (c->rowVersion != rowVersion)
        return makeError(ErrorCode::Conflict, tr("Claim %1 was changed by someone else.").arg(c->claimNumber),
                         claimId);
    if (!canMoveClaim(c->status, status))
        return invalidInput(tr("Claim %1 cannot go from %2 to %3.")
                                .arg(c->claimNumber, claimStatusId(c->status), claimStatusId(status)),
                            claimId);
    auto version = storage::SyncedRows::update(**tx, table::kClaims, claimId, rowVersion,
                                               notNull({{QStringLiteral("status"), claimStatusId(status)}}));
    FD_TRY(version);
    storage::SyncedRowsBatch rows(**tx);
    FD_TRY(m_store.addHistory(rows, claimId, claimStatusId(c->status), claimStatusId(status), note.trimmed()));
    FD_TRY(auditChange(m_ctx, audit::kUpdate, c->patientId, table::kClaims, claimId,
                       {{QStringLiteral("claim_number"), c->claimNumber},
                        {QStringLiteral("prior_status"), claimStatusId(c->status)},
                        {QStringLiteral("status"), claimStatusId(status)}}));
    FD_TRY((*tx)->commit());
    c->status = status;
    c->rowVersion = version.value();
    return c;
}

Status ClaimService::remove(const QString& claimId, qint64 rowVersion)
{
    FD_TRY(m_ctx.access->require(perm::kClaims));
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    auto c = m_store.loadOne((*tx)->connection(), claimId);
    FD_TRY(c);
    if (c->status != ClaimStatus::Draft)
        return invalidInput(tr("Only a draft claim can be deleted; claim %1 is %2.")
                                .arg(c->claimNumber, claimStatusId(c->status)),
                            claimId);
    FD_TRY(storage::SyncedRows::remove(**tx, table::kClaims, claimId, rowVersion));
    for (const ClaimLine& l : c->lines)
        FD_TRY(storage::SyncedRows::remove(**tx, table::kClaimLines, l.id, 1));
    storage::SyncedRowsBatch rows(**tx);
    FD_TRY(m_store.addHistory(rows, claimId, claimStatusId(c->status), QStringLiteral("deleted"), {}));
    FD_TRY(auditChange(m_ctx, audit::kDelete, c->patientId, table::kClaims, claimId,
                       {{QStringLiteral("claim_number"), c->claimNumber},
                        {QStringLiteral("prior_status"), claimStatusId(c->status)}}));
    return (*tx)->commit();
}

}  // namespace fd::billing
