// frontdeskctl charges add|unbilled, claims build|list|ready|export
#include "practice_cli_support.h"

#include "billing/core/billing.h"
#include "common/uuid.h"
#include "patients/core/patients.h"
#include "practice/core/providers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace fd::cli {
namespace {

using namespace practice_cli;

// PROVIDER is a provider id or a ten-digit NPI.
Result<QString> providerOf(OpenPractice& p, const QString& wanted)
{
    auto providers = p.registry.get<practice::IProviderService>();
    auto found = isUuid(wanted) ? providers->find(wanted) : providers->findByNpi(wanted);
    FD_TRY(found);
    return found->id;
}

// --lines "99214:25@1,36415x3@2.1": CODE, then :MODIFIER (up to four), xUNITS, @POINTERS
// separated by dots.
Result<std::vector<billing::LineInput>> parseLines(const QString& text)
{
    static const QRegularExpression form(QStringLiteral(
        "^([A-Za-z0-9]+?)((?::[A-Za-z0-9]+)*)(?:x([0-9]+))?(?:@([0-9]+(?:\\.[0-9]+)*))?$"));
    std::vector<billing::LineInput> out;
    int n = 0;
    for (const QString& part : splitList(text)) {
        ++n;
        const auto m = form.match(part);
        if (!m.hasMatch())
            return makeError(ErrorCode::InvalidInput,
                             tr("line %1 (%2) is not CODE[:MOD...][xUNITS][@P.P...]").arg(n).arg(part),
                             QStringLiteral("lines"));
        billing::LineInput line;
        line.code = m.captured(1);
        line.modifiers = m.captured(2).split(QLatin1Char(':'), Qt::SkipEmptyParts);
        line.units = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
        for (const QString& p : m.captured(4).split(QLatin1Char('.'), Qt::SkipEmptyParts))
            line.pointers << p.toInt();
        out.push_back(line);
    }
    return out;
}

QJsonObject encounterJson(const billing::Encounter& e)
{
    QJsonArray lines;
    for (const billing::ServiceLine& l : e.lines) {
        QJsonArray pointers;
        for (int p : l.pointers)
            pointers.append(p);
        lines.append(QJsonObject{{QStringLiteral("id"), l.id},
                                 {QStringLiteral("code"), l.code},
                                 {QStringLiteral("modifiers"), QJsonArray::fromStringList(l.modifiers)},
                                 {QStringLiteral("units"), l.units},
                                 {QStringLiteral("amount"), l.amount.toDecimalString()},
                                 {QStringLiteral("pointers"), pointers},
                                 {QStringLiteral("self_pay"), l.selfPay},
                                 {QStringLiteral("ledger_entry_id"), l.ledgerEntryId}});
    }
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("patient_id"), e.patientId},
            {QStringLiteral("appointment_id"), e.appointmentId},
            {QStringLiteral("service_date"), e.serviceDate.toString(Qt::ISODate)},
            {QStringLiteral("place_of_service"), e.placeOfService},
            {QStringLiteral("diagnoses"), QJsonArray::fromStringList(e.diagnoses)},
            {QStringLiteral("total"), e.total().toDecimalString()},
            {QStringLiteral("lines"), lines}};
}

QJsonObject unbilledJson(const billing::UnbilledCharge& u)
{
    return {{QStringLiteral("line_id"), u.lineId},
            {QStringLiteral("encounter_id"), u.encounterId},
            {QStringLiteral("patient_id"), u.patientId},
            {QStringLiteral("service_date"), u.serviceDate.toString(Qt::ISODate)},
            {QStringLiteral("code"), u.code},
            {QStringLiteral("modifiers"), QJsonArray::fromStringList(u.modifiers)},
            {QStringLiteral("units"), u.units},
            {QStringLiteral("amount"), u.amount.toDecimalString()},
            {QStringLiteral("hold"), u.hold}};
}

QJsonObject claimJson(const billing::Claim& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("row_version"), c.rowVersion},
            {QStringLiteral("claim_number"), c.claimNumber},
            {QStringLiteral("patient_id"), c.patientId},
            {QStringLiteral("payer_id"), c.payerId},
            {QStringLiteral("payer_order"), c.payerOrder},
            {QStringLiteral("frequency"), billing::frequencyCode(c.frequency)},
            {QStringLiteral("status"), billing::claimStatusId(c.status)},
            {QStringLiteral("service_date"), c.serviceDate.toString(Qt::ISODate)},
            {QStringLiteral("lines"), int(c.lines.size())},
            {QStringLiteral("diagnoses"), QJsonArray::fromStringList(c.diagnoses)},
            {QStringLiteral("total"), c.total().toDecimalString()},
            {QStringLiteral("batch_id"), c.batchId}};
}

void printClaims(CommandContext& ctx, const std::vector<billing::Claim>& claims)
{
    for (const billing::Claim& c : claims)
        ctx.out() << QStringLiteral("%1  %2  %3  freq %4  %5 line(s)  %6\n")
                         .arg(c.claimNumber, c.serviceDate.toString(Qt::ISODate),
                              billing::claimStatusId(c.status).leftJustified(9), billing::frequencyCode(c.frequency))
                         .arg(c.lines.size())
                         .arg(c.total().toDisplay());
}

int runChargesAdd(CommandContext& ctx)
{
    if (!ctx.has(QStringLiteral("dx")))
        return ctx.usageError(tr("--dx is required (ICD-10-CM codes, comma-separated)"));
    if (!ctx.has(QStringLiteral("appointment")) &&
        (!ctx.has(QStringLiteral("patient")) || !ctx.has(QStringLiteral("lines"))))
        return ctx.usageError(tr("without --appointment, --patient and --lines are required"));
    int status = kExitOk;
    auto date = dateOption(ctx, QStringLiteral("date"), {}, &status);
    if (!date)
        return status;
    return withPractice(ctx, [&](OpenPractice& p) {
        billing::EncounterInput in;
        in.appointmentId = ctx.value(QStringLiteral("appointment"));
        in.serviceDate = *date;
        in.locationId = ctx.value(QStringLiteral("location"));
        in.priorAuthorization = ctx.value(QStringLiteral("prior-auth"));
        in.diagnoses = splitList(ctx.value(QStringLiteral("dx")));
        if (ctx.has(QStringLiteral("patient"))) {
            const QString wanted = ctx.value(QStringLiteral("patient")).trimmed();
            auto service = p.registry.get<patients::IPatientService>();
            auto patient = isUuid(wanted) ? service->get(wanted) : service->findByAccountNumber(wanted);
            if (!patient)
                return failWith(ctx, patient.error());
            in.patientId = patient->id;
        }
        const std::pair<const char*, QString*> roles[] = {{"provider", &in.renderingProviderId},
                                                          {"supervising", &in.supervisingProviderId},
                                                          {"referring", &in.referringProviderId}};
        for (const auto& [option, target] : roles) {
            if (!ctx.has(QString::fromLatin1(option)))
                continue;
            auto id = providerOf(p, ctx.value(QString::fromLatin1(option)).trimmed());
            if (!id)
                return failWith(ctx, id.error());
            *target = id.value();
        }
        if (ctx.has(QStringLiteral("lines"))) {
            auto lines = parseLines(ctx.value(QStringLiteral("lines")));
            if (!lines)
                return ctx.usageError(lines.error().message);
            in.lines = lines.value();
        }
        for (billing::LineInput& line : in.lines)
            line.selfPay = ctx.flag(QStringLiteral("self-pay"));
        auto entered = p.registry.get<billing::IChargeService>()->enterCharges(in);
        if (!entered)
            return failWith(ctx, entered.error());
        if (ctx.json()) {
            ctx.printJson(encounterJson(entered.value()));
            return int(kExitOk);
        }
        ctx.out() << tr("Entered %1 line(s) for %2 on %3: %4 (encounter %5).\n")
                         .arg(entered->lines.size())
                         .arg(entered->patientId, entered->serviceDate.toString(Qt::ISODate),
                              entered->total().toDisplay(), entered->id);
        return int(kExitOk);
    });
}

int runChargesUnbilled(CommandContext& ctx)
{
    int status = kExitOk;
    auto from = dateOption(ctx, QStringLiteral("from"), {}, &status);
    if (!from)
        return status;
    auto to = dateOption(ctx, QStringLiteral("to"), {}, &status);
    if (!to)
        return status;
    return withPractice(ctx, [&](OpenPractice& p) {
        billing::UnbilledFilter filter;
        filter.from = *from;
        filter.to = *to;
        auto list = p.registry.get<billing::IChargeService>()->unbilled(filter);
        if (!list)
            return failWith(ctx, list.error());
        if (ctx.json()) {
            QJsonArray out;
            for (const auto& u : list.value())
                out.append(unbilledJson(u));
            ctx.printJson(out);
            return int(kExitOk);
        }
        for (const auto& u : list.value())
            ctx.out() << QStringLiteral("%1  %2  %3  x%4  %5%6\n")
                             .arg(u.serviceDate.toString(Qt::ISODate), u.code.leftJustified(5))
                             .arg(u.modifiers.join(QLatin1Char(':')).leftJustified(11))
                             .arg(u.units)
                             .arg(u.amount.toDisplay(), u.hold.isEmpty() ? QString() : tr("  held: %1").arg(u.hold));
        ctx.out() << tr("%1 unbilled charge(s)\n").arg(list->size());
        return int(kExitOk);
    });
}

int runClaimsBuild(CommandContext& ctx)
{
    if (!ctx.has(QStringLiteral("from")) || !ctx.has(QStringLiteral("to")))
        return ctx.usageError(tr("--from and --to are required (YYYY-MM-DD)"));
    int status = kExitOk;
    auto from = dateOption(ctx, QStringLiteral("from"), {}, &status);
    if (!from)
        return status;
    auto to = dateOption(ctx, QStringLiteral("to"), {}, &status);
    if (!to)
        return status;
    return withPractice(ctx, [&](OpenPractice& p) {
        auto built = p.registry.get<billing::IClaimService>()->build(*from, *to);
        if (!built)
            return failWith(ctx, built.error());
        if (ctx.json()) {
            QJsonArray claims;
            for (std::size_t i = 0; i < built->claims.size(); ++i) {
                QJsonObject claim = claimJson(built->claims[i]);
                if (i < built->scrub.size())
                    claim.insert(QStringLiteral("scrub"), QJsonObject{{QStringLiteral("errors"), built->scrub[i].errors},
                                                                       {QStringLiteral("warnings"), built->scrub[i].warnings}});
                claims.append(claim);
            }
            QJsonArray held;
            for (const auto& u : built->held)
                held.append(unbilledJson(u));
            ctx.printJson(QJsonObject{{QStringLiteral("claims"), claims}, {QStringLiteral("held"), held}});
            return int(kExitOk);
        }
        printClaims(ctx, built->claims);
        ctx.out() << tr("%1 claim(s) built, %2 charge(s) held\n").arg(built->claims.size()).arg(built->held.size());
        if (!built->scrub.empty()) {
            const auto withErrors = std::count_if(built->scrub.begin(), built->scrub.end(),
                                                  [](const billing::BuiltClaimScrub& s) { return s.errors > 0; });
            const auto withWarnings = std::count_if(built->scrub.begin(), built->scrub.end(), [](const billing::BuiltClaimScrub& s) {
                return s.errors == 0 && s.warnings > 0;
            });
            ctx.out() << tr("Scrubbed as built: %1 with errors, %2 with warnings to acknowledge (claims scrub "
                            "shows the findings)\n")
                             .arg(withErrors)
                             .arg(withWarnings);
        }
        return int(kExitOk);
    });
}

int runClaimsList(CommandContext& ctx)
{
    billing::ClaimFilter filter;
    if (ctx.has(QStringLiteral("status"))) {
        filter.status = billing::claimStatusFromId(ctx.value(QStringLiteral("status")));
        if (!filter.status)
            return ctx.usageError(tr("--status is one of draft, ready, submitted, accepted, rejected"));
    }
    int status = kExitOk;
    auto from = dateOption(ctx, QStringLiteral("from"), {}, &status);
    if (!from)
        return status;
    auto to = dateOption(ctx, QStringLiteral("to"), {}, &status);
    if (!to)
        return status;
    filter.from = *from;
    filter.to = *to;
    return withPractice(ctx, [&](OpenPractice& p) {
        auto list = p.registry.get<billing::IClaimService>()->list(filter);
        if (!list)
            return failWith(ctx, list.error());
        if (ctx.json()) {
            QJsonArray out;
            for (const auto& c : list.value())
                out.append(claimJson(c));
            ctx.printJson(out);
            return int(kExitOk);
        }
        printClaims(ctx, list.value());
        ctx.out() << tr("%1 claim(s)\n").arg(list->size());
        return int(kExitOk);
    });
}

int runClaimsReady(CommandContext& ctx)
{
    if (ctx.positional().isEmpty() == !ctx.flag(QStringLiteral("all")))
        return ctx.usageError(tr("give claim ids or --all (every draft)"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto claims = p.registry.get<billing::IClaimService>();
        std::vector<billing::Claim> wanted;
        if (ctx.flag(QStringLiteral("all"))) {
            billing::ClaimFilter drafts;
            drafts.status = billing::ClaimStatus::Draft;
            drafts.limit = 100000;
            auto list = claims->list(drafts);
            if (!list)
                return failWith(ctx, list.error());
            wanted = list.value();
        } else {
            for (const QString& id : ctx.positional()) {
                auto c = claims->claim(id);
                if (!c)
                    return failWith(ctx, c.error());
                wanted.push_back(c.value());
            }
        }
        for (const billing::Claim& c : wanted) {
            auto moved = claims->setStatus(c.id, c.rowVersion, billing::ClaimStatus::Ready);
            if (!moved)
                return failWith(ctx, moved.error());
        }
        ctx.out() << tr("%1 claim(s) ready\n").arg(wanted.size());
        return int(kExitOk);
    });
}

int runClaimsExport(CommandContext& ctx)
{
    if (ctx.value(QStringLiteral("format")) != QLatin1String("837"))
        return ctx.usageError(tr("--format 837 is the only format"));
    if (!ctx.has(QStringLiteral("out")))
        return ctx.usageError(tr("--out FILE is required"));
    return withPractice(ctx, [&](OpenPractice& p) {
        billing::ExportOptions options;
        options.senderId = ctx.value(QStringLiteral("sender"));
        options.receiverId = ctx.value(QStringLiteral("receiver"), options.receiverId);
        options.receiverName = ctx.value(QStringLiteral("receiver-name"), options.receiverName);
        options.production = !ctx.flag(QStringLiteral("test"));
        options.claimIds = ctx.positional();
        auto written = p.registry.get<billing::IClaimExport>()->export837(options, ctx.value(QStringLiteral("out")));
        if (!written)
            return failWith(ctx, written.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("batch_id"), written->batchId},
                                      {QStringLiteral("interchange_control_number"), written->interchangeControlNumber},
                                      {QStringLiteral("group_control_number"), written->groupControlNumber},
                                      {QStringLiteral("transaction_sets"), written->transactionSets},
                                      {QStringLiteral("claims"), QJsonArray::fromStringList(written->claimIds)}});
            return int(kExitOk);
        }
        ctx.out() << tr("Wrote %1 claim(s) to %2 (interchange %3, group %4); they are submitted.\n")
                         .arg(written->claimIds.size())
                         .arg(ctx.value(QStringLiteral("out")))
                         .arg(written->interchangeControlNumber)
                         .arg(written->groupControlNumber);
        return int(kExitOk);
    });
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("charges"), QStringLiteral("add")},
    QStringLiteral("enter the charges of a visit: from an appointment (its superbill when --lines is not given) or "
                   "by hand; prices come from the charge master and each line is posted to the ledger"),
    QStringLiteral("--db PATH (--appointment ID | --patient ID|ACCOUNT --lines LINES) --dx CODES [--date YYYY-MM-DD] "
                   "[--location ID] [--provider ID|NPI] [--supervising ID|NPI] [--referring ID|NPI] "
                   "[--prior-auth NUMBER] [--self-pay] [--json]"),
    practiceOptions({{QStringLiteral("appointment"), QStringLiteral("ID"), QStringLiteral("the visit")},
                     {QStringLiteral("patient"), QStringLiteral("ID"), QStringLiteral("patient id or account number")},
                     {QStringLiteral("lines"), QStringLiteral("LINES"),
                      QStringLiteral("CODE[:MOD...][xUNITS][@POINTER.POINTER...], comma-separated")},
                     {QStringLiteral("dx"), QStringLiteral("CODES"), QStringLiteral("ICD-10-CM codes, principal first")},
                     {QStringLiteral("date"), QStringLiteral("DATE"), QStringLiteral("date of service")},
                     {QStringLiteral("location"), QStringLiteral("ID"), QStringLiteral("where")},
                     {QStringLiteral("provider"), QStringLiteral("ID"), QStringLiteral("rendering provider")},
                     {QStringLiteral("supervising"), QStringLiteral("ID"), QStringLiteral("supervising provider")},
                     {QStringLiteral("referring"), QStringLiteral("ID"), QStringLiteral("referring provider")},
                     {QStringLiteral("prior-auth"), QStringLiteral("NUMBER"), QStringLiteral("prior authorization")},
                     {QStringLiteral("self-pay"), {}, QStringLiteral("the patient pays these lines in full")}}),
    0,
    0,
    runChargesAdd}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("charges"), QStringLiteral("unbilled")},
    QStringLiteral("list the charges no claim carries, with the reason a charge is held"),
    QStringLiteral("--db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]"),
    practiceOptions({{QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("first date of service")},
                     {QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("last date of service")}}),
    0,
    0,
    runChargesUnbilled}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("claims"), QStringLiteral("build")},
    QStringLiteral("make draft claims from the unbilled charges of the dates of service, split at 50 lines, "
                   "12 diagnoses and by payer"),
    QStringLiteral("--db PATH --from YYYY-MM-DD --to YYYY-MM-DD [--json]"),
    practiceOptions({{QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("first date of service")},
                     {QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("last date of service")}}),
    0,
    0,
    runClaimsBuild}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("claims"), QStringLiteral("list")},
    QStringLiteral("list claims"),
    QStringLiteral("--db PATH [--status STATUS] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]"),
    practiceOptions({{QStringLiteral("status"), QStringLiteral("STATUS"),
                      QStringLiteral("draft, ready, submitted, accepted or rejected")},
                     {QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("first date of service")},
                     {QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("last date of service")}}),
    0,
    0,
    runClaimsList}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("claims"), QStringLiteral("ready")},
    QStringLiteral("mark draft claims ready to send"),
    QStringLiteral("--db PATH (--all | CLAIM_ID...)"),
    practiceOptions({{QStringLiteral("all"), {}, QStringLiteral("every draft claim")}}),
    0,
    -1,
    runClaimsReady}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("claims"), QStringLiteral("export")},
    QStringLiteral("write the ready claims (or those given) as one 837P file and mark them submitted"),
    QStringLiteral("--db PATH --format 837 --out FILE [--sender ID] [--receiver ID] [--receiver-name NAME] [--test] "
                   "[CLAIM_ID...] [--json]"),
    practiceOptions({{QStringLiteral("format"), QStringLiteral("FORMAT"), QStringLiteral("837")},
                     {QStringLiteral("out"), QStringLiteral("FILE"), QStringLiteral("the file to write")},
                     {QStringLiteral("sender"), QStringLiteral("ID"),
                      QStringLiteral("submitter id (ISA06, GS02; default: the practice's NPI)")},
                     {QStringLiteral("receiver"), QStringLiteral("ID"), QStringLiteral("receiver id (ISA08, GS03)")},
                     {QStringLiteral("receiver-name"), QStringLiteral("NAME"), QStringLiteral("receiver name")},
                     {QStringLiteral("test"), {}, QStringLiteral("a test interchange (ISA15 T)")}}),
    0,
    -1,
    runClaimsExport}));

}  // namespace
}  // namespace fd::cli
