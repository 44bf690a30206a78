#include "calendar/messages/message_log_model.h"

#include "calendar/core/messaging/messaging_settings.h"

#include <QColor>
#include <QLocale>

namespace fd::calendar::messages {

using namespace messaging;

MessageLogModel::MessageLogModel(std::shared_ptr<IReminderService> service, QObject* parent)
    : QAbstractTableModel(parent), m_service(std::move(service))
{
}

Status MessageLogModel::setFilter(const MessageFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.offset = 0;
    m_filter.limit = kPage;
    m_rows.clear();
    m_more = false;
    auto page = m_service->messages(m_filter);
    if (page) {
        m_rows = std::move(*page);
        m_more = int(m_rows.size()) == kPage;
    }
    endResetModel();
    if (!page)
        return page.error();
    return {};
}

const LoggedMessage* MessageLogModel::message(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int MessageLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MessageLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void MessageLogModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more)
        return;
    MessageFilter next = m_filter;
    next.offset = int(m_rows.size());
    auto page = m_service->messages(next);
    if (!page || page->empty()) {
        m_more = false;
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size()) - 1);
    m_more = int(page->size()) == kPage;
    for (auto& m : *page)
        m_rows.push_back(std::move(m));
    endInsertRows();
}

QString MessageLogModel::statusText(MessageStatus status)
{
    switch (status) {
        case MessageStatus::Queued:
            return tr("Sending");
        case MessageStatus::Sent:
            return tr("Sent");
        case MessageStatus::Delivered:
            return tr("Delivered");
        case MessageStatus::Undelivered:
            return tr("Undelivered");
        case MessageStatus::Failed:
            return tr("Failed");
        case MessageStatus::Skipped:
            return tr("Skipped");
    }
    return {};
}

QString MessageLogModel::channelText(messaging::Channel channel)
{
    return channel == messaging::Channel::Email ? tr("Email") : tr("Text");
}

QVariant MessageLogModel::data(const QModelIndex& index, int role) const
{
    const LoggedMessage* m = message(index.row());
    if (!m)
        return {};
    if (role == Qt::ForegroundRole && index.column() == StatusColumn &&
        (m->status == MessageStatus::Failed || m->status == MessageStatus::Undelivered))
        return QColor(Qt::darkRed);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(m->createdAt.toLocalTime(), QLocale::ShortFormat);
        case ChannelColumn:
            return channelText(m->key.channel);
        case StatusColumn:
            return statusText(m->status);
        case RuleColumn: {
            const QString id = m->key.ruleId;
            if (id.startsWith(QLatin1String("before-")) && id.endsWith(QLatin1Char('m')))
                return tr("%1 before").arg(offsetText(id.mid(7).chopped(1).toLongLong()));
            return id;
        }
        case AppointmentColumn:
            return m->key.appointmentId;
        case DestinationColumn:
            return m->destination;
        case ErrorColumn:
            return m->error;
        case AttemptsColumn:
            return m->attempts;
        default:
            return {};
    }
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case TimeColumn:
            return tr("Time");
        case ChannelColumn:
            return tr("Channel");
        case StatusColumn:
            return tr("Status");
        case RuleColumn:
            return tr("Reminder");
        case AppointmentColumn:
            return tr("Appointment");
        case DestinationColumn:
            return tr("To");
        case ErrorColumn:
            return tr("Error");
        case AttemptsColumn:
            return tr("Attempts");
        default:
            return {};
    }
}

}  // namespace fd::calendar::messages
