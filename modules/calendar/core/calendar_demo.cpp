// Demo appointment types, templates, holidays and appointments.
#include "calendar/core/calendar_demo.h"

#include "calendar/core/calendar.h"
#include "calendar/core/calendar_store.h"
#include "calendar/core/recurrence.h"
#include "common/uuid.h"
#include "patients/core/patients.h"
#include "practice/core/locations.h"
#include "practice/core/providers.h"
#include "security/audit_actions.h"
#include "storage/synced_rows.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace fd::calendar {

namespace {

constexpr int kLargeMonthsBack = 12;
constexpr int kMaxPatientPool = 60000;

struct DemoType
{
    const char* code;
    const char* name;
    int minutes;
    const char* color;
    PatientRule rule;
    const char* reason;
    int weight;
    bool needsEcg;
};

const DemoType kTypes[] = {
    {"FU15", "Follow-up (short)", 15, "#4a90d9", PatientRule::EstablishedOnly, "Follow-up", 55, false},
    {"FU30", "Follow-up", 30, "#357abd", PatientRule::EstablishedOnly, "Follow-up", 20, false},
    {"NP60", "New patient", 60, "#e5a50a", PatientRule::NewOnly, "New patient visit", 6, false},
    {"PE45", "Annual physical", 45, "#26a269", PatientRule::Any, "Annual physical", 10, false},
    {"ECG15", "ECG", 15, "#c01c28", PatientRule::Any, "ECG", 4, true},
    {"SICK15", "Same-day sick visit", 15, "#9141ac", PatientRule::Any, "Sick visit", 5, false},
};

const char* const kCancelReasons[] = {"Patient called to cancel", "Feeling better",
                                      "Transportation problem", "Work conflict",
                                      "Provider out sick"};

Error demoError(const char* text)
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("fd::calendar", text));
}

QList<Holiday> holidaysOf(int year)
{
    auto h = [](const QDate& d, const char* name) {
        return Holiday{{}, 0, d, QString::fromLatin1(name), {}};
    };
    return {h(QDate(year, 1, 1), "New Year's Day"),
            h(nthWeekday(year, 5, 1, -1), "Memorial Day"),
            h(QDate(year, 7, 4), "Independence Day"),
            h(nthWeekday(year, 9, 1, 1), "Labor Day"),
            h(nthWeekday(year, 11, 4, 4), "Thanksgiving Day"),
            h(QDate(year, 12, 25), "Christmas Day")};
}

class CalendarDemo final : public demo::IDemoContributor
{
public:
    QString entity() const override { return QStringLiteral("appointments"); }
    Result<qint64> generate(demo::DemoContext& context) override;

private:
    Status setUp(demo::DemoContext& context);
    Status loadPatients(demo::DemoContext& context);
    Result<qint64> month(demo::DemoContext& context, demo::DemoRandom& random, const QDate& from,
                         const QDate& to);
    AppointmentStatus statusFor(demo::DemoRandom& random, const QDate& day) const;
    // One appointment (audited, through the outbox) with its "booked" history row.
    Status write(demo::DemoContext& context, storage::SyncedRowsBatch& rows,
                 demo::DemoRandom& random, const ScheduleTemplate& t, const AppointmentType& type,
                 const QDate& day, qint64 start, int minutes, const QStringList& resources);

    std::vector<AppointmentType> m_types;
    std::vector<ScheduleTemplate> m_templates;
    std::vector<Holiday> m_holidays;
    QHash<QString, QTimeZone> m_zones;
    QHash<QString, QString> m_ecgCart;  // location -> the ECG cart's id
    QStringList m_patients;
    QDate m_today;
};

Status CalendarDemo::setUp(demo::DemoContext& context)
{
    auto admin = context.services.get<IScheduleAdmin>();
    for (const DemoType& d : kTypes) {
        AppointmentType t;
        t.code = QString::fromLatin1(d.code);
        t.name = QString::fromLatin1(d.name);
        t.durationMinutes = d.minutes;
        t.color = QString::fromLatin1(d.color);
        t.patientRule = d.rule;
        t.visitReason = QString::fromLatin1(d.reason);
        if (d.needsEcg)
            t.resources = {{QStringLiteral("equipment"), QStringLiteral("ECG cart")}};
        if (t.code == QLatin1String("NP60"))
            t.leadTimeMinutes = 24 * 60;
        auto saved = admin->saveType(t);
        FD_TRY(saved);
        m_types.push_back(saved.value());
    }
    auto locations = context.services.get<practice::ILocationService>()->list();
    FD_TRY(locations);
    for (const practice::Location& l : locations.value()) {
        m_zones.insert(l.id, QTimeZone(l.timeZone.toUtf8()));
        for (const auto& r : l.resources)
            if (r.kind == QLatin1String("equipment") && r.name == QLatin1String("ECG cart"))
                m_ecgCart.insert(l.id, r.id);
    }
    practice::ProviderFilter filter;
    filter.includeExternal = false;
    auto providers = context.services.get<practice::IProviderService>()->list(filter);
    FD_TRY(providers);
    if (providers->empty() || m_zones.isEmpty())
        return demoError("The demo schedule needs the demo practice's providers and locations.");
    int index = 0;
    for (const practice::Provider& p : providers.value()) {
        QStringList places = p.locationIds;
        if (places.isEmpty())
            places << m_zones.keys().front();
        // One location: Monday to Friday; two: Mon/Wed/Fri at the first, Tue/Thu at the second.
        for (int i = 0; i < qMin(2, int(places.size())); ++i) {
            ScheduleTemplate t;
            t.providerId = p.id;
            t.locationId = places.at(i);
            t.name = QStringLiteral("Regular week");
            t.effectiveFrom = m_today.addYears(-6);
            t.anchorDate = t.effectiveFrom;
            const QList<int> days = places.size() == 1 ? QList<int>{1, 2, 3, 4, 5}
                                    : i == 0           ? QList<int>{1, 3, 5}
                                                       : QList<int>{2, 4};
            for (int d : days) {
                // Every fourth provider works Fridays in alternate weeks only.
                const WeekParity weeks =
                    d == 5 && index % 4 == 3 ? WeekParity::WeekA : WeekParity::Every;
                t.hours.push_back({d, weeks, QTime(8, 0), QTime(17, 0)});
                t.blocks.push_back({d, weeks, QTime(12, 0), QTime(13, 0), BlockKind::Lunch,
                                    QStringLiteral("Lunch")});
                if (d == 3)
                    t.blocks.push_back({d, weeks, QTime(16, 0), QTime(17, 0), BlockKind::Admin,
                                        QStringLiteral("Charts and calls")});
            }
            auto saved = admin->saveTemplate(t);
            FD_TRY(saved);
            m_templates.push_back(saved.value());
        }
        ++index;
    }
    return {};
}

Status CalendarDemo::loadPatients(demo::DemoContext& context)
{
    auto patients = context.services.get<patients::IPatientService>();
    patients::PatientListFilter filter;
    filter.limit = 1000;
    for (filter.offset = 0; m_patients.size() < kMaxPatientPool; filter.offset += filter.limit) {
        auto page = patients->list(filter);
        FD_TRY(page);
        for (const auto& p : page.value())
            m_patients << p.id;
        if (int(page->size()) < filter.limit)
            break;
    }
    if (m_patients.isEmpty())
        return demoError("The demo appointments need the demo patients.");
    return {};
}

AppointmentStatus CalendarDemo::statusFor(demo::DemoRandom& random, const QDate& day) const
{
    const auto roll = random.between(0, 99);
    if (day < m_today) {
        if (roll < 7)
            return AppointmentStatus::NoShow;
        if (roll < 15)
            return AppointmentStatus::Cancelled;
        return AppointmentStatus::CheckedOut;
    }
    if (roll < 3)
        return AppointmentStatus::Cancelled;
    return day <= m_today.addDays(7) && roll < 60 ? AppointmentStatus::Confirmed
                                                  : AppointmentStatus::Scheduled;
}

Status CalendarDemo::write(demo::DemoContext& context, storage::SyncedRowsBatch& rows,
                           demo::DemoRandom& random, const ScheduleTemplate& t,
                           const AppointmentType& type, const QDate& day, qint64 start,
                           int minutes, const QStringList& resources)
{
    const QString userId = context.services.get<security::IAccessControl>()->currentUser().id;
    Appointment a;
    a.patientId = m_patients.at(qsizetype(random.between(0, m_patients.size() - 1)));
    a.providerId = t.providerId;
    a.locationId = t.locationId;
    a.typeId = type.id;
    a.start = utcFromSecs(start);
    a.end = a.start.addSecs(qint64(minutes) * 60);
    a.reason = type.visitReason;
    a.resourceIds = resources;
    a.status = statusFor(random, day);
    a.createdAt = a.start.addDays(-random.between(1, 60));
    a.statusAt = a.status == AppointmentStatus::Scheduled ? a.createdAt : a.start;
    a.createdBy = userId;
    if (a.status == AppointmentStatus::Cancelled) {
        a.cancelReason = QString::fromLatin1(
            kCancelReasons[random.between(0, std::size(kCancelReasons) - 1)]);
        a.statusAt = a.start.addDays(-random.between(0, 3));
    }
    const QVariantMap fields = appointmentFields(a, day);
    auto id = rows.insert(table::kAppointments, fields);
    FD_TRY(id);
    security::AuditRecord record;
    record.action = security::audit::kCreate;
    record.entity = table::kAppointments;
    record.entityId = id.value();
    record.patientId = a.patientId;
    record.detailsJson = practice::auditDetailsJson(&fields);
    FD_TRY(context.services.get<security::IAuditTrail>()->record(record));
    FD_TRY(rows.insert(table::kHistory,
                       {{QStringLiteral("appointment_id"), id.value()},
                        {QStringLiteral("at"), instantText(a.createdAt)},
                        {QStringLiteral("user_id"), userId},
                        {QStringLiteral("action"), QStringLiteral("booked")},
                        {QStringLiteral("to_start"), instantText(a.start)},
                        {QStringLiteral("to_end"), instantText(a.end)},
                        {QStringLiteral("to_provider_id"), a.providerId},
                        {QStringLiteral("to_status"), QStringLiteral("scheduled")}}));
    return {};
}

Result<qint64> CalendarDemo::month(demo::DemoContext& context, demo::DemoRandom& random,
                                   const QDate& from, const QDate& to)
{
    auto tx = context.database.begin();
    FD_TRY(tx);
    storage::SyncedRowsBatch rows(*tx.value());
    int totalWeight = 0;
    for (const DemoType& d : kTypes)
        totalWeight += d.weight;
    std::vector<int> weights;
    for (const DemoType& d : kTypes)
        weights.push_back(d.weight);
    const int perDay = std::max(1, context.profile.appointmentsPerProviderDay);
    qint64 made = 0;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        QSet<qint64> ecgBusy;  // location hash ^ start, a cart holds one 15-minute visit
        for (const ScheduleTemplate& t : m_templates) {
            const DaySchedule schedule =
                daySchedule(m_templates, m_holidays, {}, t.providerId, t.locationId, day);
            if (!schedule.isOpen())
                continue;
            const QTimeZone zone = m_zones.value(t.locationId);
            int capacity = 0;
            for (const MinuteRange& r : schedule.open)
                capacity += (r.end - r.start) / 15;
            // Gaps so the day holds about `perDay` visits of the mix's average length; the
            // weeks ahead are not booked full yet.
            const int target = day > m_today.addDays(7) ? perDay * 3 / 5
                               : day > m_today         ? perDay * 9 / 10
                                                       : perDay;
            const double gap =
                std::clamp(1.0 - double(target) * 1.4 / std::max(capacity, 1), 0.0, 0.9);
            for (const MinuteRange& r : schedule.open) {
                for (int m = r.start; m + 15 <= r.end;) {
                    if (random.chance(gap)) {
                        m += 15;
                        continue;
                    }
                    const DemoType* d = &kTypes[random.pickWeighted(weights, totalWeight)];
                    const AppointmentType* type = &m_types[size_t(d - kTypes)];
                    if (m + d->minutes > r.end) {
                        d = &kTypes[0];
                        type = &m_types[0];
                    }
                    const qint64 start = localMinuteToUtc(day, m, zone);
                    QStringList resources;
                    if (d->needsEcg) {
                        const qint64 key = qHash(t.locationId) ^ start;
                        if (!m_ecgCart.contains(t.locationId) || ecgBusy.contains(key)) {
                            d = &kTypes[0];
                            type = &m_types[0];
                        } else {
                            ecgBusy.insert(key);
                            resources << m_ecgCart.value(t.locationId);
                        }
                    }
                    FD_TRY(write(context, rows, random, t, *type, day, start, d->minutes,
                                 resources));
                    ++made;
                    m += d->minutes;
                }
            }
        }
    }
    FD_TRY(tx.value()->commit());
    return made;
}

Result<qint64> CalendarDemo::generate(demo::DemoContext& context)
{
    m_today = context.today;
    FD_TRY(setUp(context));
    FD_TRY(loadPatients(context));
    auto admin = context.services.get<IScheduleAdmin>();
    const int back = context.profile.size == demo::DemoSize::Large
                         ? std::min(context.profile.monthsBack, kLargeMonthsBack)
                         : context.profile.monthsBack;
    const QDate first = m_today.addMonths(-back);
    const QDate last = m_today.addMonths(context.profile.monthsAhead);
    for (int year = first.year(); year <= last.year(); ++year)
        for (Holiday h : holidaysOf(year)) {
            auto saved = admin->saveHoliday(h);
            FD_TRY(saved);
            m_holidays.push_back(saved.value());
        }
    auto random = context.random(0x63616c65);
    qint64 total = 0;
    for (QDate from = first; from <= last; from = from.addMonths(1)) {
        auto made = month(context, random, from, std::min(last, from.addMonths(1).addDays(-1)));
        FD_TRY(made);
        total += made.value();
    }
    return total;
}

}  // namespace

std::shared_ptr<demo::IDemoContributor> makeCalendarDemoContributor()
{
    return std::make_shared<CalendarDemo>();
}

}  // namespace fd::calendar
