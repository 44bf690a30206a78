#include "practice/ui/provider_dialog.h"

#include "practice/core/practice_profile.h"
#include "practice/core/practice_validation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace fd::practice::ui {

ProviderDialog::ProviderDialog(std::shared_ptr<IProviderService> service, const std::vector<Location>& locations,
                               Provider provider, QWidget* parent)
    : QDialog(parent),
      m_service(std::move(service)),
      m_provider(std::move(provider)),
      m_general(new QLabel(this)),
      m_errors(m_general),
      m_first(new QLineEdit(m_provider.firstName, this)),
      m_last(new QLineEdit(m_provider.lastName, this)),
      m_credentials(new QLineEdit(m_provider.credentials, this)),
      m_npi(new QLineEdit(m_provider.npi, this)),
      m_taxonomy(new QLineEdit(m_provider.taxonomy, this)),
      m_specialties(new QLineEdit(m_provider.specialties.join(QStringLiteral(", ")), this)),
      m_locations(new QListWidget(this)),
      m_ownNpi(new QCheckBox(tr("Bills under their own NPI (not the organization's)"), this)),
      m_rendering(new QCheckBox(tr("Rendering"), this)),
      m_supervising(new QCheckBox(tr("Supervising"), this)),
      m_referring(new QCheckBox(tr("Referring"), this)),
      m_external(new QCheckBox(tr("From outside the practice (refers only)"), this))
{
    setObjectName(QStringLiteral("fd.practice.providerDialog"));
    setWindowTitle(m_provider.id.isEmpty() ? tr("Add provider") : tr("Edit provider"));
    m_first->setObjectName(QStringLiteral("first_name"));
    m_last->setObjectName(QStringLiteral("last_name"));
    m_npi->setObjectName(QStringLiteral("npi"));
    m_taxonomy->setObjectName(QStringLiteral("taxonomy"));
    m_locations->setObjectName(QStringLiteral("location_ids"));
    m_rendering->setObjectName(QStringLiteral("role_rendering"));
    m_supervising->setObjectName(QStringLiteral("role_supervising"));
    m_referring->setObjectName(QStringLiteral("role_referring"));
    m_external->setObjectName(QStringLiteral("external"));
    m_npi->setMaxLength(10);
    m_taxonomy->setPlaceholderText(tr("e.g. 207Q00000X (Family Medicine)"));
    for (const Location& l : locations) {
        auto* item = new QListWidgetItem(l.name, m_locations);
        item->setData(Qt::UserRole, l.id);
        item->setCheckState(m_provider.locationIds.contains(l.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_ownNpi->setChecked(!m_provider.billsUnderOrganization);
    m_rendering->setChecked(m_provider.hasRole(ClaimRole::Rendering));
    m_supervising->setChecked(m_provider.hasRole(ClaimRole::Supervising));
    m_referring->setChecked(m_provider.hasRole(ClaimRole::Referring));
    m_external->setChecked(m_provider.external);
    connect(m_npi, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.size() == 10 && !isValidNpi(text))
            m_errors.showAt(QStringLiteral("npi"), tr("This NPI's check digit is wrong."));
        else
            m_errors.clearAt(QStringLiteral("npi"));
    });
    connect(m_taxonomy, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.size() == 10 && !isValidTaxonomyForm(text.toUpper()))
            m_errors.showAt(QStringLiteral("taxonomy"), tr("A taxonomy code is 10 characters ending in X."));
        else
            m_errors.clearAt(QStringLiteral("taxonomy"));
    });

    buildLayout();

}

void ProviderDialog::buildLayout()
{
    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field, const QString& key) {
        m_errors.addRow(form, label, field, key, this);
    };
    row(tr("&First name"), m_first, QStringLiteral("name"));
    form->addRow(tr("&Last name"), m_last);
    form->addRow(tr("&Credentials"), m_credentials);
    row(tr("&NPI"), m_npi, QStringLiteral("npi"));
    row(tr("&Taxonomy"), m_taxonomy, QStringLiteral("taxonomy"));
    form->addRow(tr("&Specialties"), m_specialties);
    row(tr("Works &at"), m_locations, QStringLiteral("location_ids"));
    auto* roles = new QHBoxLayout;
    roles->addWidget(m_rendering);
    roles->addWidget(m_supervising);
    roles->addWidget(m_referring);
    auto* rolesBox = new QVBoxLayout;
    rolesBox->addLayout(roles);
    rolesBox->addWidget(m_errors.labelFor(QStringLiteral("claim_roles"), this));
    form->addRow(tr("Roles on claims"), rolesBox);
    form->addRow(QString(), m_ownNpi);
    row(QString(), m_external, QStringLiteral("external"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProviderDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Provider ProviderDialog::collect() const
{
    Provider p = m_provider;
    p.firstName = m_first->text().trimmed();
    p.lastName = m_last->text().trimmed();
    p.credentials = m_credentials->text().trimmed();
    p.npi = m_npi->text().trimmed();
    p.taxonomy = m_taxonomy->text().trimmed().toUpper();
    p.specialties.clear();
    for (const QString& s : m_specialties->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            p.specialties << s.trimmed();
    p.locationIds.clear();
    for (int i = 0; i < m_locations->count(); ++i)
        if (m_locations->item(i)->checkState() == Qt::Checked)
            p.locationIds << m_locations->item(i)->data(Qt::UserRole).toString();
    p.billsUnderOrganization = !m_ownNpi->isChecked();
    p.claimRoles = (m_rendering->isChecked() ? int(ClaimRole::Rendering) : 0)
                   | (m_supervising->isChecked() ? int(ClaimRole::Supervising) : 0)
                   | (m_referring->isChecked() ? int(ClaimRole::Referring) : 0);
    p.external = m_external->isChecked();
    return p;
}

void ProviderDialog::save()
{
    auto saved = m_service->save(collect());
    if (!saved) {
        m_errors.show(saved.error());
        return;
    }
    m_provider = saved.value();
    accept();
}

}  // namespace fd::practice::ui
