// frontdeskctl init, practice show (locations, providers, payers, fees and codes: practice_*.cpp)
#include "command.h"
#include "practice_access.h"

#include "app/common/cores.h"
#include "practice/core/practice_profile.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace fd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::cli", text);
}

QJsonObject addressJson(const practice::Address& a)
{
    return {{QStringLiteral("line1"), a.line1}, {QStringLiteral("line2"), a.line2}, {QStringLiteral("city"), a.city},
            {QStringLiteral("state"), a.state}, {QStringLiteral("zip"), a.zip}};
}

QJsonObject profileJson(const practice::PracticeProfile& p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("time_zone"), p.timeZone},
            {QStringLiteral("npi"), p.npi},
            {QStringLiteral("tax_id"), p.taxId},
            {QStringLiteral("taxonomy"), p.taxonomy},
            {QStringLiteral("billing_address"), addressJson(p.billingAddress)},
            {QStringLiteral("pay_to_address"), addressJson(p.payToAddress)},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("fax"), p.fax},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("has_logo"), !p.logo.isEmpty()}};
}

int runInit(CommandContext& ctx)
{
    if (!ctx.has(QStringLiteral("db")))
        return ctx.usageError(tr("--db PATH is required"));
    if (!ctx.has(QStringLiteral("practice")) || !ctx.has(QStringLiteral("admin")))
        return ctx.usageError(tr("--practice NAME and --admin USER are required"));
    const QString db = ctx.value(QStringLiteral("db"));
    if (QFileInfo::exists(db))
        return ctx.fail(makeError(ErrorCode::Conflict, tr("A practice database already exists at %1").arg(db)));
    practice::PracticeProfile profile;
    profile.name = ctx.value(QStringLiteral("practice"));
    profile.timeZone = ctx.value(QStringLiteral("time-zone"), profile.timeZone);
    profile.npi = ctx.value(QStringLiteral("npi"));
    profile.taxId = ctx.value(QStringLiteral("tax-id"));
    if (auto valid = practice::validate(profile); !valid)
        return ctx.fail(valid.error());
    auto password = readPassword(ctx, tr("Password for the administrator: "));
    if (!password)
        return ctx.fail(password.error());
    security::PracticeSetup setup;
    setup.adminUsername = ctx.value(QStringLiteral("admin"));
    setup.adminDisplayName = ctx.value(QStringLiteral("admin-name"), setup.adminUsername);
    setup.adminPassword = password.value();
    auto created = security::PracticeSession::create(db, setup);
    if (!created)
        return ctx.fail(created.error());
    ServiceRegistry registry;
    created->session->registerServices(registry);
    if (auto started = app::startCores(created->session->database(), registry); !started)
        return ctx.fail(started.error());
    if (auto saved = registry.get<practice::IPracticeProfile>()->save(profile); !saved)
        return ctx.fail(saved.error());
    const QString recovery = created->recoveryKey;
    if (auto out = created->session->logout(); !out)
        return ctx.fail(out.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("database"), db},
                                  {QStringLiteral("practice"), profileJson(profile)},
                                  {QStringLiteral("administrator"), setup.adminUsername},
                                  {QStringLiteral("recovery_key"), recovery}});
    } else {
        ctx.out() << tr("Created practice \"%1\" at %2 with administrator %3.\n")
                         .arg(profile.name, db, setup.adminUsername)
                  << tr("Recovery key (shown once; write it down and keep it offline):\n\n    %1\n\n")
                         .arg(recovery)
                  << tr("It opens the practice if every administrator password is lost "
                        "(frontdeskctl recover).\n");
    }
    return kExitOk;
}

int runShow(CommandContext& ctx)
{
    int status = kExitOk;
    auto open = openPractice(ctx, &status);
    if (!open)
        return status;
    auto profile = open->registry.get<practice::IPracticeProfile>()->profile();
    if (!profile)
        return ctx.fail(profile.error());
    auto& db = open->session->database();
    QJsonObject json = profileJson(profile.value());
    json.insert(QStringLiteral("database"), db.path());
    json.insert(QStringLiteral("cipher_version"), db.cipherVersion());
    if (ctx.json()) {
        ctx.printJson(json);
    } else {
        ctx.out() << tr("Practice:   %1\n").arg(profile->name) << tr("Time zone:  %1\n").arg(profile->timeZone)
                  << tr("NPI:        %1\n").arg(profile->npi) << tr("Tax id:     %1\n").arg(profile->taxId)
                  << tr("Taxonomy:   %1\n").arg(profile->taxonomy)
                  << tr("Billing:    %1, %2, %3 %4\n")
                         .arg(profile->billingAddress.line1, profile->billingAddress.city, profile->billingAddress.state,
                              profile->billingAddress.zip)
                  << tr("Database:   %1 (SQLCipher %2)\n").arg(db.path(), db.cipherVersion());
    }
    return open->session->logout().ok() ? kExitOk : kExitFailed;
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("init")},
    QStringLiteral("create a practice: encrypted database, keyring, administrator, recovery key"),
    QStringLiteral("--db PATH --practice NAME --admin USER [--time-zone TZ] [--npi NPI] [--tax-id EIN]"),
    {{QStringLiteral("db"), QStringLiteral("PATH"), QStringLiteral("the new practice database")},
     {QStringLiteral("practice"), QStringLiteral("NAME"), QStringLiteral("the practice's legal name")},
     {QStringLiteral("admin"), QStringLiteral("USER"), QStringLiteral("the administrator's username")},
     {QStringLiteral("admin-name"), QStringLiteral("NAME"), QStringLiteral("the administrator's display name")},
     {QStringLiteral("time-zone"), QStringLiteral("TZ"), QStringLiteral("IANA time zone (default America/New_York)")},
     {QStringLiteral("npi"), QStringLiteral("NPI"), QStringLiteral("the organization's type 2 NPI")},
     {QStringLiteral("tax-id"), QStringLiteral("EIN"), QStringLiteral("the organization's tax id")},
     {QStringLiteral("password-file"), QStringLiteral("FILE"), QStringLiteral("read the administrator password from FILE")}},
    0, 0, runInit}));

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("practice"), QStringLiteral("show")},
                             QStringLiteral("show the practice's profile"),
                             QStringLiteral("--db PATH [--json]"),
                             practiceOptions(),
                             0, 0, runShow}));

}  // namespace
}  // namespace fd::cli
