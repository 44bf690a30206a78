// ReminderService: imported replies (C, R, STOP/START/HELP, anything else for staff) and
// imported gateway status callbacks.
#include "calendar/core/messaging/reminder_service.h"

#include "calendar/core/calendar_permissions.h"
#include "common/uuid.h"
#include "security/audit_actions.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace fd::calendar::messaging {

namespace {

struct ParsedReply
{
    int line = 0;
    InboundSms sms;
};

Error badLine(const QString& file, int line, const QString& what)
{
    return makeError(ErrorCode::InvalidInput,
                     ReminderService::tr("%1 line %2: %3").arg(file).arg(line).arg(what));
}

// RFC 4180 records with the line each starts on (a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};
Result<std::vector<CsvRecord>> csvRecords(const QString& text, const QString& file)
{
    std::vector<CsvRecord> records;
    CsvRecord current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            current.fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            current.fields << field;
            if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
                records.push_back(current);
            ++line;
            current = {line, {}};
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return badLine(file, current.line, ReminderService::tr("a quoted field is not closed"));
    current.fields << field;
    if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
        records.push_back(current);
    return records;
}

// One reply's fields checked: the number in E.164, a text, a time with its zone.
Result<ParsedReply> replyFrom(const QString& file, int line, const QString& from,
                              const QString& body, const QString& receivedAt)
{
    ParsedReply r;
    r.line = line;
    const QString trimmed = from.trimmed();
    r.sms.from = trimmed.startsWith(QLatin1String("+")) && !trimmed.startsWith(QLatin1String("+1"))
                     ? QString()
                     : nanpE164(trimmed);
    if (r.sms.from.isEmpty())
        return badLine(file, line,
                       ReminderService::tr("from \"%1\" is not a US phone number").arg(from));
    r.sms.body = body;
    if (body.trimmed().isEmpty())
        return badLine(file, line, ReminderService::tr("the body is empty"));
    r.sms.receivedAt = QDateTime::fromString(receivedAt.trimmed(), Qt::ISODateWithMs);
    if (!r.sms.receivedAt.isValid() || r.sms.receivedAt.timeSpec() == Qt::LocalTime)
        return badLine(file, line,
                       ReminderService::tr("received_at \"%1\" is not a date and time with its "
                                           "zone (2025-03-14T15:04:05Z or -05:00)")
                           .arg(receivedAt));
    r.sms.receivedAt = r.sms.receivedAt.toUTC();
    return r;
}

Result<std::vector<ParsedReply>> parseReplies(const QByteArray& data, const QString& file)
{
    std::vector<ParsedReply> replies;
    const QByteArray head = data.trimmed().left(1);
    if (head == "[") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (!doc.isArray())
            return makeError(ErrorCode::InvalidInput,
                             ReminderService::tr("%1: not a JSON array of replies (%2 at byte %3)")
                                 .arg(file, error.errorString())
                                 .arg(error.offset));
        const QJsonArray list = doc.array();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject o = list.at(i).toObject();
            auto r = replyFrom(file, int(i + 1), o.value(QStringLiteral("from")).toString(),
                               o.value(QStringLiteral("body")).toString(),
                               o.value(QStringLiteral("received_at")).toString());
            FD_TRY(r);
            replies.push_back(*r);
        }
        return replies;
    }
    auto records = csvRecords(QString::fromUtf8(data), file);
    FD_TRY(records);
    if (records->empty())
        return makeError(ErrorCode::InvalidInput, ReminderService::tr("%1 is empty").arg(file));
    const QStringList header = records->front().fields;
    const auto column = [&](const char* name) {
        return int(header.indexOf(QString::fromLatin1(name)));
    };
    const int from = column("from"), body = column("body"), at = column("received_at");
    if (from < 0 || body < 0 || at < 0)
        return badLine(file, 1,
                       ReminderService::tr("the header must name from, body and received_at"));
    for (size_t i = 1; i < records->size(); ++i) {
        const CsvRecord& rec = (*records)[i];
        if (rec.fields.size() != header.size())
            return badLine(file, rec.line,
                           ReminderService::tr("%1 fields where the header has %2")
                               .arg(rec.fields.size())
                               .arg(header.size()));
        auto r = replyFrom(file, rec.line, rec.fields.at(from), rec.fields.at(body),
                           rec.fields.at(at));
        FD_TRY(r);
        replies.push_back(*r);
    }
    return replies;
}

// A null QString binds as SQL NULL; the replies' text columns are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString fingerprint(const InboundSms& sms)
{
    const QByteArray text =
        (sms.from + QLatin1Char('\n') + toIsoUtc(sms.receivedAt) + QLatin1Char('\n') + sms.body)
            .toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

QString actionName(ReplyAction action)
{
    switch (action) {
        case ReplyAction::ConfirmAppointment:
            return QStringLiteral("confirm");
        case ReplyAction::RequestReschedule:
            return QStringLiteral("reschedule_requested");
        case ReplyAction::OptedOut:
            return QStringLiteral("opted_out");
        case ReplyAction::OptedIn:
            return QStringLiteral("opted_in");
        case ReplyAction::SentHelp:
            return QStringLiteral("help");
        case ReplyAction::StaffInbox:
            return QStringLiteral("staff");
    }
    return {};
}

const QString kReplyColumns = QStringLiteral(
    "id, source_line, from_number, received_at, kind, action, appointment_id, outcome, "
    "auto_reply_status, resolved_at, body");

ReplyRecord replyFromRow(const QSqlQuery& q)
{
    ReplyRecord r;
    r.id = q.value(0).toString();
    r.line = q.value(1).toInt();
    r.from = q.value(2).toString();
    r.receivedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    r.kind = q.value(4).toString();
    r.action = q.value(5).toString();
    r.appointmentId = q.value(6).toString();
    r.outcome = q.value(7).toString();
    r.autoReplyStatus = q.value(8).toString();
    r.resolvedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    r.body = q.value(10).toString();
    return r;
}

}  // namespace

Result<ReplyRecord> ReminderService::applyReply(const InboundSms& sms,
                                                const StoredSettings& stored,
                                                CandidateBuilder& builder)
{
    auto render = renderer();
    FD_TRY(render);
    // The language of the patient the number was last texted for, for the keyword replies.
    Language language = Language::English;
    auto latest = m_log.latestSmsTo(sms.from);
    FD_TRY(latest);
    if (latest->has_value()) {
        auto appointment = m_ctx.appointments->get((*latest)->key.appointmentId);
        if (appointment)
            language = builder.languageOf(appointment->patientId);
    }
    ReplyHandler handler(m_log, **render, builder.practiceName(), builder.practicePhone());
    auto outcome = handler.handle(sms, language);
    FD_TRY(outcome);
    ReplyRecord record;
    record.from = sms.from;
    record.receivedAt = sms.receivedAt;
    record.body = sms.body;
    record.kind = replyKindName(outcome->kind);
    record.action = actionName(outcome->action);
    record.appointmentId = outcome->appointmentId;
    switch (outcome->action) {
        case ReplyAction::ConfirmAppointment: {
            auto appointment = m_ctx.appointments->get(outcome->appointmentId);
            FD_TRY(appointment);
            if (appointment->status == AppointmentStatus::Scheduled) {
                auto confirmed = m_ctx.appointments->setStatus(
                    appointment->id, appointment->rowVersion, AppointmentStatus::Confirmed);
                FD_TRY(confirmed);
                record.outcome = QStringLiteral("confirmed");
            } else if (holdsTime(appointment->status)) {
                record.outcome = QStringLiteral("already_confirmed");
            } else {
                // A cancelled appointment cannot be confirmed by a text: a person looks.
                record.action = actionName(ReplyAction::StaffInbox);
                record.outcome = QStringLiteral("appointment_%1").arg(statusId(appointment->status));
            }
            break;
        }
        case ReplyAction::RequestReschedule:
            record.outcome = QStringLiteral("open");
            break;
        case ReplyAction::StaffInbox:
            record.outcome = outcome->kind == ReplyKind::Other
                                 ? QStringLiteral("not_a_keyword")
                                 : QStringLiteral("no_matching_reminder");
            break;
        default:
            record.outcome = record.action;
            break;
    }
    if (!outcome->autoReply.isEmpty()) {
        if (!stored.settings.smsEnabled || stored.secrets.smsAuthToken.isEmpty()) {
            record.autoReplyStatus = QStringLiteral("not_configured");
        } else {
            auto sent = sendSms(stored, {sms.from, outcome->autoReply});
            record.autoReplyStatus = sent ? QStringLiteral("sent") : QStringLiteral("failed");
        }
    }
    return record;
}

Result<ReplyImportReport> ReminderService::importReplies(const QString& path)
{
    FD_TRY(m_ctx.access->require(perm::kRemindersSend));
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    auto parsed = parseReplies(file.readAll(), name);
    FD_TRY(parsed);  // a bad line changes nothing
    auto stored = loadSettings();
    FD_TRY(stored);
    CandidateBuilder builder(m_ctx.practice);
    FD_TRY(builder.load());
    ReplyImportReport report;
    for (const ParsedReply& p : *parsed) {
        ++report.read;
        const QString print = fingerprint(p.sms);
        auto existing = storage::exec(
            m_ctx.db.connection(),
            QStringLiteral("SELECT %1 FROM reminder_replies WHERE fingerprint = ?").arg(kReplyColumns),
            {print});
        FD_TRY(existing);
        if (existing->next()) {
            ReplyRecord r = replyFromRow(*existing);
            r.line = p.line;
            r.alreadyImported = true;
            ++report.alreadyImported;
            report.replies.push_back(r);
            continue;
        }
        // Confirmations go through the appointment service, with its permission.
        if (classifyReply(p.sms.body) == ReplyKind::Confirm)
            FD_TRY(m_ctx.access->require(calendar::perm::kFlow));
        auto record = applyReply(p.sms, *stored, builder);
        FD_TRY(record);
        record->id = newUuid();
        record->line = p.line;
        auto inserted = storage::exec(
            m_ctx.db.connection(),
            QStringLiteral("INSERT INTO reminder_replies (id, fingerprint, from_number, body, "
                           "received_at, kind, action, appointment_id, outcome, "
                           "auto_reply_status, source, source_line, imported_at, imported_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {record->id, print, record->from, record->body, toIsoUtc(record->receivedAt),
             record->kind, record->action, text(record->appointmentId), text(record->outcome),
             text(record->autoReplyStatus), text(name), p.line, toIsoUtc(m_ctx.clock->nowUtc()),
             text(m_ctx.access->currentUser().id)});
        FD_TRY(inserted);
        ++report.imported;
        if (record->action == QLatin1String("staff"))
            report.unmatched << tr("line %1: %2 (%3)").arg(p.line).arg(record->outcome,
                                                                       record->kind);
        report.replies.push_back(*record);
    }
    security::AuditRecord audit;
    audit.action = security::audit::kCreate;
    audit.entity = QStringLiteral("reminder_replies");
    audit.details = {{QStringLiteral("file"), name},
                     {QStringLiteral("read"), report.read},
                     {QStringLiteral("imported"), report.imported},
                     {QStringLiteral("already_imported"), report.alreadyImported}};
    FD_TRY(m_ctx.audit->record(audit));
    return report;
}

Result<StatusImportReport> ReminderService::importStatusCallbacks(const QString& path)
{
    FD_TRY(m_ctx.access->require(perm::kRemindersSend));
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isArray())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1: not a JSON array of status callbacks (%2 at byte %3)")
                             .arg(name, error.errorString())
                             .arg(error.offset));
    auto stored = loadSettings();
    FD_TRY(stored);
    const SecureBytes& key = stored->secrets.callbackSecret.isEmpty()
                                 ? stored->secrets.smsAuthToken
                                 : stored->secrets.callbackSecret;
    if (key.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Status callbacks cannot be checked: neither the callback secret nor "
                            "the SMS auth token is set"));
    StatusImportReport report;
    const QJsonArray list = doc.array();
    const QDateTime now = m_ctx.clock->nowUtc();
    for (qsizetype i = 0; i < list.size(); ++i) {
        ++report.read;
        const QJsonObject o = list.at(i).toObject();
        auto status = verifiedDeliveryStatus(
            o.value(QStringLiteral("url")).toString(),
            o.value(QStringLiteral("body")).toString().toUtf8(),
            o.value(QStringLiteral("signature")).toString().toLatin1(), key);
        if (!status) {
            report.problems << tr("%1 entry %2: %3").arg(name).arg(i + 1).arg(status.error().message);
            continue;
        }
        auto applied = m_log.applyDeliveryStatus(*status, now);
        if (!applied) {
            report.problems << tr("%1 entry %2: %3").arg(name).arg(i + 1).arg(applied.error().message);
            continue;
        }
        if (*applied)
            ++report.updated;
        else
            ++report.unknown;
    }
    return report;
}

Result<std::vector<ReplyRecord>> ReminderService::openReplies(bool includeResolved)
{
    FD_TRY(m_ctx.access->require(perm::kMessagesView));
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral("SELECT %1 FROM reminder_replies WHERE action IN "
                       "('reschedule_requested', 'staff')%2 ORDER BY received_at DESC LIMIT 1000")
            .arg(kReplyColumns,
                 includeResolved ? QString() : QStringLiteral(" AND resolved_at = ''")));
    FD_TRY(q);
    std::vector<ReplyRecord> list;
    while (q->next())
        list.push_back(replyFromRow(*q));
    return list;
}

Status ReminderService::resolveReply(const QString& replyId)
{
    FD_TRY(m_ctx.access->require(perm::kRemindersSend));
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("UPDATE reminder_replies SET resolved_at = ?, "
                                          "resolved_by = ? WHERE id = ? AND resolved_at = ''"),
                           {toIsoUtc(m_ctx.clock->nowUtc()), m_ctx.access->currentUser().id,
                            replyId});
    FD_TRY(q);
    if (q->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound,
                         tr("No open reply has the id %1").arg(replyId));
    security::AuditRecord audit;
    audit.action = security::audit::kUpdate;
    audit.entity = QStringLiteral("reminder_replies");
    audit.entityId = replyId;
    audit.details = {{QStringLiteral("resolved_at"), QString()}};
    return m_ctx.audit->record(audit);
}

}  // namespace fd::calendar::messaging
