#pragma once

#include "practice/core/payers.h"
#include "practice/ui/field_errors.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace fd::practice::ui {

class AddressEditor;

// Adds or edits a payer: name, payer ids per clearinghouse, claim filing indicator, timely
// filing and appeal limits, crossover, eligibility and claim channels, address for paper.
class PayerDialog final : public QDialog
{
    Q_OBJECT
public:
    PayerDialog(std::shared_ptr<IPayerService> service, Payer payer, QWidget* parent = nullptr);

    const Payer& saved() const { return m_payer; }
    const FieldErrors& errors() const { return m_errors; }
    void save();

private:
    void buildLayout();
    Payer collect() const;

    std::shared_ptr<IPayerService> m_service;
    Payer m_payer;
    QLabel* m_general;
    FieldErrors m_errors;
    QLineEdit* m_name;
    QLineEdit* m_payerIds;
    QComboBox* m_indicator;
    QSpinBox* m_timely;
    QSpinBox* m_appeal;
    QCheckBox* m_crossover;
    QComboBox* m_eligibility;
    QComboBox* m_claims;
    AddressEditor* m_address;
    QLineEdit* m_phone;
};

}  // namespace fd::practice::ui
