#pragma once

#include "patients/ui/patients_services.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace fd::practice::ui {
class FieldErrors;
class PracticeTableModel;
}  // namespace fd::practice::ui

namespace fd::patients::ui {

class StateAddressEditor;

// HIPAA choices: confidential communications (which address, phones and channels may be
// used), restrictions the practice agreed to, with their dates, and the amendment history
// (request, accept or deny, the patient's disagreement), appended and never changed.
class PrivacyPage final : public QWidget
{
    Q_OBJECT
public:
    PrivacyPage(PatientsServices services, QWidget* parent = nullptr);
    ~PrivacyPage() override;

    void setPatientId(const QString& patientId);
    void setEditable(bool editable);
    practice::ui::PracticeTableModel* restrictionsModel() const { return m_restrictions; }
    practice::ui::PracticeTableModel* amendmentsModel() const { return m_amendments; }

    void saveChoices();
    void addRestriction();
    void endRestriction();
    void requestAmendment();
    void decideAmendment(bool accepted);
    void addDisagreement();

private:
    QWidget* buildChoices();
    QWidget* buildRestrictions();
    QWidget* buildAmendments();
    void reload();
    void showError(const QString& message);
    QString selectedAmendmentRequest() const;

    PatientsServices m_services;
    QString m_patientId;
    PrivacyChoices m_choices;
    QLabel* m_message;
    std::unique_ptr<practice::ui::FieldErrors> m_errors;
    QCheckBox* m_useHome = nullptr;
    StateAddressEditor* m_alternate = nullptr;
    QList<QCheckBox*> m_phoneTypes;
    QCheckBox* m_voicemail = nullptr;
    QCheckBox* m_email = nullptr;
    QList<QCheckBox*> m_channels;
    QLineEdit* m_choiceNotes = nullptr;
    QPushButton* m_saveChoices = nullptr;
    practice::ui::PracticeTableModel* m_restrictions = nullptr;
    QTableView* m_restrictionsView = nullptr;
    QPushButton* m_addRestriction = nullptr;
    QPushButton* m_endRestriction = nullptr;
    practice::ui::PracticeTableModel* m_amendments = nullptr;
    QTableView* m_amendmentsView = nullptr;
    QPushButton* m_request = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_deny = nullptr;
    QPushButton* m_disagree = nullptr;
    std::vector<AmendmentEntry> m_entries;
};

}  // namespace fd::patients::ui
