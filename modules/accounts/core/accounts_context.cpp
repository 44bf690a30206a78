#include "accounts/core/accounts_context.h"

#include "storage/database.h"

#include <QCoreApplication>

namespace fd::accounts {

QString accountsTr(const char* text)
{
    return QCoreApplication::translate("fd::accounts", text);
}

namespace {

bool luhnValid(const QString& digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

}  // namespace

bool looksLikeCardNumber(const QString& text)
{
    // Runs of digits, letting single spaces or dashes separate groups ("4111 1111 1111 1111").
    QString run;
    auto suspicious = [&run]() {
        if (run.size() < 13)
            return false;
        // Any 13..19 digit window of a longer run counts too.
        for (qsizetype len = 13; len <= 19 && len <= run.size(); ++len)
            for (qsizetype at = 0; at + len <= run.size(); ++at)
                if (luhnValid(run.mid(at, len)))
                    return true;
        return false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            run.append(c);
        } else if ((c == QLatin1Char(' ') || c == QLatin1Char('-')) && !run.isEmpty() &&
                   i + 1 < text.size() && text.at(i + 1).isDigit()) {
            continue;
        } else {
            if (suspicious())
                return true;
            run.clear();
        }
    }
    return suspicious();
}

Result<QString> accountOwner(QSqlDatabase db, const QString& patientId)
{
    QString owner = patientId;
    // A chain of merges is short; the bound guards against a damaged map with a cycle.
    for (int hops = 0; hops < 64; ++hops) {
        auto q = storage::exec(
            db,
            QStringLiteral(
                "SELECT survivor_id FROM ledger_patient_map WHERE merged_patient_id = ?"),
            {owner});
        FD_TRY(q);
        if (!q->next())
            return owner;
        owner = q->value(0).toString();
    }
    return makeError(ErrorCode::Corrupt, accountsTr("The ledger's merge map has a cycle."),
                     patientId);
}

Result<QStringList> mergedClosure(QSqlDatabase db, const QString& patientId)
{
    auto q = storage::exec(db,
                           QStringLiteral("WITH RECURSIVE ids(id) AS (SELECT ? UNION "
                                          "SELECT m.merged_patient_id FROM ledger_patient_map m "
                                          "JOIN ids ON m.survivor_id = ids.id) "
                                          "SELECT id FROM ids"),
                           {patientId});
    FD_TRY(q);
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    return ids;
}

QString entrySelectColumns(const QString& alias)
{
    static const QStringList columns =
        QStringLiteral(
            "id kind posted_at effective_date patient_id guarantor_id claim_id line_id "
            "amount_cents insurance_delta "
            "patient_delta credit_delta method reference payer_id reason_group reason_code note "
            "reversed_entry_id "
            "client_id created_by code modifiers units provider_id location_id description")
            .split(QLatin1Char(' '));
    if (alias.isEmpty())
        return columns.join(QStringLiteral(", "));
    QStringList qualified;
    for (const QString& c : columns)
        qualified << alias + QLatin1Char('.') + c;
    return qualified.join(QStringLiteral(", "));
}

LedgerEntry entryFromRow(const QSqlQuery& q, int f)
{
    LedgerEntry e;
    e.id = q.value(f + 0).toString();
    e.kind = entryKindFromId(q.value(f + 1).toString()).value_or(EntryKind::Charge);
    e.postedAt = QDateTime::fromString(q.value(f + 2).toString(), Qt::ISODateWithMs);
    e.effectiveDate = QDate::fromString(q.value(f + 3).toString(), Qt::ISODate);
    e.patientId = q.value(f + 4).toString();
    e.guarantorId = q.value(f + 5).toString();
    e.claimId = q.value(f + 6).toString();
    e.lineId = q.value(f + 7).toString();
    e.amount = Money::fromCents(q.value(f + 8).toLongLong());
    e.insuranceDelta = Money::fromCents(q.value(f + 9).toLongLong());
    e.patientDelta = Money::fromCents(q.value(f + 10).toLongLong());
    e.creditDelta = Money::fromCents(q.value(f + 11).toLongLong());
    e.method = q.value(f + 12).toString();
    e.reference = q.value(f + 13).toString();
    e.payerId = q.value(f + 14).toString();
    e.reasonGroup = q.value(f + 15).toString();
    e.reasonCode = q.value(f + 16).toString();
    e.note = q.value(f + 17).toString();
    e.reversedEntryId = q.value(f + 18).toString();
    e.clientId = q.value(f + 19).toString();
    e.createdBy = q.value(f + 20).toString();
    e.code = q.value(f + 21).toString();
    e.modifiers = q.value(f + 22).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    e.units = q.value(f + 23).toInt();
    e.providerId = q.value(f + 24).toString();
    e.locationId = q.value(f + 25).toString();
    e.description = q.value(f + 26).toString();
    return e;
}

QVariantMap entryFields(const LedgerEntry& e)
{
    auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    return {{QStringLiteral("kind"), entryKindId(e.kind)},
            {QStringLiteral("posted_at"), toIsoUtc(e.postedAt)},
            {QStringLiteral("effective_date"), e.effectiveDate.toString(Qt::ISODate)},
            {QStringLiteral("patient_id"), e.patientId},
            {QStringLiteral("guarantor_id"), e.guarantorId},
            {QStringLiteral("claim_id"), text(e.claimId)},
            {QStringLiteral("line_id"), text(e.lineId)},
            {QStringLiteral("amount_cents"), qlonglong(e.amount.cents())},
            {QStringLiteral("insurance_delta"), qlonglong(e.insuranceDelta.cents())},
            {QStringLiteral("patient_delta"), qlonglong(e.patientDelta.cents())},
            {QStringLiteral("credit_delta"), qlonglong(e.creditDelta.cents())},
            {QStringLiteral("method"), text(e.method)},
            {QStringLiteral("reference"), text(e.reference)},
            {QStringLiteral("payer_id"), text(e.payerId)},
            {QStringLiteral("reason_group"), text(e.reasonGroup)},
            {QStringLiteral("reason_code"), text(e.reasonCode)},
            {QStringLiteral("note"), text(e.note)},
            {QStringLiteral("reversed_entry_id"), text(e.reversedEntryId)},
            {QStringLiteral("client_id"), text(e.clientId)},
            {QStringLiteral("created_by"), text(e.createdBy)},
            {QStringLiteral("code"), text(e.code)},
            {QStringLiteral("modifiers"), text(e.modifiers.join(QLatin1Char(',')))},
            {QStringLiteral("units"), e.units},
            {QStringLiteral("provider_id"), text(e.providerId)},
            {QStringLiteral("location_id"), text(e.locationId)},
            {QStringLiteral("description"), text(e.description)}};
}

LineEffect lineEffect(EntryKind kind, int sign, qint64 amount, qint64 creditDelta)
{
    LineEffect effect;
    switch (kind) {
        case EntryKind::Charge:
            effect.charged = sign * amount;
            break;
        case EntryKind::InsurancePayment:
        case EntryKind::CreditApplication:
            effect.paid = sign * amount;
            break;
        case EntryKind::PatientPayment:
            // What went to the line; the rest became credit (creditDelta is the row's own, so
            // a reversal's is already negated).
            effect.paid = sign * amount - creditDelta;
            break;
        case EntryKind::Adjustment:
            effect.adjusted = sign * amount;
            break;
        case EntryKind::Transfer:
        case EntryKind::Refund:
        case EntryKind::Reversal:
            break;
    }
    return effect;
}

}  // namespace fd::accounts
