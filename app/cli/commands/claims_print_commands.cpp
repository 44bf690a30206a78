// frontdeskctl claims print: CMS-1500 (02/12) paper claims as a PDF (docs/CMS1500.md).
#include "practice_cli_support.h"

#include "billing/render/cms1500_printer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace fd::cli {
namespace {

using namespace practice_cli;

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, tr("Could not write the claim forms to %1: %2").arg(path, file.errorString()),
                         path);
    return {};
}

int runClaimsPrint(CommandContext& ctx)
{
    namespace render = billing::render;
    const QStringList ids = splitList(ctx.value(QStringLiteral("claims")));
    if (ids.isEmpty())
        return ctx.usageError(tr("--claims must name at least one claim id (comma-separated)"));
    const QString out = ctx.value(QStringLiteral("out"));
    if (out.isEmpty() || QFileInfo(out).suffix().toLower() != QStringLiteral("pdf"))
        return ctx.usageError(tr("--out must name the PDF to write, ending in .pdf"));
    render::Cms1500Options options;
    options.dataOnly = ctx.flag(QStringLiteral("data-only"));
    if (ctx.flag(QStringLiteral("continued")))
        options.totals = render::PageTotals::Continued;
    return withPractice(ctx, [&](OpenPractice& p) {
        const render::Cms1500Printer printer(p.registry);
        auto doc = printer.document(ids, options);
        if (!doc)
            return failWith(ctx, doc.error());
        auto bytes = doc->pdf();
        if (!bytes)
            return failWith(ctx, bytes.error());
        if (Status written = writeFile(out, bytes.value()); !written)
            return failWith(ctx, written.error());
        if (Status audited = printer.builder().recordPrinted(doc->claims(), QStringLiteral("pdf")); !audited)
            return failWith(ctx, audited.error());
        if (ctx.json()) {
            QJsonArray claims;
            for (const render::Cms1500Claim& c : doc->claims())
                claims.append(QJsonObject{{QStringLiteral("claim_id"), c.claimId},
                                          {QStringLiteral("claim_number"), c.claimNumber},
                                          {QStringLiteral("lines"), int(c.lines.size())},
                                          {QStringLiteral("total"), c.total().toDecimalString()}});
            ctx.printJson(QJsonObject{{QStringLiteral("claims"), claims},
                                      {QStringLiteral("pages"), int(doc->pages().size())},
                                      {QStringLiteral("data_only"), options.dataOnly},
                                      {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()}});
            return int(kExitOk);
        }
        ctx.out() << tr("Wrote %1 CMS-1500 page(s) for %2 claim(s) to %3.\n")
                         .arg(doc->pages().size())
                         .arg(doc->claims().size())
                         .arg(out);
        return int(kExitOk);
    });
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("claims"), QStringLiteral("print")},
    QStringLiteral("write claims as CMS-1500 (02/12) paper forms to a PDF, six lines a page; audited as a print"),
    QStringLiteral("--db PATH --claims ID,... --out FILE.pdf [--data-only] [--continued] [--json]"),
    practiceOptions({{QStringLiteral("claims"), QStringLiteral("IDS"), QStringLiteral("claim ids, comma-separated")},
                     {QStringLiteral("out"), QStringLiteral("FILE"), QStringLiteral("the PDF to write")},
                     {QStringLiteral("data-only"), {},
                      QStringLiteral("only the data, for printing on pre-printed red forms")},
                     {QStringLiteral("continued"), {},
                      QStringLiteral("CONTINUED in item 28 of every page but a claim's last")}}),
    0,
    0,
    runClaimsPrint}));

}  // namespace
}  // namespace fd::cli
