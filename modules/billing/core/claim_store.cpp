#include "billing/core/claim_store.h"

#include "common/iso_text.h"
#include "common/uuid.h"
#include "security/audit_actions.h"
#include "security/audit_json.h"
#include "storage/bulk_rows.h"


namespace fd::billing {

namespace {

constexpr qint64 kMaxClaimNumberValue = 999999999;  // "FD" and nine digits

const QString kClaimColumns = QStringLiteral(
    "id, row_version, claim_number, patient_id, encounter_id, coverage_id, payer_id, payer_order, frequency, "
    "original_claim_id, payer_claim_control_number, status, service_date, location_id, place_of_service, "
    "rendering_provider_id, supervising_provider_id, referring_provider_id, prior_authorization, diagnoses, "
    "batch_id, created_at, created_by");

Claim claimFromRow(const QSqlQuery& q)
{
    Claim c;
    c.id = q.value(0).toString();
    c.rowVersion = q.value(1).toLongLong();
    c.claimNumber = q.value(2).toString();
    c.patientId = q.value(3).toString();
    c.encounterId = q.value(4).toString();
    c.coverageId = q.value(5).toString();
    c.payerId = q.value(6).toString();
    c.payerOrder = q.value(7).toInt();
    c.frequency = frequencyFromCode(q.value(8).toString()).value_or(Frequency::Original);
    c.originalClaimId = q.value(9).toString();
    c.payerClaimControlNumber = q.value(10).toString();
    c.status = claimStatusFromId(q.value(11).toString()).value_or(ClaimStatus::Draft);
    c.serviceDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    c.locationId = q.value(13).toString();
    c.placeOfService = q.value(14).toString();
    c.renderingProviderId = q.value(15).toString();
    c.supervisingProviderId = q.value(16).toString();
    c.referringProviderId = q.value(17).toString();
    c.priorAuthorization = q.value(18).toString();
    c.diagnoses = q.value(19).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.batchId = q.value(20).toString();
    c.createdAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODateWithMs);
    c.createdBy = q.value(22).toString();
    return c;
}

}  // namespace

QString ClaimStore::claimNumberFor(qint64 value)
{
    return QStringLiteral("FD%1").arg(value, 9, 10, QLatin1Char('0'));
}

Result<std::vector<Claim>> ClaimStore::load(QSqlDatabase db, const QString& where, const QVariantList& binds,
                                            int limit) const
{
    const QString selection = QStringLiteral("SELECT id FROM billing_claims WHERE deleted = 0 AND (%1) "
                                             "ORDER BY service_date, created_at, claim_number%2")
                                  .arg(where, limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString());
    auto q = storage::execForwardOnly(db,
                                      QStringLiteral("SELECT %1 FROM billing_claims WHERE id IN (%2) ORDER BY "
                                                     "service_date, created_at, claim_number")
                                          .arg(kClaimColumns, selection),
                                      binds);
    FD_TRY(q);
    std::vector<Claim> claims;
    QHash<QString, std::size_t> index;
    while (q->next()) {
        claims.push_back(claimFromRow(q.value()));
        index.insert(claims.back().id, claims.size() - 1);
    }
    if (claims.empty())
        return claims;
    auto lines = storage::execForwardOnly(
        db,
        QStringLiteral("SELECT id, claim_id, charge_id, line_number, code, modifiers, units, amount_cents, pointers, "
                       "service_date FROM billing_claim_lines WHERE deleted = 0 AND claim_id IN (%1) "
                       "ORDER BY claim_id, line_number")
            .arg(selection),
        binds);
    FD_TRY(lines);
    while (lines->next()) {
        auto at = index.constFind(lines->value(1).toString());
        if (at == index.constEnd())
            continue;
        ClaimLine l;
        l.id = lines->value(0).toString();
        l.chargeId = lines->value(2).toString();
        l.lineNumber = lines->value(3).toInt();
        l.code = lines->value(4).toString();
        l.modifiers = lines->value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        l.units = lines->value(6).toInt();
        l.amount = Money::fromCents(lines->value(7).toLongLong());
        l.pointers = splitInts(lines->value(8).toString());
        l.serviceDate = QDate::fromString(lines->value(9).toString(), Qt::ISODate);
        claims[at.value()].lines.push_back(l);
    }
    return claims;
}

Result<Claim> ClaimStore::loadOne(QSqlDatabase db, const QString& id) const
{
    auto found = load(db, QStringLiteral("id = ?"), {id});
    FD_TRY(found);
    if (found->empty())
        return makeError(ErrorCode::NotFound, billingTr("No claim %1.").arg(id));
    return found->front();
}

Status ClaimStore::addHistory(storage::SyncedRowsBatch& rows, const QString& claimId, const QString& from,
                              const QString& to, const QString& note)
{
    auto made = rows.insert(table::kClaimHistory, notNull({{QStringLiteral("claim_id"), claimId},
                                                   {QStringLiteral("at"), isoUtc(m_ctx.now())},
                                                   {QStringLiteral("user_id"), m_ctx.userId()},
                                                   {QStringLiteral("from_status"), from},
                                                   {QStringLiteral("to_status"), to},
                                                   {QStringLiteral("note"), note}}));
    FD_TRY(made);
    return {};
}

Result<qint64> ClaimStore::reserveNumbers(QSqlDatabase db, int count)
{
    auto current = storage::exec(db, QStringLiteral("SELECT next_value FROM billing_counters WHERE name = 'claim_number'"));
    FD_TRY(current);
    if (!current->next())
        return makeError(ErrorCode::Internal, billingTr("The billing counter %1 is missing.").arg(QStringLiteral("claim_number")));
    const qint64 first = current->value(0).toLongLong();
    if (count < 1 || first + count - 1 > kMaxClaimNumberValue)
        return makeError(ErrorCode::Conflict, billingTr("The billing counter %1 is used up (at most %2).")
                                                  .arg(QStringLiteral("claim_number"))
                                                  .arg(kMaxClaimNumberValue));
    FD_TRY(storage::exec(db, QStringLiteral("UPDATE billing_counters SET next_value = ? WHERE name = 'claim_number'"),
                         {first + count}));
    return first;
}

Result<QHash<QString, Encounter>> ClaimStore::encountersOfLines(QSqlDatabase db, const QString& lineWhere,
                                                                const QVariantList& binds)
{
    auto q = storage::execForwardOnly(
        db,
        QStringLiteral("SELECT id, row_version, patient_id, appointment_id, service_date, location_id, "
                       "place_of_service, rendering_provider_id, supervising_provider_id, referring_provider_id, "
                       "prior_authorization, diagnoses, created_at, created_by FROM billing_encounters WHERE "
                       "deleted = 0 AND id IN (SELECT encounter_id FROM billing_service_lines WHERE deleted = 0 "
                       "AND (%1))")
            .arg(lineWhere),
        binds);
    FD_TRY(q);
    QHash<QString, Encounter> out;
    while (q->next()) {
        Encounter e;
        e.id = q->value(0).toString();
        e.rowVersion = q->value(1).toLongLong();
        e.patientId = q->value(2).toString();
        e.appointmentId = q->value(3).toString();
        e.serviceDate = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        e.locationId = q->value(5).toString();
        e.placeOfService = q->value(6).toString();
        e.renderingProviderId = q->value(7).toString();
        e.supervisingProviderId = q->value(8).toString();
        e.referringProviderId = q->value(9).toString();
        e.priorAuthorization = q->value(10).toString();
        e.diagnoses = q->value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        e.createdAt = QDateTime::fromString(q->value(12).toString(), Qt::ISODateWithMs);
        e.createdBy = q->value(13).toString();
        out.insert(e.id, std::move(e));
    }
    return out;
}

Result<Claim> ClaimStore::insert(storage::SyncedRowsBatch& rows, QSqlDatabase db, Claim c, const ClaimDraft& draft)
{
    auto number = nextCounterValue(db, QStringLiteral("claim_number"), kMaxClaimNumberValue);
    FD_TRY(number);
    return insertNumbered(rows, number.value(), std::move(c), draft);
}

Result<Claim> ClaimStore::insertNumbered(storage::SyncedRowsBatch& rows, qint64 number, Claim c,
                                         const ClaimDraft& draft, std::vector<security::AuditRecord>* audits)
{
    c = numbered(number, std::move(c), draft);
    FD_TRY(store(rows, c, audits));
    return c;
}

Claim ClaimStore::numbered(qint64 number, Claim c, const ClaimDraft& draft) const
{
    c.id = newUuid();
    c.claimNumber = claimNumberFor(number);
    c.status = ClaimStatus::Draft;
    c.diagnoses = draft.diagnoses;
    c.createdAt = m_ctx.now();
    c.createdBy = m_ctx.userId();
    c.rowVersion = 1;
    c.lines = draft.lines;
    for (ClaimLine& l : c.lines)
        l.id = newUuid();
    return c;
}

Status ClaimStore::store(storage::SyncedRowsBatch& rows, const Claim& c, std::vector<security::AuditRecord>* audits)
{
    // Columns named once: a build stores ten thousand claims and more lines.
    static const storage::SyncedColumns claimColumns(
        table::kClaims,
        {QStringLiteral("claim_number"), QStringLiteral("patient_id"), QStringLiteral("encounter_id"),
         QStringLiteral("coverage_id"), QStringLiteral("payer_id"), QStringLiteral("payer_order"),
         QStringLiteral("frequency"), QStringLiteral("original_claim_id"), QStringLiteral("payer_claim_control_number"),
         QStringLiteral("status"), QStringLiteral("service_date"), QStringLiteral("location_id"),
         QStringLiteral("place_of_service"), QStringLiteral("rendering_provider_id"),
         QStringLiteral("supervising_provider_id"), QStringLiteral("referring_provider_id"),
         QStringLiteral("prior_authorization"), QStringLiteral("diagnoses"), QStringLiteral("batch_id"),
         QStringLiteral("created_at"), QStringLiteral("created_by")});
    static const storage::SyncedColumns lineColumns(
        table::kClaimLines,
        {QStringLiteral("claim_id"), QStringLiteral("charge_id"), QStringLiteral("line_number"), QStringLiteral("code"),
         QStringLiteral("modifiers"), QStringLiteral("units"), QStringLiteral("amount_cents"),
         QStringLiteral("pointers"), QStringLiteral("service_date")});
    auto id = rows.insert(claimColumns,
                          notNullValues({c.claimNumber, c.patientId, c.encounterId, c.coverageId, c.payerId, c.payerOrder,
                                   frequencyCode(c.frequency), c.originalClaimId, c.payerClaimControlNumber,
                                   claimStatusId(c.status), isoDate(c.serviceDate), c.locationId, c.placeOfService,
                                   c.renderingProviderId, c.supervisingProviderId, c.referringProviderId,
                                   c.priorAuthorization, c.diagnoses.join(QLatin1Char(',')), QString(),
                                   isoUtc(c.createdAt), c.createdBy}),
                          c.id);
    FD_TRY(id);
    QStringList charges;
    charges.reserve(c.lines.size());
    for (const ClaimLine& l : c.lines) {
        auto lineId = rows.insert(lineColumns,
                                  notNullValues({c.id, l.chargeId, l.lineNumber, l.code, l.modifiers.join(QLatin1Char(',')),
                                           l.units, qlonglong(l.amount.cents()), joinInts(l.pointers),
                                           isoDate(l.serviceDate)}),
                                  l.id);
        FD_TRY(lineId);
        charges.append(l.chargeId);
    }
    // Its making is the first entry of its history (ClaimService::history), from created_at and
    // created_by: no history row of its own.
    // Written straight as JSON (a build writes one entry per claim), as QJsonObject would.
    QByteArray details;
    details.reserve(160 + charges.size() * 40);
    security::auditjson::appendObject(details, {{QStringLiteral("charges"), charges},
                                                {QStringLiteral("claim_number"), c.claimNumber},
                                                {QStringLiteral("frequency"), frequencyCode(c.frequency)},
                                                {QStringLiteral("payer_id"), c.payerId},
                                                {QStringLiteral("total_cents"), qlonglong(c.total().cents())}});
    security::AuditRecord record;
    record.action = security::audit::kCreate;
    record.patientId = c.patientId;
    record.entity = table::kClaims;
    record.entityId = c.id;
    record.detailsJson = std::move(details);
    if (!audits)
        return m_ctx.audit->record(record);
    audits->push_back(std::move(record));
    return {};
}

}  // namespace fd::billing
