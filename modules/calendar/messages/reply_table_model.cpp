#include "calendar/messages/reply_table_model.h"

#include <QLocale>

namespace fd::calendar::messages {

ReplyTableModel::ReplyTableModel(std::shared_ptr<messaging::IReminderService> service,
                                 QObject* parent)
    : QAbstractTableModel(parent), m_service(std::move(service))
{
}

Status ReplyTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    auto list = m_service->openReplies(false);
    if (list)
        m_rows = std::move(*list);
    endResetModel();
    if (!list)
        return list.error();
    return {};
}

const messaging::ReplyRecord* ReplyTableModel::reply(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int ReplyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReplyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplyTableModel::data(const QModelIndex& index, int role) const
{
    const messaging::ReplyRecord* r = reply(index.row());
    if (!r || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
        case Received:
            return QLocale().toString(r->receivedAt.toLocalTime(), QLocale::ShortFormat);
        case What:
            return r->action == QLatin1String("reschedule_requested")
                       ? tr("Asks to reschedule")
                       : (r->outcome == QLatin1String("no_matching_reminder")
                              ? tr("Reply without a reminder")
                              : tr("Reply for staff"));
        case Appointment:
            return r->appointmentId;
        case Text:
            return r->body.simplified();
        default:
            return {};
    }
}

QVariant ReplyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Received:
            return tr("Received");
        case What:
            return tr("What");
        case Appointment:
            return tr("Appointment");
        case Text:
            return tr("Text");
        default:
            return {};
    }
}

}  // namespace fd::calendar::messages
