#include "practice/ui/practice_table_model.h"

namespace fd::practice::ui {

PracticeTableModel::PracticeTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{
}

void PracticeTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString PracticeTableModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows.at(std::size_t(row)).id : QString();
}

int PracticeTableModel::rowOf(const QString& id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return int(i);
    return -1;
}

int PracticeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PracticeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant PracticeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return m_rows.at(std::size_t(index.row())).cells.value(index.column());
}

QVariant PracticeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

}  // namespace fd::practice::ui
