// Many ledger entries in one transaction: ILedger's rules, with the summaries kept in memory.
#include "accounts/core/ledger_bulk_writer.h"

#include "accounts/core/accounts_permissions.h"
#include "accounts/core/ledger_checks.h"
#include "accounts/core/ledger_summaries.h"
#include "common/uuid.h"
#include "security/audit_actions.h"

#include <algorithm>

namespace fd::accounts {

namespace {

const QString kEntries = QStringLiteral("ledger_entries");

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

}  // namespace

LedgerBulkWriter::LedgerBulkWriter(AccountsContext ctx, storage::Transaction& tx)
    : m_ctx(std::move(ctx)), m_tx(tx), m_rows(tx), m_sql(tx.connection()), m_postedAt(m_ctx.now())
{
}

Status LedgerBulkWriter::checkOpen() const
{
    if (m_finished)
        return makeError(ErrorCode::InvalidInput,
                         accountsTr("The bulk posting was finished; start a new one."));
    return {};
}

Status LedgerBulkWriter::require(const QString& permission)
{
    FD_TRY(checkOpen());
    if (m_granted.count(permission))
        return {};
    FD_TRY(m_ctx.access->require(permission));
    m_granted.insert(permission);
    return {};
}

Result<LedgerBulkWriter::Account> LedgerBulkWriter::account(const QString& patientId)
{
    if (auto it = m_accounts.find(patientId); it != m_accounts.end())
        return it->second;
    // Access to the patient (restricted, merged away), audited as a read, as a posting does.
    auto patient = m_ctx.patients->get(patientId);
    FD_TRY(patient);
    Account a{patient->id, patient->guarantorId.isEmpty() ? patient->id : patient->guarantorId};
    m_accounts.emplace(patientId, a);
    return a;
}

Result<LedgerBulkWriter::Line*> LedgerBulkWriter::lineRow(const QString& lineId)
{
    if (auto it = m_lines.find(lineId); it != m_lines.end())
        return &it->second;
    auto q = m_sql.exec(
        QStringLiteral("SELECT patient_id, origin_patient_id, guarantor_id, claim_id, "
                       "service_date, code, charged, paid, adjusted, insurance, patient, "
                       "insurance_since, patient_since, last_activity FROM ledger_line_balances "
                       "WHERE line_id = ?"),
        {lineId});
    FD_TRY(q);
    QSqlQuery& r = *q.value();
    if (!r.next())
        return static_cast<Line*>(nullptr);
    Line l;
    l.state.lineId = lineId;
    l.state.owner = r.value(0).toString();
    l.state.origin = r.value(1).toString();
    l.state.guarantorId = r.value(2).toString();
    l.state.claimId = r.value(3).toString();
    l.state.serviceDate = QDate::fromString(r.value(4).toString(), Qt::ISODate);
    l.code = r.value(5).toString();
    l.charged = r.value(6).toLongLong();
    l.paid = r.value(7).toLongLong();
    l.adjusted = r.value(8).toLongLong();
    l.state.insurance = r.value(9).toLongLong();
    l.state.patient = r.value(10).toLongLong();
    l.insuranceSince = r.value(11).toString();
    l.patientSince = r.value(12).toString();
    l.lastActivity = r.value(13).toString();
    return &m_lines.emplace(lineId, std::move(l)).first->second;
}

Result<LedgerBulkWriter::Line*> LedgerBulkWriter::ownLine(const Account& a, const QString& lineId)
{
    if (lineId.isEmpty())
        return invalid(accountsTr("Choose the service line."), QStringLiteral("line_id"));
    auto l = lineRow(lineId);
    FD_TRY(l);
    if (!l.value())
        return makeError(ErrorCode::NotFound, accountsTr("No service line %1.").arg(lineId),
                         QStringLiteral("line_id"));
    if (l.value()->state.owner != a.owner)
        return invalid(accountsTr("Service line %1 belongs to another patient.").arg(lineId),
                       QStringLiteral("line_id"));
    return l;
}

Result<qint64*> LedgerBulkWriter::creditOf(const QString& owner)
{
    if (auto it = m_credits.find(owner); it != m_credits.end())
        return &it->second;
    auto stored = LedgerSummaries::credit(m_tx.connection(), owner);
    FD_TRY(stored);
    return &m_credits.emplace(owner, stored.value()).first->second;
}

Result<qint64> LedgerBulkWriter::credit(const QString& patientId)
{
    auto a = account(patientId);
    FD_TRY(a);
    auto c = creditOf(a->owner);
    FD_TRY(c);
    return *c.value();
}

Result<LineState> LedgerBulkWriter::line(const QString& lineId)
{
    auto l = lineRow(lineId);
    FD_TRY(l);
    if (!l.value())
        return makeError(ErrorCode::NotFound, accountsTr("No service line %1.").arg(lineId),
                         QStringLiteral("line_id"));
    return l.value()->state;
}

Result<std::optional<LedgerEntry>> LedgerBulkWriter::seen(const QString& clientId,
                                                          const QVariantMap& content)
{
    if (clientId.isEmpty())
        return std::optional<LedgerEntry>();
    if (!isUuid(clientId))
        return invalid(accountsTr("The client id must be a UUID."), QStringLiteral("client_id"));
    auto q = m_sql.exec(
        QStringLiteral("SELECT %1 FROM ledger_entries WHERE client_id = ? AND client_id <> ''")
            .arg(entrySelectColumns()),
        {clientId});
    FD_TRY(q);
    if (!q.value()->next())
        return std::optional<LedgerEntry>();
    const LedgerEntry stored = entryFromRow(*q.value());
    const QVariantMap fields = entryFields(stored);
    for (auto it = content.constBegin(); it != content.constEnd(); ++it)
        if (fields.value(it.key()).toString() != it.value().toString())
            return makeError(
                ErrorCode::Conflict,
                accountsTr("Client id %1 was already used for a different entry (%2 differs).")
                    .arg(clientId, it.key()),
                stored.id);
    return std::optional<LedgerEntry>(stored);
}

LedgerEntry LedgerBulkWriter::draft(const Account& a, EntryKind kind, Money amount,
                                    const QDate& effective, const QString& clientId) const
{
    LedgerEntry e;
    e.id = newUuid();
    e.kind = kind;
    e.postedAt = m_postedAt;
    e.effectiveDate = effective.isValid() ? effective : m_postedAt.date();
    e.patientId = a.owner;
    e.guarantorId = a.guarantorId;
    e.amount = amount;
    e.clientId = clientId;
    e.createdBy = m_ctx.userId();
    return e;
}

// Entries on a line carry the line's patient, guarantor and claim (as LedgerService's do).
static void onLine(LedgerEntry& e, const LineState& line)
{
    e.lineId = line.lineId;
    e.patientId = line.origin;
    e.guarantorId = line.guarantorId;
    e.claimId = line.claimId;
}

Result<LedgerEntry> LedgerBulkWriter::write(LedgerEntry e, const QString& owner,
                                            EntryKind effectKind, int sign)
{
    auto id = m_rows.insert(kEntries, entryFields(e), e.id);
    FD_TRY(id);
    e.id = id.value();
    const qint64 ins = e.insuranceDelta.cents();
    const qint64 pat = e.patientDelta.cents();
    const qint64 cre = e.creditDelta.cents();
    const LineEffect effect = lineEffect(effectKind, sign, e.amount.cents(), cre);
    const QString date = isoDate(e.effectiveDate);
    if (e.kind == EntryKind::Charge) {
        Line l;
        l.state = {e.lineId,  owner,           e.patientId, e.guarantorId,
                   e.claimId, e.effectiveDate, ins,         pat};
        l.code = e.code;
        l.charged = effect.charged;
        l.insuranceSince = ins > 0 ? date : QString();
        l.patientSince = pat > 0 ? date : QString();
        l.lastActivity = toIsoUtc(e.postedAt);
        m_lines.insert_or_assign(e.lineId, std::move(l));
    } else if (!e.lineId.isEmpty()) {
        auto found = lineRow(e.lineId);
        FD_TRY(found);
        Line& l = *found.value();
        // As LedgerSummaries::apply: patient_since starts when the patient's part rises from
        // zero and clears when it is paid off.
        l.insuranceSince = l.state.insurance + ins <= 0 ? QString() : isoDate(l.state.serviceDate);
        if (l.state.patient + pat <= 0)
            l.patientSince.clear();
        else if (l.state.patient <= 0)
            l.patientSince = date;
        l.charged += effect.charged;
        l.paid += effect.paid;
        l.adjusted += effect.adjusted;
        l.state.insurance += ins;
        l.state.patient += pat;
        l.lastActivity = toIsoUtc(e.postedAt);
    }
    for (Figures* f :
         {&m_patientDeltas[owner], &m_guarantorDeltas[e.guarantorId], &m_totalDeltas}) {
        (*f)[0] += ins;
        (*f)[1] += pat;
        (*f)[2] += cre;
    }
    if (cre != 0) {
        auto c = creditOf(owner);
        FD_TRY(c);
        *c.value() += cre;
    }
    security::AuditRecord record;
    record.action = security::audit::kCreate;
    record.patientId = e.patientId;
    record.entity = kEntries;
    record.entityId = e.id;
    record.details = {{QStringLiteral("kind"), entryKindId(e.kind)},
                      {QStringLiteral("amount_cents"), qint64(e.amount.cents())},
                      {QStringLiteral("line_id"), e.lineId},
                      {QStringLiteral("reversed_entry_id"), e.reversedEntryId}};
    FD_TRY(m_ctx.audit->record(record));
    ++m_written;
    return e;
}

Status LedgerBulkWriter::applyAvailableCredit(const Account& a, const QString& lineId)
{
    auto c = creditOf(a.owner);
    FD_TRY(c);
    auto l = ownLine(a, lineId);
    FD_TRY(l);
    const qint64 amount = std::min(*c.value(), l.value()->state.patient);
    if (amount <= 0)
        return {};
    LedgerEntry e = draft(a, EntryKind::CreditApplication, Money::fromCents(amount), {}, {});
    onLine(e, l.value()->state);
    e.creditDelta = Money::fromCents(-amount);
    e.patientDelta = Money::fromCents(-amount);
    FD_TRY(write(e, l.value()->state.owner, e.kind, 1));
    return {};
}

Result<LedgerEntry> LedgerBulkWriter::postCharge(const ChargeRequest& r)
{
    FD_TRY(require(perm::kCharges));
    FD_TRY(checkCharge(r, m_ctx.today()));
    auto retry = seen(r.clientId, {{QStringLiteral("kind"), entryKindId(EntryKind::Charge)},
                                   {QStringLiteral("patient_id"), r.patientId},
                                   {QStringLiteral("amount_cents"), qlonglong(r.amount.cents())},
                                   {QStringLiteral("code"), r.code.trimmed().toUpper()},
                                   {QStringLiteral("effective_date"), isoDate(r.serviceDate)}});
    FD_TRY(retry);
    if (retry->has_value())
        return **retry;
    auto a = account(r.patientId);
    FD_TRY(a);
    LedgerEntry e = draft(a.value(), EntryKind::Charge, r.amount, r.serviceDate, r.clientId);
    e.lineId = r.lineId.isEmpty() ? newUuid() : r.lineId;
    auto existing = lineRow(e.lineId);
    FD_TRY(existing);
    if (existing.value())
        return makeError(ErrorCode::Conflict,
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
    auto charge = write(e, a->owner, e.kind, 1);
    FD_TRY(charge);
    if (r.applyCredit && r.responsibility == Bucket::Patient)
        FD_TRY(applyAvailableCredit(a.value(), e.lineId));
    return charge;
}

Result<LedgerEntry> LedgerBulkWriter::recordPatientPayment(const PatientPaymentRequest& r)
{
    FD_TRY(require(perm::kPayments));
    FD_TRY(requirePositive(r.amount, QStringLiteral("amount")));
    FD_TRY(checkReference(r.reference, r.method));
    if (r.method == PaymentMethod::Eft)
        return invalid(accountsTr("A patient pays by cash, check or card."),
                       QStringLiteral("method"));
    auto retry = seen(r.clientId, {{QStringLiteral("kind"), entryKindId(EntryKind::PatientPayment)},
                                   {QStringLiteral("line_id"), r.lineId},
                                   {QStringLiteral("amount_cents"), qlonglong(r.amount.cents())},
                                   {QStringLiteral("method"), paymentMethodId(r.method)},
                                   {QStringLiteral("reference"), r.reference.trimmed()}});
    FD_TRY(retry);
    if (retry->has_value())
        return **retry;
    auto a = account(r.patientId);
    FD_TRY(a);
    LedgerEntry e =
        draft(a.value(), EntryKind::PatientPayment, r.amount, r.paymentDate, r.clientId);
    e.method = paymentMethodId(r.method);
    e.reference = r.reference.trimmed();
    e.note = r.note.trimmed();
    QString owner = a->owner;
    if (r.lineId.isEmpty()) {
        e.creditDelta = r.amount;
    } else {
        auto l = ownLine(a.value(), r.lineId);
        FD_TRY(l);
        onLine(e, l.value()->state);
        const qint64 applied = std::min<qint64>(r.amount.cents(), l.value()->state.patient);
        e.patientDelta = Money::fromCents(-applied);
        e.creditDelta = Money::fromCents(r.amount.cents() - applied);
        owner = l.value()->state.owner;
    }
    return write(e, owner, e.kind, 1);
}

Result<LedgerEntry> LedgerBulkWriter::recordInsurancePayment(const InsurancePaymentRequest& r)
{
    FD_TRY(require(perm::kPayments));
    FD_TRY(requirePositive(r.amount, QStringLiteral("amount")));
    FD_TRY(checkReference(r.reference, r.method));
    if (r.payerId.isEmpty())
        return invalid(accountsTr("An insurance payment needs its payer."),
                       QStringLiteral("payer_id"));
    if (m_ctx.payers && !m_payers.count(r.payerId)) {
        FD_TRY(m_ctx.payers->find(r.payerId));
        m_payers.insert(r.payerId);
    }
    auto retry =
        seen(r.clientId, {{QStringLiteral("kind"), entryKindId(EntryKind::InsurancePayment)},
                          {QStringLiteral("line_id"), r.lineId},
                          {QStringLiteral("payer_id"), r.payerId},
                          {QStringLiteral("amount_cents"), qlonglong(r.amount.cents())},
                          {QStringLiteral("reference"), r.reference.trimmed()}});
    FD_TRY(retry);
    if (retry->has_value())
        return **retry;
    auto a = account(r.patientId);
    FD_TRY(a);
    auto l = ownLine(a.value(), r.lineId);
    FD_TRY(l);
    FD_TRY(checkNotBelowZero(l.value()->state.insurance, r.amount, bucketText(Bucket::Insurance),
                             QStringLiteral("amount")));
    LedgerEntry e =
        draft(a.value(), EntryKind::InsurancePayment, r.amount, r.depositDate, r.clientId);
    onLine(e, l.value()->state);
    e.payerId = r.payerId;
    e.method = paymentMethodId(r.method);
    e.reference = r.reference.trimmed();
    e.note = r.note.trimmed();
    e.insuranceDelta = -r.amount;
    return write(e, l.value()->state.owner, e.kind, 1);
}

Result<LedgerEntry> LedgerBulkWriter::adjust(const AdjustmentRequest& r)
{
    FD_TRY(require(perm::kAdjust));
    FD_TRY(requirePositive(r.amount, QStringLiteral("amount")));
    auto reason = checkReason(r.reasonGroup, r.reasonCode);
    FD_TRY(reason);
    auto retry = seen(r.clientId, {{QStringLiteral("kind"), entryKindId(EntryKind::Adjustment)},
                                   {QStringLiteral("line_id"), r.lineId},
                                   {QStringLiteral("amount_cents"), qlonglong(r.amount.cents())},
                                   {QStringLiteral("reason_group"), reason->first},
                                   {QStringLiteral("reason_code"), reason->second}});
    FD_TRY(retry);
    if (retry->has_value())
        return **retry;
    auto a = account(r.patientId);
    FD_TRY(a);
    auto l = ownLine(a.value(), r.lineId);
    FD_TRY(l);
    const LineState& s = l.value()->state;
    FD_TRY(checkNotBelowZero(r.bucket == Bucket::Insurance ? s.insurance : s.patient, r.amount,
                             bucketText(r.bucket), QStringLiteral("amount")));
    LedgerEntry e = draft(a.value(), EntryKind::Adjustment, r.amount, r.date, r.clientId);
    onLine(e, s);
    e.reasonGroup = reason->first;
    e.reasonCode = reason->second;
    e.note = r.note.trimmed();
    (r.bucket == Bucket::Insurance ? e.insuranceDelta : e.patientDelta) = -r.amount;
    return write(e, s.owner, e.kind, 1);
}

Result<LedgerEntry> LedgerBulkWriter::transfer(const TransferRequest& r)
{
    FD_TRY(require(perm::kTransfer));
    FD_TRY(requirePositive(r.amount, QStringLiteral("amount")));
    auto retry =
        seen(r.clientId,
             {{QStringLiteral("kind"), entryKindId(EntryKind::Transfer)},
              {QStringLiteral("line_id"), r.lineId},
              {QStringLiteral("amount_cents"), qlonglong(r.amount.cents())},
              {QStringLiteral("insurance_delta"),
               qlonglong(r.from == Bucket::Insurance ? -r.amount.cents() : r.amount.cents())}});
    FD_TRY(retry);
    if (retry->has_value())
        return **retry;
    auto a = account(r.patientId);
    FD_TRY(a);
    auto l = ownLine(a.value(), r.lineId);
    FD_TRY(l);
    const LineState s = l.value()->state;
    FD_TRY(checkNotBelowZero(r.from == Bucket::Insurance ? s.insurance : s.patient, r.amount,
                             bucketText(r.from), QStringLiteral("amount")));
    LedgerEntry e = draft(a.value(), EntryKind::Transfer, r.amount, r.date, r.clientId);
    onLine(e, s);
    e.note = r.note.trimmed();
    e.insuranceDelta = r.from == Bucket::Insurance ? -r.amount : r.amount;
    e.patientDelta = -e.insuranceDelta;
    auto moved = write(e, s.owner, e.kind, 1);
    FD_TRY(moved);
    if (r.applyCredit && r.from == Bucket::Insurance)
        FD_TRY(applyAvailableCredit(a.value(), r.lineId));
    return moved;
}

Result<LedgerEntry> LedgerBulkWriter::applyCredit(const QString& patientId, const QString& lineId,
                                                  Money amount, const QString& clientId)
{
    FD_TRY(require(perm::kPayments));
    FD_TRY(requirePositive(amount, QStringLiteral("amount")));
    auto retry =
        seen(clientId, {{QStringLiteral("kind"), entryKindId(EntryKind::CreditApplication)},
                        {QStringLiteral("line_id"), lineId},
                        {QStringLiteral("amount_cents"), qlonglong(amount.cents())}});
    FD_TRY(retry);
    if (retry->has_value())
        return **retry;
    auto a = account(patientId);
    FD_TRY(a);
    auto l = ownLine(a.value(), lineId);
    FD_TRY(l);
    auto c = creditOf(a->owner);
    FD_TRY(c);
    FD_TRY(checkNotBelowZero(*c.value(), amount, accountsTr("unapplied credit of the patient"),
                             QStringLiteral("amount")));
    FD_TRY(checkNotBelowZero(l.value()->state.patient, amount, bucketText(Bucket::Patient),
                             QStringLiteral("amount")));
    LedgerEntry e = draft(a.value(), EntryKind::CreditApplication, amount, {}, clientId);
    onLine(e, l.value()->state);
    e.creditDelta = -amount;
    e.patientDelta = -amount;
    return write(e, l.value()->state.owner, e.kind, 1);
}

Result<LedgerEntry> LedgerBulkWriter::refund(const RefundRequest& r)
{
    FD_TRY(require(perm::kRefund));
    FD_TRY(requirePositive(r.amount, QStringLiteral("amount")));
    FD_TRY(checkReference(r.reference, r.method));
    auto retry = seen(r.clientId, {{QStringLiteral("kind"), entryKindId(EntryKind::Refund)},
                                   {QStringLiteral("patient_id"), r.patientId},
                                   {QStringLiteral("amount_cents"), qlonglong(r.amount.cents())},
                                   {QStringLiteral("method"), paymentMethodId(r.method)},
                                   {QStringLiteral("reference"), r.reference.trimmed()}});
    FD_TRY(retry);
    if (retry->has_value())
        return **retry;
    auto a = account(r.patientId);
    FD_TRY(a);
    auto c = creditOf(a->owner);
    FD_TRY(c);
    FD_TRY(checkNotBelowZero(*c.value(), r.amount, accountsTr("unapplied credit of the patient"),
                             QStringLiteral("amount")));
    LedgerEntry e = draft(a.value(), EntryKind::Refund, r.amount, r.date, r.clientId);
    e.method = paymentMethodId(r.method);
    e.reference = r.reference.trimmed();
    e.note = r.note.trimmed();
    e.creditDelta = -r.amount;
    return write(e, a->owner, e.kind, 1);
}

Result<LedgerEntry> LedgerBulkWriter::reverse(const QString& entryId, const QString& reason,
                                              const QDate& date, const QString& clientId)
{
    FD_TRY(require(perm::kReverse));
    if (reason.trimmed().isEmpty())
        return invalid(accountsTr("A reversal needs its reason."), QStringLiteral("reason"));
    auto q = m_sql.exec(
        QStringLiteral("SELECT %1 FROM ledger_entries WHERE id = ?").arg(entrySelectColumns()),
        {entryId});
    FD_TRY(q);
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, accountsTr("No ledger entry %1.").arg(entryId),
                         QStringLiteral("entry_id"));
    const LedgerEntry original = entryFromRow(*q.value());
    auto retry = seen(clientId, {{QStringLiteral("kind"), entryKindId(EntryKind::Reversal)},
                                 {QStringLiteral("reversed_entry_id"), entryId}});
    FD_TRY(retry);
    if (retry->has_value())
        return **retry;
    if (original.kind == EntryKind::Reversal)
        return invalid(accountsTr("A reversal cannot be reversed; post the entry again instead."),
                       QStringLiteral("entry_id"));
    auto done = m_sql.exec(QStringLiteral("SELECT id FROM ledger_entries WHERE "
                                          "reversed_entry_id = ? AND reversed_entry_id <> ''"),
                           {entryId});
    FD_TRY(done);
    if (done.value()->next())
        return makeError(ErrorCode::Conflict,
                         accountsTr("Entry %1 was already reversed by entry %2.")
                             .arg(entryId, done.value()->value(0).toString()),
                         QStringLiteral("entry_id"));
    auto owner = accountOwner(m_tx.connection(), original.patientId);
    FD_TRY(owner);
    auto a = account(owner.value());
    FD_TRY(a);
    LedgerEntry e = original;
    e.id = newUuid();
    e.kind = EntryKind::Reversal;
    e.postedAt = m_postedAt;
    e.effectiveDate = date.isValid() ? date : m_postedAt.date();
    e.reversedEntryId = original.id;
    e.insuranceDelta = -original.insuranceDelta;
    e.patientDelta = -original.patientDelta;
    e.creditDelta = -original.creditDelta;
    e.note = reason.trimmed();
    e.clientId = clientId;
    e.createdBy = m_ctx.userId();
    QString summaryOwner = a->owner;
    if (!original.lineId.isEmpty()) {
        auto l = lineRow(original.lineId);
        FD_TRY(l);
        if (!l.value())
            return makeError(
                ErrorCode::Corrupt,
                accountsTr("The service line of entry %1 has no balance row.").arg(entryId));
        const LineState& s = l.value()->state;
        if (s.insurance + e.insuranceDelta.cents() < 0 || s.patient + e.patientDelta.cents() < 0)
            return invalid(accountsTr("Reversing this entry would take the line's balance below "
                                      "zero: reverse the payments, adjustments or transfers "
                                      "posted after it first."),
                           QStringLiteral("entry_id"));
        summaryOwner = s.owner;
    }
    if (e.creditDelta.cents() < 0) {
        auto c = creditOf(summaryOwner);
        FD_TRY(c);
        if (*c.value() + e.creditDelta.cents() < 0)
            return invalid(accountsTr("Reversing this entry would take the patient's credit below "
                                      "zero: the credit was applied or refunded; reverse that "
                                      "first."),
                           QStringLiteral("entry_id"));
    }
    return write(e, summaryOwner, original.kind, -1);
}

Status LedgerBulkWriter::finish()
{
    FD_TRY(checkOpen());
    m_finished = true;
    for (const auto& [id, l] : m_lines)
        FD_TRY(m_sql.run(
            QStringLiteral("INSERT OR REPLACE INTO ledger_line_balances (line_id, patient_id, "
                           "origin_patient_id, guarantor_id, claim_id, service_date, code, "
                           "charged, paid, adjusted, insurance, patient, insurance_since, "
                           "patient_since, last_activity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?)"),
            {id, l.state.owner, l.state.origin, l.state.guarantorId,
             l.state.claimId.isNull() ? QStringLiteral("") : l.state.claimId,
             isoDate(l.state.serviceDate), l.code.isNull() ? QStringLiteral("") : l.code,
             qlonglong(l.charged), qlonglong(l.paid), qlonglong(l.adjusted),
             qlonglong(l.state.insurance), qlonglong(l.state.patient),
             l.insuranceSince.isNull() ? QStringLiteral("") : l.insuranceSince,
             l.patientSince.isNull() ? QStringLiteral("") : l.patientSince, l.lastActivity}));
    for (const auto& [key, f] : m_patientDeltas)
        FD_TRY(m_sql.run(
            QStringLiteral(
                "INSERT INTO ledger_patient_balances (patient_id, insurance, patient, credit) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(patient_id) DO UPDATE SET "
                "insurance = insurance + excluded.insurance, patient = patient + "
                "excluded.patient, credit = credit + excluded.credit"),
            {key, qlonglong(f[0]), qlonglong(f[1]), qlonglong(f[2])}));
    for (const auto& [key, f] : m_guarantorDeltas)
        FD_TRY(m_sql.run(
            QStringLiteral(
                "INSERT INTO ledger_guarantor_balances (guarantor_id, insurance, patient, credit) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(guarantor_id) DO UPDATE SET "
                "insurance = insurance + excluded.insurance, patient = patient + "
                "excluded.patient, credit = credit + excluded.credit"),
            {key, qlonglong(f[0]), qlonglong(f[1]), qlonglong(f[2])}));
    FD_TRY(m_sql.run(
        QStringLiteral("UPDATE ledger_totals SET insurance = insurance + ?, "
                       "patient = patient + ?, credit = credit + ? WHERE id = 1"),
        {qlonglong(m_totalDeltas[0]), qlonglong(m_totalDeltas[1]), qlonglong(m_totalDeltas[2])}));
    return {};
}

}  // namespace fd::accounts
