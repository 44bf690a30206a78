#include "calendar/dock/booking_refusal.h"

#include "calendar/core/booking_rules.h"

namespace fd::calendar::dock {

namespace {

std::optional<ConflictCode> conflictFromId(const QString& id)
{
    for (int c = int(ConflictCode::OutsideHours); c <= int(ConflictCode::ProviderNotAllowed); ++c)
        if (conflictId(ConflictCode(c)) == id)
            return ConflictCode(c);
    return std::nullopt;
}

}  // namespace

BookingRefusal BookingRefusal::of(const Error& error)
{
    BookingRefusal r;
    r.message = error.message;
    if (error.code != ErrorCode::Conflict)
        return r;
    for (const QString& part : error.details.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (conflictFromId(part.trimmed()))
            r.codes << part.trimmed();
    return r;
}

bool BookingRefusal::overbookable() const
{
    if (codes.isEmpty())
        return false;
    for (const QString& id : codes) {
        const auto code = conflictFromId(id);
        if (!code || !calendar::overbookable(*code))
            return false;
    }
    return true;
}

}  // namespace fd::calendar::dock
