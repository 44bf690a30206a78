#include "billing/core/scrub_service.h"

#include "billing/core/billing_permissions.h"
#include "billing/core/claim_scrubber.h"
#include "billing/core/ncci_table.h"
#include "billing/core/scrub_facts_loader.h"
#include "billing/core/scrub_store.h"
#include "security/audit_actions.h"
#include "storage/sql_text.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <future>

namespace fd::billing {

namespace {

constexpr int kClaimChunk = 500;

void applyAcks(ClaimScrubResult& result, const QHash<QString, ScrubAck>& acks)
{
    for (ScrubFinding& f : result.findings) {
        f.claimNumber = result.claimNumber;
        if (f.severity != ScrubSeverity::Warning)
            continue;
        auto ack = acks.constFind(ackKey(result.claimId, f.ruleId));
        if (ack == acks.constEnd())
            continue;
        f.acknowledged = true;
        f.acknowledgedBy = ack->userId;
        f.acknowledgedAt = ack->at;
    }
}

// Runs the rules on claims[first], claims[first + step], ... into the same slots of `out`.
void scrubEvery(const std::vector<Claim>& claims, const ScrubFacts& facts, const QHash<QString, ScrubAck>& acks,
                const QDateTime& now, std::vector<ClaimScrubResult>& out, std::size_t first, std::size_t step)
{
    for (std::size_t i = first; i < claims.size(); i += step) {
        const Claim& c = claims[i];
        ClaimScrubResult& r = out[i];
        r.claimId = c.id;
        r.claimNumber = c.claimNumber;
        r.status = c.status;
        r.scrubbedAt = now;
        r.findings = ClaimScrubber::scrub(c, facts);
        applyAcks(r, acks);
    }
}

Result<std::unique_ptr<storage::Transaction>> beginRun(storage::Database& db)
{
    // Patient reads are audited: their entries commit with the findings, durably.
    return db.inTransaction() ? db.beginNestable() : db.begin(storage::Database::Durability::Full);
}

}  // namespace

Result<std::vector<Claim>> ClaimScrubService::claimsFor(const QStringList& claimIds)
{
    const QSqlDatabase db = m_ctx.db.connection();
    if (claimIds.isEmpty())
        return m_claims.load(db, QStringLiteral("status IN ('draft', 'ready')"), {});
    std::vector<Claim> out;
    for (qsizetype at = 0; at < claimIds.size(); at += kClaimChunk) {
        const QStringList chunk = claimIds.mid(at, kClaimChunk);
        QVariantList binds;
        for (const QString& id : chunk)
            binds << id;
        auto some = m_claims.load(db, QStringLiteral("id IN (%1)").arg(storage::placeholders(chunk.size())), binds);
        FD_TRY(some);
        for (Claim& c : some.value())
            out.push_back(std::move(c));
    }
    QSet<QString> loaded;
    loaded.reserve(qsizetype(out.size()));
    for (const Claim& c : out)
        loaded.insert(c.id);
    for (const QString& id : claimIds)
        if (!loaded.contains(id))
            return makeError(ErrorCode::NotFound, tr("No claim %1.").arg(id), id);
    return out;
}

Result<std::vector<ClaimScrubResult>> ClaimScrubService::run(const std::vector<Claim>& claims)
{
    auto tx = beginRun(m_ctx.db);
    FD_TRY(tx);
    auto facts = ScrubFactsLoader(m_ctx).load(claims);
    FD_TRY(facts);
    auto installed = ScrubStore::installed((*tx)->connection());
    FD_TRY(installed);
    QHash<QString, ScrubAck> acks;
    if (installed.value()) {
        QStringList ids;
        for (const Claim& c : claims)
            ids << c.id;
        auto stored = ScrubStore::acks((*tx)->connection(), ids);
        FD_TRY(stored);
        acks = std::move(stored.value());
    }
    std::vector<ClaimScrubResult> out(claims.size());
    const QDateTime now = m_ctx.now();
    // The rules read the facts and the claim only: a large run is shared out over the cores,
    // each thread taking every n-th claim into its own slots of `out`.
    auto scrubFrom = [&](std::size_t first, std::size_t step) {
        scrubEvery(claims, facts.value(), acks, now, out, first, step);
    };
    const std::size_t workers =
        claims.size() < 2 * m_claimsPerThread
            ? 1
            : std::min<std::size_t>(claims.size() / m_claimsPerThread,
                                    std::size_t(std::max(1, QThread::idealThreadCount())));
    std::vector<std::future<void>> others;
    for (std::size_t w = 1; w < workers; ++w)  // deferred to get() when the system refuses a thread
        others.push_back(std::async(std::launch::async | std::launch::deferred, scrubFrom, w, workers));
    scrubFrom(0, workers);
    for (auto& f : others)
        f.get();
    if (installed.value())
        FD_TRY(ScrubStore::saveFindings(**tx, out));
    FD_TRY((*tx)->commit());
    return out;
}

Result<std::vector<ClaimScrubResult>> ClaimScrubService::scrub(const QStringList& claimIds)
{
    FD_TRY(m_ctx.access->require(perm::kClaims));
    auto claims = claimsFor(claimIds);
    FD_TRY(claims);
    return run(claims.value());
}

struct PendingScrub::State
{
    ScrubFacts facts;
    QHash<QString, ScrubAck> acks;  // none: the claims are new
    std::vector<ClaimScrubResult> out;
    std::shared_future<void> filled;  // the facts made from the build's reads
    std::vector<std::future<void>> workers;
    bool store = false;

    // Waits for every thread; what one threw is for finish() to pass on, not the destructor.
    void wait()
    {
        for (auto& w : workers)
            if (w.valid())
                w.wait();
        if (filled.valid())
            filled.wait();
    }
};

PendingScrub::PendingScrub(std::unique_ptr<State> state) : m_state(std::move(state)) {}
PendingScrub::PendingScrub(PendingScrub&&) noexcept = default;

PendingScrub& PendingScrub::operator=(PendingScrub&& other) noexcept
{
    if (this != &other) {
        if (m_state)
            m_state->wait();
        m_state = std::move(other.m_state);
    }
    return *this;
}

PendingScrub::~PendingScrub()
{
    if (m_state)
        m_state->wait();
}

Result<std::vector<ClaimScrubResult>> PendingScrub::finish(storage::Transaction& tx)
{
    for (auto& w : m_state->workers)
        w.get();
    if (m_state->store)
        FD_TRY(ScrubStore::saveFindings(tx, m_state->out));
    return std::move(m_state->out);
}

Result<PendingScrub> ClaimScrubService::start(const std::vector<Claim>& claims, const BuildReads& read)
{
    if (!m_ctx.db.inTransaction())
        return makeError(ErrorCode::Internal, tr("A scrub of claims being built needs the build's transaction."));
    auto state = std::make_unique<PendingScrub::State>();
    auto facts = ScrubFactsLoader(m_ctx).loadReads(claims, read);
    FD_TRY(facts);
    state->facts = std::move(facts.value());
    auto installed = ScrubStore::installed(m_ctx.db.connection());
    FD_TRY(installed);
    state->store = installed.value();
    state->out.resize(claims.size());
    // The caller's thread goes on meanwhile (a build writes its audit entries): the rules take
    // the other cores (one at least), each thread every n-th claim.
    const std::size_t cores = std::size_t(std::max(2, QThread::idealThreadCount())) - 1;
    const std::size_t workers = std::clamp<std::size_t>(claims.size() / m_claimsPerThread, 1, cores);
    PendingScrub::State* s = state.get();
    const QDateTime now = m_ctx.now();
    // What is made in memory from the build's reads is made on a thread too, before the rules
    // run: the workers wait for it, the caller does not.
    const auto policy = std::launch::async | std::launch::deferred;  // deferred to finish() when the system refuses a thread
    s->filled = std::async(policy, [s, &claims, read] { ScrubFactsLoader::fillFromBuild(claims, s->facts, read); }).share();
    for (std::size_t w = 0; w < workers; ++w)
        s->workers.push_back(std::async(policy, [s, &claims, now, w, workers, filled = s->filled] {
            filled.get();
            scrubEvery(claims, s->facts, s->acks, now, s->out, w, workers);
        }));
    return PendingScrub(std::move(state));
}

Result<ClaimScrubResult> ClaimScrubService::findings(const QString& claimId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    const QSqlDatabase db = m_ctx.db.connection();
    auto claim = m_claims.loadOne(db, claimId);
    FD_TRY(claim);
    auto stored = ScrubStore::loadFindings(db, claimId);
    FD_TRY(stored);
    ClaimScrubResult r = stored->value_or(ClaimScrubResult{});
    r.claimId = claim->id;
    r.claimNumber = claim->claimNumber;
    r.status = claim->status;
    auto acks = ScrubStore::acks(db, {claimId});
    FD_TRY(acks);
    applyAcks(r, acks.value());
    return r;
}

Status ClaimScrubService::acknowledgeWarning(const QString& claimId, const QString& ruleId)
{
    FD_TRY(m_ctx.access->require(perm::kClaims));
    const QString rule = ruleId.trimmed().toUpper();
    auto last = findings(claimId);
    FD_TRY(last);
    if (!last->scrubbedAt.isValid()) {
        auto scrubbed = scrub({claimId});
        FD_TRY(scrubbed);
        last = findings(claimId);
        FD_TRY(last);
    }
    auto found = std::find_if(last->findings.begin(), last->findings.end(),
                              [&](const ScrubFinding& f) { return f.ruleId == rule; });
    if (found == last->findings.end())
        return makeError(ErrorCode::InvalidInput,
                         tr("The last scrub of claim %1 found nothing for rule %2.").arg(last->claimNumber, rule),
                         QStringLiteral("rule"));
    if (found->severity == ScrubSeverity::Error)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is an error on claim %2: correct it (%3); only warnings can be acknowledged.")
                             .arg(rule, last->claimNumber, found->fix),
                         QStringLiteral("rule"));
    if (found->acknowledged)
        return {};
    auto claim = m_claims.loadOne(m_ctx.db.connection(), claimId);
    FD_TRY(claim);
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    FD_TRY(ScrubStore::addAck(**tx, claimId, rule, m_ctx.userId(), m_ctx.now(), found->message));
    FD_TRY(auditChange(m_ctx, security::audit::kUpdate, claim->patientId, table::kScrubAcks, claimId,
                       {{QStringLiteral("claim_number"), claim->claimNumber},
                        {QStringLiteral("rule_id"), rule},
                        {QStringLiteral("acknowledged"), true}}));
    return (*tx)->commit();
}

Status ClaimScrubService::check(const std::vector<Claim>& claims)
{
    auto results = run(claims);
    FD_TRY(results);
    QStringList problems;
    for (const ClaimScrubResult& r : results.value()) {
        if (r.sendable())
            continue;
        QStringList rules;
        for (const ScrubFinding& f : r.findings)
            if (f.severity == ScrubSeverity::Error || !f.acknowledged)
                rules << QStringLiteral("%1 (%2): %3").arg(f.ruleId, scrubSeverityId(f.severity), f.message);
        problems << tr("Claim %1 cannot be sent: %2 error(s), %3 unacknowledged warning(s): %4")
                        .arg(r.claimNumber)
                        .arg(r.errors())
                        .arg(r.unacknowledgedWarnings())
                        .arg(rules.join(QStringLiteral("; ")));
    }
    if (problems.isEmpty())
        return {};
    return makeError(ErrorCode::InvalidInput, problems.join(QLatin1Char('\n')), QStringLiteral("scrub"));
}

Status ClaimScrubService::requireSendable(const QStringList& claimIds)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    if (claimIds.isEmpty())
        return {};
    auto claims = claimsFor(claimIds);
    FD_TRY(claims);
    return check(claims.value());
}

Result<NcciImportResult> ClaimScrubService::importNcci(const QString& path)
{
    FD_TRY(m_ctx.access->require(perm::kSetup));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read the NCCI file %1: %2").arg(path, file.errorString()), path);
    auto rows = NcciParser::parse(file.readAll());
    FD_TRY(rows);
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    auto inserted = ScrubStore::importNcci(**tx, rows.value());
    FD_TRY(inserted);
    NcciImportResult result;
    result.rows = int(rows->size());
    result.inserted = inserted.value();
    result.replaced = result.rows - result.inserted;
    result.fileName = QFileInfo(path).fileName();
    FD_TRY(auditChange(m_ctx, security::audit::kUpdate, {}, table::kNcciEdits, result.fileName,
                       {{QStringLiteral("file_name"), result.fileName},
                        {QStringLiteral("rows"), result.rows},
                        {QStringLiteral("inserted"), result.inserted}}));
    FD_TRY((*tx)->commit());
    return result;
}

Result<qint64> ClaimScrubService::ncciEditCount()
{
    FD_TRY(m_ctx.access->require(perm::kView));
    return ScrubStore::ncciCount(m_ctx.db.connection());
}

Result<PayerBillingRule> ClaimScrubService::payerRule(const QString& payerId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    FD_TRY(m_ctx.payers->find(payerId));
    auto rules = ScrubStore::payerRules(m_ctx.db.connection());
    FD_TRY(rules);
    return rules->value(payerId, PayerBillingRule{payerId, false});
}

Result<PayerBillingRule> ClaimScrubService::savePayerRule(const PayerBillingRule& rule)
{
    FD_TRY(m_ctx.access->require(perm::kSetup));
    auto payer = m_ctx.payers->find(rule.payerId);
    FD_TRY(payer);
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    FD_TRY(ScrubStore::savePayerRule(**tx, rule));
    FD_TRY(auditChange(m_ctx, security::audit::kUpdate, {}, table::kPayerRules, rule.payerId,
                       {{QStringLiteral("payer"), payer->name}, {QStringLiteral("require_referring"), rule.requireReferring}}));
    FD_TRY((*tx)->commit());
    return rule;
}

Status scrubGate(const BillingContext& ctx, const QString& claimId, ClaimStatus target)
{
    if (target != ClaimStatus::Ready && target != ClaimStatus::Submitted)
        return {};
    auto claim = ClaimStore(ctx).loadOne(ctx.db.connection(), claimId);
    if (!claim || !canMoveClaim(claim->status, target))
        return {};  // the status change reports a missing claim or a move it does not allow
    return ClaimScrubService(ctx).check({claim.value()});
}

}  // namespace fd::billing
