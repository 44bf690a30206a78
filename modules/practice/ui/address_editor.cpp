#include "practice/ui/address_editor.h"

#include "practice/ui/field_errors.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace fd::practice::ui {

AddressEditor::AddressEditor(const QString& key, FieldErrors& errors, QWidget* parent)
    : QWidget(parent),
      m_line1(new QLineEdit(this)),
      m_line2(new QLineEdit(this)),
      m_city(new QLineEdit(this)),
      m_state(new QLineEdit(this)),
      m_zip(new QLineEdit(this))
{
    const QString base = key + QLatin1Char('.');
    m_line1->setObjectName(base + QStringLiteral("line1"));
    m_line2->setObjectName(base + QStringLiteral("line2"));
    m_city->setObjectName(base + QStringLiteral("city"));
    m_state->setObjectName(base + QStringLiteral("state"));
    m_zip->setObjectName(base + QStringLiteral("zip"));
    m_line1->setPlaceholderText(tr("Street"));
    m_line2->setPlaceholderText(tr("Suite, floor"));
    m_city->setPlaceholderText(tr("City"));
    m_state->setPlaceholderText(tr("State"));
    m_state->setMaxLength(2);
    m_zip->setPlaceholderText(tr("ZIP"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_line1, 0, 0, 1, 3);
    grid->addWidget(errors.labelFor(base + QStringLiteral("line1"), this), 1, 0, 1, 3);
    grid->addWidget(m_line2, 2, 0, 1, 3);
    grid->addWidget(m_city, 3, 0);
    grid->addWidget(m_state, 3, 1);
    grid->addWidget(m_zip, 3, 2);
    grid->addWidget(errors.labelFor(base + QStringLiteral("city"), this), 4, 0);
    grid->addWidget(errors.labelFor(base + QStringLiteral("state"), this), 4, 1);
    grid->addWidget(errors.labelFor(base + QStringLiteral("zip"), this), 4, 2);
    grid->setColumnStretch(0, 3);
}

Address AddressEditor::address() const
{
    return {m_line1->text().trimmed(), m_line2->text().trimmed(), m_city->text().trimmed(),
            m_state->text().trimmed().toUpper(), m_zip->text().trimmed()};
}

void AddressEditor::setAddress(const Address& a)
{
    m_line1->setText(a.line1);
    m_line2->setText(a.line2);
    m_city->setText(a.city);
    m_state->setText(a.state);
    m_zip->setText(a.zip);
}

}  // namespace fd::practice::ui
