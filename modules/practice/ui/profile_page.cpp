#include "practice/ui/profile_page.h"

#include "practice/core/practice_validation.h"
#include "practice/ui/address_editor.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace fd::practice::ui {

ProfilePage::ProfilePage(std::shared_ptr<IPracticeProfile> service, bool canEdit, QWidget* parent)
    : QWidget(parent),
      m_service(std::move(service)),
      m_general(new QLabel(this)),
      m_errors(m_general),
      m_name(new QLineEdit(this)),
      m_npi(new QLineEdit(this)),
      m_taxId(new QLineEdit(this)),
      m_taxonomy(new QLineEdit(this)),
      m_timeZone(new QComboBox(this)),
      m_billing(new AddressEditor(QStringLiteral("billing_address"), m_errors, this)),
      m_payTo(new AddressEditor(QStringLiteral("pay_to_address"), m_errors, this)),
      m_phone(new QLineEdit(this)),
      m_fax(new QLineEdit(this)),
      m_email(new QLineEdit(this)),
      m_logo(new QLabel(this)),
      m_save(new QPushButton(tr("&Save"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("fd.practice.profile"));
    m_name->setObjectName(QStringLiteral("name"));
    m_npi->setObjectName(QStringLiteral("npi"));
    m_taxId->setObjectName(QStringLiteral("tax_id"));
    m_taxonomy->setObjectName(QStringLiteral("taxonomy"));
    m_timeZone->setObjectName(QStringLiteral("time_zone"));
    m_email->setObjectName(QStringLiteral("email"));
    m_save->setObjectName(QStringLiteral("fd.practice.profile.save"));
    m_status->setObjectName(QStringLiteral("fd.practice.profile.status"));
    m_npi->setMaxLength(10);
    m_taxId->setPlaceholderText(tr("12-3456789"));
    m_timeZone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_logo->setMinimumHeight(48);
    m_save->setEnabled(canEdit);
    // Check digits and forms as they are typed; the service checks everything again on save.
    connect(m_npi, &QLineEdit::textChanged, this, [this](const QString& t) {
        if (t.size() == 10 && !isValidNpi(t))
            m_errors.showAt(QStringLiteral("npi"), tr("This NPI's check digit is wrong."));
        else
            m_errors.clearAt(QStringLiteral("npi"));
    });
    connect(m_taxId, &QLineEdit::editingFinished, this, [this] {
        if (auto ok = checkTaxId(m_taxId->text().trimmed()); !ok)
            m_errors.showAt(QStringLiteral("tax_id"), ok.error().message);
        else
            m_errors.clearAt(QStringLiteral("tax_id"));
    });

    buildLayout(canEdit);
    connect(m_save, &QPushButton::clicked, this, &ProfilePage::save);
    reload();
}

void ProfilePage::buildLayout(bool canEdit)
{
    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field, const QString& key) {
        m_errors.addRow(form, label, field, key, this);
    };
    row(tr("&Legal name"), m_name, QStringLiteral("name"));
    row(tr("Organization &NPI"), m_npi, QStringLiteral("npi"));
    row(tr("&Tax id (EIN)"), m_taxId, QStringLiteral("tax_id"));
    row(tr("Ta&xonomy"), m_taxonomy, QStringLiteral("taxonomy"));
    row(tr("Time &zone"), m_timeZone, QStringLiteral("time_zone"));
    form->addRow(tr("Billing address"), m_billing);
    form->addRow(tr("Pay-to address\n(when different)"), m_payTo);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Fax"), m_fax);
    row(tr("&Email"), m_email, QStringLiteral("email"));
    auto* logoButton = new QPushButton(tr("Choose &logo..."), this);
    logoButton->setEnabled(canEdit);
    connect(logoButton, &QPushButton::clicked, this, &ProfilePage::chooseLogo);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(logoButton);
    auto* logoBox = new QVBoxLayout;
    logoBox->addLayout(logoRow);
    logoBox->addWidget(m_errors.labelFor(QStringLiteral("logo"), this));
    form->addRow(tr("Logo"), logoBox);

    auto* inner = new QWidget(this);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_general);
    innerLayout->addLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addLayout(buttons);
}

void ProfilePage::reload()
{
    m_errors.clear();
    auto profile = m_service->profile();
    if (!profile) {
        m_status->setText(profile.error().message);
        return;
    }
    m_profile = profile.value();
    m_name->setText(m_profile.name);
    m_npi->setText(m_profile.npi);
    m_taxId->setText(m_profile.taxId);
    m_taxonomy->setText(m_profile.taxonomy);
    m_timeZone->setCurrentText(m_profile.timeZone);
    m_billing->setAddress(m_profile.billingAddress);
    m_payTo->setAddress(m_profile.payToAddress);
    m_phone->setText(m_profile.phone);
    m_fax->setText(m_profile.fax);
    m_email->setText(m_profile.email);
    QPixmap logo;
    if (!m_profile.logo.isEmpty() && logo.loadFromData(m_profile.logo))
        m_logo->setPixmap(logo.scaledToHeight(48, Qt::SmoothTransformation));
    else
        m_logo->setText(tr("(no logo)"));
    m_status->clear();
}

PracticeProfile ProfilePage::collect() const
{
    PracticeProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.npi = m_npi->text().trimmed();
    p.taxId = m_taxId->text().trimmed();
    p.taxonomy = m_taxonomy->text().trimmed().toUpper();
    p.timeZone = m_timeZone->currentText().trimmed();
    p.billingAddress = m_billing->address();
    p.payToAddress = m_payTo->address();
    p.phone = m_phone->text().trimmed();
    p.fax = m_fax->text().trimmed();
    p.email = m_email->text().trimmed();
    return p;
}

bool ProfilePage::save()
{
    const PracticeProfile wanted = collect();
    if (auto saved = m_service->save(wanted); !saved) {
        m_errors.show(saved.error());
        m_status->setText(tr("Not saved."));
        return false;
    }
    reload();
    m_status->setText(tr("Saved."));
    return true;
}

void ProfilePage::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Logo"), QString(), tr("Pictures (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.showAt(QStringLiteral("logo"), tr("Cannot read %1").arg(path));
        return;
    }
    m_profile.logo = file.readAll();
    QPixmap logo;
    if (logo.loadFromData(m_profile.logo))
        m_logo->setPixmap(logo.scaledToHeight(48, Qt::SmoothTransformation));
}

}  // namespace fd::practice::ui
