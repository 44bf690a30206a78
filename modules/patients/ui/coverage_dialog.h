#pragma once

#include "patients/ui/patients_services.h"
#include "practice/ui/field_errors.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fd::patients::ui {

class DateEdit;
class ImageField;

// Adds or edits one coverage: order, payer, plan, member id, group, the subscriber and their
// relationship, dates, the copay, coinsurance and deductible as far as they are known, and
// the pictures of the card's front and back.
class CoverageDialog final : public QDialog
{
    Q_OBJECT
public:
    CoverageDialog(PatientsServices services, Coverage coverage, QWidget* parent = nullptr);

    const Coverage& coverage() const { return m_coverage; }
    practice::ui::FieldErrors& errors() { return m_errors; }
    ImageField* cardFront() const { return m_cardFront; }
    ImageField* cardBack() const { return m_cardBack; }
    // Saves through the service; stays open with the message at its field on an error.
    void save();

private:
    void buildLayout();
    void updateSubscriber();

    PatientsServices m_services;
    Coverage m_coverage;
    QLabel* m_general;
    practice::ui::FieldErrors m_errors;
    QSpinBox* m_order;
    QComboBox* m_payer;
    QLineEdit* m_plan;
    QLineEdit* m_member;
    QLineEdit* m_group;
    QComboBox* m_relationship;
    QLineEdit* m_subscriberFirst;
    QLineEdit* m_subscriberLast;
    DateEdit* m_subscriberBirth;
    QComboBox* m_subscriberSex;
    DateEdit* m_from;
    DateEdit* m_to;
    QLineEdit* m_copay;
    QSpinBox* m_coinsurance;
    QLineEdit* m_deductible;
    ImageField* m_cardFront;
    ImageField* m_cardBack;
};

}  // namespace fd::patients::ui
