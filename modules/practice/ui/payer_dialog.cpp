#include "practice/ui/payer_dialog.h"

#include "practice/ui/address_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fd::practice::ui {

namespace {

QString idsText(const QMap<QString, QString>& ids)
{
    QStringList parts;
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it)
        parts << (it.key() == QLatin1String("default") ? it.value() : it.key() + QLatin1Char('=') + it.value());
    return parts.join(QStringLiteral(", "));
}

QMap<QString, QString> idsFrom(const QString& text)
{
    QMap<QString, QString> ids;
    for (const QString& raw : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            ids.insert(QStringLiteral("default"), part);
        else
            ids.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return ids;
}

}  // namespace

PayerDialog::PayerDialog(std::shared_ptr<IPayerService> service, Payer payer, QWidget* parent)
    : QDialog(parent),
      m_service(std::move(service)),
      m_payer(std::move(payer)),
      m_general(new QLabel(this)),
      m_errors(m_general),
      m_name(new QLineEdit(m_payer.name, this)),
      m_payerIds(new QLineEdit(idsText(m_payer.payerIds), this)),
      m_indicator(new QComboBox(this)),
      m_timely(new QSpinBox(this)),
      m_appeal(new QSpinBox(this)),
      m_crossover(new QCheckBox(tr("Secondary claims cross over automatically"), this)),
      m_eligibility(new QComboBox(this)),
      m_claims(new QComboBox(this)),
      m_address(new AddressEditor(QStringLiteral("address"), m_errors, this)),
      m_phone(new QLineEdit(m_payer.phone, this))
{
    setObjectName(QStringLiteral("fd.practice.payerDialog"));
    setWindowTitle(m_payer.id.isEmpty() ? tr("Add payer") : tr("Edit payer"));
    m_name->setObjectName(QStringLiteral("name"));
    m_payerIds->setObjectName(QStringLiteral("payer_ids"));
    m_indicator->setObjectName(QStringLiteral("claim_filing_indicator"));
    m_timely->setObjectName(QStringLiteral("timely_filing_days"));
    m_claims->setObjectName(QStringLiteral("claim_channel"));
    m_payerIds->setPlaceholderText(tr("60054, or availity=60054, other=12345"));
    for (const auto& [code, name] : claimFilingIndicators())
        m_indicator->addItem(QStringLiteral("%1 - %2").arg(code, QCoreApplication::translate("fd::practice", name.toUtf8().constData())), code);
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(m_payer.claimFilingIndicator)));
    m_timely->setRange(1, 3650);
    m_timely->setSuffix(tr(" days"));
    m_timely->setValue(m_payer.timelyFilingDays);
    m_appeal->setRange(1, 3650);
    m_appeal->setSuffix(tr(" days"));
    m_appeal->setValue(m_payer.appealDays);
    m_crossover->setChecked(m_payer.crossover);
    const QMap<QString, QString> channelNames{{QStringLiteral("x12_270"), tr("Electronic (270/271)")},
                                              {QStringLiteral("x12_837"), tr("Electronic (837P)")},
                                              {QStringLiteral("portal"), tr("Payer portal")},
                                              {QStringLiteral("phone"), tr("Phone")},
                                              {QStringLiteral("paper"), tr("Paper (CMS-1500)")},
                                              {QStringLiteral("none"), tr("None")}};
    for (const QString& c : eligibilityChannels())
        m_eligibility->addItem(channelNames.value(c), c);
    for (const QString& c : claimChannels())
        m_claims->addItem(channelNames.value(c), c);
    m_eligibility->setCurrentIndex(std::max(0, m_eligibility->findData(m_payer.eligibilityChannel)));
    m_claims->setCurrentIndex(std::max(0, m_claims->findData(m_payer.claimChannel)));
    m_address->setAddress(m_payer.address);

    buildLayout();

}

void PayerDialog::buildLayout()
{
    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field, const QString& key) {
        m_errors.addRow(form, label, field, key, this);
    };
    row(tr("&Name"), m_name, QStringLiteral("name"));
    row(tr("Payer &ids"), m_payerIds, QStringLiteral("payer_ids"));
    row(tr("Claim &filing indicator"), m_indicator, QStringLiteral("claim_filing_indicator"));
    row(tr("&Timely filing limit"), m_timely, QStringLiteral("timely_filing_days"));
    row(tr("A&ppeal window"), m_appeal, QStringLiteral("appeal_days"));
    form->addRow(QString(), m_crossover);
    row(tr("&Eligibility"), m_eligibility, QStringLiteral("eligibility_channel"));
    row(tr("&Claims"), m_claims, QStringLiteral("claim_channel"));
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("P&hone"), m_phone);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PayerDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Payer PayerDialog::collect() const
{
    Payer p = m_payer;
    p.name = m_name->text().trimmed();
    p.payerIds = idsFrom(m_payerIds->text());
    p.claimFilingIndicator = m_indicator->currentData().toString();
    p.timelyFilingDays = m_timely->value();
    p.appealDays = m_appeal->value();
    p.crossover = m_crossover->isChecked();
    p.eligibilityChannel = m_eligibility->currentData().toString();
    p.claimChannel = m_claims->currentData().toString();
    p.address = m_address->address();
    p.phone = m_phone->text().trimmed();
    return p;
}

void PayerDialog::save()
{
    auto saved = m_service->save(collect());
    if (!saved) {
        m_errors.show(saved.error());
        return;
    }
    m_payer = saved.value();
    accept();
}

}  // namespace fd::practice::ui
