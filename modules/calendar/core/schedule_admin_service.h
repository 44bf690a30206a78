#pragma once

#include "calendar/core/calendar.h"
#include "calendar/core/calendar_context.h"

#include <QCoreApplication>

namespace fd::calendar {

class ScheduleAdminService final : public IScheduleAdmin
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::ScheduleAdminService)

public:
    explicit ScheduleAdminService(CalendarContext ctx) : m_ctx(std::move(ctx)) {}

    Result<std::vector<AppointmentType>> types(bool includeInactive) override;
    Result<AppointmentType> type(const QString& idOrCode) override;
    Result<AppointmentType> saveType(const AppointmentType& type) override;

    Result<std::vector<ScheduleTemplate>> templates(const QString& providerId) override;
    Result<ScheduleTemplate> saveTemplate(const ScheduleTemplate& schedule) override;
    Status removeTemplate(const QString& id, qint64 rowVersion) override;

    Result<std::vector<Holiday>> holidays(const QDate& from, const QDate& to) override;
    Result<Holiday> saveHoliday(const Holiday& holiday) override;
    Status removeHoliday(const QString& id, qint64 rowVersion) override;

    Result<std::vector<ScheduleChange>> changes(const QDate& from, const QDate& to) override;
    Result<ScheduleChange> saveChange(const ScheduleChange& change) override;
    Status removeChange(const QString& id, qint64 rowVersion) override;

    Result<DaySchedule> day(const QString& providerId, const QString& locationId,
                            const QDate& date) override;

    // The checks save*() run, without saving.
    Status validateType(const AppointmentType& type) const;
    Status validateTemplate(const ScheduleTemplate& schedule) const;

private:
    // Writes one row (insert when id is empty) in its own audited transaction.
    Result<QString> write(const QString& table, const QString& id, qint64 rowVersion,
                          const QVariantMap& fields);
    Status remove(const QString& table, const QString& id, qint64 rowVersion);
    Status checkProviderAndLocation(const QString& providerId, const QString& locationId,
                                    bool locationOptional) const;

    CalendarContext m_ctx;
};

}  // namespace fd::calendar
