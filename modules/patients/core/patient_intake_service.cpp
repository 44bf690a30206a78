// The intake staging queue: import, review against the record, accept or reject.
#include "patients/core/patient_intake_service.h"

#include "patients/core/duplicate_finder.h"
#include "patients/core/name_matching.h"
#include "patients/core/patient_csv.h"
#include "patients/core/patient_csv_reader.h"
#include "patients/core/patient_service.h"
#include "patients/core/patient_validation.h"
#include "patients/core/patients_permissions.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd::patients {

namespace {

const QString kTable = QStringLiteral("patient_intakes");
const QString kColumns = QStringLiteral(
    "id, row_version, status, format, source_name, submitted_at, received_at, submission, "
    "matched_patient_id, "
    "decided_by, decided_at, patient_id, reason");

QJsonObject answersJson(const IntakeSubmission& s)
{
    QJsonObject answers;
    for (const IntakeAnswer& a : s.answers)
        answers.insert(a.field, a.value);
    return answers;
}

IntakeSubmission submissionFrom(const QString& json, const QString& format, const QString& source,
                                const QDateTime& submittedAt)
{
    IntakeSubmission s;
    s.format = format;
    s.sourceName = source;
    s.submittedAt = submittedAt;
    const QJsonObject answers = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const intake::FieldSpec& spec : intake::fields())
        if (answers.contains(spec.linkId))
            s.answers.push_back({spec.linkId, answers.value(spec.linkId).toString()});
    return s;
}

QDateTime timeFrom(const QVariant& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}

// Text as stored: empty as '' (never NULL), as the registry stores strings.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant timeValue(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

// The patient the submission describes, for the duplicate finder.
Patient draftOf(const IntakeSubmission& s)
{
    Patient p;
    IntakeCoverageText ignored;
    for (const IntakeAnswer& a : s.answers)
        if (!intake::isInsuranceField(a.field))
            (void)applyIntakeValue(p, ignored, a.field, a.value);
    return p;
}

bool overlaps(const Coverage& a, const Coverage& b)
{
    const QDate far(9999, 12, 31);
    return a.effectiveFrom <= (b.effectiveTo.isValid() ? b.effectiveTo : far) &&
           b.effectiveFrom <= (a.effectiveTo.isValid() ? a.effectiveTo : far);
}

Error onField(const Error& e, const QString& field)
{
    return makeError(e.code, QStringLiteral("%1: %2").arg(intake::fieldLabel(field), e.message),
                     field);
}

}  // namespace

Result<PatientIntakeService::Stored> PatientIntakeService::load(const QString& intakeId)
{
    auto q = storage::exec(
        m_ctx.db().connection(),
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted = 0").arg(kColumns, kTable),
        {intakeId});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, patientsTr("No intake %1.").arg(intakeId));
    Stored s;
    IntakeSummary& m = s.summary;
    m.id = q->value(0).toString();
    m.rowVersion = q->value(1).toLongLong();
    const QString status = q->value(2).toString();
    m.status = status == QLatin1String("accepted")   ? IntakeStatus::Accepted
               : status == QLatin1String("rejected") ? IntakeStatus::Rejected
                                                     : IntakeStatus::Pending;
    m.format = q->value(3).toString();
    m.sourceName = q->value(4).toString();
    m.submittedAt = timeFrom(q->value(5));
    m.receivedAt = timeFrom(q->value(6));
    s.submission = submissionFrom(q->value(7).toString(), m.format, m.sourceName, m.submittedAt);
    m.matchedPatientId = q->value(8).toString();
    m.decidedBy = q->value(9).toString();
    m.decidedAt = timeFrom(q->value(10));
    m.patientId = q->value(11).toString();
    m.reason = q->value(12).toString();
    m.displayName = QStringLiteral("%1, %2").arg(s.submission.value(QStringLiteral("name.last")),
                                                 s.submission.value(QStringLiteral("name.first")));
    m.birthDate = QDate::fromString(s.submission.value(QStringLiteral("birthDate")), Qt::ISODate);
    fillMatch(m);
    return s;
}

// The matched patient's name and account number, as a list shows them (not a read of the record).
void PatientIntakeService::fillMatch(IntakeSummary& m)
{
    if (m.matchedPatientId.isEmpty())
        return;
    auto q =
        storage::exec(m_ctx.db().connection(),
                      QStringLiteral("SELECT account_number, last_name, first_name FROM patients "
                                     "WHERE id = ? AND deleted = 0 AND merged_into = ''"),
                      {m.matchedPatientId});
    if (q && q->next()) {
        m.matchedAccount = q->value(0).toString();
        m.matchedName =
            QStringLiteral("%1, %2").arg(q->value(1).toString(), q->value(2).toString());
    } else {
        m.matchedPatientId.clear();  // merged away or removed since: review it as new
    }
}

Result<QString> PatientIntakeService::matchOf(const IntakeSubmission& submission,
                                              std::vector<DuplicateCandidate>* candidates)
{
    const Patient draft = draftOf(submission);
    const QString memberId = submission.value(QStringLiteral("insurance.memberId"));
    auto found = findDuplicateCandidates(
        m_ctx.db().connection(), draft, memberId.isEmpty() ? QStringList() : QStringList{memberId});
    FD_TRY(found);
    if (candidates)
        *candidates = found.value();
    const auto has = [](const DuplicateCandidate& c, DuplicateReason r) {
        return std::find(c.reasons.begin(), c.reasons.end(), r) != c.reasons.end();
    };
    for (const DuplicateCandidate& c : found.value())
        if (has(c, DuplicateReason::SameNameAndBirthDate))
            return c.patientId;
    // A sound-alike name (a typo on the form) with the same birth date is the same person only
    // when a phone or the email confirms it.
    const QString email = draft.email.trimmed().toLower();
    for (const DuplicateCandidate& c : found.value()) {
        if (!has(c, DuplicateReason::PhoneticNameAndBirthDate))
            continue;
        if (has(c, DuplicateReason::SamePhone))
            return c.patientId;
        auto other = loadPatient(m_ctx.db().connection(), c.patientId);
        if (other && !email.isEmpty() && other->email.trimmed().toLower() == email)
            return c.patientId;
    }
    return QString();
}

Result<IntakeSummary> PatientIntakeService::importFile(const QString& path)
{
    FD_TRY(m_ctx.access().require(perm::kImport));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, patientsTr("Cannot read %1").arg(path), file.errorString());
    return importBytes(file.readAll(), QFileInfo(path).fileName());
}

Result<IntakeSummary> PatientIntakeService::importBytes(const QByteArray& bytes,
                                                        const QString& sourceName)
{
    FD_TRY(m_ctx.access().require(perm::kImport));
    FD_TRY(m_ctx.access().require(perm::kEdit));
    auto submission = readIntake(bytes, sourceName);
    FD_TRY(submission);
    const QByteArray answers =
        QJsonDocument(answersJson(submission.value())).toJson(QJsonDocument::Compact);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(answers, QCryptographicHash::Sha256).toHex());
    auto tx = m_ctx.db().begin();
    FD_TRY(tx);
    auto same = storage::exec(
        (*tx)->connection(),
        QStringLiteral("SELECT received_at FROM %1 WHERE submission_hash = ? AND deleted = 0 "
                       "AND status <> 'rejected'")
            .arg(kTable),
        {hash});
    FD_TRY(same);
    if (same->next())
        return makeError(ErrorCode::Conflict,
                         patientsTr("%1: the same answers were already imported on %2.")
                             .arg(sourceName, timeFrom(same->value(0)).toString(Qt::ISODate)));
    auto match = matchOf(submission.value(), nullptr);
    FD_TRY(match);
    const QVariantMap fields{{QStringLiteral("status"), intakeStatusId(IntakeStatus::Pending)},
                             {QStringLiteral("format"), submission->format},
                             {QStringLiteral("source_name"), text(sourceName)},
                             {QStringLiteral("submitted_at"), timeValue(submission->submittedAt)},
                             {QStringLiteral("received_at"), timeValue(m_ctx.now())},
                             {QStringLiteral("received_by"), m_ctx.userId()},
                             {QStringLiteral("submission"), QString::fromUtf8(answers)},
                             {QStringLiteral("submission_hash"), hash},
                             {QStringLiteral("matched_patient_id"), text(match.value())},
                             {QStringLiteral("decided_by"), QStringLiteral("")},
                             {QStringLiteral("decided_at"), QStringLiteral("")},
                             {QStringLiteral("patient_id"), QStringLiteral("")},
                             {QStringLiteral("reason"), QStringLiteral("")}};
    auto id = writeAudited(m_ctx, **tx, kTable, {}, 0, fields, match.value());
    FD_TRY(id);
    security::AuditRecord record;
    record.action = audit::kImport;
    record.entity = kTable;
    record.entityId = id.value();
    record.patientId = match.value();
    record.details = {{QStringLiteral("format"), submission->format},
                      {QStringLiteral("source"), sourceName},
                      {QStringLiteral("answers"), int(submission->answers.size())}};
    FD_TRY(m_ctx.audit().record(record));
    FD_TRY((*tx)->commit());
    auto stored = load(id.value());
    FD_TRY(stored);
    return stored->summary;
}

Result<std::vector<IntakeSummary>> PatientIntakeService::list(IntakeStatus status)
{
    FD_TRY(m_ctx.access().require(perm::kEdit));
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND status = ? "
                                          "ORDER BY submitted_at, received_at, id LIMIT 500")
                               .arg(kTable),
                           {intakeStatusId(status)});
    FD_TRY(q);
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    std::vector<IntakeSummary> out;
    for (const QString& id : ids) {
        auto stored = load(id);
        FD_TRY(stored);
        out.push_back(stored->summary);
    }
    return out;
}

Result<PatientIntakeService::Record> PatientIntakeService::recordOf(const QString& patientId)
{
    Record r;
    QString payerName;
    if (!patientId.isEmpty()) {
        auto patient = m_patients->get(patientId);  // checks access, audits the read
        FD_TRY(patient);
        r.patient = patient.value();
        auto coverages = m_coverages->applicableOn(patientId, m_ctx.today());
        FD_TRY(coverages);
        for (const Coverage& c : coverages.value())
            if (c.order == 1) {
                r.primary = c;
                payerName = c.payerId;
                if (m_ctx.payers)
                    if (auto payer = m_ctx.payers->find(c.payerId))
                        payerName = payer->name;
                break;
            }
    }
    r.values =
        intakeValuesOf(r.patient.value_or(Patient()), r.primary ? &*r.primary : nullptr, payerName);
    return r;
}

Result<IntakeReview> PatientIntakeService::review(const QString& intakeId, const QString& patientId)
{
    FD_TRY(m_ctx.access().require(perm::kEdit));
    auto stored = load(intakeId);
    FD_TRY(stored);
    IntakeReview review;
    review.summary = stored->summary;
    review.comparedWith = patientId.isEmpty()                 ? stored->summary.matchedPatientId
                          : patientId == QLatin1String("new") ? QString()
                                                              : patientId;
    auto record = recordOf(review.comparedWith);
    FD_TRY(record);
    FD_TRY(matchOf(stored->submission, &review.candidates));
    for (const intake::FieldSpec& spec : intake::fields()) {
        IntakeFieldComparison row{spec.linkId, patientsTr(spec.label),
                                  record->values.value(spec.linkId),
                                  stored->submission.value(spec.linkId)};
        if (!row.current.isEmpty() || !row.submitted.isEmpty())
            review.fields.push_back(row);
    }
    return review;
}

Result<practice::Payer> PatientIntakeService::payerNamed(const QString& text)
{
    if (!m_ctx.payers)
        return makeError(ErrorCode::Unavailable,
                         patientsTr("The practice's payers are not available."));
    auto payers = m_ctx.payers->list(false);
    FD_TRY(payers);
    const QString key = payerLookupKey(text);
    for (const practice::Payer& p : payers.value()) {
        if (payerLookupKey(p.name) == key || payerLookupKey(p.id) == key)
            return p;
        for (const QString& id : p.payerIds)
            if (payerLookupKey(id) == key)
                return p;
    }
    return makeError(
        ErrorCode::InvalidInput,
        patientsTr(
            "\"%1\" is not one of the practice's payers; choose the payer's name as the practice "
            "lists it.")
            .arg(text),
        QStringLiteral("insurance.payer"));
}

// The coverage to write for the insurance fields, or none when they leave the record as it is.
// A different payer ends the current primary coverage yesterday (`ended`) and starts a new one
// today; the same payer updates the current one.
Result<std::optional<Coverage>> PatientIntakeService::coverageFor(const Record& record,
                                                                  const IntakeCoverageText& t,
                                                                  std::optional<Coverage>* ended)
{
    if (t.payer.isEmpty() && t.memberId.isEmpty())
        return std::optional<Coverage>();
    if (t.payer.isEmpty())
        return onField(makeError(ErrorCode::InvalidInput,
                                 patientsTr("A member id needs the insurance company.")),
                       QStringLiteral("insurance.payer"));
    auto payer = payerNamed(t.payer);
    if (!payer)
        return onField(payer.error(), QStringLiteral("insurance.payer"));
    Coverage c;
    const QDate today = m_ctx.today();
    if (record.primary && record.primary->payerId == payer->id) {
        c = *record.primary;
    } else {
        c.order = 1;
        c.effectiveFrom = today;
        if (record.primary) {
            Coverage old = *record.primary;
            if (old.effectiveFrom >= today)
                return onField(
                    makeError(ErrorCode::InvalidInput,
                              patientsTr("The current primary coverage starts today and cannot be "
                                         "ended; change it on the Insurance tab.")),
                    QStringLiteral("insurance.payer"));
            old.effectiveTo = today.addDays(-1);
            *ended = old;
        }
    }
    c.patientId = record.patient ? record.patient->id : QStringLiteral("new");
    c.payerId = payer->id;
    c.memberId = t.memberId;
    c.groupNumber = t.groupNumber;
    c.relationship = t.relationship.isEmpty() ? QStringLiteral("18") : t.relationship;
    const bool self = c.relationship == QLatin1String("18");
    c.subscriberPatientId.clear();
    c.subscriberFirstName = self ? QString() : t.subscriberFirst;
    c.subscriberLastName = self ? QString() : t.subscriberLast;
    c.subscriberBirthDate = self ? QDate() : QDate::fromString(t.subscriberBirthDate, Qt::ISODate);
    if (auto valid = validateCoverage(c); !valid)
        return onField(valid.error(), intakeFieldForKey(valid.error().details, {}, true));
    if (record.patient) {
        auto existing = m_coverages->list(record.patient->id);
        FD_TRY(existing);
        for (const Coverage& other : existing.value()) {
            if (other.id == c.id || other.order != c.order)
                continue;
            const Coverage& compared =
                ended->has_value() && other.id == (*ended)->id ? **ended : other;
            if (overlaps(c, compared))
                return onField(
                    makeError(
                        ErrorCode::InvalidInput,
                        patientsTr(
                            "Another primary coverage (member id %1) overlaps from %2; end it "
                            "on the Insurance tab first.")
                            .arg(other.memberId, other.effectiveFrom.toString(Qt::ISODate))),
                    QStringLiteral("insurance.payer"));
        }
    }
    return std::optional<Coverage>(c);
}

// The values to write, per field: the decision, else the submitted value, else the record's.
Result<PatientIntakeService::Plan> PatientIntakeService::plan(
    const Stored& stored, const QString& target, const std::vector<IntakeDecision>& decisions)
{
    auto record = recordOf(target);
    FD_TRY(record);
    QMap<QString, QString> final;
    for (const intake::FieldSpec& spec : intake::fields()) {
        const QString submitted = stored.submission.value(spec.linkId);
        final.insert(spec.linkId,
                     submitted.isEmpty() ? record->values.value(spec.linkId) : submitted);
    }
    for (const IntakeDecision& d : decisions) {
        if (!intake::field(d.field))
            return makeError(
                ErrorCode::InvalidInput,
                patientsTr("\"%1\" is not a field of the intake questionnaire.").arg(d.field),
                d.field);
        final.insert(d.field, d.choice == IntakeDecision::Choice::KeepCurrent
                                  ? record->values.value(d.field)
                              : d.choice == IntakeDecision::Choice::Correct
                                  ? d.value.trimmed()
                                  : stored.submission.value(d.field));
    }
    Plan plan{record.value(), record->patient.value_or(Patient()), {}, {}};
    IntakeCoverageText coverageText;
    bool insuranceChanged = false;
    for (const intake::FieldSpec& spec : intake::fields()) {
        const QString value = final.value(spec.linkId);
        const bool insurance = intake::isInsuranceField(spec.linkId);
        const bool same = value == record->values.value(spec.linkId);
        insuranceChanged = insuranceChanged || (insurance && !same);
        // Only what differs from the record is applied, so kept fields stay exactly as stored.
        if (!insurance && same)
            continue;
        FD_TRY(applyIntakeValue(plan.patient, coverageText, spec.linkId, value));
    }
    if (auto valid = m_patients->validate(plan.patient); !valid) {
        const QString field =
            intakeFieldForKey(valid.error().details, intakePhoneFields(plan.patient), false);
        return field.isEmpty() ? valid.error() : onField(valid.error(), field);
    }
    if (insuranceChanged) {
        auto coverage = coverageFor(plan.record, coverageText, &plan.ended);
        FD_TRY(coverage);
        plan.coverage = coverage.value();
    }
    return plan;
}

Result<IntakeAccepted> PatientIntakeService::accept(const QString& intakeId,
                                                    const QString& patientId,
                                                    const std::vector<IntakeDecision>& decisions)
{
    FD_TRY(m_ctx.access().require(perm::kEdit));
    auto stored = load(intakeId);
    FD_TRY(stored);
    if (stored->summary.status != IntakeStatus::Pending)
        return makeError(ErrorCode::Conflict,
                         patientsTr("The intake was already %1.")
                             .arg(patientsTr(stored->summary.status == IntakeStatus::Accepted
                                                 ? QT_TRANSLATE_NOOP("fd::patients", "accepted")
                                                 : QT_TRANSLATE_NOOP("fd::patients", "rejected"))));
    const QString target = patientId.isEmpty()                 ? stored->summary.matchedPatientId
                           : patientId == QLatin1String("new") ? QString()
                                                               : patientId;
    auto planned = plan(stored.value(), target, decisions);
    FD_TRY(planned);
    Plan& p = planned.value();

    // Everything is checked: write through the registry's services, in one transaction (each
    // service's own becomes a savepoint in it), so that a failure at any step leaves the record
    // and the intake as they were.
    auto tx = m_ctx.db().begin();
    FD_TRY(tx);
    IntakeAccepted accepted;
    if (!p.record.patient) {
        auto created = m_patients->create(p.patient);
        FD_TRY(created);
        accepted.patient = created->patient;
        accepted.duplicates = created->duplicates;
    } else if (patientFields(p.patient) == patientFields(*p.record.patient)) {
        accepted.patient = p.patient;
    } else {
        auto updated = m_patients->update(p.patient);
        FD_TRY(updated);
        accepted.patient = updated.value();
    }
    if (p.coverage) {
        p.coverage->patientId = accepted.patient.id;
        Result<Coverage> saved =
            p.ended ? m_coverages->save(*p.ended) : Result<Coverage>(*p.coverage);
        if (saved)
            saved = m_coverages->save(*p.coverage);
        if (!saved)
            return onField(
                makeError(saved.error().code,
                          patientsTr("The insurance could not be saved, so nothing of the "
                                     "intake was applied: %1")
                              .arg(saved.error().message)),
                QStringLiteral("insurance.payer"));
        accepted.coverage = saved.value();
    }
    FD_TRY(markDecided(stored.value(), IntakeStatus::Accepted, accepted.patient.id, {}));
    FD_TRY((*tx)->commit());
    return accepted;
}

Status PatientIntakeService::markDecided(const Stored& stored, IntakeStatus status,
                                         const QString& patientId, const QString& reason)
{
    auto tx = m_ctx.db().beginNestable();
    FD_TRY(tx);
    const QVariantMap fields{{QStringLiteral("status"), intakeStatusId(status)},
                             {QStringLiteral("decided_by"), m_ctx.userId()},
                             {QStringLiteral("decided_at"), timeValue(m_ctx.now())},
                             {QStringLiteral("patient_id"), text(patientId)},
                             {QStringLiteral("reason"), text(reason)}};
    const QString auditPatient = patientId.isEmpty() ? stored.summary.matchedPatientId : patientId;
    FD_TRY(writeAudited(m_ctx, **tx, kTable, stored.summary.id, stored.summary.rowVersion, fields,
                        auditPatient));
    return (*tx)->commit();
}

Status PatientIntakeService::reject(const QString& intakeId, const QString& reason)
{
    FD_TRY(m_ctx.access().require(perm::kEdit));
    if (reason.trimmed().isEmpty())
        return invalidField(patientsTr("Say why the intake is rejected."),
                            QStringLiteral("reason"));
    auto stored = load(intakeId);
    FD_TRY(stored);
    if (stored->summary.status != IntakeStatus::Pending)
        return makeError(ErrorCode::Conflict, patientsTr("Only a pending intake can be rejected."));
    return markDecided(stored.value(), IntakeStatus::Rejected, {}, reason.trimmed());
}

}  // namespace fd::patients
