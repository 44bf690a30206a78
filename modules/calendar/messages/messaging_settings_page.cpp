#include "calendar/messages/messaging_settings_page.h"

#include "shell/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fd::calendar::messages {

using namespace messaging;

namespace {

QLineEdit* secretEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

SecureBytes secretOf(QLineEdit* edit)
{
    QByteArray bytes = edit->text().toUtf8();
    SecureBytes secret = SecureBytes::fromByteArray(bytes);
    wipeBytes(bytes);
    return secret;
}

}  // namespace

MessagingSettingsPage::MessagingSettingsPage(std::shared_ptr<IReminderService> service,
                                             bool canEdit, ThisWorkstation workstation,
                                             QWidget* parent)
    : SettingsPage(parent),
      m_service(std::move(service)),
      m_canEdit(canEdit),
      m_workstation(std::move(workstation))
{
    setObjectName(QStringLiteral("fd.calendar.messages.settings"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(buildEmail());
    layout->addWidget(buildSms());
    layout->addWidget(buildSchedules());
    layout->addWidget(buildAutoRun());
    layout->addWidget(buildTest());
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    load();
    if (!m_canEdit) {
        for (QWidget* w : content->findChildren<QWidget*>()) {
            if (qobject_cast<QLineEdit*>(w) || qobject_cast<QCheckBox*>(w) ||
                qobject_cast<QSpinBox*>(w) || qobject_cast<QComboBox*>(w) ||
                qobject_cast<QTableWidget*>(w))
                w->setEnabled(false);
        }
        m_testChannel->setEnabled(true);
        m_testTo->setEnabled(true);
    }
}

QString MessagingSettingsPage::title() const
{
    return tr("Reminders");
}

QIcon MessagingSettingsPage::pageIcon() const
{
    return shell::icon(QStringLiteral("settings"));
}

QWidget* MessagingSettingsPage::buildEmail()
{
    auto* box = new QGroupBox(tr("Email (SMTP)"));
    auto* form = new QFormLayout(box);
    m_emailOn = new QCheckBox(tr("Send reminders by email"), box);
    m_emailOn->setObjectName(QStringLiteral("emailOn"));
    m_host = new QLineEdit(box);
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_port = new QSpinBox(box);
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_port->setRange(1, 65535);
    m_security = new QComboBox(box);
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_security->addItem(tr("STARTTLS (port 587)"), int(SmtpSecurity::StartTls));
    m_security->addItem(tr("TLS (port 465)"), int(SmtpSecurity::ImplicitTls));
    m_user = new QLineEdit(box);
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_password = secretEdit(box, QStringLiteral("smtpPassword"));
    m_fromAddress = new QLineEdit(box);
    m_fromAddress->setObjectName(QStringLiteral("smtpFrom"));
    m_fromName = new QLineEdit(box);
    m_fromName->setObjectName(QStringLiteral("fromName"));
    m_caFile = new QLineEdit(box);
    m_caFile->setObjectName(QStringLiteral("smtpCaFile"));
    m_caFile->setPlaceholderText(tr("the system's certificates"));
    form->addRow(m_emailOn);
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Security:"), m_security);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Sender address:"), m_fromAddress);
    form->addRow(tr("Sender name:"), m_fromName);
    form->addRow(tr("CA file:"), m_caFile);
    return box;
}

QWidget* MessagingSettingsPage::buildSms()
{
    auto* box = new QGroupBox(tr("Text messages (SMS gateway)"));
    auto* form = new QFormLayout(box);
    m_smsOn = new QCheckBox(tr("Send reminders by text message"), box);
    m_smsOn->setObjectName(QStringLiteral("smsOn"));
    m_endpoint = new QLineEdit(box);
    m_endpoint->setObjectName(QStringLiteral("smsEndpoint"));
    m_account = new QLineEdit(box);
    m_account->setObjectName(QStringLiteral("smsAccount"));
    m_token = secretEdit(box, QStringLiteral("smsToken"));
    m_smsFrom = new QLineEdit(box);
    m_smsFrom->setObjectName(QStringLiteral("smsFrom"));
    m_smsFrom->setPlaceholderText(QStringLiteral("+15555550100"));
    m_callbackUrl = new QLineEdit(box);
    m_callbackUrl->setObjectName(QStringLiteral("smsCallbackUrl"));
    m_callbackSecret = secretEdit(box, QStringLiteral("smsCallbackSecret"));
    form->addRow(m_smsOn);
    form->addRow(tr("Messages URL:"), m_endpoint);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Auth token:"), m_token);
    form->addRow(tr("Sender number:"), m_smsFrom);
    form->addRow(tr("Status callback URL:"), m_callbackUrl);
    form->addRow(tr("Callback secret:"), m_callbackSecret);
    return box;
}

QWidget* MessagingSettingsPage::buildSchedules()
{
    auto* box = new QGroupBox(tr("Reminder schedules"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(new QLabel(
        tr("One row per appointment type (empty type: every other type). Reminders as "
           "\"3d:email+sms, 2h:sms\" (d days, h hours, m minutes before the start)."),
        box));
    m_schedules = new QTableWidget(0, 3, box);
    m_schedules->setObjectName(QStringLiteral("schedules"));
    m_schedules->setHorizontalHeaderLabels(
        {tr("Appointment type"), tr("Template group"), tr("Reminders")});
    m_schedules->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_schedules);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add Schedule"), box);
    auto* remove = new QPushButton(tr("Remove Schedule"), box);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    add->setEnabled(m_canEdit);
    remove->setEnabled(m_canEdit);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_schedules->rowCount();
        m_schedules->insertRow(row);
        m_schedules->setItem(row, 0, new QTableWidgetItem);
        m_schedules->setItem(row, 1, new QTableWidgetItem(QStringLiteral("default")));
        m_schedules->setItem(row, 2, new QTableWidgetItem(QStringLiteral("3d:email+sms,2h:sms")));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_schedules->currentRow() >= 0)
            m_schedules->removeRow(m_schedules->currentRow());
    });
    return box;
}

QWidget* MessagingSettingsPage::buildAutoRun()
{
    auto* box = new QGroupBox(tr("Automatic runs"));
    auto* form = new QFormLayout(box);
    auto* help = new QLabel(
        tr("One workstation of the practice sends the due reminders on its own, every few "
           "minutes, while a user who may send reminders is logged in there (also while the "
           "screen is locked; not after logging out or quitting). Only the workstation chosen "
           "here runs them, so two workstations never send at the same time. Without one, "
           "reminders go out only with Send Due Reminders in the Messages dock or the "
           "frontdeskctl reminders run command."),
        box);
    help->setWordWrap(true);
    m_autoRun = new QCheckBox(
        tr("Send reminders automatically from this workstation (%1)")
            .arg(m_workstation.name.isEmpty() ? m_workstation.deviceId : m_workstation.name),
        box);
    m_autoRun->setObjectName(QStringLiteral("autoRunHere"));
    m_autoRun->setEnabled(!m_workstation.deviceId.isEmpty());
    m_autoMinutes = new QSpinBox(box);
    m_autoMinutes->setObjectName(QStringLiteral("autoRunMinutes"));
    m_autoMinutes->setRange(AutoRunSettings::kMinMinutes, AutoRunSettings::kMaxMinutes);
    m_autoMinutes->setSuffix(tr(" minutes"));
    m_autoWhere = new QLabel(box);
    m_autoWhere->setObjectName(QStringLiteral("autoRunWhere"));
    m_autoWhere->setWordWrap(true);
    form->addRow(help);
    form->addRow(m_autoRun);
    form->addRow(tr("Every:"), m_autoMinutes);
    form->addRow(m_autoWhere);
    return box;
}

void MessagingSettingsPage::loadAutoRun(const AutoRunSettings& autoRun)
{
    const bool here = autoRun.enabled() && autoRun.deviceId == m_workstation.deviceId;
    m_autoRun->setChecked(here);
    m_autoMinutes->setValue(autoRun.intervalMinutes);
    if (!autoRun.enabled())
        m_autoWhere->setText(tr("No workstation sends reminders automatically now."));
    else if (here)
        m_autoWhere->setText(tr("This workstation sends them now."));
    else
        m_autoWhere->setText(
            tr("Another workstation (%1) sends them now; checking the box above moves the runs "
               "here.")
                .arg(autoRun.workstation.isEmpty() ? autoRun.deviceId : autoRun.workstation));
}

QWidget* MessagingSettingsPage::buildTest()
{
    auto* box = new QGroupBox(tr("Test"));
    auto* row = new QHBoxLayout(box);
    m_testChannel = new QComboBox(box);
    m_testChannel->setObjectName(QStringLiteral("testChannel"));
    m_testChannel->addItem(tr("Email to"), int(Channel::Email));
    m_testChannel->addItem(tr("Text to"), int(Channel::Sms));
    m_testTo = new QLineEdit(box);
    m_testTo->setObjectName(QStringLiteral("testTo"));
    auto* send = new QPushButton(tr("Send Test Message"), box);
    send->setObjectName(QStringLiteral("sendTest"));
    row->addWidget(m_testChannel);
    row->addWidget(m_testTo, 1);
    row->addWidget(send);
    connect(send, &QPushButton::clicked, this, [this] {
        if (auto sent = sendTest(); !sent)
            showMessage(sent.error().message, true);
        else
            showMessage(tr("The test message was sent."), false);
    });
    return box;
}

void MessagingSettingsPage::load()
{
    auto settings = m_service->settings();
    if (!settings) {
        showMessage(settings.error().message, true);
        return;
    }
    auto secrets = m_service->secretsSet();
    const QStringList set = secrets ? *secrets : QStringList();
    const QString keep = tr("(stored; leave empty to keep)");
    m_emailOn->setChecked(settings->emailEnabled);
    m_host->setText(settings->smtp.host);
    m_port->setValue(settings->smtp.port);
    m_security->setCurrentIndex(std::max(0, m_security->findData(int(settings->smtp.security))));
    m_user->setText(settings->smtp.username);
    m_password->setPlaceholderText(set.contains(QStringLiteral("smtp_password")) ? keep : QString());
    m_fromAddress->setText(settings->smtp.fromAddress);
    m_fromName->setText(settings->fromName);
    m_caFile->setText(settings->smtp.caFile);
    m_smsOn->setChecked(settings->smsEnabled);
    m_endpoint->setText(settings->sms.messagesUrl.toString());
    m_account->setText(settings->sms.accountSid);
    m_token->setPlaceholderText(set.contains(QStringLiteral("sms_auth_token")) ? keep : QString());
    m_smsFrom->setText(settings->sms.fromNumber);
    m_callbackUrl->setText(settings->sms.statusCallbackUrl.toString());
    m_callbackSecret->setPlaceholderText(
        set.contains(QStringLiteral("callback_secret")) ? keep : QString());
    m_schedules->setRowCount(0);
    for (const ReminderSchedule& s : settings->schedules) {
        const int row = m_schedules->rowCount();
        m_schedules->insertRow(row);
        m_schedules->setItem(row, 0, new QTableWidgetItem(s.appointmentTypeCode));
        m_schedules->setItem(row, 1, new QTableWidgetItem(s.templateGroup));
        m_schedules->setItem(row, 2, new QTableWidgetItem(rulesText(s.rules)));
    }
    loadAutoRun(settings->autoRun);
}

Result<MessagingSettings> MessagingSettingsPage::settingsFromForm() const
{
    auto current = m_service->settings();
    FD_TRY(current);
    MessagingSettings s = *current;
    s.emailEnabled = m_emailOn->isChecked();
    s.smtp.host = m_host->text().trimmed();
    s.smtp.port = m_port->value();
    s.smtp.security = SmtpSecurity(m_security->currentData().toInt());
    s.smtp.username = m_user->text().trimmed();
    s.smtp.fromAddress = m_fromAddress->text().trimmed();
    s.smtp.caFile = m_caFile->text().trimmed();
    s.fromName = m_fromName->text().trimmed();
    s.smsEnabled = m_smsOn->isChecked();
    s.sms.messagesUrl = QUrl(m_endpoint->text().trimmed());
    s.sms.accountSid = m_account->text().trimmed();
    s.sms.fromNumber = m_smsFrom->text().trimmed();
    s.sms.statusCallbackUrl = QUrl(m_callbackUrl->text().trimmed());
    s.schedules.clear();
    for (int row = 0; row < m_schedules->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem* item = m_schedules->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        ReminderSchedule schedule;
        schedule.appointmentTypeCode = text(0);
        schedule.templateGroup = text(1).isEmpty() ? QStringLiteral("default") : text(1);
        auto rules = parseRulesText(text(2));
        if (!rules)
            return makeError(ErrorCode::InvalidInput,
                             tr("Reminder schedules, row %1: %2").arg(row + 1).arg(rules.error().message));
        schedule.rules = std::move(*rules);
        s.schedules.push_back(schedule);
    }
    // Checked: this workstation; unchecked: off here, another workstation's choice kept.
    if (m_autoRun->isChecked()) {
        s.autoRun.deviceId = m_workstation.deviceId;
        s.autoRun.workstation = m_workstation.name;
    } else if (s.autoRun.deviceId == m_workstation.deviceId) {
        s.autoRun.deviceId.clear();
        s.autoRun.workstation.clear();
    }
    s.autoRun.intervalMinutes = m_autoMinutes->value();
    FD_TRY(s.validate());
    return s;
}

Status MessagingSettingsPage::save()
{
    auto settings = settingsFromForm();
    FD_TRY(settings);
    FD_TRY(m_service->saveSettings(
        *settings, {secretOf(m_password), secretOf(m_token), secretOf(m_callbackSecret)}, {}));
    for (QLineEdit* e : {m_password, m_token, m_callbackSecret})
        e->clear();
    load();
    return {};
}

Status MessagingSettingsPage::sendTest()
{
    return m_service->sendTest(
        {Channel(m_testChannel->currentData().toInt()), m_testTo->text().trimmed()});
}

void MessagingSettingsPage::apply()
{
    if (!m_canEdit)
        return;
    if (auto saved = save(); !saved) {
        showMessage(saved.error().message, true);
        // OK closes the dialog: say it where it cannot be missed.
        if (isVisible())
            QMessageBox::warning(this, tr("Reminder settings"), saved.error().message);
    } else
        showMessage(tr("The reminder settings were saved."), false);
}

QString MessagingSettingsPage::message() const
{
    return m_message->text();
}

void MessagingSettingsPage::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a00000;") : QString());
}

}  // namespace fd::calendar::messages
