#pragma once

#include "billing/core/submission.h"
#include "shell/settings_page.h"

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace fd::billing::ui {

// Settings ▸ Clearinghouse: how claim batches reach the clearinghouse (SFTP with a pinned host
// key, or an outbox folder), saved through IClearinghouse in the encrypted practice database
// (audited there, secrets by name only). Secrets are never shown: a secret field left empty
// keeps the stored one. Only offered to users holding billing.submit, as the CLI's
// `clearinghouse set` and `test` need.
class ClearinghouseSettingsPage final : public shell::SettingsPage
{
    Q_OBJECT

public:
    explicit ClearinghouseSettingsPage(std::shared_ptr<IClearinghouse> service,
                                       QWidget* parent = nullptr);

    QString title() const override;
    QIcon pageIcon() const override;
    void apply() override;

    // What apply() would save, or why it cannot (the message names the field).
    Result<ClearinghouseSettings> settingsFromForm() const;
    // The secrets typed (or the key file read); empty ones keep the stored secrets.
    Result<ClearinghouseSecrets> secretsFromForm() const;
    Status save();
    // Saves unsaved changes, then runs the service's connection test with the busy bar shown.
    // The result (or the error, which names the host key the server showed) is in message().
    bool testConnection();
    QString message() const;
    bool hasUnsavedChanges() const { return m_dirty; }

private:
    QGroupBox* buildSftp();
    QGroupBox* buildFolder();
    QWidget* buildTest();
    void load();
    void updateMode();
    void watchForChanges();
    void showMessage(const QString& text, bool problem);
    QString reportText(const ConnectionReport& report) const;

    std::shared_ptr<IClearinghouse> m_service;
    bool m_dirty = false;
    QComboBox* m_mode = nullptr;
    QGroupBox* m_sftp = nullptr;
    QGroupBox* m_folder = nullptr;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_port = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_auth = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_keyFile = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_hostKey = nullptr;
    QLineEdit* m_uploadDir = nullptr;
    QLineEdit* m_ackDir = nullptr;
    QLineEdit* m_outbox = nullptr;
    QPushButton* m_test = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_message = nullptr;
};

}  // namespace fd::billing::ui
