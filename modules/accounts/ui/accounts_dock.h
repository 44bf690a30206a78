#pragma once

#include "accounts/ui/accounts_services.h"
#include "accounts/ui/receipt_printing.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace fd::accounts::ui {

class BalanceHeader;
class GuarantorPanel;
class LedgerFilterProxy;
class LedgerTableModel;

// A patient's account: find the patient, see what is owed and by whom with aging, read the
// ledger (filtered by date, kind, claim; reversed entries struck through) and post to it.
// What the role cannot do is disabled here and refused by the ledger anyway.
class AccountsDock final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 250;

    explicit AccountsDock(AccountsServices services, QWidget* parent = nullptr);

    // Shows the patient's account (a read of the patient, audited by the registry).
    bool openPatient(const QString& patientId);
    QString patientId() const { return m_patientId; }
    void focusSearch();
    void refresh();

    void recordPayment();
    void postAdjustment();
    void postTransfer();
    void postRefund();
    void reverseSelected();
    void receiptForSelected(ReceiptPrinting::Output output);

    const LedgerEntry* selectedEntry() const;
    bool selectEntry(const QString& entryId);

    QLineEdit* searchField() const { return m_search; }
    QListWidget* results() const { return m_results; }
    QLabel* patientLabel() const { return m_patient; }
    QLabel* messageLabel() const { return m_message; }
    BalanceHeader* header() const { return m_header; }
    QTableView* table() const { return m_table; }
    LedgerTableModel* model() const { return m_model; }
    LedgerFilterProxy* filter() const { return m_filter; }
    GuarantorPanel* guarantorPanel() const { return m_guarantor; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* claimEdit() const { return m_claim; }
    QCheckBox* reversedBox() const { return m_showReversed; }
    QPushButton* paymentButton() const { return m_pay; }
    QPushButton* adjustButton() const { return m_adjust; }
    QPushButton* transferButton() const { return m_transfer; }
    QPushButton* refundButton() const { return m_refund; }
    QPushButton* reverseButton() const { return m_reverse; }
    QToolButton* receiptButton() const { return m_receipt; }

signals:
    void patientOpened(const QString& patientId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildDenied();
    void buildScreen();
    QWidget* buildFilters();
    QWidget* buildActions();
    void searchNow();
    void openCurrentResult();
    void applyFilters();
    void updateActions();
    void posted(const LedgerEntry& entry, const QString& what);
    void showMessage(const QString& text, bool error = true);

    AccountsServices m_services;
    QString m_patientId;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QTimer* m_debounce = nullptr;
    QLabel* m_patient = nullptr;
    QLabel* m_message = nullptr;
    BalanceHeader* m_header = nullptr;
    GuarantorPanel* m_guarantor = nullptr;
    LedgerTableModel* m_model = nullptr;
    LedgerFilterProxy* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_claim = nullptr;
    QCheckBox* m_showReversed = nullptr;
    QPushButton* m_pay = nullptr;
    QPushButton* m_adjust = nullptr;
    QPushButton* m_transfer = nullptr;
    QPushButton* m_refund = nullptr;
    QPushButton* m_reverse = nullptr;
    QToolButton* m_receipt = nullptr;
};

}  // namespace fd::accounts::ui
