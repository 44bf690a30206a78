#pragma once

#include "common/result.h"
#include "practice/core/practice_profile.h"
#include "security/practice_session.h"

#include <QWizard>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace fd::desktop {

// First run (--db names a file that does not exist): the practice (name, time zone, NPI, tax
// id), the administrator (username, name, password twice), then the recovery key, shown once
// and acknowledged. The practice is created when the administrator page is committed.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
public:
    // Creates the practice files and saves the profile; returns the recovery key.
    using CreateFunction =
        std::function<Result<QString>(const practice::PracticeProfile&, const security::PracticeSetup&)>;

    enum PageId { PracticePageId, AdminPageId, RecoveryPageId };

    FirstRunWizard(const QString& databasePath, CreateFunction create, QWidget* parent = nullptr);

    practice::PracticeProfile profile() const;
    security::PracticeSetup setup() const;
    bool isCreated() const { return !m_recoveryKey.isEmpty(); }
    QString recoveryKeyShown() const;
    QString errorText() const;

    // Field access for tests.
    QLineEdit* nameField() const { return m_name; }
    QComboBox* timeZoneBox() const { return m_timeZone; }
    QLineEdit* npiField() const { return m_npi; }
    QLineEdit* taxIdField() const { return m_taxId; }
    QLineEdit* usernameField() const { return m_username; }
    QLineEdit* displayNameField() const { return m_displayName; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* repeatField() const { return m_repeat; }
    QCheckBox* writtenDownBox() const { return m_writtenDown; }

    bool validateCurrentPage() override;

private:
    QWizardPage* buildPracticePage();
    QWizardPage* buildAdminPage();
    QWizardPage* buildRecoveryPage();
    bool validatePractice();
    bool createPractice();

    CreateFunction m_create;
    QString m_recoveryKey;
    QLineEdit* m_name = nullptr;
    QComboBox* m_timeZone = nullptr;
    QLineEdit* m_npi = nullptr;
    QLineEdit* m_taxId = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_key = nullptr;
    QCheckBox* m_writtenDown = nullptr;
    QLabel* m_practiceError = nullptr;
    QLabel* m_adminError = nullptr;
};

}  // namespace fd::desktop
