#pragma once

#include "billing/core/ack_service.h"
#include "billing/ui/billing_services.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace fd::billing::ui {

class BillingEvents;

// The rejection queue's rows (IRejectionQueue::list), oldest first.
class RejectionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RejectedOn, Claim, Patient, Source, Code, Reason, State, ColumnCount };

    RejectionsModel(std::shared_ptr<BillingNames> names, QObject* parent = nullptr);
    void setRows(std::vector<Rejection> rows);
    const Rejection* rejectionAt(int row) const;
    int rowOf(const QString& rejectionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<BillingNames> m_names;
    std::vector<Rejection> m_rows;
};

// Claims the payer or clearinghouse rejected (TA1, 999, 277CA), with the reason in plain
// words; a biller resubmits (the charges become a new draft claim to correct) or resolves
// with a note. Actions the role lacks are not shown.
class RejectionsDock final : public QWidget
{
    Q_OBJECT
public:
    RejectionsDock(BillingServices services, std::shared_ptr<IRejectionQueue> queue,
                   std::shared_ptr<BillingNames> names, BillingEvents* events, QWidget* parent = nullptr);

    void refresh();
    bool selectRejection(const QString& rejectionId);
    bool resubmitSelected(const QString& note);
    bool resolveSelected(const QString& note);

    QTableView* table() const { return m_table; }
    RejectionsModel* model() const { return m_model; }
    QCheckBox* openOnlyBox() const { return m_openOnly; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* resubmitButton() const { return m_resubmit; }
    QPushButton* resolveButton() const { return m_resolve; }

private:
    void buildScreen();
    void updateActions();
    const Rejection* selected() const;
    bool work(bool resubmit, const QString& note);
    void ask(bool resubmit);

    BillingServices m_services;
    std::shared_ptr<IRejectionQueue> m_queue;
    std::shared_ptr<BillingNames> m_names;
    QPointer<BillingEvents> m_events;
    RejectionsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QCheckBox* m_openOnly = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_resubmit = nullptr;
    QPushButton* m_resolve = nullptr;
};

}  // namespace fd::billing::ui
