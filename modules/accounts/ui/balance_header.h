#pragma once

#include "accounts/core/ledger_types.h"

#include <QWidget>

class QLabel;

namespace fd::accounts::ui {

// The account at a glance: what the patient owes, what insurance has pending, unapplied credit,
// the total, and how old the open amounts are (0-30, 31-60, 61-90, 91-120, over 120 days).
class BalanceHeader final : public QWidget
{
    Q_OBJECT
public:
    explicit BalanceHeader(QWidget* parent = nullptr);

    void setBalance(const Balance& balance);
    void clear();

    QLabel* patientOwes() const { return m_patient; }
    QLabel* insurancePending() const { return m_insurance; }
    QLabel* credit() const { return m_credit; }
    QLabel* total() const { return m_total; }
    // Row 0 insurance, row 1 patient; columns the five age bands.
    QLabel* agingCell(int row, int band) const { return m_aging[row][band]; }

private:
    QLabel* figure(const QString& objectName);

    QLabel* m_patient = nullptr;
    QLabel* m_insurance = nullptr;
    QLabel* m_credit = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_aging[2][5] = {};
};

}  // namespace fd::accounts::ui
