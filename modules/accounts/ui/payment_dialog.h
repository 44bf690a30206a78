#pragma once

#include "accounts/core/ledger_types.h"
#include "accounts/ui/accounts_services.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fd::accounts::ui {

class MoneyEdit;

// Records a patient's payment: to one of their open service lines (the excess becomes credit)
// or all as unapplied credit. The dialog makes one client id when it opens, so pressing
// Record twice, or again after a lost answer, posts the payment once.
class PaymentDialog final : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(AccountsServices services, const QString& patientId, QWidget* parent = nullptr);

    QString clientId() const { return m_clientId; }
    // The payment once recorded.
    const std::optional<LedgerEntry>& entry() const { return m_entry; }
    bool printReceipt() const;

    // Posts what the form says; on failure shows the service's message and stays open.
    bool submit();

    MoneyEdit* amountEdit() const { return m_amount; }
    QComboBox* lineBox() const { return m_line; }
    QComboBox* methodBox() const { return m_method; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QCheckBox* receiptBox() const { return m_receipt; }
    QLabel* messageLabel() const { return m_message; }

private:
    void loadLines();
    void methodChanged();
    void showError(const QString& text);

    AccountsServices m_services;
    QString m_patientId;
    QString m_clientId;
    std::optional<LedgerEntry> m_entry;
    QComboBox* m_line = nullptr;
    MoneyEdit* m_amount = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_note = nullptr;
    QCheckBox* m_receipt = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace fd::accounts::ui
