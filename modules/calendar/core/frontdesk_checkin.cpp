// Check-in: what to confirm and collect, and recording it (status, copay, confirmations).
#include "accounts/core/accounts_permissions.h"
#include "calendar/core/calendar_permissions.h"
#include "calendar/core/frontdesk_permissions.h"
#include "calendar/core/frontdesk_service.h"
#include "common/uuid.h"
#include "practice/core/practice_service_context.h"

#include <algorithm>

namespace fd::calendar {

namespace {

const QString kCheckIns = QStringLiteral("calendar_checkins");

const QString kCheckInColumns = QStringLiteral(
    "id, appointment_id, patient_id, checked_in_at, user_id, demographics_confirmed, "
    "insurance_confirmed, coverage_ids, expected_copay_cents, copay_cents, copay_method, "
    "ledger_entry_id, client_id");

CheckInRecord checkInFromRow(const QSqlQuery& q)
{
    CheckInRecord r;
    r.id = q.value(0).toString();
    r.appointmentId = q.value(1).toString();
    r.patientId = q.value(2).toString();
    r.at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    r.userId = q.value(4).toString();
    r.demographicsConfirmed = q.value(5).toInt() != 0;
    r.insuranceConfirmed = q.value(6).toInt() != 0;
    const QString ids = q.value(7).toString();
    r.coverageIds = ids.isEmpty() ? QStringList() : ids.split(QLatin1Char(','));
    if (!q.value(8).isNull())
        r.expectedCopay = Money::fromCents(q.value(8).toLongLong());
    r.copay = Money::fromCents(q.value(9).toLongLong());
    r.method = q.value(10).toString();
    r.ledgerEntryId = q.value(11).toString();
    r.clientId = q.value(12).toString();
    return r;
}

bool inOffice(AppointmentStatus s)
{
    return s == AppointmentStatus::Arrived || s == AppointmentStatus::Roomed ||
           s == AppointmentStatus::WithProvider;
}

}  // namespace

Result<std::vector<CheckInRecord>> FrontDeskService::loadCheckIns(const QString& where,
                                                                  const QVariantList& binds) const
{
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT %1 FROM calendar_checkins WHERE deleted = 0 AND "
                                          "%2 ORDER BY checked_in_at, id")
                               .arg(kCheckInColumns, where),
                           binds);
    FD_TRY(q);
    std::vector<CheckInRecord> out;
    while (q->next())
        out.push_back(checkInFromRow(q.value()));
    return out;
}

Result<std::vector<CheckInRecord>> FrontDeskService::checkIns(const QString& appointmentId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    return loadCheckIns(QStringLiteral("appointment_id = ?"), {appointmentId});
}

Status FrontDeskService::fillCoverages(CheckInInfo& info) const
{
    auto coverages = m_src.coverages->list(info.patient.id);
    FD_TRY(coverages);
    for (const patients::Coverage& c : coverages.value()) {
        CoverageOnDay row{c, c.payerId, c.activeOn(info.day)};
        if (m_src.payers)
            if (auto payer = m_src.payers->find(c.payerId))
                row.payerName = payer->name;
        info.coverages.push_back(row);
    }
    // The copay is the primary plan's in effect that day (list() is by order).
    for (const CoverageOnDay& c : info.coverages)
        if (c.activeOnDay) {
            info.expectedCopay = c.coverage.copay;
            info.copayCoverageId = c.coverage.id;
            break;
        }
    return {};
}

Status FrontDeskService::fillConfirmations(CheckInInfo& info) const
{
    auto earlier = loadCheckIns(QStringLiteral("patient_id = ?"), {info.patient.id});
    FD_TRY(earlier);
    for (const CheckInRecord& r : earlier.value()) {
        if (r.demographicsConfirmed) {
            info.demographicsConfirmedAt = r.at;
            info.demographicsConfirmedBy = r.userId;
        }
        if (r.insuranceConfirmed) {
            info.insuranceConfirmedAt = r.at;
            info.insuranceConfirmedBy = r.userId;
        }
        if (r.appointmentId == info.appointment.id)
            info.copayAlreadyTaken += r.copay;
    }
    return {};
}

Result<CheckInInfo> FrontDeskService::checkInInfo(const QString& appointmentId)
{
    FD_TRY(m_ctx.access->require(perm::kCheckIn));
    auto appointment = m_src.appointments->get(appointmentId);
    FD_TRY(appointment);
    CheckInInfo info;
    info.appointment = appointment.value();
    auto zone = m_ctx.locations->timeZoneOf(info.appointment.locationId);
    FD_TRY(zone);
    info.localStart = info.appointment.start.toTimeZone(zone.value());
    info.day = info.localStart.date();
    auto patient = m_ctx.patients->get(info.appointment.patientId);
    FD_TRY(patient);
    info.patient = patient.value();
    FD_TRY(fillCoverages(info));
    FD_TRY(fillConfirmations(info));
    auto balance = m_src.ledger->balance(info.patient.id);
    FD_TRY(balance);
    info.balance = balance.value();
    return info;
}

Result<CheckInRecord> FrontDeskService::writeCheckIn(const CheckInRecord& r)
{
    QVariantMap fields{
        {QStringLiteral("appointment_id"), r.appointmentId},
        {QStringLiteral("patient_id"), r.patientId},
        {QStringLiteral("checked_in_at"), toIsoUtc(r.at)},
        {QStringLiteral("user_id"), practice::sqlText(r.userId)},
        {QStringLiteral("demographics_confirmed"), r.demographicsConfirmed ? 1 : 0},
        {QStringLiteral("insurance_confirmed"), r.insuranceConfirmed ? 1 : 0},
        {QStringLiteral("coverage_ids"), practice::sqlText(r.coverageIds.join(QLatin1Char(',')))},
        {QStringLiteral("expected_copay_cents"),
         r.expectedCopay ? QVariant(qlonglong(r.expectedCopay->cents())) : QVariant()},
        {QStringLiteral("copay_cents"), qlonglong(r.copay.cents())},
        {QStringLiteral("copay_method"), practice::sqlText(r.method)},
        {QStringLiteral("ledger_entry_id"), practice::sqlText(r.ledgerEntryId)},
        {QStringLiteral("client_id"), r.clientId}};
    auto tx = m_ctx.db.beginNestable();
    FD_TRY(tx);
    auto base = m_ctx.base();
    auto id = practice::writeAudited(base, *tx.value(), kCheckIns, {}, 0, fields, r.patientId);
    FD_TRY(id);
    FD_TRY(tx.value()->commit());
    CheckInRecord out = r;
    out.id = id.value();
    return out;
}

Result<CheckInResult> FrontDeskService::checkIn(const CheckInRequest& request)
{
    FD_TRY(m_ctx.access->require(perm::kCheckIn));
    FD_TRY(m_ctx.access->require(perm::kFlow));
    const QString clientId = request.clientId.isEmpty() ? newUuid() : request.clientId;
    if (!isUuid(clientId))
        return makeError(ErrorCode::InvalidInput, tr("The client id must be a UUID."),
                         QStringLiteral("client_id"));
    if (request.copay.isNegative())
        return makeError(ErrorCode::InvalidInput, tr("The copay cannot be negative."),
                         QStringLiteral("copay"));
    if (!request.copay.isZero())
        FD_TRY(m_ctx.access->require(accounts::perm::kPayments));

    auto seen = loadCheckIns(QStringLiteral("client_id = ?"), {clientId});
    FD_TRY(seen);
    if (!seen->empty()) {
        const CheckInRecord& first = seen->front();
        if (first.appointmentId != request.appointmentId)
            return makeError(ErrorCode::Conflict,
                             tr("The client id %1 was used for another check-in.").arg(clientId),
                             QStringLiteral("client_id"));
        auto appointment = m_src.appointments->get(first.appointmentId);
        FD_TRY(appointment);
        return CheckInResult{first, appointment.value(), true};
    }

    auto info = checkInInfo(request.appointmentId);
    FD_TRY(info);
    Appointment appointment = info->appointment;
    if (!holdsTime(appointment.status) || appointment.status == AppointmentStatus::CheckedOut)
        return makeError(
            ErrorCode::InvalidInput,
            tr("The appointment is %1: it cannot be checked in.").arg(statusId(appointment.status)),
            QStringLiteral("status"));
    auto today = localDay(appointment, m_ctx.now());
    FD_TRY(today);
    if (today.value() != info->day)
        return makeError(ErrorCode::InvalidInput,
                         tr("Check-in is on the day of the appointment (%1).")
                             .arg(info->day.toString(Qt::ISODate)),
                         QStringLiteral("appointment_id"));

    CheckInRecord record;
    record.appointmentId = appointment.id;
    record.patientId = appointment.patientId;
    record.userId = m_ctx.userId();
    record.demographicsConfirmed = request.confirmDemographics;
    record.insuranceConfirmed = request.confirmInsurance;
    if (request.confirmInsurance)
        for (const CoverageOnDay& c : info->coverages)
            if (c.activeOnDay)
                record.coverageIds << c.coverage.id;
    record.expectedCopay = info->expectedCopay;
    record.copay = request.copay;
    record.clientId = clientId;

    // Arrival, copay and check-in record in one synchronous=FULL transaction: all or nothing.
    auto tx = m_ctx.db.beginNestable(storage::Database::Durability::Full);
    FD_TRY(tx);
    // Arrival through the appointment service's flow (history, audit), unless already further.
    if (!inOffice(appointment.status)) {
        auto arrived = m_src.appointments->setStatus(appointment.id, appointment.rowVersion,
                                                     AppointmentStatus::Arrived);
        FD_TRY(arrived);
        appointment = arrived.value();
    }
    // The copay before the charges exist: unapplied credit, posted once for this client id.
    if (!request.copay.isZero()) {
        accounts::PatientPaymentRequest pay;
        pay.patientId = appointment.patientId;
        pay.amount = request.copay;
        pay.method = request.method;
        pay.reference = request.reference;
        pay.paymentDate = today.value();
        pay.note = tr("Copay at check-in");
        pay.clientId = clientId;
        auto entry = m_src.ledger->recordPatientPayment(pay);
        FD_TRY(entry);
        record.ledgerEntryId = entry->id;
        record.method = accounts::paymentMethodId(request.method);
    }
    record.at = m_ctx.now();
    auto written = writeCheckIn(record);
    FD_TRY(written);
    FD_TRY(tx.value()->commit());
    return CheckInResult{written.value(), appointment, false};
}

}  // namespace fd::calendar
