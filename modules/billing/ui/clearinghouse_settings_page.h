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
    // Saves unsaved changes and reads the stored settings (here: the database connection
    // lives on this thread), then runs the probe on a worker thread with the busy bar shown,
    // so the window stays usable while libssh waits. False when the test could not start (the
    // reason is in message()); otherwise testFinished() tells the outcome once it is in
    // message() (an error names the host key the server showed).
    bool testConnection();
    bool isTesting() const { return m_testing; }
    QString message() const;
    bool hasUnsavedChanges() const { return m_dirty; }

signals:
    void testFinished(bool ok);

private:
    QGroupBox* buildSftp();
    QGroupBox* buildFolder();
    QWidget* buildTest();
    void load();
    void updateMode();
    void watchForChanges();
    void showMessage(const QString& text, bool problem);
    QString reportText(const ConnectionReport& report) const;
    void finishTest(const Result<ConnectionReport>& report);

    std::shared_ptr<IClearinghouse> m_service;
    bool m_dirty = false;
    bool m_testing = false;
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
