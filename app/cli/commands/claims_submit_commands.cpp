// frontdeskctl clearinghouse set|show|test, claims submit|batches|batch-settle
// (docs/CLAIM_SUBMISSION.md).
// Secrets are read from files (never from the command line, which others can see) and are
// never printed: `show` says only which are set.
#include "practice_cli_support.h"

#include "billing/core/submission.h"
#include "common/clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>
#include <tuple>

namespace fd::cli {
namespace {

using namespace practice_cli;

Result<SecureBytes> secretFile(const QString& option, const QString& path, bool trimNewlines)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("--%1: %2 cannot be read: %3").arg(option, path, f.errorString()));
    QByteArray bytes = f.readAll();
    while (trimNewlines && (bytes.endsWith('\n') || bytes.endsWith('\r')))
        bytes.chop(1);
    SecureBytes secret = SecureBytes::fromByteArray(bytes);
    wipeBytes(bytes);
    if (secret.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("--%1: %2 is empty").arg(option, path));
    return secret;
}

Result<int> intOption(const CommandContext& ctx, const QString& name, int current)
{
    if (!ctx.has(name))
        return current;
    bool ok = false;
    const int v = ctx.value(name).toInt(&ok);
    if (!ok)
        return makeError(ErrorCode::InvalidInput, tr("--%1 is a whole number, not \"%2\"").arg(name, ctx.value(name)));
    return v;
}

Status applyText(const CommandContext& ctx, billing::ClearinghouseSettings& s)
{
    const std::pair<const char*, QString*> texts[] = {
        {"host", &s.host},           {"user", &s.username},         {"host-key", &s.hostKeySha256},
        {"upload-dir", &s.uploadDir}, {"ack-dir", &s.ackDir},         {"outbox", &s.outboxDir},
        {"sender", &s.submitterId},   {"receiver", &s.receiverId},   {"receiver-name", &s.receiverName},
        {"payer-ids", &s.payerIdSet}};
    for (const auto& [option, target] : texts)
        if (ctx.has(QString::fromLatin1(option)))
            *target = ctx.value(QString::fromLatin1(option)).trimmed();
    if (ctx.has(QStringLiteral("mode"))) {
        const QString mode = ctx.value(QStringLiteral("mode"));
        if (mode != QLatin1String("sftp") && mode != QLatin1String("folder"))
            return makeError(ErrorCode::InvalidInput, tr("--mode is sftp or folder, not \"%1\"").arg(mode));
        s.mode = mode == QLatin1String("folder") ? billing::DeliveryMode::Folder : billing::DeliveryMode::Sftp;
    }
    if (ctx.has(QStringLiteral("auth"))) {
        const QString auth = ctx.value(QStringLiteral("auth"));
        if (auth != QLatin1String("password") && auth != QLatin1String("key"))
            return makeError(ErrorCode::InvalidInput, tr("--auth is password or key, not \"%1\"").arg(auth));
        s.auth = auth == QLatin1String("key") ? billing::SftpAuth::PrivateKey : billing::SftpAuth::Password;
    }
    if (ctx.flag(QStringLiteral("test-interchange")))
        s.production = false;
    if (ctx.flag(QStringLiteral("production")))
        s.production = true;
    return {};
}

Status applyOptions(const CommandContext& ctx, billing::ClearinghouseSettings& s, billing::ClearinghouseSecrets& secrets)
{
    FD_TRY(applyText(ctx, s));
    const std::pair<const char*, int*> numbers[] = {{"port", &s.port},
                                                    {"connect-timeout", &s.connectTimeoutSeconds},
                                                    {"transfer-timeout", &s.transferTimeoutSeconds}};
    for (const auto& [option, target] : numbers) {
        auto v = intOption(ctx, QString::fromLatin1(option), *target);
        FD_TRY(v);
        *target = v.value();
    }
    const std::tuple<const char*, SecureBytes*, bool> files[] = {{"sftp-password-file", &secrets.password, true},
                                                                 {"key-file", &secrets.privateKey, false},
                                                                 {"passphrase-file", &secrets.keyPassphrase, true}};
    for (const auto& [option, secret, trim] : files) {
        if (!ctx.has(QString::fromLatin1(option)))
            continue;
        auto read = secretFile(QString::fromLatin1(option), ctx.value(QString::fromLatin1(option)), trim);
        FD_TRY(read);
        *secret = std::move(read.value());
    }
    return {};
}

int show(CommandContext& ctx, billing::IClearinghouse& service)
{
    auto settings = service.settings();
    if (!settings)
        return failWith(ctx, settings.error());
    auto secrets = service.secretsSet();
    if (!secrets)
        return failWith(ctx, secrets.error());
    QJsonObject json = settings->toJson();
    json.insert(QStringLiteral("configured"), settings->configured);
    json.insert(QStringLiteral("secrets_set"), QJsonArray::fromStringList(*secrets));
    for (const QString& name : {QStringLiteral("password"), QStringLiteral("private_key"),
                                QStringLiteral("key_passphrase")})
        json.insert(name, secrets->contains(name) ? QStringLiteral("********") : QString());
    if (ctx.json())
        ctx.printJson(json);
    else
        ctx.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return int(kExitOk);
}

int runShow(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) { return show(ctx, *p.registry.get<billing::IClearinghouse>()); });
}

int runSet(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto service = p.registry.get<billing::IClearinghouse>();
        auto settings = service->settings();
        if (!settings)
            return failWith(ctx, settings.error());
        billing::ClearinghouseSecrets secrets;
        if (auto applied = applyOptions(ctx, *settings, secrets); !applied)
            return ctx.usageError(applied.error().message);
        const QStringList clear = splitList(ctx.value(QStringLiteral("clear-secret")));
        if (auto saved = service->saveSettings(*settings, std::move(secrets), clear); !saved)
            return failWith(ctx, saved.error());
        return show(ctx, *service);
    });
}

int runTest(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto report = p.registry.get<billing::IClearinghouse>()->test();
        if (!report)
            return failWith(ctx, report.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("destination"), report->destination},
                                      {QStringLiteral("host_key"), report->hostKeyFingerprint},
                                      {QStringLiteral("entries"), QJsonArray::fromStringList(report->uploadDirEntries)}});
            return int(kExitOk);
        }
        ctx.out() << tr("Connected to %1").arg(report->destination);
        if (!report->hostKeyFingerprint.isEmpty())
            ctx.out() << tr(" (host key %1 matches the pin)").arg(report->hostKeyFingerprint);
        ctx.out() << tr("; %1 file(s) there.\n").arg(report->uploadDirEntries.size());
        for (const QString& name : report->uploadDirEntries)
            ctx.out() << QStringLiteral("  %1\n").arg(name);
        return int(kExitOk);
    });
}

QJsonObject batchJson(const billing::BatchRecord& b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("interchange_control_number"), b.interchangeControlNumber},
            {QStringLiteral("group_control_number"), b.groupControlNumber},
            {QStringLiteral("created_at"), toIsoUtc(b.createdAt)},
            {QStringLiteral("claim_count"), b.claimCount},
            {QStringLiteral("file_name"), b.fileName},
            {QStringLiteral("status"), billing::batchStatusId(b.status)},
            {QStringLiteral("transport"), b.transport},
            {QStringLiteral("destination"), b.destination},
            {QStringLiteral("sent_at"), b.sentAt.isValid() ? toIsoUtc(b.sentAt) : QString()},
            {QStringLiteral("error"), b.error},
            {QStringLiteral("file_size"), b.fileSize}};
}

// "3 h 12 min", for a batch that has been "sending" since it was recorded.
QString elapsedText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 days").arg(minutes / (24 * 60));
}

qint64 sendingSeconds(const billing::BatchRecord& b, const QDateTime& now)
{
    return b.status == billing::BatchStatus::Sending ? std::max<qint64>(0, b.createdAt.secsTo(now)) : 0;
}

int runSubmit(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        billing::SubmitOptions options;
        options.claimIds = splitList(ctx.value(QStringLiteral("claims")));
        auto done = p.registry.get<billing::IClaimSubmission>()->submit(options);
        if (!done)
            return failWith(ctx, done.error());
        const billing::BatchRecord& b = done->batch;
        if (ctx.json()) {
            QJsonObject json = batchJson(b);
            json.insert(QStringLiteral("claims"), QJsonArray::fromStringList(done->claimNumbers));
            ctx.printJson(json);
        } else if (done->delivered()) {
            ctx.out() << tr("Sent %1 claim(s) as %2 (interchange %3, group %4) to %5; they are submitted.\n")
                             .arg(done->claimIds.size())
                             .arg(b.fileName)
                             .arg(b.interchangeControlNumber)
                             .arg(b.groupControlNumber)
                             .arg(b.destination);
        } else {
            ctx.err() << tr("Batch %1 (%2) was not delivered: %3\nIts %4 claim(s) stay ready; submit again to send "
                            "them in a new batch.\n")
                             .arg(b.interchangeControlNumber)
                             .arg(b.fileName, b.error)
                             .arg(done->claimIds.size());
        }
        return int(done->delivered() ? kExitOk : kExitFailed);
    });
}

int runBatches(CommandContext& ctx)
{
    auto limit = intOption(ctx, QStringLiteral("limit"), 200);
    if (!limit)
        return ctx.usageError(limit.error().message);
    return withPractice(ctx, [&](OpenPractice& p) {
        auto list = p.registry.get<billing::IClaimSubmission>()->batches(*limit);
        if (!list)
            return failWith(ctx, list.error());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (ctx.json()) {
            QJsonArray out;
            for (const auto& b : list.value()) {
                QJsonObject json = batchJson(b);
                if (b.status == billing::BatchStatus::Sending)
                    json.insert(QStringLiteral("sending_seconds"), sendingSeconds(b, now));
                out.append(json);
            }
            ctx.printJson(out);
            return int(kExitOk);
        }
        for (const auto& b : list.value()) {
            // A batch still "sending" after a while needs `claims batch-settle`: say for how long.
            const QString since = b.status == billing::BatchStatus::Sending
                                      ? tr("  sending for %1").arg(elapsedText(sendingSeconds(b, now)))
                                      : QString();
            ctx.out() << QStringLiteral("%1  %2  %3  %4 claim(s)  %5%6%7\n")
                             .arg(b.interchangeControlNumber, 9, 10, QLatin1Char('0'))
                             .arg(toIsoUtc(b.createdAt), billing::batchStatusId(b.status).leftJustified(12))
                             .arg(b.claimCount)
                             .arg(b.fileName, since, b.error.isEmpty() ? QString() : QStringLiteral("  ") + b.error);
        }
        ctx.out() << tr("%1 batch(es)\n").arg(list->size());
        return int(kExitOk);
    });
}

void printCheck(CommandContext& ctx, const billing::BatchFileCheck& c)
{
    if (!c.present)
        ctx.out() << tr("%1 is not at %2 (the clearinghouse may have taken it away already).\n")
                         .arg(c.fileName, c.destination);
    else if (c.expectedSize <= 0)
        ctx.out() << tr("%1 is at %2 with %3 bytes (this batch's own size was not recorded).\n")
                         .arg(c.fileName, c.destination)
                         .arg(c.size);
    else
        ctx.out() << tr("%1 is at %2 with %3 bytes; the batch has %4: %5.\n")
                         .arg(c.fileName, c.destination)
                         .arg(c.size)
                         .arg(c.expectedSize)
                         .arg(c.sizeMatches() ? tr("the right size") : tr("NOT the right size"));
}

QJsonObject checkJson(const billing::BatchFileCheck& c)
{
    return {{QStringLiteral("file_name"), c.fileName},
            {QStringLiteral("destination"), c.destination},
            {QStringLiteral("present"), c.present},
            {QStringLiteral("size"), c.size},
            {QStringLiteral("expected_size"), c.expectedSize},
            {QStringLiteral("size_matches"), c.sizeMatches()}};
}

int settle(CommandContext& ctx, billing::IClaimSubmission& service, const QString& batch, bool uploaded,
           const std::optional<billing::BatchFileCheck>& check)
{
    auto done = service.settleBatch(batch, uploaded ? billing::BatchSettlement::Uploaded
                                                    : billing::BatchSettlement::Failed,
                                    ctx.value(QStringLiteral("reason")));
    if (!done)
        return failWith(ctx, done.error());
    if (ctx.json()) {
        QJsonObject json = batchJson(done.value());
        if (check)
            json.insert(QStringLiteral("check"), checkJson(*check));
        ctx.printJson(json);
    } else if (uploaded) {
        ctx.out() << tr("Batch %1 (%2) settled as delivered: its %3 claim(s) are submitted.\n")
                         .arg(done->interchangeControlNumber)
                         .arg(done->fileName)
                         .arg(done->claimCount);
    } else {
        ctx.out() << tr("Batch %1 (%2) settled as not delivered: its %3 claim(s) are ready to go in a new batch; "
                        "its control numbers stay used.\n")
                         .arg(done->interchangeControlNumber)
                         .arg(done->fileName)
                         .arg(done->claimCount);
    }
    return int(kExitOk);
}

int runSettle(CommandContext& ctx)
{
    const bool uploaded = ctx.flag(QStringLiteral("uploaded"));
    const bool failed = ctx.flag(QStringLiteral("failed"));
    const bool check = ctx.flag(QStringLiteral("check"));
    if (uploaded && failed)
        return ctx.usageError(tr("give --uploaded or --failed, not both"));
    if (!uploaded && !failed && !check)
        return ctx.usageError(tr("give --uploaded or --failed (what the clearinghouse said), or --check"));
    if ((uploaded || failed) && ctx.value(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.usageError(tr("--reason TEXT is required (what the clearinghouse said)"));
    const QString batch = ctx.positional().front();
    return withPractice(ctx, [&](OpenPractice& p) {
        auto service = p.registry.get<billing::IClaimSubmission>();
        std::optional<billing::BatchFileCheck> found;
        if (check) {
            auto looked = service->checkBatchFile(batch);
            if (!looked)
                return failWith(ctx, looked.error());
            found = looked.value();
            if (!ctx.json())
                printCheck(ctx, *found);
            // The file in place with its own size proves the clearinghouse got it.
            if (failed && found->sizeMatches())
                return failWith(ctx, makeError(ErrorCode::Conflict,
                                               tr("%1 is at the clearinghouse with the right size, so the batch was "
                                                  "delivered; settle it with --uploaded. Nothing was changed.")
                                                   .arg(found->fileName)));
            if (!uploaded && !failed) {
                if (ctx.json())
                    ctx.printJson(checkJson(*found));
                return int(kExitOk);
            }
        }
        return settle(ctx, *service, batch, uploaded, found);
    });
}

std::vector<OptionSpec> setOptions()
{
    auto o = [](const char* name, const char* value, const char* help) {
        return OptionSpec{QString::fromLatin1(name), QString::fromLatin1(value), QString::fromLatin1(help)};
    };
    return practiceOptions({
        o("mode", "sftp|folder", "upload by SFTP, or save batches in an outbox folder"),
        o("host", "HOST", "the clearinghouse's SFTP server"),
        o("port", "N", "its port (22)"),
        o("user", "NAME", "the SFTP login"),
        o("auth", "password|key", "log in by password or by private key"),
        o("sftp-password-file", "FILE", "read the SFTP password from FILE"),
        o("key-file", "FILE", "read the private key (OpenSSH or PEM) from FILE"),
        o("passphrase-file", "FILE", "read the private key's passphrase from FILE"),
        o("host-key", "SHA256:...", "the server's host key fingerprint (ssh-keygen -lf)"),
        o("upload-dir", "DIR", "where batches go on the server"),
        o("ack-dir", "DIR", "where the clearinghouse leaves acknowledgments"),
        o("connect-timeout", "SECONDS", "connect, host key and login (20)"),
        o("transfer-timeout", "SECONDS", "each transfer (120)"),
        o("outbox", "DIR", "the outbox folder (folder mode)"),
        o("sender", "ID", "submitter id (ISA06, GS02; default: the practice's NPI)"),
        o("receiver", "ID", "receiver id (ISA08, GS03)"),
        o("receiver-name", "NAME", "receiver name (1000B)"),
        o("payer-ids", "SET", "which payer id set 2010BB uses (default)"),
        o("test-interchange", {}, "send test interchanges (ISA15 T)"),
        o("production", {}, "send production interchanges (ISA15 P, the default)"),
        o("clear-secret", "NAMES", "password, private_key, key_passphrase"),
    },
                           false);  // --user is the SFTP login here: the practice login is --as
}

}  // namespace

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("clearinghouse"), QStringLiteral("show")},
                             QStringLiteral("show the clearinghouse settings (secrets masked)"),
                             QStringLiteral("--db PATH [--json]"), practiceOptions(), 0, 0, runShow}));

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("clearinghouse"), QStringLiteral("set")},
                             QStringLiteral("change the clearinghouse settings (needs billing.submit; audited "
                                            "without the secrets)"),
                             QStringLiteral("--db PATH [OPTIONS] [--json]"), setOptions(), 0, 0, runSet}));

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("clearinghouse"), QStringLiteral("test")},
                             QStringLiteral("connect, check the pinned host key, log in and list the upload "
                                            "directory (or check the outbox folder)"),
                             QStringLiteral("--db PATH [--json]"), practiceOptions(), 0, 0, runTest}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("claims"), QStringLiteral("submit")},
    QStringLiteral("send the ready claims (or those given) to the clearinghouse as one 837P batch; they are marked "
                   "submitted only once the upload is confirmed"),
    QStringLiteral("--db PATH [--claims ID,...] [--json]"),
    practiceOptions({{QStringLiteral("claims"), QStringLiteral("IDS"), QStringLiteral("claim ids, comma-separated")}}),
    0, 0, runSubmit}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("claims"), QStringLiteral("batches")},
    QStringLiteral("list the 837P batches, newest first, with their status (written, sending, uploaded, failed, "
                   "acknowledged) and the error of a failed one"),
    QStringLiteral("--db PATH [--limit N] [--json]"),
    practiceOptions({{QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("how many (200)")}}), 0, 0,
    runBatches}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("claims"), QStringLiteral("batch-settle")},
    QStringLiteral("settle a batch left \"sending\" (delivery neither confirmed nor refused) with what the "
                   "clearinghouse said: --uploaded submits its claims, --failed makes them ready again (needs "
                   "billing.submit; audited); --check first looks for its file at the destination"),
    QStringLiteral("--db PATH BATCH (--uploaded | --failed) --reason TEXT [--check] [--json] | --db PATH BATCH "
                   "--check [--json]"),
    practiceOptions({{QStringLiteral("uploaded"), {}, QStringLiteral("the clearinghouse has the file")},
                     {QStringLiteral("failed"), {}, QStringLiteral("the clearinghouse does not have the file")},
                     {QStringLiteral("reason"), QStringLiteral("TEXT"),
                      QStringLiteral("what the clearinghouse said (kept in the batch and the audit trail)")},
                     {QStringLiteral("check"), {},
                      QStringLiteral("look for the file on the SFTP server (or in the outbox) and compare its size; "
                                     "--failed is refused when it is there with the right size")}}),
    1, 1, runSettle}));

}  // namespace fd::cli
