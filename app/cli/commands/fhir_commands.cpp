// frontdeskctl fhir export|import
#include "practice_cli_support.h"

#include "common/clock.h"
#include "fhir/fhir_bundle.h"
#include "fhir/fhir_exchange.h"
#include "fhir/fhir_ndjson.h"
#include "security/audit_actions.h"
#include "security/interfaces.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <iterator>
#include <map>

namespace fd::cli {
namespace {

using namespace practice_cli;

// Exports will hold patients: only the user who wrote them reads them.
void keepPrivate(QFile& file)
{
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

Error cannotWrite(const QFile& file)
{
    return makeError(ErrorCode::Io, tr("Cannot write %1").arg(file.fileName()), file.errorString());
}

// One NDJSON file per resource type, opened as the first resource of the type arrives.
class NdjsonFiles
{
public:
    explicit NdjsonFiles(QString dir) : m_dir(std::move(dir)) {}

    Status write(const QJsonObject& resource)
    {
        const QString type = resource.value(QStringLiteral("resourceType")).toString();
        auto it = m_files.find(type);
        if (it == m_files.end()) {
            auto file =
                std::make_unique<QFile>(QDir(m_dir).filePath(type + QStringLiteral(".ndjson")));
            if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
                return cannotWrite(*file);
            keepPrivate(*file);
            m_paths << file->fileName();
            auto writer = std::make_unique<fhir::NdjsonWriter>(*file);
            it = m_files.emplace(type, Open{std::move(file), std::move(writer)}).first;
        }
        return it->second.writer->write(resource);
    }

    Status close()
    {
        for (auto& [type, open] : m_files) {
            if (!open.file->flush())
                return cannotWrite(*open.file);
            open.file->close();
        }
        return {};
    }

    QJsonObject counts() const
    {
        QJsonObject out;
        for (const auto& [type, open] : m_files)
            out.insert(type, double(open.writer->count()));
        return out;
    }

    // Removes what a failed export wrote.
    void discard()
    {
        m_files.clear();
        for (const QString& path : m_paths)
            QFile::remove(path);
    }

private:
    struct Open
    {
        std::unique_ptr<QFile> file;
        std::unique_ptr<fhir::NdjsonWriter> writer;
    };
    QString m_dir;
    std::map<QString, Open> m_files;
    QStringList m_paths;
};

Status writeBundle(const QString& path, const fhir::BundleWriter& bundle)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return cannotWrite(file);
    keepPrivate(file);
    const QByteArray json = QJsonDocument(bundle.toJson()).toJson(QJsonDocument::Indented);
    if (file.write(json) != json.size() || !file.flush())
        return cannotWrite(file);
    return {};
}

int runExport(CommandContext& ctx)
{
    const QString out = ctx.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usageError(tr("--out DIR is required"));
    if (!QDir().mkpath(out))
        return ctx.fail(makeError(ErrorCode::Io, tr("Cannot create the directory %1").arg(out)));
    return withPractice(ctx, [&](OpenPractice& p) {
        NdjsonFiles files(out);
        fhir::BundleWriter bundle(fhir::BundleWriter::Type::Collection);
        bundle.setTimestamp(QDateTime::currentDateTimeUtc());
        const QString bundlePath = QDir(out).filePath(QStringLiteral("bundle.json"));
        Status written = fhir::exportAll(p.registry.all<fhir::IFhirResourceSource>(),
                                         [&](const QJsonObject& resource) -> Status {
                                             FD_TRY(files.write(resource));
                                             return bundle.add(resource);
                                         });
        if (written)
            written = files.close();
        if (written)
            written = writeBundle(bundlePath, bundle);
        if (!written) {
            files.discard();
            QFile::remove(bundlePath);
            return failWith(ctx, written.error());
        }
        const QJsonObject counts = files.counts();
        security::AuditRecord record;
        record.action = security::audit::kExport;
        record.entity = QStringLiteral("fhir");
        record.details = {{QStringLiteral("format"), QStringLiteral("fhir-r4-ndjson")},
                          {QStringLiteral("resources"), counts},
                          {QStringLiteral("via"), QStringLiteral("frontdeskctl")}};
        if (auto audited = p.session->audit().record(record); !audited) {
            files.discard();
            QFile::remove(bundlePath);
            return failWith(ctx, audited.error());
        }
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("out"), out},
                                      {QStringLiteral("resources"), counts},
                                      {QStringLiteral("bundle_entries"), bundle.size()}});
        } else {
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
                ctx.out() << tr("%1: %2\n").arg(it.key()).arg(it.value().toInt());
            ctx.out()
                << tr("%1 resources written to %2 (one NDJSON file per type, and bundle.json)\n")
                       .arg(bundle.size())
                       .arg(out);
        }
        return int(kExitOk);
    });
}

QJsonObject countsJson(const QMap<QString, int>& counts)
{
    QJsonObject o;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

int runImport(CommandContext& ctx)
{
    // Every file is read and parsed before the practice is opened: a malformed line refuses
    // the whole import at once.
    std::vector<fhir::IncomingResource> resources;
    for (const QString& path : ctx.positional()) {
        auto read = fhir::readImportFile(path);
        if (!read)
            return failWith(ctx, read.error());
        std::move(read->begin(), read->end(), std::back_inserter(resources));
    }
    return withPractice(ctx, [&](OpenPractice& p) {
        auto db = p.registry.get<storage::Database>();
        if (!db)
            return failWith(
                ctx, makeError(ErrorCode::Internal, tr("The practice database is not open")));
        auto tx = db->begin(storage::Database::Durability::Full);
        if (!tx)
            return failWith(ctx, tx.error());
        fhir::ImportContext context;
        std::shared_ptr<storage::Transaction> shared(std::move(tx.value()));
        context.services().add<storage::Transaction>(shared);
        Status imported =
            fhir::dispatchImport(p.registry.all<fhir::IFhirResourceSink>(), resources, context);
        if (imported)
            imported = shared->commit();
        if (!imported) {
            shared->rollback();
            return failWith(ctx,
                            makeError(imported.error().code,
                                      tr("Nothing was imported: %1").arg(imported.error().message),
                                      imported.error().details));
        }
        const auto& report = context.report();
        if (ctx.json()) {
            ctx.printJson(
                QJsonObject{{QStringLiteral("imported"), countsJson(report.imported)},
                            {QStringLiteral("skipped"), countsJson(report.skipped)},
                            {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}});
        } else {
            for (auto it = report.imported.constBegin(); it != report.imported.constEnd(); ++it)
                ctx.out() << tr("%1: %2 imported\n").arg(it.key()).arg(it.value());
            for (auto it = report.skipped.constBegin(); it != report.skipped.constEnd(); ++it)
                ctx.out() << tr("%1: %2 skipped (already here or not taken)\n")
                                 .arg(it.key())
                                 .arg(it.value());
            for (const QString& note : report.notes)
                ctx.out() << note << '\n';
        }
        return int(kExitOk);
    });
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("fhir"), QStringLiteral("export")},
    QStringLiteral("export the practice as FHIR R4: one NDJSON file per resource type and a "
                   "collection Bundle"),
    QStringLiteral("--db PATH --out DIR [--json]"),
    practiceOptions({{QStringLiteral("out"), QStringLiteral("DIR"),
                      QStringLiteral("the directory to write (created if missing)")}}),
    0,
    0,
    runExport}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("fhir"), QStringLiteral("import")},
    QStringLiteral("import FHIR R4 resources (NDJSON or a Bundle), all or nothing"),
    QStringLiteral("--db PATH FILE... [--json]"),
    practiceOptions(),
    1,
    -1,
    runImport}));

}  // namespace
}  // namespace fd::cli
