#include "x12/view_support.h"

#include <QCoreApplication>

namespace fd::x12 {

Party partyOf(const Segment* nm1)
{
    Party p;
    if (!nm1)
        return p;
    p.entityCode = nm1->element(1);
    p.lastOrOrganization = nm1->element(3);
    p.firstName = nm1->element(4);
    p.idQualifier = nm1->element(8);
    p.id = nm1->element(9);
    return p;
}

QDate dateOf(const QByteArray& ccyymmdd)
{
    return QDate::fromString(QString::fromLatin1(ccyymmdd.left(8)), QStringLiteral("yyyyMMdd"));
}

std::optional<Money> moneyOf(const QByteArray& amount)
{
    if (amount.isEmpty())
        return std::nullopt;
    auto m = Money::parse(QString::fromLatin1(amount));
    if (!m)
        return std::nullopt;
    return m.value();
}

Status expectTransaction(const Transaction& t, const QByteArray& set, const QByteArray& versionPrefix)
{
    if (t.transactionSet == set && t.version.startsWith(versionPrefix))
        return {};
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("fd::x12", "expected a %1 %2 transaction set, got %3 %4")
                         .arg(QString::fromLatin1(set), QString::fromLatin1(versionPrefix),
                              QString::fromLatin1(t.transactionSet), QString::fromLatin1(t.version)));
}

}  // namespace fd::x12
