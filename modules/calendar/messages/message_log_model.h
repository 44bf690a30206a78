#pragma once

#include "calendar/core/messaging/reminders.h"

#include <QAbstractTableModel>

#include <memory>

namespace fd::calendar::messages {

// The reminder message log, newest first, a page at a time (fetchMore) under a filter.
class MessageLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ChannelColumn,
        StatusColumn,
        RuleColumn,
        AppointmentColumn,
        DestinationColumn,
        ErrorColumn,
        AttemptsColumn,
        ColumnCount
    };
    static constexpr int kPage = 200;

    explicit MessageLogModel(std::shared_ptr<messaging::IReminderService> service,
                             QObject* parent = nullptr);

    // Reloads the first page; an error is returned and the model left empty.
    Status setFilter(const messaging::MessageFilter& filter);
    Status reload() { return setFilter(m_filter); }
    const messaging::LoggedMessage* message(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString statusText(messaging::MessageStatus status);
    static QString channelText(messaging::Channel channel);

private:
    std::shared_ptr<messaging::IReminderService> m_service;
    messaging::MessageFilter m_filter;
    std::vector<messaging::LoggedMessage> m_rows;
    bool m_more = false;
};

}  // namespace fd::calendar::messages
