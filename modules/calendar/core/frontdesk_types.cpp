// The flow board's figures and the follow-up interval: pure functions of their inputs.
#include "calendar/core/frontdesk_types.h"

#include <QRegularExpression>

namespace fd::calendar {

namespace {

int stepOf(AppointmentStatus status)
{
    const int i = int(status);
    return i >= 0 && i < kFlowSteps ? i : -1;
}

int minutesBetween(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid())
        return -1;
    return int(std::max<qint64>(0, from.secsTo(to)) / 60);
}

}  // namespace

QDateTime StatusTimes::of(AppointmentStatus status) const
{
    const int i = stepOf(status);
    return i < 0 ? QDateTime() : at[size_t(i)];
}

QDateTime StatusTimes::arrival() const
{
    for (AppointmentStatus s :
         {AppointmentStatus::Arrived, AppointmentStatus::Roomed, AppointmentStatus::WithProvider})
        if (of(s).isValid())
            return of(s);
    return {};
}

StatusTimes statusTimesOf(const Appointment& appointment, const std::vector<HistoryEntry>& history)
{
    StatusTimes times;
    for (const HistoryEntry& h : history) {
        // Moves and resizes repeat the status they keep; only a change of status counts.
        if (h.toStatus.isEmpty() || h.toStatus == h.fromStatus)
            continue;
        const auto status = statusFromId(h.toStatus);
        if (!status)
            continue;
        const int i = stepOf(*status);
        if (i >= 0 && (!times.at[size_t(i)].isValid() || times.at[size_t(i)] < h.at))
            times.at[size_t(i)] = h.at;
        if (!times.lastChange.isValid() || times.lastChange < h.at)
            times.lastChange = h.at;
    }
    if (!times.lastChange.isValid())
        times.lastChange =
            appointment.statusAt.isValid() ? appointment.statusAt : appointment.createdAt;
    return times;
}

WaitFigures waitFiguresOf(const Appointment& a, const StatusTimes& times, const QDateTime& now)
{
    WaitFigures w;
    QDateTime since = times.of(a.status);
    if (!since.isValid())
        since = a.statusAt.isValid() ? a.statusAt : times.lastChange;
    switch (a.status) {
        case AppointmentStatus::Scheduled:
        case AppointmentStatus::Confirmed:
            if (a.start.isValid() && a.start.secsTo(now) >= qint64(kLateAfterMinutes) * 60)
                w.minutesLate = int(a.start.secsTo(now) / 60);
            break;
        case AppointmentStatus::Arrived:
        case AppointmentStatus::Roomed:
        case AppointmentStatus::WithProvider: {
            const QDateTime arrival = times.arrival().isValid() ? times.arrival() : since;
            w.minutesSinceArrival = minutesBetween(arrival, now);
            w.minutesInStatus = minutesBetween(since, now);
            break;
        }
        case AppointmentStatus::CheckedOut:
            w.minutesSinceArrival = minutesBetween(times.arrival(), since);
            break;
        case AppointmentStatus::Cancelled:
        case AppointmentStatus::NoShow:
            break;
    }
    return w;
}

QDate FollowUpInterval::after(const QDate& day) const
{
    switch (unit) {
        case Unit::Days:
            return day.addDays(count);
        case Unit::Weeks:
            return day.addDays(qint64(count) * 7);
        case Unit::Months:
            return day.addMonths(count);
    }
    return day;
}

QString FollowUpInterval::id() const
{
    const char* suffix = unit == Unit::Days ? "d" : unit == Unit::Weeks ? "w" : "m";
    return QString::number(count) + QLatin1String(suffix);
}

std::optional<FollowUpInterval> FollowUpInterval::parse(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{1,4})\\s*(d|days?|w|weeks?|m|months?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    FollowUpInterval out;
    out.count = m.captured(1).toInt();
    const QChar u = m.captured(2).at(0).toLower();
    out.unit = u == QLatin1Char('d')   ? Unit::Days
               : u == QLatin1Char('w') ? Unit::Weeks
                                       : Unit::Months;
    if (!out.isValid())
        return std::nullopt;
    return out;
}

}  // namespace fd::calendar
