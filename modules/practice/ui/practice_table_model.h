#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace fd::practice::ui {

// A read-only table of display rows, each with the id of the record behind it. The setup
// lists are small (locations, providers, payers, schedules); code searches are capped by
// the query, so a row vector is all a view needs.
class PracticeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Row
    {
        QString id;
        QStringList cells;
    };

    explicit PracticeTableModel(QStringList headers, QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    QString idAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

}  // namespace fd::practice::ui
