#pragma once

#include "billing/ui/billing_services.h"

#include <QAbstractTableModel>

#include <vector>

namespace fd::billing::ui {

// The 837P batches written, newest first, a page at a time as the view scrolls.
class BatchesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Written, Interchange, Group, Claims, Sets, File, State, ColumnCount };
    static constexpr int kPageSize = 100;

    explicit BatchesModel(BillingServices services, QObject* parent = nullptr);

    bool load();
    const BatchSummary* batchAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    // The batch's delivery status as the history shows it (docs/CLAIM_SUBMISSION.md).
    static QString stateText(const QString& status);
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    bool fetchPage();

    BillingServices m_services;
    std::vector<BatchSummary> m_rows;
    bool m_more = false;
};

// The claims one batch carried, with where each is now.
class BatchClaimsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Patient, ServiceDate, Status, ColumnCount };

    BatchClaimsModel(std::shared_ptr<BillingNames> names, QObject* parent = nullptr);

    void setClaims(std::vector<BatchClaim> claims);
    const BatchClaim* claimAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<BillingNames> m_names;
    std::vector<BatchClaim> m_rows;
};

}  // namespace fd::billing::ui
