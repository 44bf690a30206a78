#include "billing/core/ack_applier.h"

#include "billing/core/ack_codes.h"
#include "billing/core/ack_registration.h"
#include "billing/core/claim_status_277_lines.h"
#include "security/audit_actions.h"
#include "x12/acknowledgment_view.h"
#include "x12/view_support.h"

namespace fd::billing {

namespace {

const AckCodes& codes()
{
    return AckCodes::instance();
}

// A batch's statuses by how much they say: a TA1's "received" never hides a 999's verdict.
int rank(const QString& status)
{
    if (status == QLatin1String("submitted"))
        return 0;
    return status == QLatin1String("received") ? 1 : 2;
}

QString ak9Status(const QByteArray& code)
{
    if (code == "A")
        return QStringLiteral("accepted");
    if (code == "E")
        return QStringLiteral("accepted_with_errors");
    if (code == "P")
        return QStringLiteral("partially_accepted");
    return QStringLiteral("rejected");
}

QString latin(const QByteArray& b)
{
    return QString::fromLatin1(b);
}

// "IK5 R (Rejected): 5 (One or more segments in error); IK3 CLM at 15 in 2300: 8 (...); ..."
QString setReason(const x12::SetAcknowledgment& s)
{
    QStringList parts;
    QStringList errors;
    for (const QByteArray& code : s.errorCodes)
        errors << codes().withMeaning(QStringLiteral("ik502"), latin(code));
    parts << QStringLiteral("IK5 %1%2")
                 .arg(codes().withMeaning(QStringLiteral("ik5"), latin(s.status)),
                      errors.isEmpty() ? QString() : QStringLiteral(": ") + errors.join(QStringLiteral(", ")));
    for (const x12::SegmentError& e : s.errors) {
        parts << QStringLiteral("IK3 %1 at segment %2 of the set (loop %3): %4")
                     .arg(latin(e.segmentId))
                     .arg(e.position)
                     .arg(latin(e.loop), codes().withMeaning(QStringLiteral("ik304"), latin(e.code)));
        for (const auto& el : e.elements)
            parts << QStringLiteral("IK4 element %1: %2%3")
                         .arg(latin(el.position), codes().withMeaning(QStringLiteral("ik403"), latin(el.code)),
                              el.value.isEmpty() ? QString() : QStringLiteral(", value '%1'").arg(latin(el.value)));
    }
    return parts.join(QStringLiteral("; "));
}

bool setRejected(const QByteArray& status)
{
    return status == "R" || status == "M" || status == "W" || status == "X";
}

void collectClaimLoops(const x12::Loop& l, std::vector<const x12::Loop*>& out)
{
    for (const x12::Loop& child : l.loops) {
        if (child.id == "2200D" || child.id == "2200E")
            out.push_back(&child);
        collectClaimLoops(child, out);
    }
}

}  // namespace

QString segmentPlace(const x12::Segment& s)
{
    return QStringLiteral("segment %1 (%2)").arg(s.number).arg(latin(s.id));
}

AckApplier::AckApplier(const BillingContext& ctx, storage::Transaction& tx, QString fileId, QString fileName,
                       AckImportResult& result)
    : m_ctx(ctx), m_tx(tx), m_db(tx.connection()), m_rows(tx), m_store(ctx), m_fileId(std::move(fileId)),
      m_fileName(std::move(fileName)), m_result(result)
{
}

Error AckApplier::refused(const x12::Segment& at, const QString& message) const
{
    return invalidInput(tr("%1: %2 Nothing was imported.").arg(segmentPlace(at), message), m_fileName);
}

Result<AckApplier::Batch> AckApplier::batchWhere(const QString& column, qint64 value, const x12::Segment& at,
                                                 const QString& what)
{
    auto q = storage::exec(m_db,
                           QStringLiteral("SELECT id, interchange_control, group_control, transaction_sets FROM "
                                          "billing_batches WHERE %1 = ? AND deleted = 0")
                               .arg(column),
                           {value});
    FD_TRY(q);
    if (!q->next() || value <= 0)
        return refused(at, tr("%1 %2 names no batch this practice sent.").arg(what).arg(value));
    return Batch{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toInt()};
}

Result<std::vector<Claim>> AckApplier::claimsOf(const Batch& b, int set)
{
    // The export writes a batch's claims in this order, kMaxClaimsPerTransaction to a set,
    // numbering the sets (ST02) 0001, 0002, ...
    auto all = m_store.load(m_db, QStringLiteral("batch_id = ?"), {b.id});
    FD_TRY(all);
    if (set == 0)
        return all;
    std::vector<Claim> out;
    const std::size_t first = std::size_t(set - 1) * kMaxClaimsPerTransaction;
    for (std::size_t i = first; i < all->size() && i < first + kMaxClaimsPerTransaction; ++i)
        out.push_back(all->at(i));
    return out;
}

Result<Claim> AckApplier::claimByNumber(const QString& number, const x12::Segment& at)
{
    auto found = m_store.load(m_db, QStringLiteral("claim_number = ?"), {number.trimmed().toUpper()});
    FD_TRY(found);
    if (found->empty())
        return refused(at, tr("claim number '%1' is not a claim of this practice.").arg(number));
    if (found->front().batchId.isEmpty())
        return refused(at, tr("claim %1 was never sent in a batch.").arg(number));
    return found->front();
}

Status AckApplier::setBatchStatus(const Batch& b, const QString& status, const QString& detail)
{
    auto q = storage::exec(m_db, QStringLiteral("SELECT id, row_version, status FROM billing_batch_acks WHERE batch_id = ?"),
                           {b.id});
    FD_TRY(q);
    const QVariantMap fields = notNull({{QStringLiteral("status"), status},
                                       {QStringLiteral("detail"), detail},
                                       {QStringLiteral("file_id"), m_fileId},
                                       {QStringLiteral("file_name"), m_fileName}});
    QString prior = QStringLiteral("submitted");
    if (q->next()) {
        prior = q->value(2).toString();
        if (rank(status) < rank(prior))
            return {};
        FD_TRY(storage::SyncedRows::update(m_tx, table::kBatchAcks, q->value(0).toString(), q->value(1).toLongLong(),
                                           fields));
    } else {
        QVariantMap row = fields;
        row.insert(QStringLiteral("batch_id"), b.id);
        FD_TRY(m_rows.insert(table::kBatchAcks, row));
    }
    FD_TRY(markBatchAcknowledged(b));
    m_result.batches.push_back({b.id, b.interchange, b.group, status, detail, m_fileName, m_ctx.now()});
    return auditChange(m_ctx, security::audit::kUpdate, {}, table::kBatches, b.id,
                       {{QStringLiteral("prior_status"), prior},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("acknowledgment"), m_fileName}});
}

Status AckApplier::markBatchAcknowledged(const Batch& b)
{
    // billing_batches.status belongs to the submission set ("billing_submission"), when it ran.
    auto column = storage::exec(m_db, QStringLiteral("SELECT 1 FROM pragma_table_info('billing_batches') "
                                                     "WHERE name = 'status'"));
    FD_TRY(column);
    if (!column->next())
        return {};
    auto q = storage::exec(m_db, QStringLiteral("SELECT row_version, status FROM billing_batches WHERE id = ?"), {b.id});
    FD_TRY(q);
    if (!q->next() || q->value(1).toString() == QLatin1String("acknowledged"))
        return {};
    auto updated = storage::SyncedRows::update(m_tx, table::kBatches, b.id, q->value(0).toLongLong(),
                                               {{QStringLiteral("status"), QStringLiteral("acknowledged")}});
    FD_TRY(updated);
    return {};
}

Status AckApplier::interchangeAck(const x12::Segment& ta1)
{
    const QByteArray control = ta1.element(1);
    auto b = batchWhere(QStringLiteral("interchange_control"), control.toLongLong(), ta1,
                        tr("The interchange control number (TA101)"));
    FD_TRY(b);
    const QString status = latin(ta1.element(4));
    const QString detail = QStringLiteral("TA1 %1; %2").arg(codes().withMeaning(QStringLiteral("ta104"), status),
                                                           codes().withMeaning(QStringLiteral("ta105"), latin(ta1.element(5))));
    if (status != QLatin1String("R"))
        return setBatchStatus(*b, QStringLiteral("received"), detail);
    FD_TRY(setBatchStatus(*b, QStringLiteral("rejected"), detail));
    const QDate date = x12::dateOf(QByteArray("20") + ta1.element(2));
    return rejectBatchClaims(*b, 0, {QStringLiteral("TA1"), QStringLiteral("TA1 R %1").arg(latin(ta1.element(5))),
                                     detail, date.isValid() ? date : m_ctx.today(), ta1.number, QStringLiteral("TA1")});
}

Status AckApplier::rejectBatchClaims(const Batch& b, int set, const Statement& s)
{
    auto claims = claimsOf(b, set);
    FD_TRY(claims);
    for (const Claim& c : claims.value())
        FD_TRY(moveClaim(c.id, ClaimStatus::Rejected, s, {}));
    return {};
}

Status AckApplier::functionalAck(const x12::Transaction& t)
{
    auto ack = x12::functionalAcknowledgmentOf(t);
    FD_TRY(ack);
    const x12::Segment* ak1 = t.root.segment("AK1");
    if (!ak1)
        return invalidInput(tr("The 999 has no AK1 segment. Nothing was imported."), m_fileName);
    if (ack->functionalId != "HC")
        return refused(*ak1, tr("the 999 answers a '%1' group; this practice sends only 837P claims (HC).")
                                 .arg(latin(ack->functionalId)));
    auto b = batchWhere(QStringLiteral("group_control"), ack->groupControlNumber.toLongLong(), *ak1,
                        tr("The group control number (AK102)"));
    FD_TRY(b);
    const QString groupDetail = QStringLiteral("AK9 %1; %2 of %3 transaction set(s) accepted")
                                    .arg(codes().withMeaning(QStringLiteral("ak9"), latin(ack->status)))
                                    .arg(ack->accepted)
                                    .arg(ack->included);
    FD_TRY(setBatchStatus(*b, ak9Status(ack->status), groupDetail));
    const auto setLoops = t.root.loopsWith("2000");
    for (std::size_t i = 0; i < ack->sets.size() && i < setLoops.size(); ++i) {
        const x12::SetAcknowledgment& set = ack->sets[i];
        const x12::Segment* ak2 = setLoops[i]->segment("AK2");
        const int number = set.controlNumber.toInt();
        if (set.transactionSet != "837" || number < 1 || number > b->transactionSets)
            return refused(*ak2, tr("transaction set %1 %2 is not in batch %3 (it has %4 set(s)).")
                                     .arg(latin(set.transactionSet), latin(set.controlNumber))
                                     .arg(b->interchange)
                                     .arg(b->transactionSets));
        if (!setRejected(set.status))
            continue;
        const QString reason = setReason(set);
        FD_TRY(rejectBatchClaims(*b, number, {QStringLiteral("999"), QStringLiteral("IK5 %1").arg(latin(set.status)),
                                              reason, m_ctx.today(), ak2->number, QStringLiteral("AK2")}));
    }
    if (ack->sets.empty() && setRejected(ack->status))
        FD_TRY(rejectBatchClaims(*b, 0, {QStringLiteral("999"), QStringLiteral("AK9 %1").arg(latin(ack->status)),
                                         groupDetail, m_ctx.today(), ak1->number, QStringLiteral("AK1")}));
    return {};
}

Status AckApplier::moveClaim(const QString& claimId, ClaimStatus target, const Statement& s, const QString& payerNumber)
{
    auto c = m_store.loadOne(m_db, claimId);
    FD_TRY(c);
    const QString from = claimStatusId(c->status);
    AckClaimChange change{c->id, c->claimNumber, from, claimStatusId(target), s.code, s.meaning, payerNumber, s.segment};
    if (c->status == target) {
        change.toStatus = from;
        m_result.claims.push_back(change);
        return {};
    }
    if (c->status != ClaimStatus::Submitted)
        return makeError(ErrorCode::Conflict,
                         tr("segment %1 (%2): claim %3 is %4; the %5 cannot make it %6. Nothing was imported.")
                             .arg(s.segment)
                             .arg(s.segmentId, c->claimNumber, from, s.source, claimStatusId(target)),
                         m_fileName);
    FD_TRY(storage::SyncedRows::update(m_tx, table::kClaims, c->id, c->rowVersion,
                                       {{QStringLiteral("status"), claimStatusId(target)}}));
    FD_TRY(m_store.addHistory(m_rows, c->id, from, claimStatusId(target),
                              tr("%1 %2: %3 %4").arg(s.source, m_fileName, s.code, s.meaning).left(1000)));
    FD_TRY(auditChange(m_ctx, security::audit::kUpdate, c->patientId, table::kClaims, c->id,
                       {{QStringLiteral("claim_number"), c->claimNumber},
                        {QStringLiteral("prior_status"), from},
                        {QStringLiteral("status"), claimStatusId(target)},
                        {QStringLiteral("acknowledgment"), m_fileName},
                        {QStringLiteral("code"), s.code}}));
    if (target == ClaimStatus::Rejected)
        FD_TRY(queueRejection(c.value(), s));
    m_result.claims.push_back(change);
    return {};
}

Status AckApplier::queueRejection(const Claim& c, const Statement& s)
{
    auto open = storage::exec(m_db, QStringLiteral("SELECT 1 FROM billing_rejections WHERE claim_id = ? AND "
                                                   "state = 'open' AND deleted = 0"),
                              {c.id});
    FD_TRY(open);
    if (open->next())
        return {};
    auto id = m_rows.insert(table::kRejections,
                            notNull({{QStringLiteral("claim_id"), c.id},
                                     {QStringLiteral("claim_number"), c.claimNumber},
                                     {QStringLiteral("patient_id"), c.patientId},
                                     {QStringLiteral("batch_id"), c.batchId},
                                     {QStringLiteral("source"), s.source},
                                     {QStringLiteral("code"), s.code},
                                     {QStringLiteral("reason"), s.meaning},
                                     {QStringLiteral("rejected_on"), s.date.toString(Qt::ISODate)},
                                     {QStringLiteral("file_id"), m_fileId},
                                     {QStringLiteral("file_name"), m_fileName},
                                     {QStringLiteral("state"), QStringLiteral("open")},
                                     {QStringLiteral("created_at"), toIsoUtc(m_ctx.now())}}));
    FD_TRY(id);
    ++m_result.rejections;
    return auditChange(m_ctx, security::audit::kCreate, c.patientId, table::kRejections, id.value(),
                       {{QStringLiteral("claim_number"), c.claimNumber},
                        {QStringLiteral("source"), s.source},
                        {QStringLiteral("code"), s.code}});
}

Result<std::vector<PayerLineStatus>> AckApplier::lineStatuses(const Claim& c, const x12::Loop& claimLoop)
{
    auto lines = Claim277Lines::read(claimLoop, m_fileName);
    FD_TRY(lines);
    Claim277Lines::match(lines.value(), c);
    return lines;
}

namespace {

// What a payer status said, claim and lines, to tell a repeat from news.
QString lineSignature(const QString& procedure, const QString& category, const QString& status,
                      const QString& entity, const QString& effective)
{
    return QStringList{procedure, category, status, entity, effective}.join(QLatin1Char('|'));
}

}  // namespace

Result<bool> AckApplier::sameAsLast(const Claim& c, const QVariantMap& row, const std::vector<PayerLineStatus>& lines)
{
    auto last = storage::exec(m_db,
                              QStringLiteral("SELECT id, source, category, status, entity, payer_claim_number, "
                                             "effective FROM billing_payer_statuses WHERE claim_id = ? AND "
                                             "deleted = 0 ORDER BY recorded_at DESC, rowid DESC LIMIT 1"),
                              {c.id});
    FD_TRY(last);
    if (!last->next())
        return false;
    const QStringList columns{QStringLiteral("source"), QStringLiteral("category"), QStringLiteral("status"),
                              QStringLiteral("entity"), QStringLiteral("payer_claim_number"),
                              QStringLiteral("effective")};
    for (int i = 0; i < columns.size(); ++i)
        if (last->value(i + 1).toString() != row.value(columns[i]).toString())
            return false;
    auto before = storage::exec(m_db,
                                QStringLiteral("SELECT procedure, category, status, entity, effective FROM "
                                               "billing_payer_line_statuses WHERE payer_status_id = ? AND "
                                               "deleted = 0 ORDER BY position"),
                                {last->value(0)});
    FD_TRY(before);
    QStringList was;
    while (before->next())
        was << lineSignature(before->value(0).toString(), before->value(1).toString(), before->value(2).toString(),
                             before->value(3).toString(), before->value(4).toString());
    QStringList now;
    for (const PayerLineStatus& l : lines)
        now << lineSignature(l.procedure, l.category, l.status, l.entity, l.effective.toString(Qt::ISODate));
    return was == now;
}

Status AckApplier::recordLineStatuses(const QString& payerStatusId, const Claim& c,
                                      const std::vector<PayerLineStatus>& lines)
{
    auto cents = [](const std::optional<Money>& m) { return m ? QVariant(qlonglong(m->cents())) : QVariant(); };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const PayerLineStatus& l = lines[i];
        QVariantMap row = notNull({{QStringLiteral("payer_status_id"), payerStatusId},
                                   {QStringLiteral("claim_id"), c.id},
                                   {QStringLiteral("claim_line_id"), l.claimLineId},
                                   {QStringLiteral("procedure"), l.procedure},
                                   {QStringLiteral("category"), l.category},
                                   {QStringLiteral("status"), l.status},
                                   {QStringLiteral("entity"), l.entity},
                                   {QStringLiteral("meaning"), l.meaning},
                                   {QStringLiteral("effective"), l.effective.toString(Qt::ISODate)},
                                   {QStringLiteral("service_from"), l.serviceFrom.toString(Qt::ISODate)},
                                   {QStringLiteral("service_to"), l.serviceTo.toString(Qt::ISODate)},
                                   {QStringLiteral("line_control"), l.lineControlNumber}});
        row.insert(QStringLiteral("position"), qlonglong(i + 1));
        row.insert(QStringLiteral("line_number"), l.lineNumber);
        row.insert(QStringLiteral("units"), l.units);
        row.insert(QStringLiteral("charge_cents"), cents(l.charge));
        row.insert(QStringLiteral("paid_cents"), cents(l.paid));
        FD_TRY(m_rows.insert(table::kPayerLineStatuses, row));
    }
    return {};
}

Status AckApplier::recordPayerStatus(const Claim& c, const QString& source, const x12::Loop& claimLoop,
                                     const std::vector<PayerLineStatus>& lines, bool history)
{
    const x12::Segment* stc = claimLoop.segment("STC");
    const x12::Segment* ref = claimLoop.segment("REF", "1K");
    const QString category = stc ? latin(stc->component(1, 1)) : QString();
    const QString status = stc ? latin(stc->component(1, 2)) : QString();
    const QString entity = stc ? latin(stc->component(1, 3)) : QString();
    const auto amount = stc ? x12::moneyOf(stc->element(4)) : std::nullopt;
    QStringList meanings;
    for (const x12::Segment* s : claimLoop.segmentsWith("STC"))
        meanings << codes().describeStatus(latin(s->component(1, 1)), latin(s->component(1, 2)),
                                           latin(s->component(1, 3)));
    const QString meaning = meanings.join(QStringLiteral(" | "));
    QVariantMap row = notNull({{QStringLiteral("claim_id"), c.id},
                               {QStringLiteral("source"), source},
                               {QStringLiteral("file_id"), m_fileId},
                               {QStringLiteral("file_name"), m_fileName},
                               {QStringLiteral("category"), category},
                               {QStringLiteral("status"), status},
                               {QStringLiteral("entity"), entity},
                               {QStringLiteral("meaning"), meaning},
                               {QStringLiteral("payer_claim_number"), ref ? latin(ref->element(2)) : QString()},
                               {QStringLiteral("effective"), (stc ? x12::dateOf(stc->element(2)) : QDate())
                                                                 .toString(Qt::ISODate)},
                               {QStringLiteral("recorded_at"), toIsoUtc(m_ctx.now())}});
    auto same = sameAsLast(c, row, lines);
    FD_TRY(same);
    if (same.value())
        return {};  // the payer said the same again
    row.insert(QStringLiteral("amount_cents"), amount ? QVariant(qlonglong(amount->cents())) : QVariant());
    auto id = m_rows.insert(table::kPayerStatuses, row);
    FD_TRY(id);
    FD_TRY(recordLineStatuses(id.value(), c, lines));
    if (history) {
        const QString now = claimStatusId(c.status);
        QString words = meaning;
        if (!lines.empty())
            words += tr("; service lines: %1").arg(Claim277Lines::describe(lines));
        FD_TRY(m_store.addHistory(m_rows, c.id, now, now,
                                  tr("payer status (%1 %2): %3").arg(source, m_fileName, words).left(1000)));
    }
    return auditChange(m_ctx, security::audit::kUpdate, c.patientId, table::kClaims, c.id,
                       {{QStringLiteral("claim_number"), c.claimNumber},
                        {QStringLiteral("payer_status"), QStringLiteral("%1:%2:%3").arg(category, status, entity)},
                        {QStringLiteral("service_lines"), int(lines.size())},
                        {QStringLiteral("source"), source},
                        {QStringLiteral("acknowledgment"), m_fileName}});
}

Status AckApplier::claimAcks(const x12::Transaction& t)
{
    FD_TRY(x12::expectTransaction(t, "277", "005010X214"));
    std::vector<const x12::Loop*> loops;
    collectClaimLoops(t.root, loops);
    for (const x12::Loop* loop : loops) {
        const x12::Segment* trn = loop->segment("TRN");
        const x12::Segment* stc = loop->segment("STC");
        if (!trn || !stc)
            return invalidInput(tr("A 277CA claim loop lacks its TRN or STC. Nothing was imported."), m_fileName);
        auto c = claimByNumber(latin(trn->element(2)), *trn);
        FD_TRY(c);
        auto lines = lineStatuses(c.value(), *loop);
        FD_TRY(lines);
        FD_TRY(recordPayerStatus(c.value(), QStringLiteral("277CA"), *loop, lines.value(), false));
        QStringList statuses;
        QStringList meanings;
        bool rejected = false;
        for (const x12::Segment* s : loop->segmentsWith("STC")) {
            statuses << latin(s->element(1));
            meanings << codes().describeStatus(latin(s->component(1, 1)), latin(s->component(1, 2)),
                                               latin(s->component(1, 3)));
            rejected = rejected || isRejectedCategory(latin(s->component(1, 1)));
        }
        const x12::Segment* ref = loop->segment("REF", "1K");
        const QString payerNumber = ref ? latin(ref->element(2)) : QString();
        const QDate date = x12::dateOf(stc->element(2));
        const Statement s{QStringLiteral("277CA"), statuses.join(QLatin1Char(' ')), meanings.join(QStringLiteral(" | ")),
                          date.isValid() ? date : m_ctx.today(), stc->number, QStringLiteral("STC")};
        if (rejected || isAcceptedCategory(latin(stc->component(1, 1)))) {
            FD_TRY(moveClaim(c->id, rejected ? ClaimStatus::Rejected : ClaimStatus::Accepted, s, payerNumber));
        } else {
            const QString now = claimStatusId(c->status);
            m_result.claims.push_back({c->id, c->claimNumber, now, now, s.code, s.meaning, payerNumber, s.segment,
                                       lines.value()});
        }
    }
    return {};
}

Status AckApplier::statusAnswers(const x12::Transaction& t)
{
    FD_TRY(x12::expectTransaction(t, "277", "005010X212"));
    std::vector<const x12::Loop*> loops;
    collectClaimLoops(t.root, loops);
    for (const x12::Loop* loop : loops) {
        const x12::Segment* trn = loop->segment("TRN");
        if (!trn)
            return invalidInput(tr("A 277 claim loop lacks its TRN. Nothing was imported."), m_fileName);
        auto request = storage::exec(m_db, QStringLiteral("SELECT claim_id FROM billing_status_requests WHERE "
                                                          "trace = ? AND deleted = 0"),
                                     {latin(trn->element(2))});
        FD_TRY(request);
        Result<Claim> c = makeError(ErrorCode::NotFound, QString());
        if (request->next()) {
            c = m_store.loadOne(m_db, request->value(0).toString());
        } else if (const x12::Segment* ej = loop->segment("REF", "EJ")) {
            c = claimByNumber(latin(ej->element(2)), *ej);
        } else {
            return refused(*trn, tr("trace number '%1' answers no claim status request of this practice, and no "
                                    "REF*EJ names a claim.")
                                     .arg(latin(trn->element(2))));
        }
        FD_TRY(c);
        auto lines = lineStatuses(c.value(), *loop);
        FD_TRY(lines);
        FD_TRY(recordPayerStatus(c.value(), QStringLiteral("277"), *loop, lines.value(), true));
        const x12::Segment* stc = loop->segment("STC");
        const x12::Segment* ref = loop->segment("REF", "1K");
        const QString now = claimStatusId(c->status);
        m_result.claims.push_back(
            {c->id, c->claimNumber, now, now, stc ? latin(stc->element(1)) : QString(),
             stc ? codes().describeStatus(latin(stc->component(1, 1)), latin(stc->component(1, 2)),
                                          latin(stc->component(1, 3)))
                 : QString(),
             ref ? latin(ref->element(2)) : QString(), trn->number, lines.value()});
    }
    return {};
}

}  // namespace fd::billing
