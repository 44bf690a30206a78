// The batch for a day's appointments, the insurance verification list and the check-in summary.
#include "billing/core/billing_permissions.h"
#include "billing/core/eligibility_service.h"
#include "billing/core/eligibility_store.h"
#include "billing/core/patient_ids.h"
#include "security/audit_actions.h"
#include "storage/synced_rows.h"

#include <QHash>

#include <algorithm>

namespace fd::billing {

calendar::InsuranceCheckSummary EligibilityService::summaryOf(const QString& coverageId,
                                                              const std::optional<EligibilityCheck>& check)
{
    calendar::InsuranceCheckSummary s;
    s.coverageId = coverageId;
    s.status = eligibilityStatusId(EligibilityStatus::NotChecked);
    if (!check)
        return s;
    s.status = eligibilityStatusId(check->status);
    s.checkedAt = check->checkedAt;
    s.planName = check->benefits.planName;
    s.officeVisitCopay = check->benefits.copay(officeVisitTypes());
    s.deductibleRemaining = check->benefits.deductibleRemaining();
    s.message = check->benefits.errors.join(QLatin1Char(' '));
    return s;
}

Status EligibilityService::upsertItem(const VerificationItem& item)
{
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    auto existing = EligibilityStore::items((*tx)->connection(), QStringLiteral("appointment_id = ?"), {item.appointmentId});
    FD_TRY(existing);
    QVariantMap fields = notNull({{QStringLiteral("day"), item.day.toString(Qt::ISODate)},
                                  {QStringLiteral("appointment_id"), item.appointmentId},
                                  {QStringLiteral("appointment_start"), toIsoUtc(item.appointmentStart)},
                                  {QStringLiteral("patient_id"), item.patientId},
                                  // The name is read from the registry with the list; the
                                  // column stays for rows written before (and the schema).
                                  {QStringLiteral("patient_name"), QString()},
                                  {QStringLiteral("coverage_id"), item.coverageId},
                                  {QStringLiteral("payer_id"), item.payerId},
                                  {QStringLiteral("payer_name"), item.payerName},
                                  {QStringLiteral("status"), eligibilityStatusId(item.status)},
                                  {QStringLiteral("check_id"), item.checkId},
                                  {QStringLiteral("message"), item.message}});
    fields.insert(QStringLiteral("copay_cents"), item.copay ? QVariant(qlonglong(item.copay->cents())) : QVariant());
    if (existing->empty()) {
        auto id = storage::SyncedRows::insert(**tx, table::kVerifications, fields);
        FD_TRY(id);
        FD_TRY(auditChange(m_ctx, security::audit::kCreate, item.patientId, table::kVerifications, id.value(),
                           {{QStringLiteral("status"), eligibilityStatusId(item.status)}}));
    } else {
        const VerificationItem& old = existing->front();
        FD_TRY(storage::SyncedRows::update(**tx, table::kVerifications, old.id, old.rowVersion, fields));
        FD_TRY(auditChange(m_ctx, security::audit::kUpdate, item.patientId, table::kVerifications, old.id,
                           {{QStringLiteral("prior_status"), eligibilityStatusId(old.status)},
                            {QStringLiteral("status"), eligibilityStatusId(item.status)}}));
    }
    return (*tx)->commit();
}

Result<BatchResult> EligibilityService::runBatch(const BatchOptions& options)
{
    FD_TRY(m_ctx.access->require(perm::kEligibility));
    if (options.skipWithinDays < 0)
        return invalidInput(tr("The number of days to skip must not be negative."), QStringLiteral("skip_days"));
    const QDate day = options.day.isValid() ? options.day : m_ctx.now().toLocalTime().date().addDays(1);
    calendar::AppointmentFilter filter;
    filter.from = QDateTime(day, QTime(0, 0)).toUTC();
    filter.to = QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
    filter.includeCancelled = false;
    auto appointments = m_ctx.appointments->list(filter);
    FD_TRY(appointments);
    const bool hasEndpoint = EligibilityStore::endpoint(m_ctx.db.connection(), false).ok();
    const QDateTime recent = m_ctx.now().addDays(-options.skipWithinDays);
    BatchResult result;
    for (const calendar::Appointment& a : appointments.value()) {
        ++result.appointments;
        VerificationItem item;
        item.day = day;
        item.appointmentId = a.id;
        item.appointmentStart = a.start;
        item.patientId = a.patientId;
        auto coverages = m_ctx.coverages->applicableOn(a.patientId, day);
        FD_TRY(coverages);
        if (coverages->empty()) {
            item.message = tr("No insurance in effect on the day: self-pay.");
            ++result.notChecked;
            FD_TRY(upsertItem(item));
            continue;
        }
        const patients::Coverage& primary = coverages->front();
        item.coverageId = primary.id;
        item.payerId = primary.payerId;
        auto payer = m_ctx.payers->find(primary.payerId);
        FD_TRY(payer);
        item.payerName = payer->name;
        auto last = latest(primary.id);
        FD_TRY(last);
        std::optional<EligibilityCheck> shown = last.value();
        if (shown && shown->checkedAt >= recent) {
            ++result.skipped;
        } else if (payer->eligibilityChannel != QLatin1String("x12_270")) {
            item.message = tr("%1 answers eligibility questions by %2: verify by phone or portal.")
                               .arg(payer->name, payer->eligibilityChannel);
            shown.reset();
        } else if (!hasEndpoint) {
            item.message = tr("No clearinghouse endpoint is set up for real-time eligibility.");
            shown.reset();
        } else {
            auto checked = checkOn(primary.id, {}, day);
            if (checked) {
                ++result.checked;
                shown = checked.value();
            } else {
                item.status = EligibilityStatus::Error;
                item.message = checked.error().message;
                shown.reset();
            }
        }
        if (shown) {
            item.status = shown->status;
            item.checkId = shown->id;
            item.copay = shown->benefits.copay(officeVisitTypes());
            item.message = shown->benefits.errors.join(QLatin1Char(' '));
        }
        if (item.status == EligibilityStatus::Error)
            ++result.errors;
        else if (item.status == EligibilityStatus::NotChecked)
            ++result.notChecked;
        FD_TRY(upsertItem(item));
    }
    return result;
}

Result<std::vector<VerificationItem>> EligibilityService::verificationList(const QDate& day)
{
    FD_TRY(m_ctx.access->require(perm::kEligibility));
    if (!day.isValid())
        return invalidInput(tr("The day of the verification list is missing."), QStringLiteral("date"));
    auto items = EligibilityStore::items(m_ctx.db.connection(), QStringLiteral("day = ?"), {day.toString(Qt::ISODate)});
    FD_TRY(items);
    nameItems(items.value());
    std::stable_sort(items->begin(), items->end(), [](const VerificationItem& a, const VerificationItem& b) {
        if (a.appointmentStart != b.appointmentStart)
            return a.appointmentStart < b.appointmentStart;
        return a.patientName.localeAwareCompare(b.patientName) < 0;
    });
    return items;
}

void EligibilityService::nameItems(std::vector<VerificationItem>& items) const
{
    const QStringList ids = patientIdsOf(items);
    // Without patients.read every patient is hidden, as on the flow board.
    QHash<QString, patients::PatientName> byId;
    if (!ids.isEmpty())
        if (auto named = m_ctx.patients->names(ids))
            for (patients::PatientName& n : named.value())
                byId.insert(n.id, std::move(n));
    for (VerificationItem& i : items) {
        const auto found = byId.constFind(i.patientId);
        i.patientHidden = found == byId.constEnd() || found->hidden;
        i.patientName = i.patientHidden ? tr("(not available to you)") : found->displayName;
    }
}

Result<VerificationItem> EligibilityService::markVerified(const QString& itemId, qint64 rowVersion, const QString& note)
{
    FD_TRY(m_ctx.access->require(perm::kEligibility));
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    auto found = EligibilityStore::items((*tx)->connection(), QStringLiteral("id = ?"), {itemId});
    FD_TRY(found);
    if (found->empty())
        return makeError(ErrorCode::NotFound, tr("Verification list entry %1 does not exist.").arg(itemId));
    VerificationItem item = found->front();
    const QString trimmed = note.trimmed();
    if (trimmed.size() > 2000)
        return invalidInput(tr("The note is longer than 2,000 characters."), QStringLiteral("note"));
    item.verifiedByPhone = true;
    item.verifiedBy = m_ctx.userId();
    item.verifiedAt = m_ctx.now();
    item.note = trimmed;
    auto version = storage::SyncedRows::update(**tx, table::kVerifications, itemId, rowVersion,
                                               notNull({{QStringLiteral("verified_by_phone"), 1},
                                                        {QStringLiteral("verified_by"), item.verifiedBy},
                                                        {QStringLiteral("verified_at"), toIsoUtc(item.verifiedAt)},
                                                        {QStringLiteral("note"), item.note}}));
    FD_TRY(version);
    item.rowVersion = version.value();
    FD_TRY(auditChange(m_ctx, security::audit::kUpdate, item.patientId, table::kVerifications, itemId,
                       {{QStringLiteral("verified_by_phone"), true}, {QStringLiteral("note_length"), int(trimmed.size())}}));
    FD_TRY((*tx)->commit());
    std::vector<VerificationItem> named{item};
    nameItems(named);
    return named.front();
}

}  // namespace fd::billing
