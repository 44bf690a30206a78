#pragma once

#include "billing/ui/billing_services.h"
#include "billing/ui/date_keyset.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace fd::billing::ui {

// Claims of one status (or all) in a service-date range, oldest first, a page at a time as
// the view scrolls. "Last change" comes from the claim's history and "Findings" from the
// scrubber's latest run, each read only for rows the view shows and kept.
class ClaimsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Patient, Payer, ServiceDate, Total, Status, LastChange, Findings, ColumnCount };
    enum Role { ClaimIdRole = Qt::UserRole + 1, StatusRole };
    static constexpr int kPageSize = 200;

    ClaimsModel(BillingServices services, std::shared_ptr<BillingNames> names, QObject* parent = nullptr);

    // Starts over with the first page; false (and loadFailed) when it could not be read.
    bool load(std::optional<ClaimStatus> status, const QDate& from, const QDate& to);
    bool reload() { return load(m_status, m_from, m_to); }
    const Claim* claimAt(int row) const;
    int rowOf(const QString& claimId) const;
    // Reads one claim again after a change (its status, row version); false when it went.
    bool refreshClaim(const QString& claimId);
    void forgetHistory(const QString& claimId) { m_lastChange.remove(claimId); }
    // The scrubber's latest findings of a claim (empty without a scrubber or a run).
    std::optional<ClaimScrubResult> findings(const QString& claimId) const;
    // Drops the kept findings (after a scrub or an acknowledgment) and repaints.
    void forgetFindings();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    bool fetchPage();
    QString lastChange(const Claim& claim) const;
    QString findingsText(const Claim& claim) const;

    BillingServices m_services;
    std::shared_ptr<BillingNames> m_names;
    std::optional<ClaimStatus> m_status;
    QDate m_from;
    QDate m_to;
    DateKeyset m_keyset;
    std::vector<Claim> m_rows;
    mutable QHash<QString, QString> m_lastChange;
    mutable QHash<QString, std::optional<ClaimScrubResult>> m_findings;
    bool m_more = false;
};

}  // namespace fd::billing::ui
