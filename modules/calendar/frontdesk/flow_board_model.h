#pragma once

#include "calendar/frontdesk/frontdesk_services.h"

#include <QAbstractTableModel>

namespace fd::calendar::frontdesk {

// The flow board's rows: one per appointment of the day, painted in its status color, the
// late ones highlighted. tick() recomputes the wait figures without reading again.
class FlowBoardModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Patient,
        Provider,
        Type,
        Status,
        Arrived,
        Wait,
        InStatus,
        Location,
        Count
    };
    static constexpr int kAppointmentIdRole = Qt::UserRole + 1;
    static constexpr int kLateRole = Qt::UserRole + 2;

    explicit FlowBoardModel(FrontdeskServices services, QObject* parent = nullptr);

    // Reads the board; false (and the rows cleared) with the error in lastError().
    bool load(const FlowQuery& query);
    void tick();
    const FlowRow* rowAt(int row) const;
    int rowOf(const QString& appointmentId) const;
    const std::vector<FlowRow>& rows() const { return m_rows; }
    QString lastError() const { return m_error; }
    int lateCount() const;
    int inOfficeCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const FlowRow& row, int column) const;
    QString toolTip(const FlowRow& row) const;

    FrontdeskServices m_services;
    std::vector<FlowRow> m_rows;
    QString m_error;
};

}  // namespace fd::calendar::frontdesk
