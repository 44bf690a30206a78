#pragma once

#include "common/result.h"

#include <QHash>
#include <QLabel>
#include <QPointer>

class QFormLayout;

namespace fd::practice::ui {

// Puts a service's validation message beside the field it names: the error's details carry
// the field key ("npi", "billing_address.zip"), each key has a label under its box, and
// anything unmatched goes to the general label at the top of the form.
class FieldErrors
{
public:
    explicit FieldErrors(QLabel* general) : m_general(general) { hide(m_general); }

    // A red message label for `key`, to be laid out under its field.
    QLabel* labelFor(const QString& key, QWidget* parent);
    // A form row: `label` (its &-mnemonic focuses `field`), the field, and its message label.
    void addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& key, QWidget* parent);
    void clear();
    // Shows the error where it belongs; returns the key it was shown at ("" for general).
    QString show(const Error& error);
    void showAt(const QString& key, const QString& message);
    void clearAt(const QString& key);
    QString messageAt(const QString& key) const;

private:
    static void hide(QLabel* label);
    QPointer<QLabel> m_general;
    QHash<QString, QPointer<QLabel>> m_labels;
};

}  // namespace fd::practice::ui
