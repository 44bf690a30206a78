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

namespace {
// Amounts as X12 writes them ("150", "-12.5", ".75") in cents without building a string;
// anything else is left to Money::parse, which decides what it accepts.
std::optional<qint64> plainCents(QByteArrayView amount)
{
    qsizetype i = 0;
    const bool negative = !amount.isEmpty() && amount[0] == '-';
    if (!amount.isEmpty() && (amount[0] == '-' || amount[0] == '+'))
        ++i;
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; i < amount.size() && amount[i] >= '0' && amount[i] <= '9'; ++i, ++wholeDigits)
        whole = whole * 10 + (amount[i] - '0');
    int fraction = 0;
    int fractionDigits = 0;
    if (i < amount.size() && amount[i] == '.') {
        for (++i; i < amount.size() && amount[i] >= '0' && amount[i] <= '9'; ++i, ++fractionDigits)
            fraction = fraction * 10 + (amount[i] - '0');
    }
    if (i != amount.size() || wholeDigits > 15 || fractionDigits > 2 || wholeDigits + fractionDigits == 0)
        return std::nullopt;
    const qint64 cents = whole * 100 + (fractionDigits == 1 ? fraction * 10 : fraction);
    return negative ? -cents : cents;
}

int digitsValue(QByteArrayView text, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i)
        n = n * 10 + (text[i] - '0');
    return n;
}
}  // namespace

QDate dateOf(QByteArrayView ccyymmdd)
{
    const QByteArrayView text = ccyymmdd.first(qMin<qsizetype>(ccyymmdd.size(), 8));
    bool digits = text.size() == 8;
    for (char c : text)
        digits = digits && c >= '0' && c <= '9';
    // Eight digits are what X12 sends; the general parser handles anything else.
    if (digits)
        return QDate(digitsValue(text, 0, 4), digitsValue(text, 4, 2), digitsValue(text, 6, 2));
    return QDate::fromString(QString::fromLatin1(text), QStringLiteral("yyyyMMdd"));
}

std::optional<Money> moneyOf(QByteArrayView amount)
{
    if (amount.isEmpty())
        return std::nullopt;
    if (const auto cents = plainCents(amount))
        return Money::fromCents(*cents);
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
