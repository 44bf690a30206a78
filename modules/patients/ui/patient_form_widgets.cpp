#include "patients/ui/patient_form_widgets.h"

#include "practice/ui/field_errors.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QRegularExpression>

namespace fd::patients::ui {

QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression us(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})$"));
    static const QRegularExpression digits(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    int year = 0, month = 0, day = 0;
    QRegularExpressionMatch m = iso.match(t);
    if (m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if ((m = us.match(t)).hasMatch() || (m = digits.match(t)).hasMatch()) {
        month = m.captured(1).toInt();
        day = m.captured(2).toInt();
        year = m.captured(3).toInt();
        if (m.captured(3).size() == 2) {
            const int thisYear = QDate::currentDate().year() % 100;
            year += year <= thisYear ? 2000 : 1900;
        }
    } else {
        return {};
    }
    return QDate(year, month, day);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("MM/dd/yyyy")) : QString();
}

std::optional<Money> parseMoney(const QString& text, bool* ok)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char('$')).remove(QLatin1Char(','));
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    auto money = Money::parse(t);
    if (!money) {
        *ok = false;
        return std::nullopt;
    }
    return money.value();
}

QString moneyText(const std::optional<Money>& money)
{
    return money ? money->toDecimalString() : QString();
}

QStringList usStateCodes()
{
    return QStringLiteral("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
                          "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI")
        .split(QLatin1Char(' '));
}

DateEdit::DateEdit(QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("MM/DD/YYYY"));
    setMaxLength(10);
}

StateAddressEditor::StateAddressEditor(const QString& key, practice::ui::FieldErrors& errors, QWidget* parent)
    : QWidget(parent),
      m_line1(new QLineEdit(this)),
      m_line2(new QLineEdit(this)),
      m_city(new QLineEdit(this)),
      m_state(new QComboBox(this)),
      m_zip(new QLineEdit(this))
{
    const auto name = [&](QWidget* w, const char* part) { w->setObjectName(key + QLatin1Char('.') + QLatin1String(part)); };
    name(m_line1, "line1");
    name(m_line2, "line2");
    name(m_city, "city");
    name(m_state, "state");
    name(m_zip, "zip");
    m_line1->setPlaceholderText(tr("Street"));
    m_line2->setPlaceholderText(tr("Apt, suite (optional)"));
    m_city->setPlaceholderText(tr("City"));
    m_zip->setPlaceholderText(tr("ZIP"));
    m_zip->setMaxLength(10);
    m_state->addItem(QString(), QString());
    for (const QString& code : usStateCodes())
        m_state->addItem(code, code);
    m_state->setToolTip(tr("State"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_line1, 0, 0, 1, 3);
    grid->addWidget(errors.labelFor(key + QStringLiteral(".line1"), this), 1, 0, 1, 3);
    grid->addWidget(m_line2, 2, 0, 1, 3);
    grid->addWidget(m_city, 3, 0);
    grid->addWidget(m_state, 3, 1);
    grid->addWidget(m_zip, 3, 2);
    grid->addWidget(errors.labelFor(key + QStringLiteral(".city"), this), 4, 0);
    grid->addWidget(errors.labelFor(key + QStringLiteral(".state"), this), 4, 1);
    grid->addWidget(errors.labelFor(key + QStringLiteral(".zip"), this), 4, 2);
    grid->addWidget(errors.labelFor(key, this), 5, 0, 1, 3);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 1);
    setFocusProxy(m_line1);
}

practice::Address StateAddressEditor::address() const
{
    return {m_line1->text().trimmed(), m_line2->text().trimmed(), m_city->text().trimmed(),
            m_state->currentData().toString(), m_zip->text().trimmed()};
}

void StateAddressEditor::setAddress(const practice::Address& address)
{
    m_line1->setText(address.line1);
    m_line2->setText(address.line2);
    m_city->setText(address.city);
    int index = m_state->findData(address.state);
    if (index < 0 && !address.state.isEmpty()) {
        m_state->addItem(address.state, address.state);  // keep what was stored, even if unknown
        index = m_state->count() - 1;
    }
    m_state->setCurrentIndex(std::max(0, index));
    m_zip->setText(address.zip);
}

void StateAddressEditor::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit : {m_line1, m_line2, m_city, m_zip})
        edit->setReadOnly(readOnly);
    m_state->setEnabled(!readOnly);
}

}  // namespace fd::patients::ui
