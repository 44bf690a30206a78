#pragma once

#include "billing/core/eligibility.h"
#include "billing/ui/billing_services.h"

#include <QAbstractTableModel>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace fd::billing::ui {

// One day's insurance verification list (IEligibilityService::verificationList).
class VerificationModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Patient, Payer, Status, Copay, Message, Verified, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(std::vector<VerificationItem> rows);
    const VerificationItem* itemAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(EligibilityStatus status);

private:
    std::vector<VerificationItem> m_rows;
};

// The insurance verification list of a day (tomorrow by default): each appointment's
// coverage with the eligibility answer, the office copay found, or why it was not checked.
// "Check the day" runs the batch (270s to the payers that take them); "Verified by phone"
// records a check made by calling the payer. Needs billing.eligibility.
class VerificationDock final : public QWidget
{
    Q_OBJECT
public:
    VerificationDock(BillingServices services, std::shared_ptr<IEligibilityService> eligibility,
                     QWidget* parent = nullptr);

    void setDay(const QDate& day);
    void refresh();
    bool runBatch();
    bool markSelectedVerified(const QString& note);

    QTableView* table() const { return m_table; }
    VerificationModel* model() const { return m_model; }
    QDateEdit* dayEdit() const { return m_day; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* verifyButton() const { return m_verify; }

private:
    void buildScreen();
    void updateActions();

    BillingServices m_services;
    std::shared_ptr<IEligibilityService> m_eligibility;
    VerificationModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QDateEdit* m_day = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_verify = nullptr;
};

}  // namespace fd::billing::ui
