// frontdeskctl acks import, claims rejections|resolve|status-request (docs/ACKNOWLEDGMENTS.md)
#include "practice_cli_support.h"

#include "billing/core/ack_service.h"
#include "billing/core/billing.h"
#include "billing/core/submission.h"
#include "common/atomic_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace fd::cli {
namespace {

using namespace practice_cli;

QJsonArray linesJson(const std::vector<billing::PayerLineStatus>& lines)
{
    QJsonArray out;
    for (const auto& l : lines)
        out.append(QJsonObject{{QStringLiteral("line_number"), l.lineNumber},
                               {QStringLiteral("claim_line_id"), l.claimLineId},
                               {QStringLiteral("procedure"), l.procedure},
                               {QStringLiteral("charge"), l.charge ? l.charge->toDecimalString() : QString()},
                               {QStringLiteral("paid"), l.paid ? l.paid->toDecimalString() : QString()},
                               {QStringLiteral("code"), QStringList{l.category, l.status, l.entity}.join(QLatin1Char(':'))},
                               {QStringLiteral("meaning"), l.meaning},
                               {QStringLiteral("service_from"), l.serviceFrom.toString(Qt::ISODate)},
                               {QStringLiteral("service_to"), l.serviceTo.toString(Qt::ISODate)},
                               {QStringLiteral("line_control"), l.lineControlNumber}});
    return out;
}

QJsonObject importJson(const QString& path, const billing::AckImportResult& r)
{
    QStringList kinds;
    for (billing::AckKind k : r.kinds)
        kinds << billing::ackKindId(k);
    QJsonArray batches;
    for (const auto& b : r.batches)
        batches.append(QJsonObject{{QStringLiteral("batch_id"), b.batchId},
                                   {QStringLiteral("interchange_control"), b.interchangeControlNumber},
                                   {QStringLiteral("group_control"), b.groupControlNumber},
                                   {QStringLiteral("status"), b.status},
                                   {QStringLiteral("detail"), b.detail}});
    QJsonArray claims;
    for (const auto& c : r.claims)
        claims.append(QJsonObject{{QStringLiteral("claim_id"), c.claimId},
                                  {QStringLiteral("claim_number"), c.claimNumber},
                                  {QStringLiteral("from_status"), c.fromStatus},
                                  {QStringLiteral("status"), c.toStatus},
                                  {QStringLiteral("code"), c.code},
                                  {QStringLiteral("meaning"), c.meaning},
                                  {QStringLiteral("payer_claim_number"), c.payerClaimNumber},
                                  {QStringLiteral("segment"), c.segment},
                                  {QStringLiteral("lines"), linesJson(c.lines)}});
    return {{QStringLiteral("file"), path},
            {QStringLiteral("kinds"), QJsonArray::fromStringList(kinds)},
            {QStringLiteral("already_imported"), r.alreadyImported},
            {QStringLiteral("imported_at"), r.importedAt.toString(Qt::ISODate)},
            {QStringLiteral("batches"), batches},
            {QStringLiteral("claims"), claims},
            {QStringLiteral("rejections"), r.rejections}};
}

void printImport(CommandContext& ctx, const QString& path, const billing::AckImportResult& r)
{
    QStringList kinds;
    for (billing::AckKind k : r.kinds)
        kinds << billing::ackKindId(k);
    if (r.alreadyImported) {
        ctx.out() << tr("%1: %2 already imported on %3; nothing changed.\n")
                         .arg(path, kinds.join(QLatin1Char(',')), r.importedAt.toString(Qt::ISODate));
        return;
    }
    for (const auto& b : r.batches)
        ctx.out() << tr("%1: batch %2 (group %3) %4: %5\n")
                         .arg(path)
                         .arg(b.interchangeControlNumber)
                         .arg(b.groupControlNumber)
                         .arg(b.status, b.detail);
    for (const auto& c : r.claims) {
        ctx.out() << tr("%1: claim %2 %3%4: %5 %6\n")
                         .arg(path, c.claimNumber, c.fromStatus,
                              c.toStatus == c.fromStatus ? QString() : QStringLiteral(" -> ") + c.toStatus, c.code,
                              c.meaning);
        for (const auto& l : c.lines)
            ctx.out() << tr("%1:   %2\n").arg(path, l.toText());
    }
    ctx.out() << tr("%1: %2 imported, %3 claim(s), %4 rejection(s) queued\n")
                     .arg(path, kinds.join(QLatin1Char(',')))
                     .arg(r.claims.size())
                     .arg(r.rejections);
}

int runAcksImport(CommandContext& ctx)
{
    const bool fetch = ctx.flag(QStringLiteral("fetch"));
    const bool fetched = fetch || ctx.flag(QStringLiteral("fetched"));
    if (ctx.positional().isEmpty() == !fetched)
        return ctx.usageError(tr("give the files to import, or --fetch or --fetched"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto acks = p.registry.get<billing::IAckImport>();
        QJsonArray results;
        if (fetch) {
            // Downloads what the clearinghouse's acknowledgment directory holds that was not
            // fetched before; the import below takes those and any fetched earlier.
            auto got = p.registry.get<billing::IClearinghouse>()->fetchAcknowledgments();
            if (!got)
                return failWith(ctx, got.error());
            if (!ctx.json())
                ctx.out() << QCoreApplication::translate(
                    "fd::cli", "Fetched %n new acknowledgment file(s) from the clearinghouse.\n", nullptr,
                    int(got->size()));
        }
        int refused = 0;
        if (fetched) {
            // Each file is applied and marked in one transaction; a refused one is reported,
            // stays fetched (kept in the encrypted database) and does not stop the others.
            auto imported = acks->importFetched();
            if (!imported)
                return failWith(ctx, imported.error());
            for (const auto& r : imported.value()) {
                if (!r.error.isEmpty()) {
                    ++refused;
                    if (ctx.json())
                        results.append(QJsonObject{{QStringLiteral("file"), r.fileName},
                                                   {QStringLiteral("fetched_file_id"), r.fileId},
                                                   {QStringLiteral("error"), r.error}});
                    else
                        ctx.err() << tr("%1: not imported: %2\n").arg(r.fileName, r.error);
                } else if (ctx.json()) {
                    results.append(importJson(r.fileName, r));
                } else {
                    printImport(ctx, r.fileName, r);
                }
            }
            if (refused > 0 && !ctx.json())
                ctx.err() << QCoreApplication::translate(
                    "fd::cli",
                    "%n fetched file(s) could not be imported; they stay fetched and are tried again by the next "
                    "acks import --fetched.\n",
                    nullptr, refused);
        }
        for (const QString& path : ctx.positional()) {
            auto imported = acks->importFile(path);
            if (!imported)
                return failWith(ctx, imported.error());  // the files before it stay imported
            if (ctx.json())
                results.append(importJson(path, imported.value()));
            else
                printImport(ctx, path, imported.value());
        }
        if (ctx.json())
            ctx.printJson(results);
        return int(refused > 0 ? kExitProblems : kExitOk);
    });
}

QJsonObject rejectionJson(const billing::Rejection& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("claim_id"), r.claimId},
            {QStringLiteral("claim_number"), r.claimNumber},
            {QStringLiteral("batch_id"), r.batchId},
            {QStringLiteral("source"), r.source},
            {QStringLiteral("code"), r.code},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("rejected_on"), r.rejectedOn.toString(Qt::ISODate)},
            {QStringLiteral("file"), r.fileName},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("new_claim_id"), r.newClaimId}};
}

int runRejections(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto list = p.registry.get<billing::IRejectionQueue>()->list(!ctx.flag(QStringLiteral("all")));
        if (!list)
            return failWith(ctx, list.error());
        if (ctx.json()) {
            QJsonArray out;
            for (const auto& r : list.value())
                out.append(rejectionJson(r));
            ctx.printJson(out);
            return int(kExitOk);
        }
        for (const auto& r : list.value())
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                             .arg(r.claimNumber, r.rejectedOn.toString(Qt::ISODate), r.state.leftJustified(11),
                                  r.source.leftJustified(5), r.code, r.reason);
        ctx.out() << tr("%1 rejection(s)\n").arg(list->size());
        return int(kExitOk);
    });
}

int runResolve(CommandContext& ctx)
{
    const bool resubmit = ctx.flag(QStringLiteral("resubmit"));
    if (!resubmit && ctx.value(QStringLiteral("note")).trimmed().isEmpty())
        return ctx.usageError(tr("--note TEXT is required (why the rejection is resolved)"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto queue = p.registry.get<billing::IRejectionQueue>();
        auto open = queue->openFor(ctx.positional().front());
        if (!open)
            return failWith(ctx, open.error());
        const QString note = ctx.value(QStringLiteral("note"));
        auto done = resubmit ? queue->resubmit(open->id, note) : queue->resolve(open->id, note);
        if (!done)
            return failWith(ctx, done.error());
        if (ctx.json()) {
            ctx.printJson(rejectionJson(done.value()));
            return int(kExitOk);
        }
        if (resubmit)
            ctx.out() << tr("Claim %1: charges moved to the new draft claim %2; correct it and send it again.\n")
                             .arg(done->claimNumber, done->newClaimId);
        else
            ctx.out() << tr("Claim %1: rejection resolved.\n").arg(done->claimNumber);
        return int(kExitOk);
    });
}

// Each claim asked about with what the payer said: the claim's status in words, then its lines.
void printRealtime(CommandContext& ctx, const billing::RealtimeStatus& r)
{
    if (r.applied.alreadyImported)
        ctx.out() << tr("The clearinghouse %1 answered with a 277 imported before (%2); nothing changed.\n")
                         .arg(r.host, r.applied.importedAt.toString(Qt::ISODate));
    for (const QString& number : r.claimNumbers) {
        bool answered = false;
        for (const auto& c : r.applied.claims) {
            if (c.claimNumber != number)
                continue;
            answered = true;
            ctx.out() << tr("Claim %1 (%2): payer status %3 %4%5\n")
                             .arg(number, c.toStatus, c.code, c.meaning,
                                  c.payerClaimNumber.isEmpty() ? QString()
                                                               : tr("; payer claim number %1").arg(c.payerClaimNumber));
            for (const auto& l : c.lines)
                ctx.out() << QStringLiteral("  %1\n").arg(l.toText());
        }
        if (!answered && !r.applied.alreadyImported)
            ctx.out() << tr("Claim %1: the 277 says nothing about it.\n").arg(number);
    }
    ctx.out() << tr("Sent a 276 for %1 claim(s) to %2 (interchange %3); the 277 answer is recorded.\n")
                     .arg(r.claimNumbers.size())
                     .arg(r.host)
                     .arg(r.request.interchangeControlNumber);
}

int runRealtimeStatus(CommandContext& ctx, const QStringList& claims, const QStringList& lines)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto done = p.registry.get<billing::IClaimStatus>()->requestRealtime(claims, lines);
        if (!done)
            return failWith(ctx, done.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("endpoint"), done->host},
                                      {QStringLiteral("interchange_control"), done->request.interchangeControlNumber},
                                      {QStringLiteral("traces"), QJsonArray::fromStringList(done->request.traceNumbers)},
                                      {QStringLiteral("answer"), importJson(done->applied.fileName, done->applied)}});
            return int(kExitOk);
        }
        printRealtime(ctx, done.value());
        return int(kExitOk);
    });
}

int runStatusRequest(CommandContext& ctx)
{
    const bool realtime = ctx.flag(QStringLiteral("realtime"));
    if (realtime == ctx.has(QStringLiteral("out")))
        return ctx.usageError(tr("give --out FILE to write the 276, or --realtime to send it to the clearinghouse"));
    if (realtime && (ctx.has(QStringLiteral("sender")) || ctx.has(QStringLiteral("receiver")) ||
                     ctx.flag(QStringLiteral("test"))))
        return ctx.usageError(tr("with --realtime the sender, receiver and test flag come from the eligibility endpoint"));
    const QStringList claims = splitList(ctx.value(QStringLiteral("claims"))) + ctx.positional();
    if (claims.isEmpty())
        return ctx.usageError(tr("name the claims: --claims CLAIM,CLAIM (ids or claim numbers)"));
    const QStringList lines = splitList(ctx.value(QStringLiteral("lines")));
    if (ctx.has(QStringLiteral("lines")) && lines.isEmpty())
        return ctx.usageError(tr("--lines needs line numbers or claim line ids: --lines 1,3"));
    if (realtime)
        return runRealtimeStatus(ctx, claims, lines);
    return withPractice(ctx, [&](OpenPractice& p) {
        billing::StatusRequestOptions options;
        options.senderId = ctx.value(QStringLiteral("sender"));
        options.receiverId = ctx.value(QStringLiteral("receiver"), options.receiverId);
        options.production = !ctx.flag(QStringLiteral("test"));
        options.lines = lines;
        auto made = p.registry.get<billing::IClaimStatus>()->build276(claims, options);
        if (!made)
            return failWith(ctx, made.error());
        auto written = AtomicFile::write(ctx.value(QStringLiteral("out")), made->content);
        if (!written)
            return failWith(ctx, written.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("file"), ctx.value(QStringLiteral("out"))},
                                      {QStringLiteral("interchange_control"), made->interchangeControlNumber},
                                      {QStringLiteral("group_control"), made->groupControlNumber},
                                      {QStringLiteral("traces"), QJsonArray::fromStringList(made->traceNumbers)}});
            return int(kExitOk);
        }
        ctx.out() << tr("Wrote a 276 for %1 claim(s) to %2 (interchange %3).\n")
                         .arg(made->traceNumbers.size())
                         .arg(ctx.value(QStringLiteral("out")))
                         .arg(made->interchangeControlNumber);
        if (!lines.isEmpty())
            ctx.out() << tr("It asks about %1 service line(s) (loop 2210).\n").arg(lines.size());
        return int(kExitOk);
    });
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("acks"), QStringLiteral("import")},
    QStringLiteral("import TA1, 999, 277CA and 277 files (recognised by content): batch and claim statuses, the "
                   "rejection queue, payer statuses; a file imported before changes nothing"),
    QStringLiteral("--db PATH (FILE... | --fetch | --fetched) [--json]"),
    practiceOptions({{QStringLiteral("fetched"), {},
                      QStringLiteral("the files the clearinghouse service fetched and not imported yet")},
                     {QStringLiteral("fetch"), {},
                      QStringLiteral("first download the new files of the clearinghouse's acknowledgment directory "
                                     "(SFTP), then import them with those fetched before")}}),
    0,
    -1,
    runAcksImport}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("claims"), QStringLiteral("rejections")},
    QStringLiteral("list the rejection queue: claims the clearinghouse or payer rejected, with the reason"),
    QStringLiteral("--db PATH [--all] [--json]"),
    practiceOptions({{QStringLiteral("all"), {}, QStringLiteral("also resubmitted and resolved rejections")}}),
    0,
    0,
    runRejections}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("claims"), QStringLiteral("resolve")},
    QStringLiteral("work a rejected claim: resolve it with a note, or --resubmit its charges as a new draft claim"),
    QStringLiteral("--db PATH CLAIM (--note TEXT | --resubmit [--note TEXT]) [--json]"),
    practiceOptions({{QStringLiteral("note"), QStringLiteral("TEXT"), QStringLiteral("what was done")},
                     {QStringLiteral("resubmit"), {}, QStringLiteral("make a new draft claim of its charges")}}),
    1,
    1,
    runResolve}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("claims"), QStringLiteral("status-request")},
    QStringLiteral("write a 276 claim status request (005010X212) for claims the payer has, or send it in real time "
                   "to the clearinghouse's CAQH CORE endpoint and record the 277 answer"),
    QStringLiteral("--db PATH (--claims CLAIM,... | CLAIM...) [--lines LINE,...] (--out FILE [--sender ID] "
                   "[--receiver ID] [--test] | --realtime) [--json]"),
    practiceOptions({{QStringLiteral("claims"), QStringLiteral("CLAIMS"), QStringLiteral("claim ids or numbers")},
                     {QStringLiteral("lines"), QStringLiteral("LINES"),
                      QStringLiteral("ask about these service lines only (loop 2210): line numbers of the one claim "
                                     "named, or claim line ids")},
                     {QStringLiteral("out"), QStringLiteral("FILE"), QStringLiteral("the file to write")},
                     {QStringLiteral("realtime"), {},
                      QStringLiteral("send the 276 to the endpoint set by eligibility endpoint and apply the 277 "
                                     "answer")},
                     {QStringLiteral("sender"), QStringLiteral("ID"), QStringLiteral("ISA06 (default: the practice's NPI)")},
                     {QStringLiteral("receiver"), QStringLiteral("ID"), QStringLiteral("ISA08")},
                     {QStringLiteral("test"), {}, QStringLiteral("a test interchange (ISA15 T)")}}),
    0,
    -1,
    runStatusRequest}));

}  // namespace
}  // namespace fd::cli
