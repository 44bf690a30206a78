#include "patients/ui/coverage_dialog.h"

#include "patients/ui/image_field.h"
#include "patients/ui/patient_form_widgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fd::patients::ui {

namespace {
QString relationshipText(const QString& code)
{
    if (code == QLatin1String("18"))
        return CoverageDialog::tr("Self");
    if (code == QLatin1String("01"))
        return CoverageDialog::tr("Spouse");
    if (code == QLatin1String("19"))
        return CoverageDialog::tr("Child");
    if (code == QLatin1String("20"))
        return CoverageDialog::tr("Employee");
    return CoverageDialog::tr("Other");
}
}  // namespace

CoverageDialog::CoverageDialog(PatientsServices services, Coverage coverage, QWidget* parent)
    : QDialog(parent),
      m_services(std::move(services)),
      m_coverage(std::move(coverage)),
      m_general(new QLabel(this)),
      m_errors(m_general),
      m_order(new QSpinBox(this)),
      m_payer(new QComboBox(this)),
      m_plan(new QLineEdit(m_coverage.planName, this)),
      m_member(new QLineEdit(m_coverage.memberId, this)),
      m_group(new QLineEdit(m_coverage.groupNumber, this)),
      m_relationship(new QComboBox(this)),
      m_subscriberFirst(new QLineEdit(m_coverage.subscriberFirstName, this)),
      m_subscriberLast(new QLineEdit(m_coverage.subscriberLastName, this)),
      m_subscriberBirth(new DateEdit(this)),
      m_subscriberSex(new QComboBox(this)),
      m_from(new DateEdit(this)),
      m_to(new DateEdit(this)),
      m_copay(new QLineEdit(moneyText(m_coverage.copay), this)),
      m_coinsurance(new QSpinBox(this)),
      m_deductible(new QLineEdit(moneyText(m_coverage.deductible), this)),
      m_cardFront(new ImageField(QStringLiteral("card_front"), tr("Scan or choose f&ront…"),
                                 tr("Insurance card, front"), QSize(136, 86), m_errors, this)),
      m_cardBack(new ImageField(QStringLiteral("card_back"), tr("Scan or choose bac&k…"), tr("Insurance card, back"),
                                QSize(136, 86), m_errors, this))
{
    setObjectName(QStringLiteral("fd.patients.coverageDialog"));
    setWindowTitle(m_coverage.id.isEmpty() ? tr("Add insurance") : tr("Edit insurance"));
    m_order->setObjectName(QStringLiteral("order"));
    m_payer->setObjectName(QStringLiteral("payer_id"));
    m_plan->setObjectName(QStringLiteral("plan_name"));
    m_member->setObjectName(QStringLiteral("member_id"));
    m_group->setObjectName(QStringLiteral("group_number"));
    m_relationship->setObjectName(QStringLiteral("relationship"));
    m_subscriberFirst->setObjectName(QStringLiteral("subscriber_first_name"));
    m_subscriberLast->setObjectName(QStringLiteral("subscriber_last_name"));
    m_subscriberBirth->setObjectName(QStringLiteral("subscriber_birth_date"));
    m_from->setObjectName(QStringLiteral("effective_from"));
    m_to->setObjectName(QStringLiteral("effective_to"));
    m_copay->setObjectName(QStringLiteral("copay"));
    m_coinsurance->setObjectName(QStringLiteral("coinsurance_percent"));
    m_deductible->setObjectName(QStringLiteral("deductible"));

    m_order->setRange(1, 3);
    m_order->setValue(m_coverage.order);
    m_order->setToolTip(tr("1 primary, 2 secondary, 3 tertiary"));
    m_payer->addItem(QString(), QString());
    if (auto payers = m_services.payers->list(); payers.ok())
        for (const practice::Payer& payer : payers.value())
            m_payer->addItem(payer.name, payer.id);
    m_payer->setCurrentIndex(std::max(0, m_payer->findData(m_coverage.payerId)));
    for (const QString& code : subscriberRelationships())
        m_relationship->addItem(relationshipText(code), code);
    m_relationship->setCurrentIndex(std::max(0, m_relationship->findData(m_coverage.relationship)));
    m_subscriberBirth->setDate(m_coverage.subscriberBirthDate);
    m_subscriberSex->addItem(tr("Female"), QStringLiteral("F"));
    m_subscriberSex->addItem(tr("Male"), QStringLiteral("M"));
    m_subscriberSex->addItem(tr("Unknown"), QStringLiteral("U"));
    m_subscriberSex->setCurrentIndex(std::max(0, m_subscriberSex->findData(sexCode(m_coverage.subscriberSex))));
    m_from->setDate(m_coverage.effectiveFrom);
    m_to->setDate(m_coverage.effectiveTo);
    m_to->setPlaceholderText(tr("open-ended"));
    m_copay->setPlaceholderText(tr("not known"));
    m_deductible->setPlaceholderText(tr("not known"));
    m_coinsurance->setRange(-1, 100);
    m_coinsurance->setSpecialValueText(tr("not known"));
    m_coinsurance->setSuffix(QStringLiteral(" %"));
    m_coinsurance->setValue(m_coverage.coinsurancePercent.value_or(-1));
    m_cardFront->setImage(m_coverage.cardFront);
    m_cardBack->setImage(m_coverage.cardBack);
    buildLayout();
    connect(m_relationship, &QComboBox::currentIndexChanged, this, &CoverageDialog::updateSubscriber);
    updateSubscriber();
}

void CoverageDialog::buildLayout()
{
    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field, const QString& key) {
        m_errors.addRow(form, label, field, key, this);
    };
    row(tr("&Order"), m_order, QStringLiteral("order"));
    row(tr("&Payer"), m_payer, QStringLiteral("payer_id"));
    row(tr("P&lan"), m_plan, QStringLiteral("plan_name"));
    row(tr("&Member id"), m_member, QStringLiteral("member_id"));
    row(tr("&Group number"), m_group, QStringLiteral("group_number"));
    row(tr("Patient is the subscriber's"), m_relationship, QStringLiteral("relationship"));
    row(tr("Subscriber &first name"), m_subscriberFirst, QStringLiteral("subscriber_first_name"));
    row(tr("Subscriber &last name"), m_subscriberLast, QStringLiteral("subscriber_last_name"));
    row(tr("Subscriber date of &birth"), m_subscriberBirth, QStringLiteral("subscriber_birth_date"));
    row(tr("Subscriber se&x"), m_subscriberSex, QStringLiteral("subscriber_sex"));
    row(tr("&Effective from"), m_from, QStringLiteral("effective_from"));
    row(tr("Effective &to"), m_to, QStringLiteral("effective_to"));
    row(tr("&Copay"), m_copay, QStringLiteral("copay"));
    row(tr("Co&insurance"), m_coinsurance, QStringLiteral("coinsurance_percent"));
    row(tr("&Deductible"), m_deductible, QStringLiteral("deductible"));
    // Each picture has its own message label inside its field.
    auto* cards = new QHBoxLayout;
    cards->addWidget(m_cardFront, 1, Qt::AlignTop);
    cards->addWidget(m_cardBack, 1, Qt::AlignTop);
    form->addRow(tr("Card"), cards);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CoverageDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void CoverageDialog::updateSubscriber()
{
    const bool self = m_relationship->currentData().toString() == QLatin1String("18");
    for (QWidget* w : std::initializer_list<QWidget*>{m_subscriberFirst, m_subscriberLast, m_subscriberBirth, m_subscriberSex})
        w->setEnabled(!self);
}

void CoverageDialog::save()
{
    m_errors.clear();
    Coverage c = m_coverage;
    for (DateEdit* date : {m_subscriberBirth, m_from, m_to}) {
        if (!date->dateOk()) {
            m_errors.showAt(date->objectName(), tr("\"%1\" is not a date: type it as MM/DD/YYYY.").arg(date->text()));
            return;
        }
    }
    bool ok = true;
    c.copay = parseMoney(m_copay->text(), &ok);
    if (!ok) {
        m_errors.showAt(QStringLiteral("copay"), tr("\"%1\" is not an amount.").arg(m_copay->text()));
        return;
    }
    c.deductible = parseMoney(m_deductible->text(), &ok);
    if (!ok) {
        m_errors.showAt(QStringLiteral("deductible"), tr("\"%1\" is not an amount.").arg(m_deductible->text()));
        return;
    }
    c.order = m_order->value();
    c.payerId = m_payer->currentData().toString();
    c.planName = m_plan->text().trimmed();
    c.memberId = m_member->text().trimmed();
    c.groupNumber = m_group->text().trimmed();
    c.relationship = m_relationship->currentData().toString();
    const bool self = c.relationship == QLatin1String("18");
    c.subscriberFirstName = self ? QString() : m_subscriberFirst->text().trimmed();
    c.subscriberLastName = self ? QString() : m_subscriberLast->text().trimmed();
    c.subscriberBirthDate = self ? QDate() : m_subscriberBirth->date();
    c.subscriberSex = self ? AdministrativeSex::Unknown
                           : sexFromCode(m_subscriberSex->currentData().toString()).value_or(AdministrativeSex::Unknown);
    c.effectiveFrom = m_from->date();
    c.effectiveTo = m_to->date();
    c.coinsurancePercent = m_coinsurance->value() < 0 ? std::nullopt : std::optional<int>(m_coinsurance->value());
    c.cardFront = m_cardFront->image();
    c.cardBack = m_cardBack->image();
    auto saved = m_services.coverages->save(c);
    if (!saved) {
        m_errors.show(saved.error());
        return;
    }
    m_coverage = saved.value();
    accept();
}

}  // namespace fd::patients::ui
