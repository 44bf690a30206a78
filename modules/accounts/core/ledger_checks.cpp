// The posting rules shared by LedgerService and LedgerBulkWriter.
#include "accounts/core/ledger_checks.h"

#include "accounts/core/accounts_context.h"
#include "common/uuid.h"

#include <QRegularExpression>

namespace fd::accounts {

Error invalid(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

Status requirePositive(Money amount, const QString& field)
{
    if (amount.cents() <= 0)
        return invalid(
            accountsTr("The amount must be more than zero (got %1).").arg(amount.toDecimalString()),
            field);
    return {};
}

Status checkReference(const QString& reference, PaymentMethod method)
{
    if (looksLikeCardNumber(reference))
        return invalid(
            accountsTr(
                "The reference looks like a card number. Record only the last four digits or the "
                "approval code, never the full number."),
            QStringLiteral("reference"));
    if (reference.size() > 60)
        return invalid(accountsTr("The reference is longer than 60 characters."),
                       QStringLiteral("reference"));
    if (method == PaymentMethod::Check && reference.trimmed().isEmpty())
        return invalid(accountsTr("A check payment needs the check number as its reference."),
                       QStringLiteral("reference"));
    return {};
}

Status checkNotBelowZero(qint64 available, Money amount, const QString& what, const QString& field)
{
    if (amount.cents() > available)
        return invalid(
            accountsTr("The amount %1 is more than the %2 %3.")
                .arg(amount.toDecimalString(), Money::fromCents(available).toDecimalString(), what),
            field);
    return {};
}

QString bucketText(Bucket bucket)
{
    return bucket == Bucket::Insurance ? accountsTr("insurance balance of the line")
                                       : accountsTr("patient balance of the line");
}

Status checkCharge(const ChargeRequest& r, const QDate& today)
{
    FD_TRY(requirePositive(r.amount, QStringLiteral("amount")));
    if (!r.serviceDate.isValid())
        return invalid(accountsTr("A charge needs its service date."),
                       QStringLiteral("service_date"));
    if (r.serviceDate > today)
        return invalid(accountsTr("The service date %1 is in the future.")
                           .arg(r.serviceDate.toString(Qt::ISODate)),
                       QStringLiteral("service_date"));
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9]{5}$"));
    if (!code.match(r.code.trimmed().toUpper()).hasMatch())
        return invalid(
            accountsTr("\"%1\" is not a CPT or HCPCS code (five letters or digits).").arg(r.code),
            QStringLiteral("code"));
    static const QRegularExpression modifier(QStringLiteral("^[A-Z0-9]{2}$"));
    if (r.modifiers.size() > 4)
        return invalid(accountsTr("A service line takes at most four modifiers."),
                       QStringLiteral("modifiers"));
    for (const QString& m : r.modifiers)
        if (!modifier.match(m.trimmed().toUpper()).hasMatch())
            return invalid(accountsTr("\"%1\" is not a modifier (two letters or digits).").arg(m),
                           QStringLiteral("modifiers"));
    if (r.units < 1 || r.units > 9999)
        return invalid(accountsTr("Units must be from 1 to 9999."), QStringLiteral("units"));
    if (!r.lineId.isEmpty() && !isUuid(r.lineId))
        return invalid(accountsTr("The line id must be a UUID."), QStringLiteral("line_id"));
    return {};
}

Result<std::pair<QString, QString>> checkReason(const QString& reasonGroup,
                                                const QString& reasonCode)
{
    static const QStringList groups{QStringLiteral("CO"), QStringLiteral("PR"),
                                    QStringLiteral("OI"), QStringLiteral("PI")};
    const QString group = reasonGroup.trimmed().toUpper();
    if (!groups.contains(group))
        return invalid(
            accountsTr("\"%1\" is not an adjustment group (CO, PR, OI or PI).").arg(reasonGroup),
            QStringLiteral("reason_group"));
    static const QRegularExpression carc(QStringLiteral("^[A-Z0-9]{1,5}$"));
    const QString code = reasonCode.trimmed().toUpper();
    if (!carc.match(code).hasMatch())
        return invalid(accountsTr("\"%1\" is not a claim adjustment reason code.").arg(reasonCode),
                       QStringLiteral("reason_code"));
    return std::pair<QString, QString>(group, code);
}

}  // namespace fd::accounts
