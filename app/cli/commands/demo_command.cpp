// frontdeskctl demo: a synthetic practice for trying the app, screenshots and benchmarks.
#include "command.h"
#include "practice_access.h"

#include "app/common/cores.h"
#include "demo/demo_generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace fd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::cli", text);
}

QString generatedPassword()
{
    static const char kAlphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < 16; ++i)
        out += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(int(sizeof kAlphabet) - 1)]);
    return out;
}

int runDemo(CommandContext& ctx)
{
    if (!ctx.has(QStringLiteral("db")))
        return ctx.usageError(tr("--db PATH is required"));
    auto size = demo::parseDemoSize(ctx.value(QStringLiteral("size"), QStringLiteral("small")));
    if (!size)
        return ctx.usageError(size.error().message);
    bool seedOk = false;
    const qulonglong seed = ctx.value(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&seedOk);
    if (!seedOk)
        return ctx.usageError(tr("--seed must be a non-negative number"));
    QDate today = QDate::currentDate();
    if (ctx.has(QStringLiteral("today"))) {
        today = QDate::fromString(ctx.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return ctx.usageError(tr("--today must be a date as 2026-11-26"));
    }
    const QString db = ctx.value(QStringLiteral("db"));
    if (QFileInfo::exists(db))
        return ctx.fail(makeError(ErrorCode::Conflict, tr("A practice database already exists at %1").arg(db)));

    QString password = QString::fromUtf8(qgetenv("FRONTDESK_PASSWORD"));
    const bool generated = password.isEmpty();
    if (generated)
        password = generatedPassword();

    QElapsedTimer total;
    total.start();
    security::PracticeSetup setup{QStringLiteral("admin"), QStringLiteral("Administrator (demo)"), password};
    auto created = security::PracticeSession::create(db, setup);
    if (!created)
        return ctx.fail(created.error());
    ServiceRegistry registry;
    created->session->registerServices(registry);
    if (auto started = app::startCores(created->session->database(), registry); !started)
        return ctx.fail(started.error());

    demo::DemoContext context{created->session->database(), registry, demo::profileFor(size.value()),
                              seed, today, password};
    auto generator = app::demoGenerator();
    auto steps = generator.run(context, [&](const demo::DemoStep& s) {
        if (!ctx.json())
            ctx.err() << tr("  %1: %2 in %3 ms\n").arg(s.entity.leftJustified(12)).arg(s.count).arg(s.milliseconds)
                      << Qt::flush;
    });
    if (!steps)
        return ctx.fail(steps.error());
    if (auto out = created->session->logout(); !out)
        return ctx.fail(out.error());

    if (ctx.json()) {
        QJsonArray rows;
        for (const auto& s : steps.value())
            rows.append(QJsonObject{{QStringLiteral("entity"), s.entity},
                                    {QStringLiteral("count"), double(s.count)},
                                    {QStringLiteral("milliseconds"), double(s.milliseconds)}});
        QJsonObject json{{QStringLiteral("database"), db},
                         {QStringLiteral("size"), demo::demoSizeName(size.value())},
                         {QStringLiteral("seed"), double(seed)},
                         {QStringLiteral("administrator"), setup.adminUsername},
                         {QStringLiteral("recovery_key"), created->recoveryKey},
                         {QStringLiteral("steps"), rows},
                         {QStringLiteral("milliseconds"), double(total.elapsed())}};
        if (generated)
            json.insert(QStringLiteral("password"), password);
        ctx.printJson(json);
    } else {
        ctx.out() << tr("Demo practice (%1, seed %2) created at %3 in %4 s.\n")
                         .arg(demo::demoSizeName(size.value()))
                         .arg(seed)
                         .arg(db)
                         .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1)
                  << tr("Log in as \"admin\" (or frontdesk, biller, manager, provider) with password %1\n")
                         .arg(generated ? password : tr("from FRONTDESK_PASSWORD"))
                  << tr("Recovery key: %1\n").arg(created->recoveryKey);
    }
    return kExitOk;
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("demo")},
    QStringLiteral("create a demo practice with generated, fictional data"),
    QStringLiteral("--db PATH [--size small|medium|large] [--seed N] [--today YYYY-MM-DD]"),
    {{QStringLiteral("db"), QStringLiteral("PATH"), QStringLiteral("the new practice database")},
     {QStringLiteral("size"), QStringLiteral("SIZE"), QStringLiteral("small (default), medium or large")},
     {QStringLiteral("seed"), QStringLiteral("N"), QStringLiteral("random seed; the same seed gives the same data (default 1)")},
     {QStringLiteral("today"), QStringLiteral("DATE"), QStringLiteral("the practice's today (default: the current date)")}},
    0, 0, runDemo}));

}  // namespace
}  // namespace fd::cli
