// frontdeskctl eligibility check|batch|list|endpoint (docs/ELIGIBILITY.md)
#include "practice_cli_support.h"

#include "billing/core/eligibility.h"
#include "billing/core/eligibility_271_reader.h"
#include "common/atomic_file.h"
#include "common/clock.h"
#include "common/uuid.h"
#include "patients/core/patients.h"

#include <QFile>
#include <QJsonArray>

namespace fd::cli {
namespace {

using namespace practice_cli;

QJsonValue moneyValue(const std::optional<Money>& m)
{
    return m ? QJsonValue(m->toDecimalString()) : QJsonValue();
}

QJsonObject checkJson(const billing::EligibilityCheck& c)
{
    QJsonArray amounts;
    for (const billing::BenefitAmount& a : c.benefits.amounts) {
        QJsonObject o{{QStringLiteral("kind"), a.kind},
                      {QStringLiteral("service_type"), a.serviceType},
                      {QStringLiteral("coverage_level"), a.coverageLevel},
                      {QStringLiteral("time_period"), a.timePeriod},
                      {QStringLiteral("network"), billing::networkId(a.network)},
                      {QStringLiteral("amount"), moneyValue(a.amount)}};
        if (a.percentBasisPoints)
            o.insert(QStringLiteral("percent"), QString::number(*a.percentBasisPoints / 100.0, 'f', 2));
        amounts.append(o);
    }
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("coverage_id"), c.coverageId},
            {QStringLiteral("checked_at"), toIsoUtc(c.checkedAt)},
            {QStringLiteral("trace_number"), c.traceNumber},
            {QStringLiteral("status"), billing::eligibilityStatusId(c.status)},
            {QStringLiteral("plan_name"), c.benefits.planName},
            {QStringLiteral("errors"), QJsonArray::fromStringList(c.benefits.errors)},
            {QStringLiteral("benefits"), amounts}};
}

void printCheck(CommandContext& ctx, const billing::EligibilityCheck& c)
{
    using R = billing::Eligibility271Reader;
    ctx.out() << tr("Coverage %1: %2%3\n")
                     .arg(c.coverageId, billing::eligibilityStatusId(c.status),
                          c.benefits.planName.isEmpty() ? QString() : tr(" (%1)").arg(c.benefits.planName));
    for (const QString& e : c.benefits.errors)
        ctx.out() << QStringLiteral("  ") << e << '\n';
    for (const billing::BenefitAmount& a : c.benefits.amounts) {
        const QString value = a.amount ? a.amount->toDisplay()
                              : a.percentBasisPoints ? QStringLiteral("%1%").arg(*a.percentBasisPoints / 100.0, 0, 'f', 2)
                                                     : QStringLiteral("-");
        ctx.out() << QStringLiteral("  %1  %2  %3  %4  %5  %6\n")
                         .arg(a.kind.leftJustified(13), R::serviceTypeText(a.serviceType).leftJustified(28),
                              R::timePeriodText(a.timePeriod).leftJustified(13), a.coverageLevel.leftJustified(4),
                              billing::networkId(a.network).leftJustified(7), value);
    }
}

Result<QString> coverageOf(OpenPractice& p, const QString& patient, const QString& wanted)
{
    if (!wanted.isEmpty())
        return wanted;
    auto service = p.registry.get<patients::IPatientService>();
    auto found = isUuid(patient) ? service->get(patient) : service->findByAccountNumber(patient);
    FD_TRY(found);
    auto coverages = p.registry.get<patients::ICoverageService>()->applicableOn(found->id, QDate::currentDate());
    FD_TRY(coverages);
    if (coverages->empty())
        return makeError(ErrorCode::NotFound, tr("The patient has no insurance in effect today."), patient);
    return coverages->front().id;
}

int runCheck(CommandContext& ctx)
{
    const int modes = int(ctx.has(QStringLiteral("write-270"))) + int(ctx.has(QStringLiteral("import-271")));
    if (modes > 1)
        return ctx.usageError(tr("give --write-270 or --import-271, not both"));
    if (ctx.positional().isEmpty() && !ctx.has(QStringLiteral("import-271")))
        return ctx.usageError(tr("PATIENT (id or account number) is required"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto service = p.registry.get<billing::IEligibilityService>();
        std::vector<billing::EligibilityCheck> done;
        if (ctx.has(QStringLiteral("import-271"))) {
            QFile file(ctx.value(QStringLiteral("import-271")));
            if (!file.open(QIODevice::ReadOnly))
                return failWith(ctx, makeError(ErrorCode::Io, tr("Cannot read %1.").arg(file.fileName())));
            auto imported = service->import271(file.readAll());
            if (!imported)
                return failWith(ctx, imported.error());
            done = imported.value();
        } else {
            auto coverage = coverageOf(p, ctx.positional().front(), ctx.value(QStringLiteral("coverage")));
            if (!coverage)
                return failWith(ctx, coverage.error());
            const QStringList types = splitList(ctx.value(QStringLiteral("service-types")));
            if (ctx.has(QStringLiteral("write-270"))) {
                auto written = service->write270(coverage.value(), types);
                if (!written)
                    return failWith(ctx, written.error());
                auto saved = AtomicFile::write(ctx.value(QStringLiteral("write-270")), written->request);
                if (!saved)
                    return failWith(ctx, saved.error());
                ctx.out() << tr("Wrote the 270 (trace %1) to %2; import the payer's 271 with --import-271.\n")
                                 .arg(written->traceNumber, ctx.value(QStringLiteral("write-270")));
                return int(kExitOk);
            }
            auto checked = service->checkNow(coverage.value(), types);
            if (!checked)
                return failWith(ctx, checked.error());
            done.push_back(checked.value());
        }
        if (ctx.json()) {
            QJsonArray out;
            for (const auto& c : done)
                out.append(checkJson(c));
            ctx.printJson(out);
        } else {
            for (const auto& c : done)
                printCheck(ctx, c);
        }
        return int(kExitOk);
    });
}

int runBatch(CommandContext& ctx)
{
    int status = kExitOk;
    auto day = dateOption(ctx, QStringLiteral("date"), {}, &status);
    if (!day)
        return status;
    return withPractice(ctx, [&](OpenPractice& p) {
        billing::BatchOptions options;
        options.day = *day;
        if (ctx.has(QStringLiteral("skip-days"))) {
            bool ok = false;
            options.skipWithinDays = ctx.value(QStringLiteral("skip-days")).toInt(&ok);
            if (!ok || options.skipWithinDays < 0)
                return ctx.usageError(tr("--skip-days is a number of days (0 or more)"));
        }
        auto done = p.registry.get<billing::IEligibilityService>()->runBatch(options);
        if (!done)
            return failWith(ctx, done.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("appointments"), done->appointments},
                                      {QStringLiteral("checked"), done->checked},
                                      {QStringLiteral("skipped"), done->skipped},
                                      {QStringLiteral("errors"), done->errors},
                                      {QStringLiteral("not_checked"), done->notChecked}});
            return int(kExitOk);
        }
        ctx.out() << tr("%1 appointment(s): %2 checked, %3 checked recently, %4 error(s), %5 not checked\n")
                         .arg(done->appointments)
                         .arg(done->checked)
                         .arg(done->skipped)
                         .arg(done->errors)
                         .arg(done->notChecked);
        return done->errors > 0 ? int(kExitProblems) : int(kExitOk);
    });
}

int runList(CommandContext& ctx)
{
    int status = kExitOk;
    auto day = dateOption(ctx, QStringLiteral("date"), QDate::currentDate().addDays(1), &status);
    if (!day)
        return status;
    return withPractice(ctx, [&](OpenPractice& p) {
        auto list = p.registry.get<billing::IEligibilityService>()->verificationList(*day);
        if (!list)
            return failWith(ctx, list.error());
        if (ctx.json()) {
            QJsonArray out;
            for (const auto& i : list.value())
                out.append(QJsonObject{{QStringLiteral("id"), i.id},
                                       {QStringLiteral("appointment_start"), toIsoUtc(i.appointmentStart)},
                                       {QStringLiteral("patient_id"), i.patientId},
                                       {QStringLiteral("patient"), i.patientName},
                                       {QStringLiteral("payer"), i.payerName},
                                       {QStringLiteral("status"), billing::eligibilityStatusId(i.status)},
                                       {QStringLiteral("copay"), moneyValue(i.copay)},
                                       {QStringLiteral("message"), i.message},
                                       {QStringLiteral("verified_by_phone"), i.verifiedByPhone},
                                       {QStringLiteral("note"), i.note}});
            ctx.printJson(out);
            return int(kExitOk);
        }
        for (const auto& i : list.value())
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5%6\n")
                             .arg(i.appointmentStart.toLocalTime().toString(QStringLiteral("HH:mm")),
                                  i.patientName.leftJustified(24), i.payerName.leftJustified(18),
                                  billing::eligibilityStatusId(i.status).leftJustified(11),
                                  i.copay ? i.copay->toDisplay() : QStringLiteral("-"),
                                  i.verifiedByPhone ? tr("  verified by phone") : QString());
        ctx.out() << tr("%1 appointment(s) on %2\n").arg(list->size()).arg(day->toString(Qt::ISODate));
        return int(kExitOk);
    });
}

int runEndpoint(CommandContext& ctx)
{
    const QString action = ctx.positional().value(0);
    if (action != QLatin1String("set") && action != QLatin1String("show"))
        return ctx.usageError(tr("eligibility endpoint set|show"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto service = p.registry.get<billing::IEligibilityService>();
        if (action == QLatin1String("set")) {
            auto current = service->endpoint();
            billing::EligibilityEndpoint e = current ? current.value() : billing::EligibilityEndpoint{};
            const std::pair<const char*, QString*> texts[] = {
                {"url", &e.url},           {"envelope", &e.envelope}, {"sender", &e.senderId},
                {"receiver", &e.receiverId}, {"username", &e.username}, {"ca-bundle", &e.caBundlePath}};
            for (const auto& [name, target] : texts)
                if (ctx.has(QString::fromLatin1(name)))
                    *target = ctx.value(QString::fromLatin1(name)).trimmed();
            if (ctx.has(QStringLiteral("timeout")))
                e.timeoutSeconds = ctx.value(QStringLiteral("timeout")).toInt();
            if (ctx.has(QStringLiteral("production")))
                e.production = true;
            if (ctx.has(QStringLiteral("test")))
                e.production = false;
            e.password.clear();
            if (ctx.has(QStringLiteral("endpoint-password-file"))) {
                QFile file(ctx.value(QStringLiteral("endpoint-password-file")));
                if (!file.open(QIODevice::ReadOnly))
                    return failWith(ctx, makeError(ErrorCode::Io, tr("Cannot read %1.").arg(file.fileName())));
                e.password = QString::fromUtf8(file.readAll()).trimmed();
            }
            auto saved = service->setEndpoint(e);
            if (!saved)
                return failWith(ctx, saved.error());
        }
        auto shown = service->endpoint();
        if (!shown)
            return failWith(ctx, shown.error());
        const QJsonObject o{{QStringLiteral("url"), shown->url},
                            {QStringLiteral("envelope"), shown->envelope},
                            {QStringLiteral("sender_id"), shown->senderId},
                            {QStringLiteral("receiver_id"), shown->receiverId},
                            {QStringLiteral("username"), shown->username},
                            {QStringLiteral("password_set"), shown->hasPassword},
                            {QStringLiteral("ca_bundle"), shown->caBundlePath},
                            {QStringLiteral("timeout_seconds"), shown->timeoutSeconds},
                            {QStringLiteral("production"), shown->production}};
        if (ctx.json()) {
            ctx.printJson(o);
            return int(kExitOk);
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            ctx.out() << it.key() << QStringLiteral(": ") << it.value().toVariant().toString() << '\n';
        return int(kExitOk);
    });
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("eligibility"), QStringLiteral("check")},
    QStringLiteral("check a patient's coverage with the payer: a real-time 270/271 through the clearinghouse "
                   "endpoint, or a 270 written to a file and the payer's 271 imported"),
    QStringLiteral("--db PATH PATIENT [--coverage ID] [--service-types 30,98] [--write-270 FILE] | "
                   "--import-271 FILE [--json]"),
    practiceOptions({{QStringLiteral("coverage"), QStringLiteral("ID"), QStringLiteral("the coverage (default: primary)")},
                     {QStringLiteral("service-types"), QStringLiteral("CODES"), QStringLiteral("EQ01 codes (default 30)")},
                     {QStringLiteral("write-270"), QStringLiteral("FILE"), QStringLiteral("write the 270, send nothing")},
                     {QStringLiteral("import-271"), QStringLiteral("FILE"), QStringLiteral("read the payer's 271")}}),
    0,
    1,
    runCheck}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("eligibility"), QStringLiteral("batch")},
    QStringLiteral("check the primary coverage of every appointment of a day (default tomorrow) and fill the "
                   "insurance verification list; exits 3 when a check failed"),
    QStringLiteral("--db PATH [--date YYYY-MM-DD] [--skip-days N] [--json]"),
    practiceOptions({{QStringLiteral("date"), QStringLiteral("DATE"), QStringLiteral("the appointments' day")},
                     {QStringLiteral("skip-days"), QStringLiteral("N"),
                      QStringLiteral("skip coverages checked within N days (default 7)")}}),
    0,
    0,
    runBatch}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("eligibility"), QStringLiteral("list")},
    QStringLiteral("the insurance verification list of a day (default tomorrow)"),
    QStringLiteral("--db PATH [--date YYYY-MM-DD] [--json]"),
    practiceOptions({{QStringLiteral("date"), QStringLiteral("DATE"), QStringLiteral("the appointments' day")}}),
    0,
    0,
    runList}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("eligibility"), QStringLiteral("endpoint")},
    QStringLiteral("show or set the clearinghouse's CAQH CORE real-time endpoint (the password is read from a "
                   "file and never shown)"),
    QStringLiteral("--db PATH set|show [--url URL] [--envelope soap|mime] [--sender ID] [--receiver ID] "
                   "[--username NAME] [--endpoint-password-file FILE] [--ca-bundle PEM] [--timeout SECONDS] "
                   "[--production|--test] [--json]"),
    practiceOptions({{QStringLiteral("url"), QStringLiteral("URL"), QStringLiteral("https endpoint")},
                     {QStringLiteral("envelope"), QStringLiteral("KIND"), QStringLiteral("soap or mime")},
                     {QStringLiteral("sender"), QStringLiteral("ID"), QStringLiteral("CORE SenderID, ISA06")},
                     {QStringLiteral("receiver"), QStringLiteral("ID"), QStringLiteral("CORE ReceiverID, ISA08")},
                     {QStringLiteral("username"), QStringLiteral("NAME"), QStringLiteral("endpoint user")},
                     {QStringLiteral("endpoint-password-file"), QStringLiteral("FILE"), QStringLiteral("endpoint password")},
                     {QStringLiteral("ca-bundle"), QStringLiteral("PEM"), QStringLiteral("extra trusted CAs")},
                     {QStringLiteral("timeout"), QStringLiteral("SECONDS"), QStringLiteral("per request")},
                     {QStringLiteral("production"), {}, QStringLiteral("ISA15 P")},
                     {QStringLiteral("test"), {}, QStringLiteral("ISA15 T")}}),
    1,
    1,
    runEndpoint}));

}  // namespace
}  // namespace fd::cli
