#include "billing/core/claim_status_line_store.h"

#include "storage/database.h"

namespace fd::billing {

namespace {

std::optional<Money> centsOf(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<Money>(Money::fromCents(v.toLongLong()));
}

QDate dayOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

}  // namespace

Result<std::vector<PayerLineStatus>> ClaimStatusLineStore::load(QSqlDatabase db, const QString& payerStatusId)
{
    auto q = storage::exec(db,
                           QStringLiteral("SELECT claim_line_id, line_number, procedure, charge_cents, paid_cents, "
                                          "units, category, status, entity, meaning, effective, service_from, "
                                          "service_to, line_control FROM billing_payer_line_statuses WHERE "
                                          "payer_status_id = ? AND deleted = 0 ORDER BY position"),
                           {payerStatusId});
    FD_TRY(q);
    std::vector<PayerLineStatus> out;
    while (q->next()) {
        PayerLineStatus l;
        l.claimLineId = q->value(0).toString();
        l.lineNumber = q->value(1).toInt();
        l.procedure = q->value(2).toString();
        l.charge = centsOf(q->value(3));
        l.paid = centsOf(q->value(4));
        l.units = q->value(5).toInt();
        l.category = q->value(6).toString();
        l.status = q->value(7).toString();
        l.entity = q->value(8).toString();
        l.meaning = q->value(9).toString();
        l.effective = dayOf(q->value(10));
        l.serviceFrom = dayOf(q->value(11));
        l.serviceTo = dayOf(q->value(12));
        l.lineControlNumber = q->value(13).toString();
        out.push_back(std::move(l));
    }
    return out;
}

}  // namespace fd::billing
