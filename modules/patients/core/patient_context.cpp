#include "patients/core/patient_context.h"

#include "patients/core/patients_permissions.h"
#include "practice/core/practice_profile_service.h"
#include "security/audit_actions.h"
#include "storage/synced_rows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace fd::patients {

QString patientsTr(const char* text)
{
    return QCoreApplication::translate("fd::patients", text);
}

Error invalidField(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

Status checkPatientAccess(PatientsContext& ctx, const QString& patientId, bool allowMerged)
{
    FD_TRY(ctx.access().require(perm::kRead));
    auto q = storage::exec(ctx.db().connection(),
                           QStringLiteral("SELECT restricted, merged_into FROM patients WHERE id = ? AND deleted = 0"),
                           {patientId});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, patientsTr("No patient %1.").arg(patientId));
    if (!allowMerged && !q->value(1).toString().isEmpty())
        return makeError(ErrorCode::NotFound,
                         patientsTr("Patient %1 was merged into patient %2.").arg(patientId, q->value(1).toString()));
    if (q->value(0).toInt() != 0 && !ctx.access().can(perm::kRestricted) && !ctx.access().hasBrokenGlassFor(patientId)) {
        security::AuditRecord denied;
        denied.action = security::audit::kRead;
        denied.outcome = QStringLiteral("denied");
        denied.patientId = patientId;
        denied.entity = QStringLiteral("patients");
        denied.entityId = patientId;
        denied.details = {{QStringLiteral("reason"), QStringLiteral("restricted")}};
        FD_TRY(ctx.audit().record(denied));
        return makeError(ErrorCode::PermissionDenied,
                         patientsTr("This patient's record is restricted: open it with emergency (break-glass) "
                                    "access and a reason."),
                         patientId);
    }
    return {};
}

Status checkPatientEdit(PatientsContext& ctx, const QString& patientId)
{
    FD_TRY(ctx.access().require(perm::kEdit));
    return checkPatientAccess(ctx, patientId);
}

Status auditRead(PatientsContext& ctx, const QString& patientId, const QString& entity, const QString& entityId)
{
    security::AuditRecord record;
    record.action = security::audit::kRead;
    record.patientId = patientId;
    record.entity = entity;
    record.entityId = entityId;
    return ctx.audit().record(record);
}

Result<QString> insertAudited(PatientsContext& ctx, storage::SyncedRowsBatch& rows, const QString& table,
                              const QVariantMap& fields, const QString& patientId, const QString& newId)
{
    auto inserted = rows.insert(table, fields, newId);
    FD_TRY(inserted);
    FD_TRY(ctx.audit().record(insertRecord(table, inserted.value(), fields, patientId)));
    return inserted.value();
}

security::AuditRecord insertRecord(const QString& table, const QString& id, const QVariantMap& fields,
                                   const QString& patientId)
{
    security::AuditRecord record;
    record.action = security::audit::kCreate;
    record.entity = table;
    record.entityId = id;
    record.patientId = patientId.isEmpty() && table == QLatin1String("patients") ? id : patientId;
    record.detailsJson = practice::auditDetailsJson(&fields);
    return record;
}

Result<QString> writeAudited(PatientsContext& ctx, storage::Transaction& tx, const QString& table, const QString& id,
                             qint64 baseVersion, const QVariantMap& fields, const QString& patientId,
                             const QString& newId)
{
    if (id.isEmpty()) {
        storage::SyncedRowsBatch rows(tx);
        return insertAudited(ctx, rows, table, fields, patientId, newId);
    }
    // Column names come from the services' own field maps, never from input.
    auto prior = storage::exec(tx.connection(),
                               QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                   .arg(QStringList(fields.keys()).join(QStringLiteral(", ")), table),
                               {id});
    FD_TRY(prior);
    if (!prior->next())
        return makeError(ErrorCode::NotFound, patientsTr("No %1 record %2.").arg(table, id));
    QVariantMap before;
    int i = 0;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it, ++i)
        before.insert(it.key(), prior->value(i));
    FD_TRY(storage::SyncedRows::update(tx, table, id, baseVersion, fields));
    security::AuditRecord record;
    record.action = security::audit::kUpdate;
    record.entity = table;
    record.entityId = id;
    record.patientId = patientId.isEmpty() && table == QLatin1String("patients") ? id : patientId;
    record.detailsJson = practice::auditDetailsJson(&fields, &before);
    FD_TRY(ctx.audit().record(record));
    return id;
}

Status removeAudited(PatientsContext& ctx, storage::Transaction& tx, const QString& table, const QString& id,
                     qint64 baseVersion, const QString& patientId)
{
    auto row = storage::exec(tx.connection(), QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    FD_TRY(row);
    if (!row->next())
        return makeError(ErrorCode::NotFound, patientsTr("No %1 record %2.").arg(table, id));
    QVariantMap prior;
    const QSqlRecord rec = row->record();
    for (int i = 0; i < rec.count(); ++i)
        prior.insert(rec.fieldName(i), row->value(i));
    FD_TRY(storage::SyncedRows::remove(tx, table, id, baseVersion));
    security::AuditRecord record;
    record.action = security::audit::kDelete;
    record.patientId = patientId;
    record.entity = table;
    record.entityId = id;
    record.detailsJson = practice::auditDetailsJson(nullptr, &prior);
    return ctx.audit().record(record);
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

QDate dateFrom(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

namespace {

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString phonesJson(const QList<Phone>& phones)
{
    QJsonArray array;
    for (const Phone& p : phones)
        array.append(QJsonObject{{QStringLiteral("type"), p.type},
                                 {QStringLiteral("number"), p.number},
                                 {QStringLiteral("sms"), p.smsConsent}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Phone> phonesFrom(const QString& json)
{
    QList<Phone> phones;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        phones.append({o.value(QStringLiteral("type")).toString(), o.value(QStringLiteral("number")).toString(),
                       o.value(QStringLiteral("sms")).toBool()});
    }
    return phones;
}

QStringList listFrom(const QVariant& value)
{
    return value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

}  // namespace

QString patientSelectColumns(bool withPhoto)
{
    static const QString all = QStringLiteral(
        "id, row_version, account_number, first_name, middle_name, last_name, suffix, preferred_name, birth_date, "
        "sex, gender_identity, pronouns, line1, line2, city, state, zip, phones, email, email_consent, "
        "preferred_language, preferred_contact, race_codes, ethnicity_codes, emergency_name, emergency_relationship, "
        "emergency_phone, employer_name, employer_phone, primary_provider_id, guarantor_id, notes, photo, status, "
        "deceased_date, alert, restricted, merged_into");
    if (withPhoto)
        return all;
    return QString(all).replace(QStringLiteral(" photo,"), QStringLiteral(" NULL,"));
}

Patient patientFromRow(const QSqlQuery& q)
{
    Patient p;
    p.id = q.value(0).toString();
    p.rowVersion = q.value(1).toLongLong();
    p.accountNumber = q.value(2).toString();
    p.firstName = q.value(3).toString();
    p.middleName = q.value(4).toString();
    p.lastName = q.value(5).toString();
    p.suffix = q.value(6).toString();
    p.preferredName = q.value(7).toString();
    p.birthDate = dateFrom(q.value(8));
    p.sex = sexFromCode(q.value(9).toString()).value_or(AdministrativeSex::Unknown);
    p.genderIdentity = q.value(10).toString();
    p.pronouns = q.value(11).toString();
    p.address = practice::addressFromRow(q, 12);
    p.phones = phonesFrom(q.value(17).toString());
    p.email = q.value(18).toString();
    p.emailConsent = q.value(19).toInt() != 0;
    p.preferredLanguage = q.value(20).toString();
    p.preferredContact = q.value(21).toString();
    p.raceCodes = listFrom(q.value(22));
    p.ethnicityCodes = listFrom(q.value(23));
    p.emergencyContact = {q.value(24).toString(), q.value(25).toString(), q.value(26).toString()};
    p.employer = {q.value(27).toString(), q.value(28).toString()};
    p.primaryProviderId = q.value(29).toString();
    p.guarantorId = q.value(30).toString();
    p.notes = q.value(31).toString();
    p.photo = q.value(32).toByteArray();
    p.status = statusFromId(q.value(33).toString()).value_or(PatientStatus::Active);
    p.deceasedDate = dateFrom(q.value(34));
    p.alert = q.value(35).toString();
    p.restricted = q.value(36).toInt() != 0;
    p.mergedInto = q.value(37).toString();
    return p;
}

PatientSummary summaryFromRow(const QSqlQuery& q, const QDate& today)
{
    const Patient p = patientFromRow(q);
    PatientSummary s;
    s.id = p.id;
    s.accountNumber = p.accountNumber;
    s.displayName = p.displayName();
    s.preferredName = p.preferredName;
    s.birthDate = p.birthDate;
    s.age = p.ageOn(today);
    s.sex = sexCode(p.sex);
    s.status = statusId(p.status);
    s.alert = p.alert;
    s.restricted = p.restricted;
    return s;
}

QVariantMap patientFields(const Patient& p)
{
    QVariantMap f{{QStringLiteral("first_name"), p.firstName.trimmed()},
                  {QStringLiteral("middle_name"), text(p.middleName.trimmed())},
                  {QStringLiteral("last_name"), p.lastName.trimmed()},
                  {QStringLiteral("suffix"), text(p.suffix.trimmed())},
                  {QStringLiteral("preferred_name"), text(p.preferredName.trimmed())},
                  {QStringLiteral("birth_date"), dateValue(p.birthDate)},
                  {QStringLiteral("sex"), sexCode(p.sex)},
                  {QStringLiteral("gender_identity"), text(p.genderIdentity)},
                  {QStringLiteral("pronouns"), text(p.pronouns)},
                  {QStringLiteral("phones"), phonesJson(p.phones)},
                  {QStringLiteral("email"), text(p.email.trimmed())},
                  {QStringLiteral("email_consent"), p.emailConsent ? 1 : 0},
                  {QStringLiteral("preferred_language"), text(p.preferredLanguage)},
                  {QStringLiteral("preferred_contact"), text(p.preferredContact)},
                  {QStringLiteral("race_codes"), p.raceCodes.join(QLatin1Char(','))},
                  {QStringLiteral("ethnicity_codes"), p.ethnicityCodes.join(QLatin1Char(','))},
                  {QStringLiteral("emergency_name"), text(p.emergencyContact.name)},
                  {QStringLiteral("emergency_relationship"), text(p.emergencyContact.relationship)},
                  {QStringLiteral("emergency_phone"), text(p.emergencyContact.phone)},
                  {QStringLiteral("employer_name"), text(p.employer.name)},
                  {QStringLiteral("employer_phone"), text(p.employer.phone)},
                  {QStringLiteral("primary_provider_id"), text(p.primaryProviderId)},
                  {QStringLiteral("guarantor_id"), text(p.guarantorId)},
                  {QStringLiteral("notes"), text(p.notes)},
                  {QStringLiteral("photo"), p.photo.isEmpty() ? QVariant(QByteArray("")) : QVariant(p.photo)},
                  {QStringLiteral("status"), statusId(p.status)},
                  {QStringLiteral("deceased_date"), dateValue(p.deceasedDate)},
                  {QStringLiteral("alert"), text(p.alert.trimmed())},
                  {QStringLiteral("restricted"), p.restricted ? 1 : 0}};
    f.insert(practice::addressColumns(QString(), p.address));
    for (auto it = f.begin(); it != f.end(); ++it)
        if (it.value().typeId() == QMetaType::QString &&
            static_cast<const QString*>(it.value().constData())->isNull())
            it.value() = QStringLiteral("");
    return f;
}

QString coverageSelectColumns(bool withCards)
{
    static const QString all = QStringLiteral(
        "id, row_version, patient_id, coverage_order, payer_id, plan_name, member_id, group_number, relationship, "
        "subscriber_patient_id, subscriber_first_name, subscriber_last_name, subscriber_birth_date, subscriber_sex, "
        "effective_from, effective_to, copay_cents, coinsurance_percent, deductible_cents, card_front, card_back");
    if (withCards)
        return all;
    return QString(all).replace(QStringLiteral("card_front, card_back"), QStringLiteral("NULL, NULL"));
}

Coverage coverageFromRow(const QSqlQuery& q)
{
    Coverage c;
    c.id = q.value(0).toString();
    c.rowVersion = q.value(1).toLongLong();
    c.patientId = q.value(2).toString();
    c.order = q.value(3).toInt();
    c.payerId = q.value(4).toString();
    c.planName = q.value(5).toString();
    c.memberId = q.value(6).toString();
    c.groupNumber = q.value(7).toString();
    c.relationship = q.value(8).toString();
    c.subscriberPatientId = q.value(9).toString();
    c.subscriberFirstName = q.value(10).toString();
    c.subscriberLastName = q.value(11).toString();
    c.subscriberBirthDate = dateFrom(q.value(12));
    c.subscriberSex = sexFromCode(q.value(13).toString()).value_or(AdministrativeSex::Unknown);
    c.effectiveFrom = dateFrom(q.value(14));
    c.effectiveTo = dateFrom(q.value(15));
    if (!q.value(16).isNull())
        c.copay = Money::fromCents(q.value(16).toLongLong());
    if (!q.value(17).isNull())
        c.coinsurancePercent = q.value(17).toInt();
    if (!q.value(18).isNull())
        c.deductible = Money::fromCents(q.value(18).toLongLong());
    c.cardFront = q.value(19).toByteArray();
    c.cardBack = q.value(20).toByteArray();
    return c;
}

QVariantMap coverageFields(const Coverage& c)
{
    const QVariant null = QVariant(QMetaType::fromType<qlonglong>());
    return {{QStringLiteral("patient_id"), c.patientId},
            {QStringLiteral("coverage_order"), c.order},
            {QStringLiteral("payer_id"), c.payerId},
            {QStringLiteral("plan_name"), text(c.planName.trimmed())},
            {QStringLiteral("member_id"), c.memberId.trimmed()},
            {QStringLiteral("group_number"), text(c.groupNumber.trimmed())},
            {QStringLiteral("relationship"), c.relationship},
            {QStringLiteral("subscriber_patient_id"), text(c.subscriberPatientId)},
            {QStringLiteral("subscriber_first_name"), text(c.subscriberFirstName.trimmed())},
            {QStringLiteral("subscriber_last_name"), text(c.subscriberLastName.trimmed())},
            {QStringLiteral("subscriber_birth_date"), dateValue(c.subscriberBirthDate)},
            {QStringLiteral("subscriber_sex"), sexCode(c.subscriberSex)},
            {QStringLiteral("effective_from"), dateValue(c.effectiveFrom)},
            {QStringLiteral("effective_to"), dateValue(c.effectiveTo)},
            {QStringLiteral("copay_cents"), c.copay ? QVariant(qlonglong(c.copay->cents())) : null},
            {QStringLiteral("coinsurance_percent"), c.coinsurancePercent ? QVariant(*c.coinsurancePercent) : null},
            {QStringLiteral("deductible_cents"), c.deductible ? QVariant(qlonglong(c.deductible->cents())) : null},
            {QStringLiteral("card_front"), QVariant(c.cardFront.isNull() ? QByteArray("") : c.cardFront)},
            {QStringLiteral("card_back"), QVariant(c.cardBack.isNull() ? QByteArray("") : c.cardBack)}};
}

}  // namespace fd::patients
