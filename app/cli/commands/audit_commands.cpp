// frontdeskctl audit verify|list|export
#include "command.h"
#include "practice_access.h"

#include "admin/core/audit_export.h"
#include "common/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::cli", text);
}

QJsonObject entryJson(const security::AuditEntry& e)
{
    return {{QStringLiteral("seq"), double(e.seq)},
            {QStringLiteral("at"), toIsoUtc(e.at)},
            {QStringLiteral("user_id"), e.userId},
            {QStringLiteral("username"), e.username},
            {QStringLiteral("role"), e.role},
            {QStringLiteral("workstation"), e.workstation},
            {QStringLiteral("action"), e.record.action},
            {QStringLiteral("outcome"), e.record.outcome},
            {QStringLiteral("patient_id"), e.record.patientId},
            {QStringLiteral("entity"), e.record.entity},
            {QStringLiteral("entity_id"), e.record.entityId},
            {QStringLiteral("details"), e.record.details},
            {QStringLiteral("digest"), QString::fromLatin1(e.digest)}};
}

// Accepts 2026-11-26 (start of that day, UTC) or a full ISO 8601 instant.
Result<QDateTime> parseInstant(const QString& text, const QString& option)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid())
        return makeError(ErrorCode::InvalidInput, tr("--%1: not a date or ISO 8601 time: \"%2\"").arg(option, text));
    return t.toUTC();
}

int runVerify(CommandContext& ctx)
{
    int status = kExitOk;
    auto open = openPractice(ctx, &status);
    if (!open)
        return status;
    auto result = open->session->audit().verify();
    if (!result)
        return ctx.fail(result.error());
    const auto& v = result.value();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("intact"), v.intact},
                                  {QStringLiteral("entries_checked"), double(v.entriesChecked)},
                                  {QStringLiteral("checkpoints_checked"), double(v.checkpointsChecked)},
                                  {QStringLiteral("first_bad_seq"), double(v.firstBadSeq)},
                                  {QStringLiteral("problem"), v.problem},
                                  {QStringLiteral("unprotected_tail"), double(v.unprotectedTail)}});
    } else if (v.intact) {
        ctx.out() << tr("Audit trail intact: %1 entries, %2 checkpoints (%3 entries after the last checkpoint are "
                        "protected by the hash chain alone).\n")
                         .arg(v.entriesChecked)
                         .arg(v.checkpointsChecked)
                         .arg(v.unprotectedTail);
    } else {
        ctx.out() << tr("AUDIT TRAIL TAMPERED: first bad entry #%1: %2\n").arg(v.firstBadSeq).arg(v.problem);
    }
    // Verifying logs out, which appends and checkpoints; the verdict is about what was read.
    if (auto out = open->session->logout(); !out)
        return ctx.fail(out.error());
    return v.intact ? kExitOk : kExitProblems;
}

// --patient, --user, --action, --from, --to; a usage error's message, or nothing.
QString readFilter(CommandContext& ctx, security::AuditFilter* filter)
{
    filter->patientId = ctx.value(QStringLiteral("patient"));
    filter->username = ctx.value(QStringLiteral("user"));
    filter->action = ctx.value(QStringLiteral("action"));
    for (const auto& [option, target] : {std::pair{QStringLiteral("from"), &filter->from},
                                         std::pair{QStringLiteral("to"), &filter->to}}) {
        if (!ctx.has(option))
            continue;
        auto t = parseInstant(ctx.value(option), option);
        if (!t)
            return t.error().message;
        *target = t.value();
    }
    return {};
}

int runList(CommandContext& ctx)
{
    security::AuditFilter filter;
    if (const QString bad = readFilter(ctx, &filter); !bad.isEmpty())
        return ctx.usageError(bad);
    filter.limit = ctx.value(QStringLiteral("limit"), QStringLiteral("100")).toInt();
    if (filter.limit <= 0)
        return ctx.usageError(tr("--limit must be a positive number"));
    int status = kExitOk;
    auto open = openPractice(ctx, &status);
    if (!open)
        return status;
    auto entries = open->session->audit().list(filter);
    if (!entries)
        return ctx.fail(entries.error());
    if (ctx.json()) {
        QJsonArray rows;
        for (const auto& e : entries.value())
            rows.append(entryJson(e));
        ctx.printJson(rows);
    } else {
        for (const auto& e : entries.value()) {
            ctx.out() << QString::number(e.seq).rightJustified(7) << "  " << toIsoUtc(e.at) << "  "
                      << e.username.leftJustified(14) << e.record.action.leftJustified(18)
                      << e.record.outcome.leftJustified(9) << e.record.entity;
            if (!e.record.entityId.isEmpty())
                ctx.out() << ' ' << e.record.entityId;
            if (!e.record.patientId.isEmpty())
                ctx.out() << tr(" patient %1").arg(e.record.patientId);
            ctx.out() << '\n';
        }
    }
    if (auto out = open->session->logout(); !out)
        return ctx.fail(out.error());
    return kExitOk;
}

int runExport(CommandContext& ctx)
{
    security::AuditFilter filter;
    if (const QString bad = readFilter(ctx, &filter); !bad.isEmpty())
        return ctx.usageError(bad);
    const QString format = ctx.value(QStringLiteral("format"), QStringLiteral("csv"));
    if (format != QStringLiteral("csv") && format != QStringLiteral("fhir"))
        return ctx.usageError(tr("--format must be csv or fhir, not \"%1\"").arg(format));
    const QString out = ctx.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usageError(tr("--out FILE is required"));
    int status = kExitOk;
    auto open = openPractice(ctx, &status);
    if (!open)
        return status;
    auto& session = *open->session;
    filter.newestFirst = false;
    auto written = format == QStringLiteral("csv")
                       ? admin::exportAuditCsvFile(session.access(), session.audit(), filter, out,
                                                   QJsonObject{{QStringLiteral("via"), QStringLiteral("frontdeskctl")}})
                       : admin::exportAuditFhirFile(session.access(), session.audit(), filter, out);
    if (!written) {
        (void)open->session->logout();  // the failure is what the user must see
        return ctx.fail(written.error());
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("exported"), double(written.value())},
                                  {QStringLiteral("format"), format},
                                  {QStringLiteral("out"), out}});
    else
        ctx.out() << tr("%1 audit entries written to %2\n").arg(written.value()).arg(out);
    if (auto loggedOut = open->session->logout(); !loggedOut)
        return ctx.fail(loggedOut.error());
    return kExitOk;
}

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("audit"), QStringLiteral("verify")},
                             QStringLiteral("check the audit trail's hash chain against the checkpoints (exit 3 if tampered)"),
                             QStringLiteral("--db PATH [--json]"), practiceOptions(), 0, 0, runVerify}));
FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("audit"), QStringLiteral("list")},
    QStringLiteral("list audit entries, newest first"),
    QStringLiteral("--db PATH [--patient ID] [--user USER] [--action A] [--from T] [--to T] [--limit N]"),
    practiceOptions({{QStringLiteral("patient"), QStringLiteral("ID"), QStringLiteral("entries about this patient")},
                     {QStringLiteral("user"), QStringLiteral("USER"), QStringLiteral("entries by this user")},
                     {QStringLiteral("action"), QStringLiteral("A"), QStringLiteral("login, read, update, break_glass, ...")},
                     {QStringLiteral("from"), QStringLiteral("T"), QStringLiteral("from this date or ISO time (UTC)")},
                     {QStringLiteral("to"), QStringLiteral("T"), QStringLiteral("before this date or ISO time (UTC)")},
                     {QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N entries (default 100)")}},
                    false),
    0, 0, runList}));
FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("audit"), QStringLiteral("export")},
    QStringLiteral("export audit entries, oldest first, as CSV or as a FHIR R4 Bundle of AuditEvents"),
    QStringLiteral("--db PATH --out FILE [--format csv|fhir] [--patient ID] [--user USER] [--action A] [--from T] [--to T]"),
    practiceOptions({{QStringLiteral("out"), QStringLiteral("FILE"), QStringLiteral("the file to write")},
                     {QStringLiteral("format"), QStringLiteral("F"), QStringLiteral("csv (default) or fhir")},
                     {QStringLiteral("patient"), QStringLiteral("ID"), QStringLiteral("entries about this patient")},
                     {QStringLiteral("user"), QStringLiteral("USER"), QStringLiteral("entries by this user")},
                     {QStringLiteral("action"), QStringLiteral("A"), QStringLiteral("login, read, update, break_glass, ...")},
                     {QStringLiteral("from"), QStringLiteral("T"), QStringLiteral("from this date or ISO time (UTC)")},
                     {QStringLiteral("to"), QStringLiteral("T"), QStringLiteral("before this date or ISO time (UTC)")}},
                    false),
    0, 0, runExport}));

}  // namespace
}  // namespace fd::cli
