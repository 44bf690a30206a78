// The ASAP list: entries, their removal, and matching an opened slot.
#include "calendar/core/waitlist_service.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_store.h"

namespace fd::calendar {

Result<WaitlistEntry> WaitlistService::add(const WaitlistEntry& input)
{
    FD_TRY(m_ctx.access->require(perm::kWaitlist));
    WaitlistEntry e = input;
    const QSqlDatabase db = m_ctx.db.connection();
    auto type = loadType(db, e.typeId);
    FD_TRY(type);
    if (!type->has_value())
        return makeError(ErrorCode::InvalidInput, tr("No appointment type %1.").arg(e.typeId),
                         QStringLiteral("type"));
    e.typeId = (*type)->id;
    for (const QString& p : e.providerIds)
        if (!m_ctx.providers->find(p))
            return makeError(ErrorCode::InvalidInput, tr("No provider %1.").arg(p),
                             QStringLiteral("provider_ids"));
    if (!e.locationId.isEmpty() && !m_ctx.locations->find(e.locationId))
        return makeError(ErrorCode::InvalidInput, tr("No location %1.").arg(e.locationId),
                         QStringLiteral("location_id"));
    if (e.dayParts <= 0 || e.dayParts > kAnyDayPart)
        return makeError(ErrorCode::InvalidInput, tr("Choose at least one part of the day."),
                         QStringLiteral("day_parts"));
    if (e.earliest.isValid() && e.latest.isValid() && e.latest < e.earliest)
        return makeError(ErrorCode::InvalidInput, tr("The latest date is before the earliest."),
                         QStringLiteral("latest"));
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    auto patient = m_ctx.patients->get(e.patientId);
    FD_TRY(patient);
    e.addedAt = m_ctx.now();
    auto base = m_ctx.base();
    auto id = practice::writeAudited(base, *tx.value(), table::kWaitlist, {}, 0, waitlistFields(e),
                                     e.patientId);
    FD_TRY(id);
    FD_TRY(tx.value()->commit());
    e.id = id.value();
    e.rowVersion = 1;
    return e;
}

Status WaitlistService::close(const QString& id, qint64 rowVersion, const QString& status,
                              const QString& appointmentId, const QString& reason)
{
    FD_TRY(m_ctx.access->require(perm::kWaitlist));
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    auto q = storage::exec(tx.value()->connection(),
                           QStringLiteral("SELECT patient_id, status, note FROM calendar_waitlist "
                                          "WHERE id = ? AND deleted = 0"),
                           {id});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("No waitlist entry %1.").arg(id),
                         QStringLiteral("id"));
    if (q->value(1).toString() != QLatin1String("waiting"))
        return makeError(ErrorCode::InvalidInput, tr("The entry is no longer on the list."),
                         QStringLiteral("status"));
    QString note = q->value(2).toString();
    if (!reason.trimmed().isEmpty())
        note = note.isEmpty() ? reason.trimmed() : note + QLatin1Char('\n') + reason.trimmed();
    auto base = m_ctx.base();
    FD_TRY(practice::writeAudited(base, *tx.value(), table::kWaitlist, id, rowVersion,
                                  {{QStringLiteral("status"), status},
                                   {QStringLiteral("appointment_id"), appointmentId},
                                   {QStringLiteral("note"), note}},
                                  q->value(0).toString()));
    return tx.value()->commit();
}

Status WaitlistService::remove(const QString& id, qint64 rowVersion, const QString& reason)
{
    return close(id, rowVersion, QStringLiteral("removed"), QStringLiteral(""), reason);
}

Status WaitlistService::markBooked(const QString& id, qint64 rowVersion,
                                   const QString& appointmentId)
{
    auto found = loadAppointment(m_ctx.db.connection(), appointmentId);
    FD_TRY(found);
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("No appointment %1.").arg(appointmentId),
                         QStringLiteral("appointment_id"));
    return close(id, rowVersion, QStringLiteral("booked"), appointmentId, {});
}

Result<std::vector<WaitlistEntry>> WaitlistService::waiting()
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT %1 FROM calendar_waitlist WHERE deleted = 0 AND "
                                          "status = 'waiting' ORDER BY added_at, id")
                               .arg(waitlistColumns()));
    FD_TRY(q);
    std::vector<WaitlistEntry> out;
    while (q->next())
        out.push_back(waitlistFromRow(q.value()));
    return out;
}

Result<std::vector<WaitlistMatch>> WaitlistService::match(const OpenedSlot& slot)
{
    auto entries = waiting();
    FD_TRY(entries);
    auto types = loadTypes(m_ctx.db.connection(), false);
    FD_TRY(types);
    return rankWaitlist(entries.value(), slot, types.value(), m_ctx.now());
}

Result<std::vector<WaitlistMatch>> WaitlistService::matchFreed(const QString& appointmentId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto found = loadAppointment(m_ctx.db.connection(), appointmentId);
    FD_TRY(found);
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("No appointment %1.").arg(appointmentId),
                         QStringLiteral("appointment_id"));
    const Appointment& a = **found;
    if (holdsTime(a.status))
        return makeError(ErrorCode::InvalidInput,
                         tr("The appointment still holds its time (cancel it first)."),
                         QStringLiteral("appointment_id"));
    auto location = m_ctx.locations->find(a.locationId);
    FD_TRY(location);
    const QDateTime local = a.start.toTimeZone(QTimeZone(location->timeZone.toUtf8()));
    const OpenedSlot slot{a.providerId, a.locationId, a.interval(), local.date(), local.time()};
    auto matches = match(slot);
    FD_TRY(matches);
    // The patient who gave the time up is not offered it back.
    std::vector<WaitlistMatch> out;
    for (const WaitlistMatch& m : matches.value())
        if (m.patientId != a.patientId)
            out.push_back(m);
    return out;
}

}  // namespace fd::calendar
