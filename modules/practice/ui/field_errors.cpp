#include "practice/ui/field_errors.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace fd::practice::ui {

void FieldErrors::hide(QLabel* label)
{
    if (!label)
        return;
    label->clear();
    label->setVisible(false);
}

QLabel* FieldErrors::labelFor(const QString& key, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error_") + key);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    hide(label);
    m_labels.insert(key, label);
    return label;
}

void FieldErrors::addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& key, QWidget* parent)
{
    auto* box = new QVBoxLayout;
    box->addWidget(field);
    box->addWidget(labelFor(key, parent));
    auto* text = new QLabel(label, parent);
    text->setBuddy(field);  // without a buddy QLabel shows the '&' itself
    form->addRow(text, box);
}

void FieldErrors::clear()
{
    hide(m_general);
    for (const auto& label : std::as_const(m_labels))
        hide(label);
}

void FieldErrors::showAt(const QString& key, const QString& message)
{
    QLabel* label = m_labels.value(key);
    if (!label)
        label = m_general;
    if (!label)
        return;
    label->setText(message);
    label->setVisible(true);
}

void FieldErrors::clearAt(const QString& key)
{
    hide(m_labels.value(key));
}

QString FieldErrors::show(const Error& error)
{
    clear();
    // "billing_address.zip" falls back to "billing_address" when the form has one label for it.
    QString key = error.details;
    while (!key.isEmpty() && !m_labels.contains(key))
        key = key.contains(QLatin1Char('.')) ? key.left(key.lastIndexOf(QLatin1Char('.'))) : QString();
    showAt(key, error.message);
    return key;
}

QString FieldErrors::messageAt(const QString& key) const
{
    const QLabel* label = key.isEmpty() ? m_general.data() : m_labels.value(key).data();
    return label && label->isVisible() ? label->text() : QString();
}

}  // namespace fd::practice::ui
