#pragma once

#include "practice/core/practice_types.h"

#include <QWidget>

class QLineEdit;

namespace fd::practice::ui {

class FieldErrors;

// Street, suite, city, state and ZIP in one row group; each box has its error label keyed
// "<key>.line1" .. "<key>.zip".
class AddressEditor final : public QWidget
{
    Q_OBJECT
public:
    AddressEditor(const QString& key, FieldErrors& errors, QWidget* parent = nullptr);

    Address address() const;
    void setAddress(const Address& address);

private:
    QLineEdit* m_line1;
    QLineEdit* m_line2;
    QLineEdit* m_city;
    QLineEdit* m_state;
    QLineEdit* m_zip;
};

}  // namespace fd::practice::ui
