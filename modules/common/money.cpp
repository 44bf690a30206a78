#include "common/money.h"

#include <QCoreApplication>

#include <limits>

namespace fd {

Result<Money> Money::parse(const QString& input)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char(',')).remove(QLatin1Char('$')).remove(QLatin1Char(' '));
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(1);
    } else if (text.startsWith(QLatin1Char('+'))) {
        text = text.mid(1);
    }
    const auto bad = [&input](const QString& why) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::Money", "Not an amount of money: \"%1\"").arg(input), why);
    };
    if (text.isEmpty())
        return bad(QStringLiteral("empty"));
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    if (frac.size() > 2)
        return bad(QStringLiteral("more than two decimals"));
    if (whole.isEmpty() && frac.isEmpty())
        return bad(QStringLiteral("no digits"));
    for (QChar c : whole + frac) {
        if (!c.isDigit() || c.unicode() > 127)
            return bad(QStringLiteral("unexpected character '%1'").arg(c));
    }
    if (whole.size() > 15)
        return bad(QStringLiteral("too large"));
    while (frac.size() < 2)
        frac += QLatin1Char('0');
    const std::int64_t dollars = whole.isEmpty() ? 0 : whole.toLongLong();
    const std::int64_t cents = dollars * 100 + frac.toLongLong();
    return Money(negative ? -cents : cents);
}

QString Money::toDecimalString() const
{
    const std::uint64_t abs = m_cents < 0 ? std::uint64_t(-(m_cents + 1)) + 1 : std::uint64_t(m_cents);
    return QStringLiteral("%1%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplay() const
{
    const std::uint64_t abs = m_cents < 0 ? std::uint64_t(-(m_cents + 1)) + 1 : std::uint64_t(m_cents);
    QString dollars = QString::number(abs / 100);
    for (qsizetype i = dollars.size() - 3; i > 0; i -= 3)
        dollars.insert(i, QLatin1Char(','));
    return QStringLiteral("%1$%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString(), dollars)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

}  // namespace fd
