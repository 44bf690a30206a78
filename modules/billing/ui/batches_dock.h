#pragma once

#include "billing/ui/billing_services.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace fd::billing::ui {

class BatchClaimsModel;
class BatchesModel;
class BillingEvents;

// The batch history: every 837P batch written (when, control numbers, claim count, file), and
// the claims of the selected batch with their status now. A batch left "sending" (the
// connection broke after the upload, so nobody knows whether it arrived) is settled here
// with what the clearinghouse said (IClaimSubmission::settleBatch).
class BatchesDock final : public QWidget
{
    Q_OBJECT
public:
    BatchesDock(BillingServices services, std::shared_ptr<BillingNames> names, BillingEvents* events,
                QWidget* parent = nullptr);

    void refresh();
    bool selectBatch(int row);

    QTableView* table() const { return m_table; }
    BatchesModel* model() const { return m_model; }
    QTableView* claimsTable() const { return m_claimsTable; }
    BatchClaimsModel* claimsModel() const { return m_claims; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* settleButton() const { return m_settle; }

    // Settles the selected batch, which must be "sending"; the message tells the outcome.
    bool settleSelected(BatchSettlement outcome, const QString& reason);

public slots:
    // Asks whether the clearinghouse got the batch, and why, then settles it.
    void settleInteractive();

private:
    void showClaims();
    const BatchSummary* selectedBatch() const;

    BillingServices m_services;
    std::shared_ptr<BillingNames> m_names;
    QPointer<BillingEvents> m_events;
    BatchesModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    BatchClaimsModel* m_claims = nullptr;
    QTableView* m_claimsTable = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_settle = nullptr;
};

}  // namespace fd::billing::ui
