#include "calendar/core/calendar_types.h"

#include "calendar/core/id_tables.h"

#include <array>
#include <utility>

namespace fd::calendar {

namespace {

using ids::fromId;
using ids::idOf;

constexpr std::array<std::pair<BlockKind, const char*>, 2> kBlockKinds{
    {{BlockKind::Lunch, "lunch"}, {BlockKind::Admin, "admin"}}};
constexpr std::array<std::pair<WeekParity, const char*>, 3> kParities{
    {{WeekParity::Every, "every"}, {WeekParity::WeekA, "a"}, {WeekParity::WeekB, "b"}}};
constexpr std::array<std::pair<ChangeKind, const char*>, 2> kChangeKinds{
    {{ChangeKind::ExtraHours, "extra"}, {ChangeKind::Closed, "closed"}}};
constexpr std::array<std::pair<PatientRule, const char*>, 3> kPatientRules{
    {{PatientRule::Any, "any"},
     {PatientRule::NewOnly, "new"},
     {PatientRule::EstablishedOnly, "established"}}};
constexpr std::array<std::pair<AppointmentStatus, const char*>, 8> kStatuses{
    {{AppointmentStatus::Scheduled, "scheduled"},
     {AppointmentStatus::Confirmed, "confirmed"},
     {AppointmentStatus::Arrived, "arrived"},
     {AppointmentStatus::Roomed, "roomed"},
     {AppointmentStatus::WithProvider, "with_provider"},
     {AppointmentStatus::CheckedOut, "checked_out"},
     {AppointmentStatus::Cancelled, "cancelled"},
     {AppointmentStatus::NoShow, "no_show"}}};
constexpr std::array<std::pair<int, const char*>, 3> kDayParts{
    {{kMorning, "morning"}, {kAfternoon, "afternoon"}, {kEvening, "evening"}}};

}  // namespace

Interval intervalOf(const QDateTime& start, const QDateTime& end)
{
    return {start.toSecsSinceEpoch(), end.toSecsSinceEpoch()};
}

QDateTime utcFromSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

DayPart dayPartOf(const QTime& localStart)
{
    if (localStart.hour() < 12)
        return kMorning;
    if (localStart.hour() < 17)
        return kAfternoon;
    return kEvening;
}

QString dayPartsId(int parts)
{
    if ((parts & kAnyDayPart) == kAnyDayPart || parts == 0)
        return {};
    QStringList words;
    for (const auto& [flag, id] : kDayParts)
        if (parts & flag)
            words << QString::fromLatin1(id);
    return words.join(QLatin1Char(','));
}

std::optional<int> dayPartsFromId(const QString& text)
{
    int parts = 0;
    for (const QString& word : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto flag = fromId(kDayParts, word.trimmed().toLower());
        if (!flag)
            return std::nullopt;
        parts |= *flag;
    }
    return parts == 0 ? int(kAnyDayPart) : parts;
}

QString blockKindId(BlockKind kind)
{
    return idOf(kBlockKinds, kind);
}
std::optional<BlockKind> blockKindFromId(const QString& id)
{
    return fromId(kBlockKinds, id);
}
QString weekParityId(WeekParity parity)
{
    return idOf(kParities, parity);
}
std::optional<WeekParity> weekParityFromId(const QString& id)
{
    return fromId(kParities, id);
}
QString changeKindId(ChangeKind kind)
{
    return idOf(kChangeKinds, kind);
}
std::optional<ChangeKind> changeKindFromId(const QString& id)
{
    return fromId(kChangeKinds, id);
}
QString patientRuleId(PatientRule rule)
{
    return idOf(kPatientRules, rule);
}
std::optional<PatientRule> patientRuleFromId(const QString& id)
{
    return fromId(kPatientRules, id);
}
QString statusId(AppointmentStatus status)
{
    return idOf(kStatuses, status);
}
std::optional<AppointmentStatus> statusFromId(const QString& id)
{
    return fromId(kStatuses, id);
}

bool holdsTime(AppointmentStatus status)
{
    return status != AppointmentStatus::Cancelled && status != AppointmentStatus::NoShow;
}

bool ScheduleTemplate::alternating() const
{
    for (const WeeklyHours& h : hours)
        if (h.weeks != WeekParity::Every)
            return true;
    for (const WeeklyBlock& b : blocks)
        if (b.weeks != WeekParity::Every)
            return true;
    return false;
}

bool ScheduleTemplate::appliesOn(const QDate& date) const
{
    if (effectiveFrom.isValid() && date < effectiveFrom)
        return false;
    return !effectiveTo.isValid() || date <= effectiveTo;
}

}  // namespace fd::calendar
