// The Accounts dock's postings and receipts: each opens its dialog, posts through the ledger
// and shows the service's message when refused.
#include "accounts/core/accounts_permissions.h"
#include "accounts/ui/accounts_dock.h"
#include "accounts/ui/ledger_table_model.h"
#include "accounts/ui/payment_dialog.h"
#include "accounts/ui/posting_dialog.h"
#include "common/uuid.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace fd::accounts::ui {

QWidget* AccountsDock::buildActions()
{
    auto* bar = new QWidget(this);
    auto button = [bar](const QString& text, const QString& objectName, const QString& tip) {
        auto* b = new QPushButton(text, bar);
        b->setObjectName(objectName);
        b->setToolTip(tip);
        return b;
    };
    m_pay = button(tr("Record &payment…"), QStringLiteral("fd.accounts.pay"),
                   tr("Money from the patient: for a visit's balance or as credit for the visit"));
    m_adjust = button(tr("&Adjustment…"), QStringLiteral("fd.accounts.adjust"),
                      tr("Write off part of a service line's balance with its CARC reason"));
    m_transfer = button(tr("&Transfer…"), QStringLiteral("fd.accounts.transfer"),
                        tr("Move part of a line's balance from insurance to the patient"));
    m_refund = button(tr("Re&fund…"), QStringLiteral("fd.accounts.refund"),
                      tr("Pay unapplied credit back to the patient"));
    m_reverse = button(tr("Re&verse…"), QStringLiteral("fd.accounts.reverse"),
                       tr("Undo the selected entry by a new, opposite entry"));
    m_receipt = new QToolButton(bar);
    m_receipt->setObjectName(QStringLiteral("fd.accounts.receipt"));
    m_receipt->setText(tr("Re&print receipt"));
    m_receipt->setToolTip(tr("A copy of the selected payment's receipt"));
    m_receipt->setPopupMode(QToolButton::MenuButtonPopup);
    auto* menu = new QMenu(m_receipt);
    menu->addAction(tr("Pre&view…"), this, [this] { receiptForSelected(ReceiptPrinting::Output::Preview); });
    menu->addAction(tr("&Print…"), this, [this] { receiptForSelected(ReceiptPrinting::Output::Printer); });
    menu->addAction(tr("&Save as PDF…"), this, [this] { receiptForSelected(ReceiptPrinting::Output::Pdf); });
    m_receipt->setMenu(menu);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : std::initializer_list<QWidget*>{m_pay, m_adjust, m_transfer, m_refund, m_reverse, m_receipt})
        layout->addWidget(w);
    layout->addStretch(1);
    connect(m_pay, &QPushButton::clicked, this, &AccountsDock::recordPayment);
    connect(m_adjust, &QPushButton::clicked, this, &AccountsDock::postAdjustment);
    connect(m_transfer, &QPushButton::clicked, this, &AccountsDock::postTransfer);
    connect(m_refund, &QPushButton::clicked, this, &AccountsDock::postRefund);
    connect(m_reverse, &QPushButton::clicked, this, &AccountsDock::reverseSelected);
    connect(m_receipt, &QToolButton::clicked, this, [this] { receiptForSelected(ReceiptPrinting::Output::Preview); });
    return bar;
}

void AccountsDock::updateActions()
{
    if (!m_pay)
        return;
    const bool open = !m_patientId.isEmpty();
    m_pay->setEnabled(open && m_services.can(perm::kPayments));
    m_adjust->setEnabled(open && m_services.can(perm::kAdjust));
    m_transfer->setEnabled(open && m_services.can(perm::kTransfer));
    m_refund->setEnabled(open && m_services.can(perm::kRefund));
    const LedgerEntry* e = selectedEntry();
    m_reverse->setEnabled(e && m_services.can(perm::kReverse) && e->kind != EntryKind::Reversal
                          && !m_model->isReversed(e->id));
    m_receipt->setEnabled(e && e->kind == EntryKind::PatientPayment);
    const QString denied = tr("Your role does not include this (permission \"%1\").");
    for (auto [button, permission] : {std::pair{m_pay, perm::kPayments}, std::pair{m_adjust, perm::kAdjust},
                                      std::pair{m_transfer, perm::kTransfer}, std::pair{m_refund, perm::kRefund},
                                      std::pair{m_reverse, perm::kReverse}})
        if (!m_services.can(permission))
            button->setToolTip(denied.arg(permission));
}

void AccountsDock::posted(const LedgerEntry& entry, const QString& what)
{
    refresh();
    selectEntry(entry.id);
    showMessage(what, false);
}

void AccountsDock::recordPayment()
{
    if (m_patientId.isEmpty() || !m_services.can(perm::kPayments))
        return;
    PaymentDialog dialog(m_services, m_patientId, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.entry())
        return;
    const LedgerEntry entry = *dialog.entry();
    posted(entry, tr("Recorded a %1 %2 payment.")
                      .arg(entry.amount.toDisplay(), LedgerTableModel::methodText(entry.method)));
    if (dialog.printReceipt()) {
        auto printed = ReceiptPrinting::run(ReceiptPrinting::Output::Printer, m_services.receipts, entry.id,
                                            render::ReceiptCopy::Original, this);
        if (!printed)
            showMessage(printed.error().message);
    }
}

void AccountsDock::postAdjustment()
{
    if (m_patientId.isEmpty() || !m_services.can(perm::kAdjust))
        return;
    PostingDialog dialog(PostingDialog::Kind::Adjustment, m_services, m_patientId, this);
    if (dialog.exec() == QDialog::Accepted && dialog.entry())
        posted(*dialog.entry(), tr("Posted a %1 adjustment.").arg(dialog.entry()->amount.toDisplay()));
}

void AccountsDock::postTransfer()
{
    if (m_patientId.isEmpty() || !m_services.can(perm::kTransfer))
        return;
    PostingDialog dialog(PostingDialog::Kind::Transfer, m_services, m_patientId, this);
    if (dialog.exec() == QDialog::Accepted && dialog.entry())
        posted(*dialog.entry(), tr("Transferred %1.").arg(dialog.entry()->amount.toDisplay()));
}

void AccountsDock::postRefund()
{
    if (m_patientId.isEmpty() || !m_services.can(perm::kRefund))
        return;
    PostingDialog dialog(PostingDialog::Kind::Refund, m_services, m_patientId, this);
    if (dialog.exec() == QDialog::Accepted && dialog.entry())
        posted(*dialog.entry(), tr("Refunded %1 of credit.").arg(dialog.entry()->amount.toDisplay()));
}

void AccountsDock::reverseSelected()
{
    const LedgerEntry* selected = selectedEntry();
    if (!selected || !m_services.can(perm::kReverse))
        return;
    const LedgerEntry entry = *selected;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reverse Entry"),
        tr("Reverse the %1 of %2 for %3? The entry stays in the ledger; a new entry undoes it.\nReason:")
            .arg(LedgerTableModel::kindText(entry.kind).toLower(),
                 entry.effectiveDate.toString(QStringLiteral("MM/dd/yyyy")), entry.amount.toDisplay()),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    auto reversal = m_services.ledger->reverse(entry.id, reason.trimmed(), newUuid());
    if (!reversal) {
        showMessage(reversal.error().message);
        return;
    }
    posted(reversal.value(), tr("Reversed the %1.").arg(LedgerTableModel::kindText(entry.kind).toLower()));
}

void AccountsDock::receiptForSelected(ReceiptPrinting::Output output)
{
    const LedgerEntry* e = selectedEntry();
    if (!e || e->kind != EntryKind::PatientPayment)
        return;
    auto done = ReceiptPrinting::run(output, m_services.receipts, e->id, render::ReceiptCopy::Reprint, this);
    if (!done)
        showMessage(done.error().message);
}

}  // namespace fd::accounts::ui
