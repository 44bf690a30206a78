// Settings ▸ Clearinghouse (docs/BILLING_WORKBENCH.md).
#include "billing/ui/clearinghouse_settings_page.h"

#include "billing/ui/settings_fields.h"
#include "shell/icons.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>

namespace fd::billing::ui {

namespace {

const QString kPassword = QStringLiteral("password");
const QString kPrivateKey = QStringLiteral("private_key");
const QString kPassphrase = QStringLiteral("key_passphrase");

}  // namespace

ClearinghouseSettingsPage::ClearinghouseSettingsPage(std::shared_ptr<IClearinghouse> service,
                                                     QWidget* parent)
    : SettingsPage(parent), m_service(std::move(service))
{
    setObjectName(QStringLiteral("fd.billing.settings.clearinghouse"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto* intro = new QLabel(
        tr("Claim batches go to the clearinghouse by SFTP, or are saved in an outbox folder that "
           "the clearinghouse's own software picks up. Passwords and keys are kept encrypted in "
           "the practice database and never shown again."),
        content);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* modeRow = new QFormLayout;
    m_mode = new QComboBox(content);
    m_mode->setObjectName(QStringLiteral("mode"));
    m_mode->addItem(tr("SFTP upload"), int(DeliveryMode::Sftp));
    m_mode->addItem(tr("Outbox folder"), int(DeliveryMode::Folder));
    modeRow->addRow(tr("Send batches by:"), m_mode);
    layout->addLayout(modeRow);
    layout->addWidget(m_sftp = buildSftp());
    layout->addWidget(m_folder = buildFolder());
    layout->addWidget(buildTest());
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ClearinghouseSettingsPage::updateMode);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ClearinghouseSettingsPage::updateMode);
    load();
    watchForChanges();
}

QString ClearinghouseSettingsPage::title() const
{
    return tr("Clearinghouse");
}

QIcon ClearinghouseSettingsPage::pageIcon() const
{
    return shell::icon(QStringLiteral("export"));
}

QGroupBox* ClearinghouseSettingsPage::buildSftp()
{
    auto* box = new QGroupBox(tr("SFTP server"));
    auto* form = new QFormLayout(box);
    m_host =
        SettingsFields::line(box, QStringLiteral("host"), tr("sftp.clearinghouse.example.com"));
    m_port = SettingsFields::line(box, QStringLiteral("port"), QStringLiteral("22"));
    m_port->setMaximumWidth(90);
    m_user = SettingsFields::line(box, QStringLiteral("user"));
    m_auth = new QComboBox(box);
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->addItem(tr("Password"), int(SftpAuth::Password));
    m_auth->addItem(tr("Private key"), int(SftpAuth::PrivateKey));
    m_password = SettingsFields::secret(box, QStringLiteral("password"));
    m_keyFile = SettingsFields::line(box, QStringLiteral("keyFile"));
    m_passphrase = SettingsFields::secret(box, QStringLiteral("keyPassphrase"));
    m_hostKey = SettingsFields::line(box, QStringLiteral("hostKey"), QStringLiteral("SHA256:…"));
    m_hostKey->setToolTip(
        tr("The server's SSH host key as the clearinghouse gives it (or as ssh-keygen -lf prints "
           "it). Connections to a server showing any other key are refused."));
    m_uploadDir =
        SettingsFields::line(box, QStringLiteral("uploadDir"), QStringLiteral("/inbound"));
    m_ackDir =
        SettingsFields::line(box, QStringLiteral("ackDir"), tr("(acknowledgments not fetched)"));
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Log in with:"), m_auth);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Private key file:"),
                 SettingsFields::withBrowse(m_keyFile, tr("Private key file"), false));
    form->addRow(tr("Key passphrase:"), m_passphrase);
    form->addRow(tr("Host key fingerprint:"), m_hostKey);
    form->addRow(tr("Upload folder:"), m_uploadDir);
    form->addRow(tr("Acknowledgment folder:"), m_ackDir);
    return box;
}

QGroupBox* ClearinghouseSettingsPage::buildFolder()
{
    auto* box = new QGroupBox(tr("Outbox folder"));
    auto* form = new QFormLayout(box);
    m_outbox = SettingsFields::line(box, QStringLiteral("outbox"));
    form->addRow(tr("Folder:"), SettingsFields::withBrowse(m_outbox, tr("Outbox folder"), true));
    return box;
}

QWidget* ClearinghouseSettingsPage::buildTest()
{
    auto* box = new QGroupBox(tr("Connection"));
    auto* row = new QHBoxLayout(box);
    m_test = new QPushButton(tr("&Test Connection"), box);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setToolTip(
        tr("Saves unsaved changes, then connects as claim submission does: checks the host key, "
           "logs in and lists the upload folder (or checks that the outbox folder can be "
           "written). Nothing is sent."));
    m_busy = new QProgressBar(box);
    m_busy->setObjectName(QStringLiteral("testBusy"));
    m_busy->setRange(0, 0);  // busy: the test says nothing of its progress
    m_busy->setTextVisible(false);
    m_busy->hide();
    row->addWidget(m_test);
    row->addWidget(m_busy, 1);
    row->addStretch(0);
    connect(m_test, &QPushButton::clicked, this, &ClearinghouseSettingsPage::testConnection);
    return box;
}

void ClearinghouseSettingsPage::watchForChanges()
{
    auto dirty = [this] { m_dirty = true; };
    for (QLineEdit* e : findChildren<QLineEdit*>())
        connect(e, &QLineEdit::textChanged, this, dirty);
    for (QComboBox* c : {m_mode, m_auth})
        connect(c, &QComboBox::currentIndexChanged, this, dirty);
}

void ClearinghouseSettingsPage::updateMode()
{
    const bool sftp = DeliveryMode(m_mode->currentData().toInt()) == DeliveryMode::Sftp;
    m_sftp->setVisible(sftp);
    m_folder->setVisible(!sftp);
    const bool key = SftpAuth(m_auth->currentData().toInt()) == SftpAuth::PrivateKey;
    m_password->setEnabled(!key);
    m_keyFile->parentWidget()->setEnabled(key);
    m_passphrase->setEnabled(key);
}

void ClearinghouseSettingsPage::load()
{
    auto settings = m_service->settings();
    if (!settings) {
        showMessage(settings.error().message, true);
        updateMode();
        return;
    }
    auto secrets = m_service->secretsSet();
    const QStringList set = secrets ? *secrets : QStringList();
    const ClearinghouseSettings& s = *settings;
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(s.mode))));
    m_host->setText(s.host);
    m_port->setText(QString::number(s.port));
    m_user->setText(s.username);
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(int(s.auth))));
    SettingsFields::showStored(m_password, set.contains(kPassword));
    m_keyFile->clear();
    m_keyFile->setPlaceholderText(set.contains(kPrivateKey) ? SettingsFields::storedText()
                                                            : tr("OpenSSH or PEM private key"));
    SettingsFields::showStored(m_passphrase, set.contains(kPassphrase));
    m_hostKey->setText(s.hostKeySha256);
    m_uploadDir->setText(s.uploadDir);
    m_ackDir->setText(s.ackDir);
    m_outbox->setText(s.outboxDir);
    m_password->clear();
    m_passphrase->clear();
    m_dirty = false;
    updateMode();
    showMessage(s.configured ? QString() : tr("No clearinghouse is set up yet."), false);
}

Result<ClearinghouseSettings> ClearinghouseSettingsPage::settingsFromForm() const
{
    auto current = m_service->settings();
    FD_TRY(current);
    ClearinghouseSettings s = *current;  // timeouts and the batch addressing stay as they are
    s.mode = DeliveryMode(m_mode->currentData().toInt());
    s.host = m_host->text().trimmed();
    s.username = m_user->text().trimmed();
    s.auth = SftpAuth(m_auth->currentData().toInt());
    s.uploadDir = m_uploadDir->text().trimmed();
    s.ackDir = m_ackDir->text().trimmed();
    s.outboxDir = m_outbox->text().trimmed();
    if (s.mode == DeliveryMode::Sftp) {
        auto port = SettingsFields::port(m_port->text(), tr("The SFTP port"));
        FD_TRY(port);
        s.port = *port;
        const QString key = m_hostKey->text().trimmed();
        if (key.isEmpty())
            return makeError(
                ErrorCode::InvalidInput,
                tr("The host key fingerprint is missing: SFTP needs the server's key pinned "
                   "(SHA256: and 43 characters, as the clearinghouse gives it or ssh-keygen -lf "
                   "prints "
                   "it)."),
                QStringLiteral("host-key"));
        const QString normal = normalizedFingerprint(key);
        if (normal.isEmpty())
            return makeError(
                ErrorCode::InvalidInput,
                tr("The host key fingerprint \"%1\" is not a SHA256 fingerprint (SHA256: and 43 "
                   "base64 characters).")
                    .arg(key),
                QStringLiteral("host-key"));
        s.hostKeySha256 = normal;
    }
    FD_TRY(s.validate());
    return s;
}

Result<ClearinghouseSecrets> ClearinghouseSettingsPage::secretsFromForm() const
{
    ClearinghouseSecrets secrets;
    secrets.password = SettingsFields::secretOf(m_password);
    secrets.keyPassphrase = SettingsFields::secretOf(m_passphrase);
    const QString keyPath = m_keyFile->text().trimmed();
    if (!keyPath.isEmpty()) {
        QFile file(keyPath);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(
                ErrorCode::Io,
                tr("The private key file %1 cannot be read: %2").arg(keyPath, file.errorString()),
                QStringLiteral("key-file"));
        QByteArray bytes = file.readAll();
        secrets.privateKey = SecureBytes::fromByteArray(bytes);
        wipeBytes(bytes);
        if (secrets.privateKey.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("The private key file %1 is empty.").arg(keyPath),
                             QStringLiteral("key-file"));
    }
    if (DeliveryMode(m_mode->currentData().toInt()) != DeliveryMode::Sftp)
        return secrets;
    auto set = m_service->secretsSet();
    FD_TRY(set);
    const bool key = SftpAuth(m_auth->currentData().toInt()) == SftpAuth::PrivateKey;
    if (key && secrets.privateKey.isEmpty() && !set->contains(kPrivateKey))
        return makeError(
            ErrorCode::InvalidInput,
            tr("Logging in with a private key needs the key file: none is stored yet."),
            QStringLiteral("key-file"));
    if (!key && secrets.password.isEmpty() && !set->contains(kPassword))
        return makeError(ErrorCode::InvalidInput,
                         tr("Logging in with a password needs the password: none is stored yet."),
                         QStringLiteral("password"));
    return secrets;
}

Status ClearinghouseSettingsPage::save()
{
    auto settings = settingsFromForm();
    FD_TRY(settings);
    auto secrets = secretsFromForm();
    FD_TRY(secrets);
    FD_TRY(m_service->saveSettings(*settings, std::move(*secrets), {}));
    load();
    return {};
}

void ClearinghouseSettingsPage::apply()
{
    // OK on an untouched page saves (and audits) nothing.
    if (!m_dirty)
        return;
    if (auto saved = save(); !saved) {
        showMessage(saved.error().message, true);
        // OK closes the dialog: say it where it cannot be missed.
        if (isVisible())
            QMessageBox::warning(this, tr("Clearinghouse settings"), saved.error().message);
        return;
    }
    showMessage(tr("The clearinghouse settings were saved."), false);
}

bool ClearinghouseSettingsPage::testConnection()
{
    if (m_testing)
        return false;
    if (m_dirty) {
        if (auto saved = save(); !saved) {
            showMessage(saved.error().message, true);
            return false;
        }
    }
    auto probe = m_service->prepareTest();
    if (!probe) {
        showMessage(tr("The connection test failed: %1").arg(probe.error().message), true);
        return false;
    }
    // Only the probe goes to the worker: it holds its own copy of the settings and never
    // touches the database. The page may be closed before it ends; the thread then ends alone.
    auto outcome = std::make_shared<std::optional<Result<ConnectionReport>>>();
    QThread* worker =
        QThread::create([run = std::move(probe.value()), outcome] { outcome->emplace(run()); });
    worker->setObjectName(QStringLiteral("fd.billing.clearinghouseTest"));
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, outcome] {
        if (*outcome)
            finishTest(**outcome);
    });
    m_testing = true;
    m_test->setEnabled(false);
    m_busy->show();
    showMessage(tr("Connecting…"), false);
    worker->start();
    return true;
}

void ClearinghouseSettingsPage::finishTest(const Result<ConnectionReport>& report)
{
    m_testing = false;
    m_busy->hide();
    m_test->setEnabled(true);
    if (!report)
        showMessage(tr("The connection test failed: %1").arg(report.error().message), true);
    else
        showMessage(reportText(*report), false);
    emit testFinished(report.ok());
}

QString ClearinghouseSettingsPage::reportText(const ConnectionReport& report) const
{
    const int files = int(report.uploadDirEntries.size());
    if (report.hostKeyFingerprint.isEmpty())
        return tr("The outbox folder %1 can be written; it holds %n file(s).", nullptr, files)
            .arg(report.destination);
    return tr("Connected to %1. The server showed the pinned host key %2; the upload folder holds "
              "%n file(s).",
              nullptr, files)
        .arg(report.destination, report.hostKeyFingerprint);
}

QString ClearinghouseSettingsPage::message() const
{
    return m_message->text();
}

void ClearinghouseSettingsPage::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a00000;") : QString());
}

}  // namespace fd::billing::ui
