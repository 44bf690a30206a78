#pragma once

#include "common/money.h"

#include <QLineEdit>

#include <optional>

namespace fd::accounts::ui {

// An amount typed as dollars and cents ("25", "25.5", "1,250.00"), read as exact cents by
// Money::parse: no floating point between the keyboard and the ledger.
class MoneyEdit final : public QLineEdit
{
    Q_OBJECT
public:
    explicit MoneyEdit(QWidget* parent = nullptr);

    // The amount when the text is one (empty text: none).
    std::optional<Money> amount() const;
    void setAmount(Money amount);
};

}  // namespace fd::accounts::ui
