#pragma once

#include "accounts/core/ledger_types.h"
#include "accounts/ui/accounts_services.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fd::accounts::ui {

class MoneyEdit;

// The biller's and office manager's postings on a patient's account: an adjustment of a
// line's balance with its CARC reason, a transfer between insurance and the patient, or a
// refund of unapplied credit. One client id per dialog, so a double submit posts once.
class PostingDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Adjustment, Transfer, Refund };

    PostingDialog(Kind kind, AccountsServices services, const QString& patientId, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    const std::optional<LedgerEntry>& entry() const { return m_entry; }
    bool submit();

    QComboBox* lineBox() const { return m_line; }
    QComboBox* bucketBox() const { return m_bucket; }
    MoneyEdit* amountEdit() const { return m_amount; }
    QComboBox* groupBox() const { return m_group; }
    QLineEdit* reasonCodeEdit() const { return m_code; }
    QLabel* messageLabel() const { return m_message; }

private:
    void loadLines();
    void showError(const QString& text);
    Result<LedgerEntry> post(Money amount);

    Kind m_kind;
    AccountsServices m_services;
    QString m_patientId;
    QString m_clientId;
    std::optional<LedgerEntry> m_entry;
    QComboBox* m_line = nullptr;
    QComboBox* m_bucket = nullptr;
    MoneyEdit* m_amount = nullptr;
    QComboBox* m_group = nullptr;
    QLineEdit* m_code = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace fd::accounts::ui
