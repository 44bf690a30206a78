#include "patients/ui/phones_editor.h"

#include "practice/ui/field_errors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::patients::ui {

namespace {
QString phoneTypeText(const QString& type)
{
    if (type == QLatin1String("home"))
        return PhonesEditor::tr("Home");
    if (type == QLatin1String("mobile"))
        return PhonesEditor::tr("Mobile");
    if (type == QLatin1String("work"))
        return PhonesEditor::tr("Work");
    return PhonesEditor::tr("Other");
}
}  // namespace

PhonesEditor::PhonesEditor(practice::ui::FieldErrors& errors, QWidget* parent)
    : QWidget(parent), m_errors(errors), m_rowsLayout(new QVBoxLayout), m_add(new QPushButton(tr("Add p&hone"), this))
{
    m_add->setObjectName(QStringLiteral("phones.add"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    auto* addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch();
    layout->addLayout(addLine);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.back().number->setFocus();
    });
}

void PhonesEditor::addRow(const Phone& phone)
{
    Row row{new QWidget(this), nullptr, nullptr, nullptr};
    row.type = new QComboBox(row.widget);
    for (const QString& type : phoneTypes())
        row.type->addItem(phoneTypeText(type), type);
    row.type->setCurrentIndex(std::max(0, row.type->findData(phone.type)));
    row.number = new QLineEdit(phone.number, row.widget);
    row.number->setPlaceholderText(tr("555-555-0123"));
    row.sms = new QCheckBox(tr("Texts OK"), row.widget);
    row.sms->setChecked(phone.smsConsent);
    row.sms->setToolTip(tr("The patient agreed to receive text messages at this number"));
    auto* remove = new QPushButton(tr("Remove"), row.widget);
    remove->setAutoDefault(false);
    auto* grid = new QGridLayout(row.widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(0);
    grid->addWidget(row.type, 0, 0);
    grid->addWidget(row.number, 0, 1);
    grid->addWidget(row.sms, 0, 2);
    grid->addWidget(remove, 0, 3);
    grid->setColumnStretch(1, 1);
    m_rowsLayout->addWidget(row.widget);
    QWidget* widget = row.widget;
    connect(remove, &QPushButton::clicked, this, [this, widget] { removeRow(widget); });
    m_rows.push_back(row);
    renumber();
}

void PhonesEditor::removeRow(QWidget* widget)
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (it->widget == widget) {
            m_rows.erase(it);
            break;
        }
    }
    widget->deleteLater();
    widget->hide();
    renumber();
}

// Error labels follow the row's position, which is the index the core reports.
void PhonesEditor::renumber()
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const QString key = QStringLiteral("phones[%1]").arg(i);
        auto* grid = static_cast<QGridLayout*>(m_rows[i].widget->layout());
        if (QLayoutItem* old = grid->itemAtPosition(1, 0); old && old->widget())
            old->widget()->deleteLater();
        grid->addWidget(m_errors.labelFor(key, m_rows[i].widget), 1, 0, 1, 4);
        m_rows[i].number->setObjectName(key + QStringLiteral(".number"));
        m_rows[i].type->setObjectName(key + QStringLiteral(".type"));
        m_rows[i].sms->setObjectName(key + QStringLiteral(".sms_consent"));
    }
}

QList<Phone> PhonesEditor::phones() const
{
    QList<Phone> out;
    for (const Row& row : m_rows) {
        if (row.number->text().trimmed().isEmpty())
            continue;
        out.append({row.type->currentData().toString(), row.number->text().trimmed(), row.sms->isChecked()});
    }
    return out;
}

void PhonesEditor::setPhones(const QList<Phone>& phones)
{
    for (const Row& row : m_rows)
        delete row.widget;
    m_rows.clear();
    for (const Phone& phone : phones)
        addRow(phone);
    if (m_rows.empty())
        addRow();
}

}  // namespace fd::patients::ui
