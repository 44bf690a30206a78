#pragma once

#include "common/result.h"
#include "security/interfaces.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace fd::admin {

// The audit trail, a page at a time: the view asks for more rows as it scrolls
// (canFetchMore/fetchMore), each page one IAuditTrail::list call with offset and limit, so a
// trail of millions of entries is never loaded whole.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, User, RoleColumn, Action, Outcome, Patient, Record, Workstation, Seq, ColumnCount };

    explicit AuditModel(std::shared_ptr<security::IAuditTrail> audit, int pageSize = 200, QObject* parent = nullptr);

    // Starts over with the first page of `filter` (its offset and limit are the model's).
    Status setFilter(const security::AuditFilter& filter);
    const security::AuditFilter& filter() const { return m_filter; }
    int pageSize() const { return m_pageSize; }
    // Entries matching the filter, counted by the service (not loaded).
    qint64 totalCount() const { return m_total; }
    const security::AuditEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Time (and sequence) order only: the service pages in that order.
    void sort(int column, Qt::SortOrder order) override;

    static QString actionDisplayName(const QString& action);
    // The entry's patient, or how many patients an entry about several names.
    static QString patientsText(const security::AuditRecord& record);
    static QStringList knownActions();

signals:
    void failed(const QString& message);

private:
    std::shared_ptr<security::IAuditTrail> m_audit;
    int m_pageSize;
    security::AuditFilter m_filter;
    std::vector<security::AuditEntry> m_rows;
    qint64 m_total = 0;
    bool m_exhausted = true;
};

}  // namespace fd::admin
