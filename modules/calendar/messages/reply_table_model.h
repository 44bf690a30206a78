#pragma once

#include "calendar/core/messaging/reminders.h"

#include <QAbstractTableModel>

#include <memory>

namespace fd::calendar::messages {

// Reschedule requests and replies a person must read, open ones first (at most 1,000).
class ReplyTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Received,
        What,
        Appointment,
        Text,
        ColumnCount
    };

    explicit ReplyTableModel(std::shared_ptr<messaging::IReminderService> service,
                             QObject* parent = nullptr);

    Status reload();
    const messaging::ReplyRecord* reply(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<messaging::IReminderService> m_service;
    std::vector<messaging::ReplyRecord> m_rows;
};

}  // namespace fd::calendar::messages
