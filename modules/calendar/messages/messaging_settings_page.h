#pragma once

#include "calendar/core/messaging/reminders.h"
#include "shell/settings_page.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace fd::calendar::messages {

// This workstation as the automatic runs name it: the database's device id and a name to show.
struct ThisWorkstation
{
    QString deviceId;
    QString name;
};

// Settings ▸ Reminders: the practice's SMTP server, SMS gateway and reminder schedules, kept
// in the practice database (secrets included; a secret field left empty keeps the stored
// one), and a test message through them. Read-only without calendar.reminders.settings.
class MessagingSettingsPage final : public shell::SettingsPage
{
    Q_OBJECT

public:
    MessagingSettingsPage(std::shared_ptr<messaging::IReminderService> service, bool canEdit,
                          ThisWorkstation workstation, QWidget* parent = nullptr);

    QString title() const override;
    QIcon pageIcon() const override;
    void apply() override;

    // What apply() would save, or why it cannot (names the field).
    Result<messaging::MessagingSettings> settingsFromForm() const;
    Status save();
    Status sendTest();
    QString message() const;  // the last result shown under the form

private:
    QWidget* buildEmail();
    QWidget* buildSms();
    QWidget* buildSchedules();
    QWidget* buildAutoRun();
    QWidget* buildTest();
    void loadAutoRun(const messaging::AutoRunSettings& autoRun);
    void load();
    void showMessage(const QString& text, bool problem);

    std::shared_ptr<messaging::IReminderService> m_service;
    bool m_canEdit = false;
    QCheckBox* m_emailOn = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_fromAddress = nullptr;
    QLineEdit* m_fromName = nullptr;
    QLineEdit* m_caFile = nullptr;
    QCheckBox* m_smsOn = nullptr;
    QLineEdit* m_endpoint = nullptr;
    QLineEdit* m_account = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_smsFrom = nullptr;
    QLineEdit* m_callbackUrl = nullptr;
    QLineEdit* m_callbackSecret = nullptr;
    QTableWidget* m_schedules = nullptr;
    ThisWorkstation m_workstation;
    QCheckBox* m_autoRun = nullptr;
    QSpinBox* m_autoMinutes = nullptr;
    QLabel* m_autoWhere = nullptr;
    QComboBox* m_testChannel = nullptr;
    QLineEdit* m_testTo = nullptr;
    QLabel* m_message = nullptr;
};

}  // namespace fd::calendar::messages
