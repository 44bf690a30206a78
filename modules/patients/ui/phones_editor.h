#pragma once

#include "patients/core/patient_types.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace fd::practice::ui {
class FieldErrors;
}

namespace fd::patients::ui {

// The patient's phones, one row each: type, number, SMS consent and a remove button; each
// row's messages show under it (keys "phones[0]", "phones[1]"...).
class PhonesEditor final : public QWidget
{
    Q_OBJECT
public:
    PhonesEditor(practice::ui::FieldErrors& errors, QWidget* parent = nullptr);

    QList<Phone> phones() const;
    void setPhones(const QList<Phone>& phones);
    int rowCount() const { return int(m_rows.size()); }
    QPushButton* addButton() const { return m_add; }
    void addRow(const Phone& phone = {});

private:
    struct Row
    {
        QWidget* widget;
        QComboBox* type;
        QLineEdit* number;
        QCheckBox* sms;
    };
    void removeRow(QWidget* widget);
    void renumber();

    practice::ui::FieldErrors& m_errors;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_add;
    std::vector<Row> m_rows;
};

}  // namespace fd::patients::ui
