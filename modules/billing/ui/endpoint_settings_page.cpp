// Settings ▸ Real-time eligibility (docs/BILLING_WORKBENCH.md).
#include "billing/ui/endpoint_settings_page.h"

#include "billing/ui/settings_fields.h"
#include "shell/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace fd::billing::ui {

EndpointSettingsPage::EndpointSettingsPage(std::shared_ptr<IEligibilityService> service,
                                           QWidget* parent)
    : SettingsPage(parent), m_service(std::move(service))
{
    setObjectName(QStringLiteral("fd.billing.settings.eligibility"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Real-time eligibility checks (Check Now on a patient's Eligibility tab, and the "
           "Insurance verification dock) send a 270 to the clearinghouse's CAQH CORE endpoint "
           "over HTTPS and read the payer's 271."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_url = SettingsFields::line(this, QStringLiteral("url"),
                                 QStringLiteral("https://core.clearinghouse.example.com/"));
    m_envelope = new QComboBox(this);
    m_envelope->setObjectName(QStringLiteral("envelope"));
    m_envelope->addItem(tr("SOAP (WS-Security)"), QStringLiteral("soap"));
    m_envelope->addItem(tr("MIME multipart"), QStringLiteral("mime"));
    m_sender = SettingsFields::line(this, QStringLiteral("senderId"));
    m_receiver = SettingsFields::line(this, QStringLiteral("receiverId"));
    m_user = SettingsFields::line(this, QStringLiteral("username"));
    m_password = SettingsFields::secret(this, QStringLiteral("password"));
    m_caFile =
        SettingsFields::line(this, QStringLiteral("caFile"), tr("the system's certificates only"));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" seconds"));
    m_production =
        new QCheckBox(tr("Production (ISA15 P); unchecked sends test interchanges (T)"), this);
    m_production->setObjectName(QStringLiteral("production"));
    form->addRow(tr("Endpoint URL:"), m_url);
    form->addRow(tr("Envelope:"), m_envelope);
    form->addRow(tr("Sender id:"), m_sender);
    form->addRow(tr("Receiver id:"), m_receiver);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Extra CA file:"),
                 SettingsFields::withBrowse(m_caFile, tr("CA certificates (PEM)"), false));
    form->addRow(tr("Timeout:"), m_timeout);
    form->addRow(m_production);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);
    load();
    watchForChanges();
}

void EndpointSettingsPage::watchForChanges()
{
    auto dirty = [this] { m_dirty = true; };
    for (QLineEdit* e : findChildren<QLineEdit*>())
        connect(e, &QLineEdit::textChanged, this, dirty);
    connect(m_envelope, &QComboBox::currentIndexChanged, this, dirty);
    connect(m_timeout, &QSpinBox::valueChanged, this, dirty);
    connect(m_production, &QCheckBox::toggled, this, dirty);
}

QString EndpointSettingsPage::title() const
{
    return tr("Real-time eligibility");
}

QIcon EndpointSettingsPage::pageIcon() const
{
    return shell::icon(QStringLiteral("settings"));
}

void EndpointSettingsPage::load()
{
    m_password->clear();
    m_dirty = false;
    auto e = m_service->endpoint();
    if (!e) {
        m_timeout->setValue(30);
        SettingsFields::showStored(m_password, false);
        // None saved yet is the usual start, not a problem.
        showMessage(e.error().code == ErrorCode::NotFound
                        ? tr("No real-time endpoint is set up yet.")
                        : e.error().message,
                    e.error().code != ErrorCode::NotFound);
        m_dirty = false;
        return;
    }
    m_url->setText(e->url);
    m_envelope->setCurrentIndex(std::max(0, m_envelope->findData(e->envelope)));
    m_sender->setText(e->senderId);
    m_receiver->setText(e->receiverId);
    m_user->setText(e->username);
    SettingsFields::showStored(m_password, e->hasPassword);
    m_caFile->setText(e->caBundlePath);
    m_timeout->setValue(e->timeoutSeconds);
    m_production->setChecked(e->production);
    m_dirty = false;
}

Result<EligibilityEndpoint> EndpointSettingsPage::endpointFromForm() const
{
    auto bad = [](const QString& message, const char* field) {
        return makeError(ErrorCode::InvalidInput, message, QString::fromLatin1(field));
    };
    EligibilityEndpoint e;
    e.url = m_url->text().trimmed();
    const QUrl url(e.url, QUrl::StrictMode);
    if (e.url.isEmpty())
        return bad(tr("The endpoint URL is missing."), "url");
    if (!url.isValid() || url.host().isEmpty())
        return bad(tr("The endpoint URL \"%1\" is not a web address.").arg(e.url), "url");
    if (url.scheme() != QLatin1String("https"))
        return bad(tr("The endpoint URL must start with https:// (it starts with %1://): "
                      "eligibility requests carry "
                      "patients' names and member ids.")
                       .arg(url.scheme()),
                   "url");
    e.envelope = m_envelope->currentData().toString();
    e.senderId = m_sender->text().trimmed();
    e.receiverId = m_receiver->text().trimmed();
    if (e.senderId.isEmpty())
        return bad(tr("The sender id is missing (CORE SenderID, also ISA06 of the 270)."),
                   "sender_id");
    if (e.receiverId.isEmpty())
        return bad(tr("The receiver id is missing (CORE ReceiverID, also ISA08 of the 270)."),
                   "receiver_id");
    e.username = m_user->text().trimmed();
    e.password = m_password->text();
    e.caBundlePath = m_caFile->text().trimmed();
    if (!e.caBundlePath.isEmpty() && !QFile::exists(e.caBundlePath))
        return bad(tr("The extra CA file %1 does not exist.").arg(e.caBundlePath), "ca_bundle");
    e.timeoutSeconds = m_timeout->value();
    e.production = m_production->isChecked();
    return e;
}

Status EndpointSettingsPage::save()
{
    auto e = endpointFromForm();
    FD_TRY(e);
    Status saved = m_service->setEndpoint(*e);
    e->password.fill(QLatin1Char('\0'));
    FD_TRY(saved);
    load();
    return {};
}

void EndpointSettingsPage::apply()
{
    // OK on an untouched page saves (and audits) nothing.
    if (!m_dirty)
        return;
    if (auto saved = save(); !saved) {
        showMessage(saved.error().message, true);
        if (isVisible())
            QMessageBox::warning(this, tr("Real-time eligibility settings"), saved.error().message);
        return;
    }
    showMessage(tr("The real-time eligibility settings were saved."), false);
}

QString EndpointSettingsPage::message() const
{
    return m_message->text();
}

void EndpointSettingsPage::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a00000;") : QString());
}

}  // namespace fd::billing::ui
