#include "calendar/frontdesk/checkin_dialog.h"

#include "accounts/core/accounts_permissions.h"
#include "accounts/ui/money_edit.h"
#include "accounts/ui/receipt_printing.h"
#include "common/uuid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::calendar::frontdesk {

namespace {

QLabel* wrapped(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString confirmedText(const QDateTime& at)
{
    if (!at.isValid())
        return CheckInDialog::tr("Never confirmed at a check-in.");
    return CheckInDialog::tr("Last confirmed %1.")
        .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

}  // namespace

CheckInDialog::CheckInDialog(FrontdeskServices services, const QString& appointmentId,
                             QWidget* parent)
    : QDialog(parent), m_services(std::move(services)), m_clientId(newUuid())
{
    setWindowTitle(tr("Check In"));
    setObjectName(QStringLiteral("fd.calendar.checkin"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    layout->addWidget(m_title);

    auto* demographics = new QGroupBox(tr("Demographics"), this);
    auto* dl = new QVBoxLayout(demographics);
    m_demographics = wrapped(demographics);
    m_confirmDemographics = new QCheckBox(
        tr("Name, birth date, address and phone confirmed with the patient"), demographics);
    dl->addWidget(m_demographics);
    dl->addWidget(m_confirmDemographics);
    layout->addWidget(demographics);

    auto* insurance = new QGroupBox(tr("Insurance"), this);
    auto* il = new QVBoxLayout(insurance);
    m_insurance = wrapped(insurance);
    m_confirmInsurance = new QCheckBox(tr("Insurance card seen and coverage confirmed"), insurance);
    il->addWidget(m_insurance);
    auto* eligibilityRow = new QHBoxLayout;
    m_eligibility = wrapped(insurance);
    m_eligibility->setObjectName(QStringLiteral("fd.calendar.checkin.eligibility"));
    m_checkNow = new QPushButton(tr("Check &now"), insurance);
    m_checkNow->setToolTip(tr("Ask the payer now (real-time eligibility)"));
    m_checkNow->hide();  // shown by showEligibility() when billing publishes the check
    eligibilityRow->addWidget(m_eligibility, 1);
    eligibilityRow->addWidget(m_checkNow, 0, Qt::AlignTop);
    il->addLayout(eligibilityRow);
    connect(m_checkNow, &QPushButton::clicked, this, &CheckInDialog::checkEligibilityNow);
    il->addWidget(m_confirmInsurance);
    layout->addWidget(insurance);

    auto* money = new QGroupBox(tr("Balance and copay"), this);
    auto* form = new QFormLayout(money);
    m_balance = wrapped(money);
    m_expected = wrapped(money);
    m_takeCopay = new QCheckBox(tr("Take the copay now"), money);
    m_amount = new accounts::ui::MoneyEdit(money);
    m_method = new QComboBox(money);
    m_method->addItem(tr("Cash"), QStringLiteral("cash"));
    m_method->addItem(tr("Card"), QStringLiteral("card"));
    m_method->addItem(tr("Check"), QStringLiteral("check"));
    m_reference = new QLineEdit(money);
    m_reference->setPlaceholderText(tr("Check number or card approval (never the card number)"));
    m_receipt = new QCheckBox(tr("Print a receipt"), money);
    form->addRow(tr("Balance due:"), m_balance);
    form->addRow(tr("Expected copay:"), m_expected);
    form->addRow(QString(), m_takeCopay);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(QString(), m_receipt);
    layout->addWidget(money);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("Check &In"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit()) {
            if (m_receipt->isChecked() && !m_result->record.ledgerEntryId.isEmpty())
                printReceipt();
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_takeCopay, &QCheckBox::toggled, this, &CheckInDialog::updateEnabled);
    connect(m_method, &QComboBox::currentIndexChanged, this, &CheckInDialog::updateEnabled);
    load(appointmentId);
}

void CheckInDialog::load(const QString& appointmentId)
{
    auto info = m_services.desk->checkInInfo(appointmentId);
    if (!info) {
        m_message->setText(info.error().message);
        for (QAbstractButton* b : m_buttons->buttons())
            if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                b->setEnabled(false);
        return;
    }
    m_info = info.value();
    fill();
}

QString CheckInDialog::demographicsText() const
{
    const patients::Patient& p = m_info->patient;
    QStringList lines;
    lines << tr("%1   #%2").arg(p.displayName(), p.accountNumber);
    if (p.birthDate.isValid())
        lines << tr("Born %1 (age %2)")
                     .arg(QLocale().toString(p.birthDate, QLocale::ShortFormat))
                     .arg(p.ageOn(m_info->day));
    if (!p.address.isEmpty())
        lines << tr("%1, %2, %3 %4")
                     .arg(p.address.line1, p.address.city, p.address.state, p.address.zip);
    for (const patients::Phone& phone : p.phones)
        lines << tr("Phone (%1): %2").arg(phone.type, phone.number);
    if (!p.email.isEmpty())
        lines << tr("Email: %1").arg(p.email);
    lines << confirmedText(m_info->demographicsConfirmedAt);
    return lines.join(QLatin1Char('\n'));
}

QString CheckInDialog::insuranceText() const
{
    QStringList lines;
    for (const CoverageOnDay& c : m_info->coverages) {
        const QString order = c.coverage.order == 1   ? tr("Primary")
                              : c.coverage.order == 2 ? tr("Secondary")
                                                      : tr("Tertiary");
        const QString state = c.activeOnDay ? tr("active") : tr("not in effect on the day");
        QString line =
            tr("%1: %2 %3, member %4 (%5)")
                .arg(order, c.payerName, c.coverage.planName, c.coverage.memberId, state);
        if (c.coverage.copay)
            line += tr(", copay %1").arg(c.coverage.copay->toDisplay());
        lines << line;
    }
    if (lines.isEmpty())
        lines << tr("No insurance on file: self-pay.");
    lines << confirmedText(m_info->insuranceConfirmedAt);
    return lines.join(QLatin1Char('\n'));
}

void CheckInDialog::fill()
{
    const CheckInInfo& info = *m_info;
    m_title->setText(tr("%1 at %2")
                         .arg(info.patient.displayName(),
                              QLocale().toString(info.localStart.time(), QLocale::ShortFormat)));
    m_demographics->setText(demographicsText());
    m_insurance->setText(insuranceText());
    m_confirmInsurance->setEnabled(!info.coverages.empty());
    showEligibility();
    const Money due = info.balanceDue();
    m_balance->setText(due.isNegative() ? tr("None (credit %1)").arg((-due).toDisplay())
                                        : due.toDisplay());
    if (info.expectedCopay)
        m_expected->setText(
            info.copayAlreadyTaken.isZero()
                ? info.expectedCopay->toDisplay()
                : tr("%1 (already taken today: %2)")
                      .arg(info.expectedCopay->toDisplay(), info.copayAlreadyTaken.toDisplay()));
    else
        m_expected->setText(tr("None on file"));
    const bool owed =
        info.expectedCopay && !info.expectedCopay->isZero() && info.copayAlreadyTaken.isZero();
    if (owed)
        m_amount->setAmount(*info.expectedCopay);
    const bool mayTake = m_services.can(accounts::perm::kPayments);
    m_takeCopay->setChecked(owed && mayTake);
    m_takeCopay->setEnabled(mayTake);
    m_receipt->setChecked(false);
    updateEnabled();
}

void CheckInDialog::updateEnabled()
{
    const bool take = m_takeCopay->isChecked();
    m_amount->setEnabled(take);
    m_method->setEnabled(take);
    m_reference->setEnabled(take && m_method->currentData().toString() != QLatin1String("cash"));
    m_receipt->setEnabled(take);
}

bool CheckInDialog::submit()
{
    if (m_result)
        return true;
    if (!m_info)
        return false;
    CheckInRequest request;
    request.appointmentId = m_info->appointment.id;
    request.confirmDemographics = m_confirmDemographics->isChecked();
    request.confirmInsurance = m_confirmInsurance->isChecked();
    request.clientId = m_clientId;
    if (m_takeCopay->isChecked()) {
        const std::optional<Money> amount = m_amount->amount();
        if (!amount || amount->cents() <= 0) {
            m_message->setText(
                tr("Enter the copay received, in dollars and cents (for example 25.00)."));
            m_amount->setFocus();
            return false;
        }
        request.copay = *amount;
        request.method = accounts::paymentMethodFromId(m_method->currentData().toString())
                             .value_or(accounts::PaymentMethod::Cash);
        request.reference = m_reference->isEnabled() ? m_reference->text().trimmed() : QString();
    }
    m_buttons->setEnabled(false);
    auto done = m_services.desk->checkIn(request);
    m_buttons->setEnabled(true);
    if (!done) {
        m_message->setText(done.error().message);
        return false;
    }
    m_message->clear();
    m_result = done.value();
    return true;
}

void CheckInDialog::printReceipt()
{
    auto printed = accounts::ui::ReceiptPrinting::run(
        accounts::ui::ReceiptPrinting::Output::Preview, m_services.receipts,
        m_result->record.ledgerEntryId, accounts::render::ReceiptCopy::Original, this);
    if (!printed)
        m_message->setText(printed.error().message);
}

}  // namespace fd::calendar::frontdesk
