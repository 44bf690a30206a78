#pragma once

#include "practice/core/practice_profile.h"
#include "practice/ui/field_errors.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace fd::practice::ui {

class AddressEditor;

// The practice itself: legal name, billing organization (NPI, tax id, taxonomy, address),
// pay-to address when it differs, contact details and the logo for documents.
class ProfilePage final : public QWidget
{
    Q_OBJECT
public:
    ProfilePage(std::shared_ptr<IPracticeProfile> service, bool canEdit, QWidget* parent = nullptr);

    void reload();
    bool save();  // the Save button; false when refused (the message is beside the field)
    const FieldErrors& errors() const { return m_errors; }

private:
    void buildLayout(bool canEdit);
    PracticeProfile collect() const;
    void chooseLogo();

    std::shared_ptr<IPracticeProfile> m_service;
    PracticeProfile m_profile;
    QLabel* m_general;
    FieldErrors m_errors;
    QLineEdit* m_name;
    QLineEdit* m_npi;
    QLineEdit* m_taxId;
    QLineEdit* m_taxonomy;
    QComboBox* m_timeZone;
    AddressEditor* m_billing;
    AddressEditor* m_payTo;
    QLineEdit* m_phone;
    QLineEdit* m_fax;
    QLineEdit* m_email;
    QLabel* m_logo;
    QPushButton* m_save;
    QLabel* m_status;
};

}  // namespace fd::practice::ui
