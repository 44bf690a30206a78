#pragma once

#include "calendar/core/booking_engine.h"

#include <QCoreApplication>

namespace fd::calendar {

class AppointmentService final : public IAppointmentService
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::AppointmentService)

public:
    explicit AppointmentService(CalendarContext ctx) : m_engine(std::move(ctx)) {}

    Result<BookingVerdict> check(const BookingRequest& request) override;
    Result<Appointment> book(const BookingRequest& request) override;
    Result<Appointment> get(const QString& id) override;
    Result<std::vector<Appointment>> list(const AppointmentFilter& filter) override;
    Result<Appointment> move(const QString& id, qint64 rowVersion, const QDateTime& start,
                             const QString& providerId, const QString& locationId,
                             const Overbook& overbook) override;
    Result<Appointment> resize(const QString& id, qint64 rowVersion, int minutes,
                               const Overbook& overbook) override;
    Result<Appointment> cancel(const QString& id, qint64 rowVersion,
                               const QString& reason) override;
    Result<Appointment> markNoShow(const QString& id, qint64 rowVersion) override;
    Result<Appointment> setStatus(const QString& id, qint64 rowVersion,
                                  AppointmentStatus status) override;
    Result<Appointment> reschedule(const QString& id, qint64 rowVersion,
                                   const BookingRequest& replacement) override;
    Result<std::vector<HistoryEntry>> history(const QString& appointmentId) override;
    Result<std::vector<FoundSlot>> findSlots(const SlotSearch& search) override;

private:
    // The candidate a request describes (type resolved, location chosen, end computed).
    Result<std::pair<Appointment, AppointmentType>> candidateOf(QSqlDatabase db,
                                                                const BookingRequest& r);
    // Books in the caller's transaction; the patient must be open to the user.
    Result<Appointment> bookIn(storage::Transaction& tx, const BookingRequest& r,
                               const QString& ignoreId, const QString& relatedId);
    // Loads the appointment for a change, checked against its row version.
    Result<Appointment> forChange(QSqlDatabase db, const QString& id, qint64 rowVersion);
    // Re-places an appointment at a new time, provider, location or length.
    Result<Appointment> replace(const QString& id, qint64 rowVersion, const QString& action,
                                const std::function<void(Appointment&)>& change,
                                const Overbook& overbook);
    // Sets a status (and cancel reason) with its history row.
    Result<Appointment> changeStatus(const QString& permission, const QString& id,
                                     qint64 rowVersion, AppointmentStatus status,
                                     const QString& action, const QString& reason);

    BookingEngine m_engine;
};

}  // namespace fd::calendar
