#pragma once

#include "common/money.h"
#include "practice/core/practice_types.h"

#include <QDate>
#include <QLineEdit>
#include <QWidget>

#include <optional>

class QComboBox;

namespace fd::practice::ui {
class FieldErrors;
}

namespace fd::patients::ui {

// Dates are typed as the front desk reads them off cards: 03/07/1980, 3/7/80, 1980-03-07,
// 03071980. Two-digit years up to this one are 20xx, later ones 19xx.
QDate parseDate(const QString& text);
QString dateText(const QDate& date);  // "03/07/1980"; empty for a null date

// "$25.00", "25" -> 2500 cents; empty text is "not known".
std::optional<Money> parseMoney(const QString& text, bool* ok);
QString moneyText(const std::optional<Money>& money);

// USPS two-letter codes: the 50 states, DC and the territories.
QStringList usStateCodes();

// A line edit for a date with the formats above; dateOk() tells typed-but-unreadable apart
// from empty.
class DateEdit final : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget* parent = nullptr);
    QDate date() const { return parseDate(text()); }
    void setDate(const QDate& date) { setText(dateText(date)); }
    bool dateOk() const { return text().trimmed().isEmpty() || date().isValid(); }
};

// Street, suite, city, state (a combo of USPS codes) and ZIP; each box has its error label
// keyed "<key>.line1" .. "<key>.zip".
class StateAddressEditor final : public QWidget
{
    Q_OBJECT
public:
    StateAddressEditor(const QString& key, practice::ui::FieldErrors& errors, QWidget* parent = nullptr);

    practice::Address address() const;
    void setAddress(const practice::Address& address);
    void setReadOnly(bool readOnly);

private:
    QLineEdit* m_line1;
    QLineEdit* m_line2;
    QLineEdit* m_city;
    QComboBox* m_state;
    QLineEdit* m_zip;
};

}  // namespace fd::patients::ui
