#include "billing/core/charge_service.h"

#include "billing/core/billing_permissions.h"
#include "billing/core/coverage_lookup.h"
#include "common/uuid.h"
#include "security/audit_actions.h"
#include "storage/bulk_rows.h"
#include "storage/synced_rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace fd::billing {

namespace audit = security::audit;

namespace {

QString lineWhere(int position)
{
    return QStringLiteral("lines[%1]").arg(position);
}

QJsonArray itemsJson(const std::vector<SuperbillItem>& items)
{
    QJsonArray out;
    for (const SuperbillItem& i : items)
        out.append(QJsonObject{{QStringLiteral("code"), i.code},
                               {QStringLiteral("modifiers"), i.modifiers.join(QLatin1Char(','))},
                               {QStringLiteral("units"), i.units}});
    return out;
}

const QString kLineColumns = QStringLiteral(
    "id, row_version, encounter_id, patient_id, service_date, position, code, modifiers, units, "
    "amount_cents, pointers, self_pay, coverage_id, description, ledger_entry_id");

ServiceLine lineFromRow(const QSqlQuery& q)
{
    ServiceLine l;
    l.id = q.value(0).toString();
    l.rowVersion = q.value(1).toLongLong();
    l.encounterId = q.value(2).toString();
    l.patientId = q.value(3).toString();
    l.serviceDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    l.position = q.value(5).toInt();
    l.code = q.value(6).toString();
    l.modifiers = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    l.units = q.value(8).toInt();
    l.amount = Money::fromCents(q.value(9).toLongLong());
    l.pointers = splitInts(q.value(10).toString());
    l.selfPay = q.value(11).toBool();
    l.coverageId = q.value(12).toString();
    l.description = q.value(13).toString();
    l.ledgerEntryId = q.value(14).toString();
    return l;
}

}  // namespace

bool restrictedFromPlan(const ServiceLine& line, const std::vector<patients::PrivacyRestriction>& restrictions)
{
    for (const patients::PrivacyRestriction& r : restrictions) {
        if (r.kind != QLatin1String("no_bill_plan"))
            continue;
        if (r.serviceCodes.contains(line.code, Qt::CaseInsensitive))
            return true;
        if (r.serviceCodes.isEmpty() && line.selfPay)
            return true;
    }
    return false;
}

Result<std::vector<ServiceLine>> loadLines(QSqlDatabase db, const QString& where, const QVariantList& binds)
{
    auto q = storage::execForwardOnly(
        db, QStringLiteral("SELECT %1 FROM billing_service_lines WHERE deleted = 0 AND (%2) ORDER BY "
                           "service_date, encounter_id, position")
                .arg(kLineColumns, where),
        binds);
    FD_TRY(q);
    std::vector<ServiceLine> out;
    while (q->next())
        out.push_back(lineFromRow(q.value()));
    return out;
}

Result<std::optional<Encounter>> loadEncounter(QSqlDatabase db, const QString& encounterId)
{
    auto q = storage::exec(
        db, QStringLiteral("SELECT id, row_version, patient_id, appointment_id, service_date, location_id, "
                           "place_of_service, rendering_provider_id, supervising_provider_id, "
                           "referring_provider_id, prior_authorization, diagnoses, created_at, created_by "
                           "FROM billing_encounters WHERE id = ? AND deleted = 0"),
        {encounterId});
    FD_TRY(q);
    if (!q->next())
        return std::optional<Encounter>();
    Encounter e;
    e.id = q->value(0).toString();
    e.rowVersion = q->value(1).toLongLong();
    e.patientId = q->value(2).toString();
    e.appointmentId = q->value(3).toString();
    e.serviceDate = QDate::fromString(q->value(4).toString(), Qt::ISODate);
    e.locationId = q->value(5).toString();
    e.placeOfService = q->value(6).toString();
    e.renderingProviderId = q->value(7).toString();
    e.supervisingProviderId = q->value(8).toString();
    e.referringProviderId = q->value(9).toString();
    e.priorAuthorization = q->value(10).toString();
    e.diagnoses = q->value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    e.createdAt = QDateTime::fromString(q->value(12).toString(), Qt::ISODateWithMs);
    e.createdBy = q->value(13).toString();
    auto lines = loadLines(db, QStringLiteral("encounter_id = ?"), {e.id});
    FD_TRY(lines);
    e.lines = std::move(lines.value());
    return std::optional<Encounter>(std::move(e));
}

Result<Superbill> ChargeService::loadSuperbill(const QString& typeId, const QString& providerId)
{
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT items FROM billing_superbills WHERE appointment_type_id = ? "
                                          "AND provider_id = ? AND deleted = 0"),
                           {typeId, providerId.isEmpty() ? QStringLiteral("") : providerId});
    FD_TRY(q);
    Superbill bill{typeId, providerId, {}};
    if (!q->next())
        return bill;
    const QJsonArray items = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).array();
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        bill.items.push_back({o.value(QStringLiteral("code")).toString(),
                              o.value(QStringLiteral("modifiers")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                              o.value(QStringLiteral("units")).toInt(1)});
    }
    return bill;
}

Result<Superbill> ChargeService::superbill(const QString& appointmentTypeId, const QString& providerId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    if (!providerId.isEmpty()) {
        auto own = loadSuperbill(appointmentTypeId, providerId);
        FD_TRY(own);
        if (!own->items.empty())
            return own;
    }
    return loadSuperbill(appointmentTypeId, {});
}

Result<Superbill> ChargeService::saveSuperbill(const Superbill& bill)
{
    FD_TRY(m_ctx.access->require(perm::kSetup));
    if (bill.appointmentTypeId.trimmed().isEmpty())
        return invalidInput(tr("A superbill needs its appointment type."), QStringLiteral("appointment_type_id"));
    Superbill clean{bill.appointmentTypeId.trimmed(),
                    bill.providerId.trimmed().isEmpty() ? QStringLiteral("") : bill.providerId.trimmed(), {}};
    for (std::size_t i = 0; i < bill.items.size(); ++i) {
        SuperbillItem item = bill.items[i];
        item.code = item.code.trimmed().toUpper();
        const QString where = QStringLiteral("items[%1]").arg(i + 1);
        if (!isProcedureCode(item.code))
            return invalidInput(tr("%1 is not a CPT or HCPCS code.").arg(item.code), where);
        if (item.modifiers.size() > 4)
            return invalidInput(tr("At most four modifiers per code."), where);
        for (QString& m : item.modifiers) {
            m = m.trimmed().toUpper();
            if (!isModifier(m))
                return invalidInput(tr("%1 is not a modifier (two letters or digits).").arg(m), where);
        }
        if (item.units < 1 || item.units > 999)
            return invalidInput(tr("Units must be between 1 and 999."), where);
        clean.items.push_back(item);
    }
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    auto q = storage::exec((*tx)->connection(),
                           QStringLiteral("SELECT id, row_version, items FROM billing_superbills WHERE "
                                          "appointment_type_id = ? AND provider_id = ? AND deleted = 0"),
                           {clean.appointmentTypeId, clean.providerId});
    FD_TRY(q);
    const QString items = QString::fromUtf8(QJsonDocument(itemsJson(clean.items)).toJson(QJsonDocument::Compact));
    QString id;
    QJsonObject details{{QStringLiteral("appointment_type_id"), clean.appointmentTypeId},
                        {QStringLiteral("provider_id"), clean.providerId},
                        {QStringLiteral("items"), itemsJson(clean.items)}};
    if (q->next()) {
        id = q->value(0).toString();
        details.insert(QStringLiteral("prior_items"), QJsonDocument::fromJson(q->value(2).toString().toUtf8()).array());
        if (clean.items.empty())
            FD_TRY(storage::SyncedRows::remove(**tx, table::kSuperbills, id, q->value(1).toLongLong()));
        else
            FD_TRY(storage::SyncedRows::update(**tx, table::kSuperbills, id, q->value(1).toLongLong(),
                                               notNull({{QStringLiteral("items"), items}})));
    } else if (!clean.items.empty()) {
        auto made = storage::SyncedRows::insert(**tx, table::kSuperbills,
                                                notNull({{QStringLiteral("appointment_type_id"), clean.appointmentTypeId},
                                                 {QStringLiteral("provider_id"), clean.providerId},
                                                 {QStringLiteral("items"), items}}));
        FD_TRY(made);
        id = made.value();
    }
    if (!id.isEmpty())
        FD_TRY(auditChange(m_ctx, clean.items.empty() ? audit::kDelete : audit::kUpdate, {}, table::kSuperbills,
                           id, details));
    FD_TRY((*tx)->commit());
    return clean;
}

Result<EncounterInput> ChargeService::fromAppointment(const EncounterInput& input)
{
    EncounterInput in = input;
    auto appointment = m_ctx.appointments->get(input.appointmentId);
    FD_TRY(appointment);
    const calendar::Appointment& a = appointment.value();
    if (a.status == calendar::AppointmentStatus::Cancelled || a.status == calendar::AppointmentStatus::NoShow)
        return invalidInput(tr("The appointment was %1: there is nothing to charge.")
                                .arg(calendar::statusId(a.status)),
                            QStringLiteral("appointment_id"));
    if (!in.patientId.isEmpty() && in.patientId != a.patientId)
        return invalidInput(tr("The appointment is another patient's."), QStringLiteral("patient_id"));
    in.patientId = a.patientId;
    if (in.locationId.isEmpty())
        in.locationId = a.locationId;
    if (in.renderingProviderId.isEmpty())
        in.renderingProviderId = a.providerId;
    auto zone = m_ctx.locations->timeZoneOf(a.locationId);
    FD_TRY(zone);
    if (!in.serviceDate.isValid())
        in.serviceDate = a.start.toTimeZone(zone.value()).date();
    if (in.lines.empty()) {
        auto bill = superbill(a.typeId, a.providerId);
        FD_TRY(bill);
        if (bill->items.empty())
            return invalidInput(tr("The appointment type has no superbill: enter the codes."),
                                QStringLiteral("lines"));
        for (const SuperbillItem& item : bill->items)
            in.lines.push_back({item.code, item.modifiers, item.units, {}, false, {}});
    }
    return in;
}

Status ChargeService::checkProviders(const Encounter& e)
{
    struct Role
    {
        QString id;
        practice::ClaimRole role;
        const char* field;
    };
    const Role roles[] = {{e.renderingProviderId, practice::ClaimRole::Rendering, "rendering_provider_id"},
                          {e.supervisingProviderId, practice::ClaimRole::Supervising, "supervising_provider_id"},
                          {e.referringProviderId, practice::ClaimRole::Referring, "referring_provider_id"}};
    for (const Role& r : roles) {
        if (r.id.isEmpty())
            continue;
        auto p = m_ctx.providers->find(r.id);
        if (!p)
            return invalidInput(tr("No provider %1.").arg(r.id), QString::fromLatin1(r.field));
        if (!p->hasRole(r.role))
            return invalidInput(tr("%1 does not take this role on claims.").arg(p->displayName()),
                                QString::fromLatin1(r.field));
        if (r.role != practice::ClaimRole::Referring && p->external)
            return invalidInput(tr("%1 is outside the practice.").arg(p->displayName()), QString::fromLatin1(r.field));
    }
    return {};
}

Status ChargeService::checkDiagnoses(Encounter& e)
{
    if (e.diagnoses.isEmpty())
        return invalidInput(tr("At least one diagnosis code is needed."), QStringLiteral("diagnoses"));
    QStringList clean;
    for (qsizetype i = 0; i < e.diagnoses.size(); ++i) {
        const QString where = QStringLiteral("diagnoses[%1]").arg(i + 1);
        const QString code = normalizeIcd10(e.diagnoses.at(i));
        if (!isIcd10CmFormat(code))
            return invalidInput(tr("%1 is not an ICD-10-CM code.").arg(e.diagnoses.at(i)), where);
        if (clean.contains(code))
            return invalidInput(tr("%1 is listed twice.").arg(e.diagnoses.at(i)), where);
        auto valid = m_ctx.codes->validate(practice::CodeSet::Icd10Cm, code, e.serviceDate, true);
        if (!valid)
            return invalidInput(valid.error().message, where);
        clean << code;
    }
    e.diagnoses = clean;
    return {};
}

Result<ServiceLine> ChargeService::checkedLine(const Encounter& e, const LineInput& in, int position,
                                               const std::vector<patients::PrivacyRestriction>& restrictions)
{
    const QString where = lineWhere(position);
    ServiceLine l;
    l.id = newUuid();
    l.patientId = e.patientId;
    l.serviceDate = e.serviceDate;
    l.position = position;
    l.code = in.code.trimmed().toUpper();
    if (!isProcedureCode(l.code))
        return invalidInput(tr("%1 is not a CPT or HCPCS code.").arg(in.code), where);
    if (in.modifiers.size() > 4)
        return invalidInput(tr("At most four modifiers per line."), where);
    for (const QString& m : in.modifiers) {
        const QString mod = m.trimmed().toUpper();
        if (!isModifier(mod))
            return invalidInput(tr("%1 is not a modifier (two letters or digits).").arg(m), where);
        if (l.modifiers.contains(mod))
            return invalidInput(tr("Modifier %1 is listed twice.").arg(mod), where);
        l.modifiers << mod;
    }
    if (in.units < 1 || in.units > 999)
        return invalidInput(tr("Units must be between 1 and 999."), where);
    l.units = in.units;
    l.pointers = in.pointers.isEmpty() ? QList<int>{1} : in.pointers;
    if (l.pointers.size() > 4)
        return invalidInput(tr("A line points to at most four diagnoses."), where);
    for (int p : l.pointers) {
        if (p < 1 || p > e.diagnoses.size())
            return invalidInput(tr("Diagnosis pointer %1 points to no diagnosis (there are %2).")
                                    .arg(p)
                                    .arg(e.diagnoses.size()),
                                where);
        if (l.pointers.count(p) > 1)
            return invalidInput(tr("Diagnosis pointer %1 is listed twice.").arg(p), where);
    }
    if (!in.coverageId.isEmpty()) {
        auto coverage = m_ctx.coverages->get(in.coverageId);
        if (!coverage || coverage->patientId != e.patientId || !coverage->activeOn(e.serviceDate))
            return invalidInput(tr("The coverage is not the patient's or not in effect on %1.")
                                    .arg(e.serviceDate.toString(Qt::ISODate)),
                                where);
        l.coverageId = in.coverageId;
    }
    const QString firstModifier = l.modifiers.isEmpty() ? QString() : l.modifiers.front();
    auto price = m_ctx.fees->chargeFor(l.code, firstModifier, e.serviceDate);
    if (!price)
        return invalidInput(tr("The charge master has no price for %1 on %2.")
                                .arg(l.code, e.serviceDate.toString(Qt::ISODate)),
                            where);
    l.amount = price->amount * l.units;
    if (l.amount.cents() <= 0)
        return invalidInput(tr("The charge master's price for %1 is not positive.").arg(l.code), where);
    l.description = price->description;
    l.selfPay = in.selfPay;
    // A code the patient agreed to pay in full is self-paid whatever was typed.
    for (const patients::PrivacyRestriction& r : restrictions)
        if (r.kind == QLatin1String("no_bill_plan") && r.serviceCodes.contains(l.code, Qt::CaseInsensitive))
            l.selfPay = true;
    return l;
}

Result<Encounter> ChargeService::checked(const EncounterInput& in)
{
    Encounter e;
    e.id = newUuid();
    e.appointmentId = in.appointmentId;
    auto patient = m_ctx.patients->get(in.patientId);
    if (!patient)
        return invalidInput(patient.error().message, QStringLiteral("patient_id"));
    e.patientId = patient->id;
    if (!in.serviceDate.isValid())
        return invalidInput(tr("The date of service is missing."), QStringLiteral("service_date"));
    if (in.serviceDate > m_ctx.today())
        return invalidInput(tr("The date of service %1 is in the future.").arg(in.serviceDate.toString(Qt::ISODate)),
                            QStringLiteral("service_date"));
    e.serviceDate = in.serviceDate;
    auto location = m_ctx.locations->find(in.locationId);
    if (!location)
        return invalidInput(tr("No location %1.").arg(in.locationId), QStringLiteral("location_id"));
    e.locationId = location->id;
    e.placeOfService = location->placeOfService;
    if (in.renderingProviderId.isEmpty())
        return invalidInput(tr("The rendering provider is missing."), QStringLiteral("rendering_provider_id"));
    e.renderingProviderId = in.renderingProviderId;
    e.supervisingProviderId = in.supervisingProviderId;
    e.referringProviderId = in.referringProviderId;
    FD_TRY(checkProviders(e));
    e.priorAuthorization = in.priorAuthorization.trimmed();
    if (e.priorAuthorization.size() > 50)
        return invalidInput(tr("The prior authorization number has more than 50 characters."),
                            QStringLiteral("prior_authorization"));
    e.diagnoses = in.diagnoses;
    FD_TRY(checkDiagnoses(e));
    if (in.lines.empty())
        return invalidInput(tr("An encounter needs at least one service line."), QStringLiteral("lines"));
    auto restrictions = m_ctx.privacy->restrictionsOn(e.patientId, e.serviceDate);
    FD_TRY(restrictions);
    for (std::size_t i = 0; i < in.lines.size(); ++i) {
        auto line = checkedLine(e, in.lines[i], int(i) + 1, restrictions.value());
        FD_TRY(line);
        line->encounterId = e.id;
        e.lines.push_back(line.value());
    }
    e.createdAt = m_ctx.now();
    e.createdBy = m_ctx.userId();
    return e;
}

Status ChargeService::store(Encounter& e)
{
    auto tx = m_ctx.db.beginNestable();
    FD_TRY(tx);
    storage::Transaction& t = **tx;
    if (!e.appointmentId.isEmpty()) {
        auto seen = storage::exec(t.connection(),
                                  QStringLiteral("SELECT id FROM billing_encounters WHERE appointment_id = ? AND deleted = 0"),
                                  {e.appointmentId});
        FD_TRY(seen);
        if (seen->next())
            return makeError(ErrorCode::Conflict, tr("Charges for this appointment were entered already."),
                             seen->value(0).toString());
    }
    auto made = storage::SyncedRows::insert(
        t, table::kEncounters,
        notNull({{QStringLiteral("patient_id"), e.patientId},
         {QStringLiteral("appointment_id"), e.appointmentId},
         {QStringLiteral("service_date"), e.serviceDate.toString(Qt::ISODate)},
         {QStringLiteral("location_id"), e.locationId},
         {QStringLiteral("place_of_service"), e.placeOfService},
         {QStringLiteral("rendering_provider_id"), e.renderingProviderId},
         {QStringLiteral("supervising_provider_id"), e.supervisingProviderId},
         {QStringLiteral("referring_provider_id"), e.referringProviderId},
         {QStringLiteral("prior_authorization"), e.priorAuthorization},
         {QStringLiteral("diagnoses"), e.diagnoses.join(QLatin1Char(','))},
         {QStringLiteral("created_at"), toIsoUtc(e.createdAt)},
         {QStringLiteral("created_by"), e.createdBy}}),
        e.id);
    FD_TRY(made);
    e.rowVersion = 1;
    QJsonArray lines;
    for (ServiceLine& l : e.lines) {
        FD_TRY(storage::SyncedRows::insert(t, table::kServiceLines,
                                           notNull({{QStringLiteral("encounter_id"), e.id},
                                            {QStringLiteral("position"), l.position},
                                            {QStringLiteral("patient_id"), e.patientId},
                                            {QStringLiteral("service_date"), e.serviceDate.toString(Qt::ISODate)},
                                            {QStringLiteral("code"), l.code},
                                            {QStringLiteral("modifiers"), l.modifiers.join(QLatin1Char(','))},
                                            {QStringLiteral("units"), l.units},
                                            {QStringLiteral("amount_cents"), qlonglong(l.amount.cents())},
                                            {QStringLiteral("pointers"), joinInts(l.pointers)},
                                            {QStringLiteral("self_pay"), l.selfPay ? 1 : 0},
                                            {QStringLiteral("coverage_id"), l.coverageId},
                                            {QStringLiteral("description"), l.description}}),
                                           l.id));
        l.rowVersion = 1;
        lines.append(QJsonObject{{QStringLiteral("id"), l.id},
                                 {QStringLiteral("code"), l.code},
                                 {QStringLiteral("units"), l.units},
                                 {QStringLiteral("amount_cents"), qlonglong(l.amount.cents())},
                                 {QStringLiteral("self_pay"), l.selfPay}});
    }
    FD_TRY(auditChange(m_ctx, audit::kCreate, e.patientId, table::kEncounters, e.id,
                       {{QStringLiteral("appointment_id"), e.appointmentId},
                        {QStringLiteral("service_date"), e.serviceDate.toString(Qt::ISODate)},
                        {QStringLiteral("lines"), lines}}));
    return t.commit();
}

Status ChargeService::post(const Encounter& e, ServiceLine& line, bool insured)
{
    accounts::ChargeRequest r;
    r.patientId = e.patientId;
    r.lineId = line.id;
    r.serviceDate = e.serviceDate;
    r.code = line.code;
    r.modifiers = line.modifiers;
    r.units = line.units;
    r.providerId = e.renderingProviderId;
    r.locationId = e.locationId;
    r.description = line.description;
    r.amount = line.amount;
    r.responsibility = insured && !line.selfPay ? accounts::Bucket::Insurance : accounts::Bucket::Patient;
    r.clientId = line.id;  // a retry finds the entry the first attempt made
    auto posted = m_ctx.ledger->postCharge(r);
    FD_TRY(posted);
    auto tx = m_ctx.db.beginNestable();
    FD_TRY(tx);
    auto version = storage::SyncedRows::update(**tx, table::kServiceLines, line.id, line.rowVersion,
                                               notNull({{QStringLiteral("ledger_entry_id"), posted->id}}));
    FD_TRY(version);
    FD_TRY((*tx)->commit());
    line.rowVersion = version.value();
    line.ledgerEntryId = posted->id;
    return {};
}

Result<Encounter> ChargeService::enterCharges(const EncounterInput& input)
{
    FD_TRY(m_ctx.access->require(perm::kCharges));
    EncounterInput in = input;
    if (!input.appointmentId.isEmpty()) {
        auto filled = fromAppointment(input);
        FD_TRY(filled);
        in = filled.value();
    }
    auto e = checked(in);
    FD_TRY(e);
    // The encounter, its lines and their ledger entries in one synchronous=FULL transaction:
    // a line the ledger refuses leaves nothing stored and nothing posted.
    auto tx = m_ctx.db.beginNestable(storage::Database::Durability::Full);
    FD_TRY(tx);
    FD_TRY(store(e.value()));
    auto active = m_ctx.coverages->applicableOn(e->patientId, e->serviceDate);
    FD_TRY(active);
    for (ServiceLine& line : e->lines) {
        const bool insured = std::any_of(active->begin(), active->end(), [&](const patients::Coverage& c) {
            return line.coverageId.isEmpty() ? c.order == 1 : c.id == line.coverageId;
        });
        auto posted = post(e.value(), line, insured);
        if (!posted)
            return makeError(posted.error().code,
                             tr("The ledger did not take line %1: %2 (nothing was stored).")
                                 .arg(line.position)
                                 .arg(posted.error().message),
                             QStringLiteral("lines[%1]").arg(line.position));
    }
    FD_TRY((*tx)->commit());
    return e;
}

Result<Encounter> ChargeService::encounter(const QString& encounterId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto e = loadEncounter(m_ctx.db.connection(), encounterId);
    FD_TRY(e);
    if (!e->has_value())
        return makeError(ErrorCode::NotFound, tr("No encounter %1.").arg(encounterId));
    return **e;
}

Result<std::optional<Encounter>> ChargeService::encounterForAppointment(const QString& appointmentId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT id FROM billing_encounters WHERE appointment_id = ? AND deleted = 0"),
                           {appointmentId});
    FD_TRY(q);
    if (!q->next())
        return std::optional<Encounter>();
    return loadEncounter(m_ctx.db.connection(), q->value(0).toString());
}

Result<std::vector<UnbilledCharge>> ChargeService::unbilled(const UnbilledFilter& filter)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    QString where = QStringLiteral(
        "self_pay = 0 AND NOT EXISTS (SELECT 1 FROM billing_claim_lines cl JOIN billing_claims c ON "
        "c.id = cl.claim_id WHERE cl.charge_id = billing_service_lines.id AND cl.deleted = 0 AND "
        "c.deleted = 0 AND c.status <> 'rejected')");
    QVariantList binds;
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND service_date >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND service_date <= ?");
        binds << filter.to.toString(Qt::ISODate);
    }
    auto lines = loadLines(m_ctx.db.connection(), where, binds);
    FD_TRY(lines);
    CoverageLookup lookup(m_ctx);
    QHash<QString, QString> rendering;
    std::vector<UnbilledCharge> out;
    for (const ServiceLine& l : lines.value()) {
        if (int(out.size()) >= filter.limit)
            break;
        auto target = lookup.target(l);
        FD_TRY(target);
        if (!rendering.contains(l.encounterId)) {
            auto e = storage::exec(m_ctx.db.connection(),
                                   QStringLiteral("SELECT rendering_provider_id FROM billing_encounters WHERE id = ?"),
                                   {l.encounterId});
            FD_TRY(e);
            rendering.insert(l.encounterId, e->next() ? e->value(0).toString() : QString());
        }
        out.push_back({l.id, l.encounterId, l.patientId, l.serviceDate, l.code, l.modifiers, l.units, l.amount,
                       rendering.value(l.encounterId), target->hold});
    }
    return out;
}

}  // namespace fd::billing
