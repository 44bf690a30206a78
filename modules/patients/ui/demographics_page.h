#pragma once

#include "patients/ui/patients_services.h"
#include "practice/ui/field_errors.h"

#include <QScrollArea>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fd::patients::ui {

class DateEdit;
class ImageField;
class PhonesEditor;
class StateAddressEditor;

// The record itself: names, birth date and sex, contact details with consents, language,
// race and ethnicity, emergency contact, employer, primary provider, status, alert,
// restricted flag, notes and the photo. Messages from the core show beside the field they name.
class DemographicsPage final : public QScrollArea
{
    Q_OBJECT
public:
    DemographicsPage(PatientsServices services, QWidget* parent = nullptr);

    void setPatient(const Patient& patient);
    // The record as the form shows it, on top of the one last set.
    Patient patient() const;
    // Checks what the form itself can (typed dates); false with the message at its field.
    bool checkForm();
    practice::ui::FieldErrors& errors() { return m_errors; }
    void setEditable(bool editable);
    void reloadProviders();
    ImageField* photo() const { return m_photo; }

private:
    QWidget* buildNames(QWidget* parent);
    QWidget* buildContact(QWidget* parent);
    QWidget* buildDetails(QWidget* parent);
    QWidget* buildPhoto(QWidget* parent);
    QLineEdit* edit(const QString& key, QWidget* parent);
    QComboBox* combo(const QString& key, QWidget* parent, bool editable = false);

    PatientsServices m_services;
    Patient m_patient;
    QLabel* m_general;
    practice::ui::FieldErrors m_errors;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_middle = nullptr;
    QLineEdit* m_last = nullptr;
    QLineEdit* m_suffix = nullptr;
    QLineEdit* m_preferred = nullptr;
    DateEdit* m_birth = nullptr;
    QComboBox* m_sex = nullptr;
    QComboBox* m_gender = nullptr;
    QComboBox* m_pronouns = nullptr;
    StateAddressEditor* m_address = nullptr;
    PhonesEditor* m_phones = nullptr;
    QLineEdit* m_email = nullptr;
    QCheckBox* m_emailConsent = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_contact = nullptr;
    QComboBox* m_race = nullptr;
    QComboBox* m_ethnicity = nullptr;
    QLineEdit* m_emergencyName = nullptr;
    QLineEdit* m_emergencyRelationship = nullptr;
    QLineEdit* m_emergencyPhone = nullptr;
    QLineEdit* m_employerName = nullptr;
    QLineEdit* m_employerPhone = nullptr;
    QComboBox* m_provider = nullptr;
    QComboBox* m_status = nullptr;
    DateEdit* m_deceased = nullptr;
    QLineEdit* m_alert = nullptr;
    QCheckBox* m_restricted = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    ImageField* m_photo = nullptr;
};

}  // namespace fd::patients::ui
