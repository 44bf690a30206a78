#pragma once

#include "billing/ui/billing_services.h"
#include "billing/ui/date_keyset.h"

#include <QAbstractTableModel>

#include <vector>

namespace fd::billing::ui {

// The unbilled charges (IChargeService::unbilled), oldest first, a page at a time as the view
// scrolls; a provider filter keeps one rendering provider's charges. Held charges carry the
// reason they cannot be billed now.
class UnbilledModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Patient, ServiceDate, Code, Provider, Amount, Hold, ColumnCount };
    enum Role { LineIdRole = Qt::UserRole + 1, EncounterIdRole, HeldRole };
    static constexpr int kPageSize = 200;

    UnbilledModel(BillingServices services, std::shared_ptr<BillingNames> names, QObject* parent = nullptr);

    // Starts over with the first page; false (and loadFailed) when it could not be read.
    bool load(const QDate& from, const QDate& to, const QString& providerId = {});
    bool reload() { return load(m_from, m_to, m_providerId); }
    const UnbilledCharge* chargeAt(int row) const;
    int rowOf(const QString& lineId) const;
    Money total() const { return m_total; }
    int heldCount() const { return m_held; }
    bool hasMore() const { return m_more; }

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

    BillingServices m_services;
    std::shared_ptr<BillingNames> m_names;
    QDate m_from;
    QDate m_to;
    QString m_providerId;
    DateKeyset m_keyset;
    std::vector<UnbilledCharge> m_rows;
    Money m_total;
    int m_held = 0;
    bool m_more = false;
};

}  // namespace fd::billing::ui
