#pragma once

#include "calendar/core/calendar.h"
#include "calendar/core/calendar_context.h"

#include <QCoreApplication>

namespace fd::calendar {

// Where a candidate appointment would land and what the rules say about it.
struct Placement
{
    Appointment appointment;
    AppointmentType type;
    QDate localDate;
    QTimeZone zone;
    BookingVerdict verdict;
};

// The booking steps the appointment and series services share: evaluating a candidate
// against the stored schedule and appointments, admitting it (or refusing with the reason
// codes), writing it with its history row and audit entries.
class BookingEngine
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::BookingEngine)

public:
    explicit BookingEngine(CalendarContext ctx) : m_ctx(std::move(ctx)) {}

    Result<AppointmentType> resolveType(QSqlDatabase db, const QString& idOrCode) const;
    // The location when the caller left it empty: the provider's only templated location.
    Result<QString> resolveLocation(QSqlDatabase db, const QString& providerId,
                                    const QString& locationId) const;
    Result<QTimeZone> zoneOf(const QString& locationId) const;

    // Applies every rule to `candidate` (its id, when set, is not in its own way). The
    // patient's new/established status is looked up when the type has a rule about it.
    Result<Placement> evaluate(QSqlDatabase db, const Appointment& candidate,
                               const AppointmentType& type, const QStringList& requestedResources,
                               bool checkLeadTime) const;
    // Clear, or overbooked with permission and a reason over overbookable conflicts;
    // otherwise Conflict with the codes in Error::details. Sets the placement's flags.
    Status admit(Placement& placement, const Overbook& overbook);

    // Inserts (empty id) or updates the appointment, audited (with the prior values); an
    // overbook is audited on its own with what it was booked over.
    Result<Appointment> write(storage::Transaction& tx, Placement& placement);
    Result<Appointment> writeFields(storage::Transaction& tx, const Appointment& appointment,
                                    const QDate& localDate);
    Status addHistory(storage::Transaction& tx, const HistoryEntry& entry);
    // A history entry of `action` from `before` to `after`.
    HistoryEntry historyOf(const QString& action, const Appointment& before,
                           const Appointment& after, const QString& reason = {}) const;

    const CalendarContext& context() const { return m_ctx; }

private:
    CalendarContext m_ctx;
};

// The conflicts as one message, each on its own line.
QString conflictText(const BookingVerdict& verdict);

}  // namespace fd::calendar
