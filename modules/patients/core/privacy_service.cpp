#include "patients/core/privacy_service.h"

#include "patients/core/patient_validation.h"
#include "patients/core/patients_permissions.h"
#include "practice/core/practice_profile_service.h"

namespace fd::patients {

namespace {

constexpr qint64 kMaxDocumentBytes = 20 * 1024 * 1024;

QStringList listFrom(const QVariant& v)
{
    return v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString orEmpty(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

}  // namespace

Result<PrivacyChoices> PrivacyService::choices(const QString& patientId)
{
    FD_TRY(checkPatientAccess(m_ctx, patientId));
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT id, row_version, use_home_address, alt_line1, alt_line2, alt_city, "
                                          "alt_state, alt_zip, allowed_phone_types, voicemail_allowed, email_allowed, "
                                          "allowed_channels, notes, recorded_by, recorded_at FROM patient_privacy "
                                          "WHERE patient_id = ? AND deleted = 0"),
                           {patientId});
    FD_TRY(q);
    PrivacyChoices c;
    c.patientId = patientId;
    if (q->next()) {
        c.rowVersion = q->value(1).toLongLong();
        c.useHomeAddress = q->value(2).toInt() != 0;
        c.alternateAddress = practice::addressFromRow(q.value(), 3);
        c.allowedPhoneTypes = listFrom(q->value(8));
        c.voicemailAllowed = q->value(9).toInt() != 0;
        c.emailAllowed = q->value(10).toInt() != 0;
        c.allowedChannels = listFrom(q->value(11));
        c.notes = q->value(12).toString();
        c.recordedBy = q->value(13).toString();
        c.recordedAt = QDateTime::fromString(q->value(14).toString(), Qt::ISODateWithMs);
    }
    FD_TRY(auditRead(m_ctx, patientId, QStringLiteral("patient_privacy"), patientId));
    return c;
}

Result<PrivacyChoices> PrivacyService::saveChoices(const PrivacyChoices& c)
{
    FD_TRY(checkPatientEdit(m_ctx, c.patientId));
    FD_TRY(validatePrivacyChoices(c));
    auto existing = storage::exec(m_ctx.db().connection(),
                                  QStringLiteral("SELECT id FROM patient_privacy WHERE patient_id = ? AND deleted = 0"),
                                  {c.patientId});
    FD_TRY(existing);
    const QString id = existing->next() ? existing->value(0).toString() : QString();
    QVariantMap fields{{QStringLiteral("patient_id"), c.patientId},
                       {QStringLiteral("use_home_address"), c.useHomeAddress ? 1 : 0},
                       {QStringLiteral("allowed_phone_types"), c.allowedPhoneTypes.join(QLatin1Char(','))},
                       {QStringLiteral("voicemail_allowed"), c.voicemailAllowed ? 1 : 0},
                       {QStringLiteral("email_allowed"), c.emailAllowed ? 1 : 0},
                       {QStringLiteral("allowed_channels"), c.allowedChannels.join(QLatin1Char(','))},
                       {QStringLiteral("notes"), orEmpty(c.notes)},
                       {QStringLiteral("recorded_by"), m_ctx.userId()},
                       {QStringLiteral("recorded_at"), toIsoUtc(m_ctx.now())}};
    fields.insert(practice::addressColumns(QStringLiteral("alt_"), c.alternateAddress));
    auto tx = m_ctx.db().begin();
    FD_TRY(tx);
    FD_TRY(writeAudited(m_ctx, **tx, QStringLiteral("patient_privacy"), id, c.rowVersion, fields, c.patientId));
    FD_TRY((*tx)->commit());
    return choices(c.patientId);
}

Result<std::vector<PrivacyRestriction>> PrivacyService::loadRestrictions(const QString& where, const QVariantList& binds)
{
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT id, row_version, patient_id, kind, description, service_codes, "
                                          "from_date, to_date, recorded_by, recorded_at FROM patient_restrictions "
                                          "WHERE deleted = 0 AND %1 ORDER BY from_date, recorded_at")
                               .arg(where),
                           binds);
    FD_TRY(q);
    std::vector<PrivacyRestriction> list;
    while (q->next()) {
        PrivacyRestriction r;
        r.id = q->value(0).toString();
        r.rowVersion = q->value(1).toLongLong();
        r.patientId = q->value(2).toString();
        r.kind = q->value(3).toString();
        r.description = q->value(4).toString();
        r.serviceCodes = listFrom(q->value(5));
        r.from = dateFrom(q->value(6));
        r.to = dateFrom(q->value(7));
        r.recordedBy = q->value(8).toString();
        r.recordedAt = QDateTime::fromString(q->value(9).toString(), Qt::ISODateWithMs);
        list.push_back(r);
    }
    return list;
}

Result<PrivacyRestriction> PrivacyService::addRestriction(const PrivacyRestriction& r)
{
    FD_TRY(checkPatientEdit(m_ctx, r.patientId));
    if (!r.id.isEmpty())
        return invalidField(patientsTr("A restriction is recorded once; end it and record a new one to change it."),
                            QStringLiteral("id"));
    FD_TRY(validateRestriction(r));
    auto tx = m_ctx.db().begin();
    FD_TRY(tx);
    auto id = writeAudited(m_ctx, **tx, QStringLiteral("patient_restrictions"), {}, 0,
                           {{QStringLiteral("patient_id"), r.patientId},
                            {QStringLiteral("kind"), r.kind},
                            {QStringLiteral("description"), r.description.trimmed()},
                            {QStringLiteral("service_codes"), r.serviceCodes.join(QLatin1Char(','))},
                            {QStringLiteral("from_date"), dateValue(r.from)},
                            {QStringLiteral("to_date"), dateValue(r.to)},
                            {QStringLiteral("recorded_by"), m_ctx.userId()},
                            {QStringLiteral("recorded_at"), toIsoUtc(m_ctx.now())}},
                           r.patientId);
    FD_TRY(id);
    FD_TRY((*tx)->commit());
    auto saved = loadRestrictions(QStringLiteral("id = ?"), {id.value()});
    FD_TRY(saved);
    return saved->front();
}

Status PrivacyService::endRestriction(const QString& restrictionId, const QDate& lastDay)
{
    auto found = loadRestrictions(QStringLiteral("id = ?"), {restrictionId});
    FD_TRY(found);
    if (found->empty())
        return makeError(ErrorCode::NotFound, patientsTr("No restriction %1.").arg(restrictionId));
    const PrivacyRestriction& r = found->front();
    FD_TRY(checkPatientEdit(m_ctx, r.patientId));
    if (!lastDay.isValid() || lastDay < r.from)
        return invalidField(patientsTr("A restriction cannot end before it starts (%1).").arg(r.from.toString(Qt::ISODate)),
                            QStringLiteral("to"));
    auto tx = m_ctx.db().begin();
    FD_TRY(tx);
    FD_TRY(writeAudited(m_ctx, **tx, QStringLiteral("patient_restrictions"), r.id, r.rowVersion,
                        {{QStringLiteral("to_date"), dateValue(lastDay)}}, r.patientId));
    return (*tx)->commit();
}

Result<std::vector<PrivacyRestriction>> PrivacyService::restrictions(const QString& patientId)
{
    FD_TRY(checkPatientAccess(m_ctx, patientId));
    auto list = loadRestrictions(QStringLiteral("patient_id = ?"), {patientId});
    FD_TRY(list);
    FD_TRY(auditRead(m_ctx, patientId, QStringLiteral("patient_restrictions"), patientId));
    return list;
}

Result<std::vector<PrivacyRestriction>> PrivacyService::restrictionsOn(const QString& patientId, const QDate& day)
{
    auto all = restrictions(patientId);
    FD_TRY(all);
    std::vector<PrivacyRestriction> active;
    for (const PrivacyRestriction& r : all.value())
        if (r.activeOn(day))
            active.push_back(r);
    return active;
}

Result<std::vector<AmendmentEntry>> PrivacyService::loadAmendments(const QString& where, const QVariantList& binds)
{
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT id, patient_id, request_id, kind, field, text, recorded_by, recorded_at "
                                          "FROM patient_amendments WHERE deleted = 0 AND %1 ORDER BY recorded_at, rowid")
                               .arg(where),
                           binds);
    FD_TRY(q);
    std::vector<AmendmentEntry> list;
    while (q->next())
        list.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                        q->value(4).toString(), q->value(5).toString(), q->value(6).toString(),
                        QDateTime::fromString(q->value(7).toString(), Qt::ISODateWithMs)});
    return list;
}

Result<AmendmentEntry> PrivacyService::append(const QString& patientId, const QString& requestId, const QString& kind,
                                              const QString& field, const QString& text)
{
    auto tx = m_ctx.db().begin();
    FD_TRY(tx);
    auto id = writeAudited(m_ctx, **tx, QStringLiteral("patient_amendments"), {}, 0,
                           {{QStringLiteral("patient_id"), patientId},
                            {QStringLiteral("request_id"), orEmpty(requestId)},
                            {QStringLiteral("kind"), kind},
                            {QStringLiteral("field"), orEmpty(field)},
                            {QStringLiteral("text"), text.trimmed()},
                            {QStringLiteral("recorded_by"), m_ctx.userId()},
                            {QStringLiteral("recorded_at"), toIsoUtc(m_ctx.now())}},
                           patientId);
    FD_TRY(id);
    FD_TRY((*tx)->commit());
    auto saved = loadAmendments(QStringLiteral("id = ?"), {id.value()});
    FD_TRY(saved);
    return saved->front();
}

Result<AmendmentEntry> PrivacyService::requestAmendment(const QString& patientId, const QString& field,
                                                        const QString& requestedChange)
{
    FD_TRY(checkPatientEdit(m_ctx, patientId));
    if (field.trimmed().isEmpty())
        return invalidField(patientsTr("An amendment request names what it is about."), QStringLiteral("field"));
    if (requestedChange.trimmed().isEmpty())
        return invalidField(patientsTr("An amendment request says what should change."), QStringLiteral("text"));
    return append(patientId, {}, QStringLiteral("request"), field.trimmed(), requestedChange);
}

Result<AmendmentEntry> PrivacyService::decideAmendment(const QString& requestId, bool accepted, const QString& text)
{
    auto request = loadAmendments(QStringLiteral("id = ? AND kind = 'request'"), {requestId});
    FD_TRY(request);
    if (request->empty())
        return makeError(ErrorCode::NotFound, patientsTr("No amendment request %1.").arg(requestId));
    const AmendmentEntry& r = request->front();
    FD_TRY(checkPatientEdit(m_ctx, r.patientId));
    auto decided = loadAmendments(QStringLiteral("request_id = ? AND kind IN ('accepted', 'denied')"), {requestId});
    FD_TRY(decided);
    if (!decided->empty())
        return makeError(ErrorCode::Conflict, patientsTr("The amendment request was already %1 on %2.")
                                                  .arg(decided->front().kind,
                                                       decided->front().recordedAt.date().toString(Qt::ISODate)));
    if (!accepted && text.trimmed().isEmpty())
        return invalidField(patientsTr("A denial needs its reason."), QStringLiteral("text"));
    return append(r.patientId, requestId, accepted ? QStringLiteral("accepted") : QStringLiteral("denied"), r.field, text);
}

Result<AmendmentEntry> PrivacyService::addDisagreement(const QString& requestId, const QString& statement)
{
    auto denial = loadAmendments(QStringLiteral("request_id = ? AND kind = 'denied'"), {requestId});
    FD_TRY(denial);
    if (denial->empty())
        return invalidField(patientsTr("A statement of disagreement answers a denied request."),
                            QStringLiteral("request_id"));
    FD_TRY(checkPatientEdit(m_ctx, denial->front().patientId));
    if (statement.trimmed().isEmpty())
        return invalidField(patientsTr("The statement of disagreement is empty."), QStringLiteral("text"));
    return append(denial->front().patientId, requestId, QStringLiteral("disagreement"), denial->front().field, statement);
}

Result<std::vector<AmendmentEntry>> PrivacyService::amendments(const QString& patientId)
{
    FD_TRY(checkPatientAccess(m_ctx, patientId));
    auto list = loadAmendments(QStringLiteral("patient_id = ?"), {patientId});
    FD_TRY(list);
    FD_TRY(auditRead(m_ctx, patientId, QStringLiteral("patient_amendments"), patientId));
    return list;
}

// --- documents

Result<std::vector<PatientDocument>> DocumentService::load(const QString& where, const QVariantList& binds)
{
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT id, row_version, patient_id, title, kind, file_name, mime_type, size, "
                                          "added_by, added_at FROM patient_documents WHERE deleted = 0 AND %1 "
                                          "ORDER BY added_at DESC, title")
                               .arg(where),
                           binds);
    FD_TRY(q);
    std::vector<PatientDocument> list;
    while (q->next())
        list.push_back({q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                        q->value(4).toString(), q->value(5).toString(), q->value(6).toString(),
                        q->value(7).toLongLong(), q->value(8).toString(),
                        QDateTime::fromString(q->value(9).toString(), Qt::ISODateWithMs)});
    return list;
}

Result<PatientDocument> DocumentService::add(const QString& patientId, const QString& title, const QString& kind,
                                             const QString& fileName, const QByteArray& content)
{
    FD_TRY(checkPatientEdit(m_ctx, patientId));
    if (title.trimmed().isEmpty())
        return invalidField(patientsTr("A document needs a title."), QStringLiteral("title"));
    if (!documentKinds().contains(kind))
        return invalidField(patientsTr("The document kind \"%1\" must be one of %2.")
                                .arg(kind, documentKinds().join(QStringLiteral(", "))),
                            QStringLiteral("kind"));
    const QString mime = sniffMimeType(content);
    if (mime.isEmpty())
        return invalidField(patientsTr("%1 is not a PDF, PNG, JPEG or TIFF file.").arg(fileName), QStringLiteral("content"));
    if (content.size() > kMaxDocumentBytes)
        return invalidField(patientsTr("%1 is larger than 20 MiB.").arg(fileName), QStringLiteral("content"));
    auto tx = m_ctx.db().begin();
    FD_TRY(tx);
    auto id = writeAudited(m_ctx, **tx, QStringLiteral("patient_documents"), {}, 0,
                           {{QStringLiteral("patient_id"), patientId},
                            {QStringLiteral("title"), title.trimmed()},
                            {QStringLiteral("kind"), kind},
                            {QStringLiteral("file_name"), orEmpty(fileName)},
                            {QStringLiteral("mime_type"), mime},
                            {QStringLiteral("size"), qint64(content.size())},
                            {QStringLiteral("content"), content},
                            {QStringLiteral("added_by"), m_ctx.userId()},
                            {QStringLiteral("added_at"), toIsoUtc(m_ctx.now())}},
                           patientId);
    FD_TRY(id);
    FD_TRY((*tx)->commit());
    auto saved = load(QStringLiteral("id = ?"), {id.value()});
    FD_TRY(saved);
    return saved->front();
}

Result<std::vector<PatientDocument>> DocumentService::list(const QString& patientId)
{
    FD_TRY(checkPatientAccess(m_ctx, patientId));
    auto list = load(QStringLiteral("patient_id = ?"), {patientId});
    FD_TRY(list);
    FD_TRY(auditRead(m_ctx, patientId, QStringLiteral("patient_documents"), patientId));
    return list;
}

Result<QByteArray> DocumentService::content(const QString& documentId)
{
    FD_TRY(m_ctx.access().require(perm::kRead));
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT patient_id, content FROM patient_documents WHERE id = ? AND deleted = 0"),
                           {documentId});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, patientsTr("No document %1.").arg(documentId));
    const QString patientId = q->value(0).toString();
    FD_TRY(checkPatientAccess(m_ctx, patientId));
    FD_TRY(auditRead(m_ctx, patientId, QStringLiteral("patient_documents"), documentId));
    return q->value(1).toByteArray();
}

Status DocumentService::remove(const QString& documentId, qint64 rowVersion)
{
    auto found = load(QStringLiteral("id = ?"), {documentId});
    FD_TRY(found);
    if (found->empty())
        return makeError(ErrorCode::NotFound, patientsTr("No document %1.").arg(documentId));
    FD_TRY(checkPatientEdit(m_ctx, found->front().patientId));
    auto tx = m_ctx.db().begin();
    FD_TRY(tx);
    FD_TRY(removeAudited(m_ctx, **tx, QStringLiteral("patient_documents"), documentId, rowVersion,
                         found->front().patientId));
    return (*tx)->commit();
}

}  // namespace fd::patients
