#pragma once

#include "calendar/core/calendar.h"
#include "calendar/core/calendar_context.h"

#include <QCoreApplication>

namespace fd::calendar {

class WaitlistService final : public IWaitlistService
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::WaitlistService)

public:
    explicit WaitlistService(CalendarContext ctx) : m_ctx(std::move(ctx)) {}

    Result<WaitlistEntry> add(const WaitlistEntry& entry) override;
    Status remove(const QString& id, qint64 rowVersion, const QString& reason) override;
    Status markBooked(const QString& id, qint64 rowVersion, const QString& appointmentId) override;
    Result<std::vector<WaitlistEntry>> waiting() override;
    Result<std::vector<WaitlistMatch>> match(const OpenedSlot& slot) override;
    Result<std::vector<WaitlistMatch>> matchFreed(const QString& appointmentId) override;

private:
    Status close(const QString& id, qint64 rowVersion, const QString& status,
                 const QString& appointmentId, const QString& reason);

    CalendarContext m_ctx;
};

}  // namespace fd::calendar
