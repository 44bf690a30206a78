#include "accounts/ui/payment_dialog.h"

#include "accounts/ui/money_edit.h"
#include "common/uuid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::accounts::ui {

PaymentDialog::PaymentDialog(AccountsServices services, const QString& patientId, QWidget* parent)
    : QDialog(parent), m_services(std::move(services)), m_patientId(patientId), m_clientId(newUuid())
{
    setObjectName(QStringLiteral("fd.accounts.paymentDialog"));
    setWindowTitle(tr("Record Payment"));
    m_line = new QComboBox(this);
    m_line->setObjectName(QStringLiteral("fd.accounts.payment.line"));
    m_amount = new MoneyEdit(this);
    m_amount->setObjectName(QStringLiteral("fd.accounts.payment.amount"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("fd.accounts.payment.method"));
    m_method->addItem(tr("Cash"), QStringLiteral("cash"));
    m_method->addItem(tr("Check"), QStringLiteral("check"));
    m_method->addItem(tr("Card"), QStringLiteral("card"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("fd.accounts.payment.reference"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("fd.accounts.payment.note"));
    m_receipt = new QCheckBox(tr("Print a receipt afterwards"), this);
    m_receipt->setObjectName(QStringLiteral("fd.accounts.payment.receipt"));
    m_receipt->setChecked(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.accounts.payment.message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("fd.accounts.payment.record"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Pays"), m_line);
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("Re&ference"), m_reference);
    form->addRow(tr("&Note"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_receipt);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_method, &QComboBox::currentIndexChanged, this, &PaymentDialog::methodChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadLines();
    methodChanged();
    m_amount->setFocus();
}

void PaymentDialog::loadLines()
{
    m_line->addItem(tr("No service line yet: unapplied credit for the visit"), QString());
    auto lines = m_services.ledger->lineBalances(m_patientId, true);
    if (!lines) {
        showError(lines.error().message);
        return;
    }
    int preferred = 0;
    for (const LineBalance& line : lines.value()) {
        m_line->addItem(tr("%1 %2 — patient owes %3, insurance %4")
                            .arg(line.serviceDate.toString(QStringLiteral("MM/dd/yyyy")), line.code,
                                 line.patient.toDisplay(), line.insurance.toDisplay()),
                        line.lineId);
        if (preferred == 0 && !line.patient.isZero())
            preferred = m_line->count() - 1;  // the oldest line the patient owes on
    }
    m_line->setCurrentIndex(preferred);
}

void PaymentDialog::methodChanged()
{
    const QString method = m_method->currentData().toString();
    m_reference->setEnabled(method != QStringLiteral("cash"));
    m_reference->setPlaceholderText(method == QStringLiteral("check")
                                        ? tr("Check number")
                                        : (method == QStringLiteral("card")
                                               ? tr("Last four digits or approval code — never the card number")
                                               : QString()));
}

bool PaymentDialog::printReceipt() const
{
    return m_receipt->isChecked();
}

void PaymentDialog::showError(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool PaymentDialog::submit()
{
    if (m_entry)
        return true;
    const std::optional<Money> amount = m_amount->amount();
    if (!amount || amount->cents() <= 0) {
        showError(tr("Enter the amount received, in dollars and cents (for example 25.00)."));
        m_amount->setFocus();
        return false;
    }
    PatientPaymentRequest request;
    request.patientId = m_patientId;
    request.lineId = m_line->currentData().toString();
    request.amount = *amount;
    request.method = paymentMethodFromId(m_method->currentData().toString()).value_or(PaymentMethod::Cash);
    request.reference = m_reference->isEnabled() ? m_reference->text().trimmed() : QString();
    request.note = m_note->text().trimmed();
    request.clientId = m_clientId;
    m_buttons->setEnabled(false);
    auto posted = m_services.ledger->recordPatientPayment(request);
    m_buttons->setEnabled(true);
    if (!posted) {
        showError(posted.error().message);
        return false;
    }
    showError({});
    m_entry = posted.value();
    return true;
}

}  // namespace fd::accounts::ui
