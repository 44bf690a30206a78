#include "calendar/recalls/recall_list_model.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace fd::calendar::ui {

RecallListModel::RecallListModel(std::shared_ptr<IRecallService> recalls, QObject* parent)
    : QAbstractTableModel(parent), m_recalls(std::move(recalls))
{
}

Status RecallListModel::reload(const RecallFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.offset = 0;
    m_filter.limit = kPageSize;
    m_rows.clear();
    m_more = false;
    auto rows = m_recalls->list(m_filter);
    if (rows) {
        m_rows = std::move(rows.value());
        m_more = int(m_rows.size()) == kPageSize;
    }
    endResetModel();
    if (!rows)
        return rows.error();
    return {};
}

const RecallRow* RecallListModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int RecallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecallListModel::stateText(RecallState state)
{
    switch (state) {
    case RecallState::Due:
        return tr("Due");
    case RecallState::Overdue:
        return tr("Overdue");
    case RecallState::Scheduled:
        return tr("Scheduled");
    case RecallState::Done:
        return tr("Done");
    case RecallState::Dismissed:
        break;
    }
    return tr("Dismissed");
}

QVariant RecallListModel::data(const QModelIndex& index, int role) const
{
    const RecallRow* row = rowAt(index.row());
    if (!row)
        return {};
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Due:
            return locale.toString(row->recall.dueDate, QLocale::ShortFormat);
        case State:
            return stateText(row->state);
        case Reason:
            return row->reasonName;
        case Patient:
            return row->restricted ? tr("(restricted)") : row->patientName;
        case Account:
            return row->accountNumber;
        case LastContact:
            return row->recall.lastContactAt.isValid()
                       ? locale.toString(row->recall.lastContactAt.toLocalTime().date(),
                                         QLocale::ShortFormat)
                       : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State && row->state == RecallState::Overdue)
        return QBrush(QColor(0xc0, 0x1c, 0x28));
    if (role == Qt::UserRole)
        return row->recall.id;
    return {};
}

QVariant RecallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due");
    case State:
        return tr("State");
    case Reason:
        return tr("Reason");
    case Patient:
        return tr("Patient");
    case Account:
        return tr("Account");
    case LastContact:
        return tr("Last contact");
    default:
        return {};
    }
}

bool RecallListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void RecallListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    RecallFilter next = m_filter;
    next.offset = int(m_rows.size());
    auto rows = m_recalls->list(next);
    if (!rows) {
        m_more = false;
        emit loadFailed(rows.error().message);
        return;
    }
    m_more = int(rows->size()) == kPageSize;
    if (rows->empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size()) - 1);
    for (RecallRow& r : rows.value())
        m_rows.push_back(std::move(r));
    endInsertRows();
}

}  // namespace fd::calendar::ui
