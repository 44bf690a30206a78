// ILedger's postings: validation, bucket effects, idempotency and the one transaction each.
#include "accounts/core/ledger_service.h"

#include "accounts/core/accounts_permissions.h"
#include "accounts/core/ledger_checks.h"
#include "common/uuid.h"
#include "security/audit_actions.h"
#include "storage/synced_rows.h"

#include <QJsonObject>

#include <algorithm>

namespace fd::accounts {

namespace {

const QString kEntries = QStringLiteral("ledger_entries");

}  // namespace

LedgerService::LedgerService(AccountsContext ctx) : m_ctx(std::move(ctx))
{
}

Result<std::optional<LedgerEntry>> LedgerService::byClientId(QSqlDatabase db,
                                                             const QString& clientId) const
{
    auto q = storage::exec(
        db,
        QStringLiteral("SELECT %1 FROM ledger_entries WHERE client_id = ? AND client_id <> ''")
            .arg(entrySelectColumns()),
        {clientId});
    FD_TRY(q);
    if (!q->next())
        return std::optional<LedgerEntry>();
    return std::optional<LedgerEntry>(entryFromRow(q.value()));
}

Result<LedgerEntry> LedgerService::post(const QString& permission, const QString& patientId,
                                        const QString& clientId, const QVariantMap& content,
                                        const Build& build)
{
    FD_TRY(m_ctx.access->require(permission));
    if (!clientId.isEmpty() && !isUuid(clientId))
        return invalid(accountsTr("The client id must be a UUID."), QStringLiteral("client_id"));
    // A savepoint when the caller has a transaction open (billing posts an encounter's charges
    // with the encounter, all or nothing); else a synchronous=FULL transaction of its own.
    auto tx = m_ctx.db.beginNestable(storage::Database::Durability::Full);
    FD_TRY(tx);
    storage::Transaction& t = *tx.value();
    if (!clientId.isEmpty()) {
        auto seen = byClientId(t.connection(), clientId);
        FD_TRY(seen);
        if (seen->has_value()) {
            // A retried request: the same content gets the entry it made the first time.
            const QVariantMap stored = entryFields(**seen);
            for (auto it = content.constBegin(); it != content.constEnd(); ++it)
                if (stored.value(it.key()).toString() != it.value().toString())
                    return makeError(
                        ErrorCode::Conflict,
                        accountsTr(
                            "Client id %1 was already used for a different entry (%2 differs).")
                            .arg(clientId, it.key()),
                        (*seen)->id);
            return **seen;
        }
    }
    // Checks access to the patient (restricted, merged away) and audits the read in this
    // transaction.
    auto patient = m_ctx.patients->get(patientId);
    FD_TRY(patient);
    Posting posting{t, patient->id,
                    patient->guarantorId.isEmpty() ? patient->id : patient->guarantorId};
    auto made = build(posting);
    FD_TRY(made);
    FD_TRY(t.commit());
    return made;
}

LedgerEntry LedgerService::draft(Posting& p, EntryKind kind, Money amount, const QDate& effective,
                                 const QString& clientId) const
{
    LedgerEntry e;
    e.id = newUuid();
    e.kind = kind;
    e.postedAt = m_ctx.now();
    e.effectiveDate = effective.isValid() ? effective : m_ctx.today();
    e.patientId = p.patientId;
    e.guarantorId = p.guarantorId;
    e.amount = amount;
    e.clientId = clientId;
    e.createdBy = m_ctx.userId();
    return e;
}

Result<LedgerEntry> LedgerService::write(Posting& p, LedgerEntry entry, const QString& owner,
                                         EntryKind effectKind, int sign)
{
    auto id = storage::SyncedRows::insert(p.tx, kEntries, entryFields(entry), entry.id);
    FD_TRY(id);
    entry.id = id.value();
    FD_TRY(LedgerSummaries::apply(
        p.tx, entry, owner,
        lineEffect(effectKind, sign, entry.amount.cents(), entry.creditDelta.cents())));
    security::AuditRecord record;
    record.action = security::audit::kCreate;
    record.patientId = entry.patientId;
    record.entity = kEntries;
    record.entityId = entry.id;
    record.details = {{QStringLiteral("kind"), entryKindId(entry.kind)},
                      {QStringLiteral("amount_cents"), qint64(entry.amount.cents())},
                      {QStringLiteral("line_id"), entry.lineId},
                      {QStringLiteral("reversed_entry_id"), entry.reversedEntryId}};
    FD_TRY(m_ctx.audit->record(record));
    return entry;
}

Result<LineState> LedgerService::ownLine(Posting& p, const QString& lineId)
{
    if (lineId.isEmpty())
        return invalid(accountsTr("Choose the service line."), QStringLiteral("line_id"));
    auto line = LedgerSummaries::line(p.tx.connection(), lineId);
    FD_TRY(line);
    if (!line->has_value())
        return makeError(ErrorCode::NotFound, accountsTr("No service line %1.").arg(lineId),
                         QStringLiteral("line_id"));
    if ((*line)->owner != p.patientId)
        return invalid(accountsTr("Service line %1 belongs to another patient.").arg(lineId),
                       QStringLiteral("line_id"));
    return **line;
}

// Entries on a line carry the line's patient (the one the charge was posted for), guarantor
// and claim, so that a merge and its undo move whole lines.
static void onLine(LedgerEntry& e, const LineState& line)
{
    e.lineId = line.lineId;
    e.patientId = line.origin;
    e.guarantorId = line.guarantorId;
    e.claimId = line.claimId;
}

Result<std::vector<LedgerEntry>> LedgerService::applyAvailableCredit(Posting& p,
                                                                     const QString& lineId)
{
    std::vector<LedgerEntry> made;
    auto credit = LedgerSummaries::credit(p.tx.connection(), p.patientId);
    FD_TRY(credit);
    auto line = ownLine(p, lineId);
    FD_TRY(line);
    const qint64 amount = std::min(credit.value(), line->patient);
    if (amount <= 0)
        return made;
    LedgerEntry e = draft(p, EntryKind::CreditApplication, Money::fromCents(amount), {}, {});
    onLine(e, line.value());
    e.creditDelta = Money::fromCents(-amount);
    e.patientDelta = Money::fromCents(-amount);
    auto written = write(p, e, line->owner, e.kind, 1);
    FD_TRY(written);
    made.push_back(written.value());
    return made;
}

Result<LedgerEntry> LedgerService::postCharge(const ChargeRequest& r)
{
    FD_TRY(checkCharge(r, m_ctx.today()));
    const QVariantMap content{
        {QStringLiteral("kind"), entryKindId(EntryKind::Charge)},
        {QStringLiteral("patient_id"), r.patientId},
        {QStringLiteral("amount_cents"), qlonglong(r.amount.cents())},
        {QStringLiteral("code"), r.code.trimmed().toUpper()},
        {QStringLiteral("effective_date"), r.serviceDate.toString(Qt::ISODate)}};
    return post(
        perm::kCharges, r.patientId, r.clientId, content, [&](Posting& p) -> Result<LedgerEntry> {
            LedgerEntry e = draft(p, EntryKind::Charge, r.amount, r.serviceDate, r.clientId);
            e.lineId = r.lineId.isEmpty() ? newUuid() : r.lineId;
            auto existing = LedgerSummaries::line(p.tx.connection(), e.lineId);
            FD_TRY(existing);
            if (existing->has_value())
                return makeError(
                    ErrorCode::Conflict,
                    accountsTr("Service line %1 already has its charge.").arg(e.lineId),
                    QStringLiteral("line_id"));
            e.claimId = r.claimId;
            e.code = r.code.trimmed().toUpper();
            for (const QString& m : r.modifiers)
                e.modifiers << m.trimmed().toUpper();
            e.units = r.units;
            e.providerId = r.providerId;
            e.locationId = r.locationId;
            e.description = r.description.trimmed();
            e.note = r.note.trimmed();
            (r.responsibility == Bucket::Insurance ? e.insuranceDelta : e.patientDelta) = r.amount;
            auto charge = write(p, e, p.patientId, e.kind, 1);
            FD_TRY(charge);
            if (r.applyCredit && r.responsibility == Bucket::Patient)
                FD_TRY(applyAvailableCredit(p, e.lineId));
            return charge;
        });
}

Result<LedgerEntry> LedgerService::recordPatientPayment(const PatientPaymentRequest& r)
{
    FD_TRY(requirePositive(r.amount, QStringLiteral("amount")));
    FD_TRY(checkReference(r.reference, r.method));
    if (r.method == PaymentMethod::Eft)
        return invalid(accountsTr("A patient pays by cash, check or card."),
                       QStringLiteral("method"));
    const QVariantMap content{{QStringLiteral("kind"), entryKindId(EntryKind::PatientPayment)},
                              {QStringLiteral("line_id"), r.lineId},
                              {QStringLiteral("amount_cents"), qlonglong(r.amount.cents())},
                              {QStringLiteral("method"), paymentMethodId(r.method)},
                              {QStringLiteral("reference"), r.reference.trimmed()}};
    return post(
        perm::kPayments, r.patientId, r.clientId, content, [&](Posting& p) -> Result<LedgerEntry> {
            LedgerEntry e =
                draft(p, EntryKind::PatientPayment, r.amount, r.paymentDate, r.clientId);
            e.method = paymentMethodId(r.method);
            e.reference = r.reference.trimmed();
            e.note = r.note.trimmed();
            QString owner = p.patientId;
            if (r.lineId.isEmpty()) {
                e.creditDelta = r.amount;  // unapplied: a copay before the visit's charges exist
            } else {
                auto line = ownLine(p, r.lineId);
                FD_TRY(line);
                onLine(e, line.value());
                const qint64 applied = std::min<qint64>(r.amount.cents(), line->patient);
                e.patientDelta = Money::fromCents(-applied);
                e.creditDelta =
                    Money::fromCents(r.amount.cents() - applied);  // an overpayment becomes credit
                owner = line->owner;
            }
            return write(p, e, owner, e.kind, 1);
        });
}

Result<LedgerEntry> LedgerService::recordInsurancePayment(const InsurancePaymentRequest& r)
{
    FD_TRY(requirePositive(r.amount, QStringLiteral("amount")));
    FD_TRY(checkReference(r.reference, r.method));
    if (r.payerId.isEmpty())
        return invalid(accountsTr("An insurance payment needs its payer."),
                       QStringLiteral("payer_id"));
    if (m_ctx.payers)
        FD_TRY(m_ctx.payers->find(r.payerId));
    const QVariantMap content{{QStringLiteral("kind"), entryKindId(EntryKind::InsurancePayment)},
                              {QStringLiteral("line_id"), r.lineId},
                              {QStringLiteral("payer_id"), r.payerId},
                              {QStringLiteral("amount_cents"), qlonglong(r.amount.cents())},
                              {QStringLiteral("reference"), r.reference.trimmed()}};
    return post(
        perm::kPayments, r.patientId, r.clientId, content, [&](Posting& p) -> Result<LedgerEntry> {
            auto line = ownLine(p, r.lineId);
            FD_TRY(line);
            FD_TRY(checkNotBelowZero(line->insurance, r.amount, bucketText(Bucket::Insurance),
                                     QStringLiteral("amount")));
            LedgerEntry e =
                draft(p, EntryKind::InsurancePayment, r.amount, r.depositDate, r.clientId);
            onLine(e, line.value());
            e.payerId = r.payerId;
            e.method = paymentMethodId(r.method);
            e.reference = r.reference.trimmed();
            e.note = r.note.trimmed();
            e.insuranceDelta = -r.amount;
            return write(p, e, line->owner, e.kind, 1);
        });
}

Result<LedgerEntry> LedgerService::adjust(const AdjustmentRequest& r)
{
    FD_TRY(requirePositive(r.amount, QStringLiteral("amount")));
    auto reason = checkReason(r.reasonGroup, r.reasonCode);
    FD_TRY(reason);
    const QString group = reason->first;
    const QString code = reason->second;
    const QVariantMap content{{QStringLiteral("kind"), entryKindId(EntryKind::Adjustment)},
                              {QStringLiteral("line_id"), r.lineId},
                              {QStringLiteral("amount_cents"), qlonglong(r.amount.cents())},
                              {QStringLiteral("reason_group"), group},
                              {QStringLiteral("reason_code"), code}};
    return post(perm::kAdjust, r.patientId, r.clientId, content,
                [&](Posting& p) -> Result<LedgerEntry> {
                    auto line = ownLine(p, r.lineId);
                    FD_TRY(line);
                    const qint64 available =
                        r.bucket == Bucket::Insurance ? line->insurance : line->patient;
                    FD_TRY(checkNotBelowZero(available, r.amount, bucketText(r.bucket),
                                             QStringLiteral("amount")));
                    LedgerEntry e = draft(p, EntryKind::Adjustment, r.amount, r.date, r.clientId);
                    onLine(e, line.value());
                    e.reasonGroup = group;
                    e.reasonCode = code;
                    e.note = r.note.trimmed();
                    (r.bucket == Bucket::Insurance ? e.insuranceDelta : e.patientDelta) = -r.amount;
                    return write(p, e, line->owner, e.kind, 1);
                });
}

Result<LedgerEntry> LedgerService::transfer(const TransferRequest& r)
{
    FD_TRY(requirePositive(r.amount, QStringLiteral("amount")));
    const QVariantMap content{
        {QStringLiteral("kind"), entryKindId(EntryKind::Transfer)},
        {QStringLiteral("line_id"), r.lineId},
        {QStringLiteral("amount_cents"), qlonglong(r.amount.cents())},
        {QStringLiteral("insurance_delta"),
         qlonglong(r.from == Bucket::Insurance ? -r.amount.cents() : r.amount.cents())}};
    return post(
        perm::kTransfer, r.patientId, r.clientId, content, [&](Posting& p) -> Result<LedgerEntry> {
            auto line = ownLine(p, r.lineId);
            FD_TRY(line);
            const qint64 available = r.from == Bucket::Insurance ? line->insurance : line->patient;
            FD_TRY(checkNotBelowZero(available, r.amount, bucketText(r.from),
                                     QStringLiteral("amount")));
            LedgerEntry e = draft(p, EntryKind::Transfer, r.amount, r.date, r.clientId);
            onLine(e, line.value());
            e.note = r.note.trimmed();
            e.insuranceDelta = r.from == Bucket::Insurance ? -r.amount : r.amount;
            e.patientDelta = -e.insuranceDelta;
            auto moved = write(p, e, line->owner, e.kind, 1);
            FD_TRY(moved);
            if (r.applyCredit && r.from == Bucket::Insurance)
                FD_TRY(applyAvailableCredit(p, r.lineId));
            return moved;
        });
}

Result<LedgerEntry> LedgerService::applyCredit(const QString& patientId, const QString& lineId,
                                               Money amount, const QString& clientId)
{
    FD_TRY(requirePositive(amount, QStringLiteral("amount")));
    const QVariantMap content{{QStringLiteral("kind"), entryKindId(EntryKind::CreditApplication)},
                              {QStringLiteral("line_id"), lineId},
                              {QStringLiteral("amount_cents"), qlonglong(amount.cents())}};
    return post(perm::kPayments, patientId, clientId, content,
                [&](Posting& p) -> Result<LedgerEntry> {
                    auto line = ownLine(p, lineId);
                    FD_TRY(line);
                    auto credit = LedgerSummaries::credit(p.tx.connection(), p.patientId);
                    FD_TRY(credit);
                    FD_TRY(checkNotBelowZero(credit.value(), amount,
                                             accountsTr("unapplied credit of the patient"),
                                             QStringLiteral("amount")));
                    FD_TRY(checkNotBelowZero(line->patient, amount, bucketText(Bucket::Patient),
                                             QStringLiteral("amount")));
                    LedgerEntry e = draft(p, EntryKind::CreditApplication, amount, {}, clientId);
                    onLine(e, line.value());
                    e.creditDelta = -amount;
                    e.patientDelta = -amount;
                    return write(p, e, line->owner, e.kind, 1);
                });
}

Result<std::vector<LedgerEntry>> LedgerService::applyCreditsFor(const QString& patientId)
{
    std::vector<LedgerEntry> made;
    auto last = post(perm::kPayments, patientId, {}, {}, [&](Posting& p) -> Result<LedgerEntry> {
        // Oldest patient-owed lines first: by the day they became the patient's.
        auto open = storage::exec(
            p.tx.connection(),
            QStringLiteral("SELECT line_id FROM ledger_line_balances WHERE patient_id = ? AND "
                           "patient > 0 ORDER BY patient_since, service_date, line_id"),
            {p.patientId});
        FD_TRY(open);
        QStringList lines;
        while (open->next())
            lines << open->value(0).toString();
        for (const QString& line : lines) {
            auto applied = applyAvailableCredit(p, line);
            FD_TRY(applied);
            if (applied->empty())
                break;  // no credit left
            made.insert(made.end(), applied->begin(), applied->end());
        }
        return made.empty() ? LedgerEntry() : made.back();
    });
    FD_TRY(last);
    return made;
}

Result<LedgerEntry> LedgerService::refund(const RefundRequest& r)
{
    FD_TRY(requirePositive(r.amount, QStringLiteral("amount")));
    FD_TRY(checkReference(r.reference, r.method));
    const QVariantMap content{{QStringLiteral("kind"), entryKindId(EntryKind::Refund)},
                              {QStringLiteral("patient_id"), r.patientId},
                              {QStringLiteral("amount_cents"), qlonglong(r.amount.cents())},
                              {QStringLiteral("method"), paymentMethodId(r.method)},
                              {QStringLiteral("reference"), r.reference.trimmed()}};
    return post(perm::kRefund, r.patientId, r.clientId, content,
                [&](Posting& p) -> Result<LedgerEntry> {
                    auto credit = LedgerSummaries::credit(p.tx.connection(), p.patientId);
                    FD_TRY(credit);
                    FD_TRY(checkNotBelowZero(credit.value(), r.amount,
                                             accountsTr("unapplied credit of the patient"),
                                             QStringLiteral("amount")));
                    LedgerEntry e = draft(p, EntryKind::Refund, r.amount, r.date, r.clientId);
                    e.method = paymentMethodId(r.method);
                    e.reference = r.reference.trimmed();
                    e.note = r.note.trimmed();
                    e.creditDelta = -r.amount;
                    return write(p, e, p.patientId, e.kind, 1);
                });
}

Result<LedgerEntry> LedgerService::reverse(const QString& entryId, const QString& reason,
                                           const QString& clientId)
{
    FD_TRY(m_ctx.access->require(perm::kReverse));
    if (reason.trimmed().isEmpty())
        return invalid(accountsTr("A reversal needs its reason."), QStringLiteral("reason"));
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral("SELECT %1 FROM ledger_entries WHERE id = ?").arg(entrySelectColumns()),
        {entryId});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, accountsTr("No ledger entry %1.").arg(entryId),
                         QStringLiteral("entry_id"));
    const LedgerEntry original = entryFromRow(q.value());
    auto owner = accountOwner(m_ctx.db.connection(), original.patientId);
    FD_TRY(owner);
    const QVariantMap content{{QStringLiteral("kind"), entryKindId(EntryKind::Reversal)},
                              {QStringLiteral("reversed_entry_id"), entryId}};
    return post(
        perm::kReverse, owner.value(), clientId, content, [&](Posting& p) -> Result<LedgerEntry> {
            if (original.kind == EntryKind::Reversal)
                return invalid(
                    accountsTr("A reversal cannot be reversed; post the entry again instead."),
                    QStringLiteral("entry_id"));
            auto done =
                storage::exec(p.tx.connection(),
                              QStringLiteral("SELECT id FROM ledger_entries WHERE "
                                             "reversed_entry_id = ? AND reversed_entry_id <> ''"),
                              {entryId});
            FD_TRY(done);
            if (done->next())
                return makeError(ErrorCode::Conflict,
                                 accountsTr("Entry %1 was already reversed by entry %2.")
                                     .arg(entryId, done->value(0).toString()),
                                 QStringLiteral("entry_id"));
            LedgerEntry e = original;
            e.id = newUuid();
            e.kind = EntryKind::Reversal;
            e.postedAt = m_ctx.now();
            e.effectiveDate = m_ctx.today();
            e.reversedEntryId = original.id;
            e.insuranceDelta = -original.insuranceDelta;
            e.patientDelta = -original.patientDelta;
            e.creditDelta = -original.creditDelta;
            e.note = reason.trimmed();
            e.clientId = clientId;
            e.createdBy = m_ctx.userId();
            QString summaryOwner = p.patientId;
            if (!original.lineId.isEmpty()) {
                auto line = LedgerSummaries::line(p.tx.connection(), original.lineId);
                FD_TRY(line);
                if (!line->has_value())
                    return makeError(ErrorCode::Corrupt,
                                     accountsTr("The service line of entry %1 has no balance row.")
                                         .arg(entryId));
                if ((*line)->insurance + e.insuranceDelta.cents() < 0 ||
                    (*line)->patient + e.patientDelta.cents() < 0)
                    return invalid(
                        accountsTr("Reversing this entry would take the line's balance below zero: "
                                   "reverse the "
                                   "payments, adjustments or transfers posted after it first."),
                        QStringLiteral("entry_id"));
                summaryOwner = (*line)->owner;
            }
            if (e.creditDelta.cents() < 0) {
                auto credit = LedgerSummaries::credit(p.tx.connection(), summaryOwner);
                FD_TRY(credit);
                if (credit.value() + e.creditDelta.cents() < 0)
                    return invalid(accountsTr("Reversing this entry would take the patient's "
                                              "credit below zero: the credit "
                                              "was applied or refunded; reverse that first."),
                                   QStringLiteral("entry_id"));
            }
            return write(p, e, summaryOwner, original.kind, -1);
        });
}

}  // namespace fd::accounts
