#include "accounts/ui/money_edit.h"

#include <QRegularExpressionValidator>

namespace fd::accounts::ui {

MoneyEdit::MoneyEdit(QWidget* parent) : QLineEdit(parent)
{
    // Digits with optional thousands commas and at most two decimals; a leading $ is allowed.
    setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\$?[0-9][0-9,]{0,11}(\\.[0-9]{0,2})?$")), this));
    setPlaceholderText(QStringLiteral("0.00"));
    setAlignment(Qt::AlignRight);
    setMaximumWidth(140);
}

std::optional<Money> MoneyEdit::amount() const
{
    const QString text = this->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = Money::parse(text);
    if (!parsed)
        return std::nullopt;
    return parsed.value();
}

void MoneyEdit::setAmount(Money amount)
{
    setText(amount.toDecimalString());
}

}  // namespace fd::accounts::ui
