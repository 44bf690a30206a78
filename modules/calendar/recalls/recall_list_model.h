#pragma once

#include "calendar/core/recall_service.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

#include <memory>
#include <vector>

namespace fd::calendar::ui {

// The recall list as a table, a page at a time (canFetchMore/fetchMore), from
// IRecallService::list with the dock's filter.
class RecallListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Due, State, Reason, Patient, Account, LastContact, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit RecallListModel(std::shared_ptr<IRecallService> recalls, QObject* parent = nullptr);

    // Loads the first page; an error leaves the model empty and is returned.
    Status reload(const RecallFilter& filter);
    const RecallRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString stateText(RecallState state);

signals:
    void loadFailed(const QString& message);

private:
    std::shared_ptr<IRecallService> m_recalls;
    RecallFilter m_filter;
    std::vector<RecallRow> m_rows;
    bool m_more = false;
};

}  // namespace fd::calendar::ui
