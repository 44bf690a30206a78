#include "accounts/ui/posting_dialog.h"

#include "accounts/ui/money_edit.h"
#include "common/uuid.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::accounts::ui {

PostingDialog::PostingDialog(Kind kind, AccountsServices services, const QString& patientId, QWidget* parent)
    : QDialog(parent), m_kind(kind), m_services(std::move(services)), m_patientId(patientId), m_clientId(newUuid())
{
    setObjectName(QStringLiteral("fd.accounts.postingDialog"));
    auto* form = new QFormLayout;
    m_amount = new MoneyEdit(this);
    m_amount->setObjectName(QStringLiteral("fd.accounts.posting.amount"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("fd.accounts.posting.note"));
    if (kind != Kind::Refund) {
        m_line = new QComboBox(this);
        m_line->setObjectName(QStringLiteral("fd.accounts.posting.line"));
        form->addRow(tr("Service &line"), m_line);
        m_bucket = new QComboBox(this);
        m_bucket->setObjectName(QStringLiteral("fd.accounts.posting.bucket"));
        form->addRow(kind == Kind::Adjustment ? tr("&Write off from") : tr("&Move from"), m_bucket);
        if (kind == Kind::Adjustment) {
            m_bucket->addItem(tr("Insurance balance"), bucketId(Bucket::Insurance));
            m_bucket->addItem(tr("Patient balance"), bucketId(Bucket::Patient));
        } else {
            m_bucket->addItem(tr("Insurance to patient"), bucketId(Bucket::Insurance));
            m_bucket->addItem(tr("Patient to insurance"), bucketId(Bucket::Patient));
        }
    }
    form->addRow(tr("&Amount"), m_amount);
    if (kind == Kind::Adjustment) {
        m_group = new QComboBox(this);
        m_group->setObjectName(QStringLiteral("fd.accounts.posting.group"));
        m_group->addItem(tr("CO — contractual obligation"), QStringLiteral("CO"));
        m_group->addItem(tr("PR — patient responsibility"), QStringLiteral("PR"));
        m_group->addItem(tr("OI — other insurance"), QStringLiteral("OI"));
        m_group->addItem(tr("PI — payer initiated"), QStringLiteral("PI"));
        m_code = new QLineEdit(this);
        m_code->setObjectName(QStringLiteral("fd.accounts.posting.code"));
        m_code->setPlaceholderText(tr("CARC code, for example 45"));
        m_code->setMaxLength(5);
        form->addRow(tr("Reason &group"), m_group);
        form->addRow(tr("Reason &code"), m_code);
    }
    if (kind == Kind::Refund) {
        m_method = new QComboBox(this);
        m_method->setObjectName(QStringLiteral("fd.accounts.posting.method"));
        m_method->addItem(tr("Check"), QStringLiteral("check"));
        m_method->addItem(tr("Cash"), QStringLiteral("cash"));
        m_method->addItem(tr("Card"), QStringLiteral("card"));
        m_reference = new QLineEdit(this);
        m_reference->setObjectName(QStringLiteral("fd.accounts.posting.reference"));
        m_reference->setPlaceholderText(tr("Check number or card reference — never the card number"));
        form->addRow(tr("&Method"), m_method);
        form->addRow(tr("Re&ference"), m_reference);
    }
    form->addRow(tr("&Note"), m_note);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.accounts.posting.message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("fd.accounts.posting.post"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    switch (kind) {
    case Kind::Adjustment:
        setWindowTitle(tr("Post Adjustment"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Post adjustment"));
        break;
    case Kind::Transfer:
        setWindowTitle(tr("Transfer Balance"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Transfer"));
        break;
    case Kind::Refund: {
        setWindowTitle(tr("Refund Credit"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Refund"));
        auto balance = m_services.ledger->balance(patientId);
        if (balance)
            layout->insertWidget(0, new QLabel(tr("Unapplied credit: %1").arg(balance->credit.toDisplay()), this));
        break;
    }
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_line)
        loadLines();
}

void PostingDialog::loadLines()
{
    auto lines = m_services.ledger->lineBalances(m_patientId, true);
    if (!lines) {
        showError(lines.error().message);
        return;
    }
    for (const LineBalance& line : lines.value())
        m_line->addItem(tr("%1 %2 — insurance %3, patient %4")
                            .arg(line.serviceDate.toString(QStringLiteral("MM/dd/yyyy")), line.code,
                                 line.insurance.toDisplay(), line.patient.toDisplay()),
                        line.lineId);
    if (m_line->count() == 0)
        showError(tr("This account has no open service line."));
}

void PostingDialog::showError(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

Result<LedgerEntry> PostingDialog::post(Money amount)
{
    const QString note = m_note->text().trimmed();
    switch (m_kind) {
    case Kind::Adjustment: {
        AdjustmentRequest r;
        r.patientId = m_patientId;
        r.lineId = m_line->currentData().toString();
        r.bucket = bucketFromId(m_bucket->currentData().toString()).value_or(Bucket::Insurance);
        r.amount = amount;
        r.reasonGroup = m_group->currentData().toString();
        r.reasonCode = m_code->text().trimmed();
        r.note = note;
        r.clientId = m_clientId;
        return m_services.ledger->adjust(r);
    }
    case Kind::Transfer: {
        TransferRequest r;
        r.patientId = m_patientId;
        r.lineId = m_line->currentData().toString();
        r.from = bucketFromId(m_bucket->currentData().toString()).value_or(Bucket::Insurance);
        r.amount = amount;
        r.note = note;
        r.clientId = m_clientId;
        return m_services.ledger->transfer(r);
    }
    case Kind::Refund: {
        RefundRequest r;
        r.patientId = m_patientId;
        r.amount = amount;
        r.method = paymentMethodFromId(m_method->currentData().toString()).value_or(PaymentMethod::Check);
        r.reference = m_reference->text().trimmed();
        r.note = note;
        r.clientId = m_clientId;
        return m_services.ledger->refund(r);
    }
    }
    return makeError(ErrorCode::Internal, QStringLiteral("unknown posting"));
}

bool PostingDialog::submit()
{
    if (m_entry)
        return true;
    if (m_line && m_line->currentData().toString().isEmpty()) {
        showError(tr("Choose the service line."));
        return false;
    }
    if (m_code && m_code->text().trimmed().isEmpty()) {
        showError(tr("Enter the adjustment's reason code (CARC), for example 45."));
        m_code->setFocus();
        return false;
    }
    const std::optional<Money> amount = m_amount->amount();
    if (!amount || amount->cents() <= 0) {
        showError(tr("Enter the amount, in dollars and cents (for example 25.00)."));
        m_amount->setFocus();
        return false;
    }
    m_buttons->setEnabled(false);
    auto posted = post(*amount);
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
