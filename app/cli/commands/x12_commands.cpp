// frontdeskctl x12 check FILE... [--json]: reads X12 5010 files and reports every finding.
// Exit 0 when every file is clean, 3 when findings (errors) were reported, 1 when a file could
// not be read (the others are still checked and reported first).
#include "command.h"

#include "x12/x12_reader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace fd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::cli", text);
}

int runCheck(CommandContext& ctx)
{
    QJsonArray reports;
    std::optional<Error> unreadable;
    bool problems = false;
    for (const QString& path : ctx.positional()) {
        // Streaming: the checks and findings are the same as with loop trees, but no tree is
        // built and no transaction kept, so memory does not grow with the size of the file.
        QStringList sets;
        x12::ReadOptions options;
        options.onSegment = [](const x12::Transaction&, const x12::Segment&, const QByteArray&) {};
        options.onTransaction = [&sets](const x12::Interchange&, const x12::FunctionalGroup&, x12::Transaction&& t) {
            const QString set = QString::fromLatin1(t.transactionSet);
            if (!sets.contains(set))
                sets.append(set);
        };
        auto doc = x12::X12Reader::readFile(path, options);
        if (!doc) {
            if (!unreadable)
                unreadable = doc.error();
            else
                ctx.err() << doc.error().toString() << '\n';
            continue;
        }
        problems = problems || doc->hasErrors();
        if (ctx.json()) {
            QJsonArray findings;
            for (const auto& f : doc->findings)
                findings.append(f.toJson());
            reports.append(QJsonObject{{QStringLiteral("file"), path},
                                       {QStringLiteral("transaction"), sets.join(QStringLiteral(", "))},
                                       {QStringLiteral("errors"), x12::errorCount(doc->findings)},
                                       {QStringLiteral("findings"), findings}});
            continue;
        }
        for (const auto& f : doc->findings)
            ctx.out() << path << ':' << f.toText() << '\n';
        const int errors = x12::errorCount(doc->findings);
        const int warnings = int(doc->findings.size()) - errors;
        ctx.out() << path << ": "
                  << tr("%1 error(s), %2 warning(s), %3 segment(s)").arg(errors).arg(warnings).arg(doc->segmentCount)
                  << '\n';
    }
    if (ctx.json())
        ctx.printJson(reports);
    ctx.out().flush();
    if (unreadable)
        return ctx.fail(*unreadable);
    return problems ? kExitProblems : kExitOk;
}

}  // namespace

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("x12"), QStringLiteral("check")},
    QStringLiteral("check X12 5010 files (837P, 835, 270/271, 276/277, 277CA, 999, TA1) against their guides"),
    QStringLiteral("FILE... [--json]"),
    {},
    1,
    -1,
    runCheck,
}));

}  // namespace fd::cli
