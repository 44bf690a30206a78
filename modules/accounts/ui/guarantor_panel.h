#pragma once

#include "accounts/ui/accounts_services.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace fd::accounts::ui {

// The account a patient belongs to: their guarantor, everyone the guarantor answers for, and
// the family's totals (the ledger's guarantor balance).
class GuarantorPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit GuarantorPanel(AccountsServices services, QWidget* parent = nullptr);

    void showFor(const patients::Patient& patient);
    void clear();

    QLabel* summary() const { return m_summary; }
    QTableWidget* members() const { return m_members; }

signals:
    void openPatientRequested(const QString& patientId);

private:
    AccountsServices m_services;
    QLabel* m_summary = nullptr;
    QTableWidget* m_members = nullptr;
};

}  // namespace fd::accounts::ui
