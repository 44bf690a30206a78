#include "calendar/frontdesk/flow_board_model.h"

#include <QFont>
#include <QLocale>

namespace fd::calendar::frontdesk {

namespace {

QString minutesText(int minutes)
{
    if (minutes < 0)
        return QString();
    if (minutes < 60)
        return FlowBoardModel::tr("%n min", nullptr, minutes);
    return FlowBoardModel::tr("%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// The locale's short time without seconds (the C locale's short format has them).
QString clockText(const QTime& time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(time, format);
}

QString timeText(const QDateTime& utc, const QDateTime& zoneOf)
{
    if (!utc.isValid())
        return QString();
    return clockText(utc.toTimeZone(zoneOf.timeZone()).time());
}

bool inOffice(AppointmentStatus s)
{
    return s == AppointmentStatus::Arrived || s == AppointmentStatus::Roomed ||
           s == AppointmentStatus::WithProvider;
}

}  // namespace

FlowBoardModel::FlowBoardModel(FrontdeskServices services, QObject* parent)
    : QAbstractTableModel(parent), m_services(std::move(services))
{
}

bool FlowBoardModel::load(const FlowQuery& query)
{
    beginResetModel();
    auto rows = m_services.desk->board(query);
    m_error = rows ? QString() : rows.error().message;
    m_rows = rows ? std::move(rows.value()) : std::vector<FlowRow>();
    endResetModel();
    return m_error.isEmpty();
}

void FlowBoardModel::tick()
{
    if (m_rows.empty())
        return;
    m_services.desk->refreshWaits(m_rows);
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, Count - 1));
}

const FlowRow* FlowBoardModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int FlowBoardModel::rowOf(const QString& appointmentId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].appointment.id == appointmentId)
            return int(i);
    return -1;
}

int FlowBoardModel::lateCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const FlowRow& r) { return r.wait.late(); }));
}

int FlowBoardModel::inOfficeCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const FlowRow& r) { return inOffice(r.appointment.status); }));
}

int FlowBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlowBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Count;
}

QString FlowBoardModel::text(const FlowRow& row, int column) const
{
    const Appointment& a = row.appointment;
    switch (column) {
        case Time:
            return clockText(row.localStart.time());
        case Patient:
            return row.patientName;
        case Provider:
            return row.providerName;
        case Type:
            return row.typeName.isEmpty() ? row.typeCode : row.typeName;
        case Status:
            return StatusLook::text(a.status);
        case Arrived:
            return timeText(row.times.arrival(), row.localStart);
        case Wait:
            if (row.wait.late())
                return tr("Late %1").arg(minutesText(row.wait.minutesLate));
            if (a.status == AppointmentStatus::CheckedOut && row.wait.minutesSinceArrival >= 0)
                return tr("%1 visit").arg(minutesText(row.wait.minutesSinceArrival));
            return minutesText(row.wait.minutesSinceArrival);
        case InStatus:
            return minutesText(row.wait.minutesInStatus);
        case Location:
            return row.locationName;
        default:
            return {};
    }
}

QString FlowBoardModel::toolTip(const FlowRow& row) const
{
    QStringList lines;
    for (int i = 0; i < kFlowSteps; ++i) {
        const auto status = AppointmentStatus(i);
        const QDateTime at = row.times.of(status);
        if (at.isValid())
            lines << tr("%1: %2").arg(StatusLook::text(status), timeText(at, row.localStart));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant FlowBoardModel::data(const QModelIndex& index, int role) const
{
    const FlowRow* row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= Count)
        return {};
    const bool late = row->wait.late();
    switch (role) {
        case Qt::DisplayRole:
            return text(*row, index.column());
        case Qt::BackgroundRole:
            if (late && (index.column() == Wait || index.column() == Time))
                return StatusLook::lateBackground();
            return StatusLook::background(row->appointment.status);
        case Qt::ForegroundRole:
            if (late && index.column() == Wait)
                return QColor(0x8b, 0x00, 0x00);
            if (!holdsTime(row->appointment.status) ||
                row->appointment.status == AppointmentStatus::CheckedOut)
                return QColor(0x70, 0x70, 0x70);
            return {};
        case Qt::FontRole:
            if (late && (index.column() == Wait || index.column() == Patient)) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            if (!holdsTime(row->appointment.status) && index.column() == Patient) {
                QFont struck;
                struck.setStrikeOut(true);
                return struck;
            }
            return {};
        case Qt::DecorationRole:
            if (index.column() == Type && !row->typeColor.isEmpty())
                return QColor(row->typeColor);
            return {};
        case Qt::ToolTipRole:
            return toolTip(*row);
        case kAppointmentIdRole:
            return row->appointment.id;
        case kLateRole:
            return late;
        default:
            return {};
    }
}

QVariant FlowBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Time:
            return tr("Time");
        case Patient:
            return tr("Patient");
        case Provider:
            return tr("Provider");
        case Type:
            return tr("Type");
        case Status:
            return tr("Status");
        case Arrived:
            return tr("Arrived");
        case Wait:
            return tr("Since arrival");
        case InStatus:
            return tr("In status");
        case Location:
            return tr("Location");
        default:
            return {};
    }
}

}  // namespace fd::calendar::frontdesk
