// frontdeskctl patients search|show|import|export, patients intake import|list
#include "practice_cli_support.h"

#include "common/uuid.h"
#include "patients/core/patient_csv.h"
#include "patients/core/patient_intake.h"
#include "patients/core/patient_search.h"
#include "patients/core/patients.h"
#include "practice/core/payers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>

namespace fd::cli {
namespace {

using namespace practice_cli;

QString rankName(patients::MatchRank rank)
{
    switch (rank) {
        case patients::MatchRank::Exact:
            return QStringLiteral("exact");
        case patients::MatchRank::Prefix:
            return QStringLiteral("prefix");
        case patients::MatchRank::Nickname:
            return QStringLiteral("nickname");
        case patients::MatchRank::Phonetic:
            return QStringLiteral("phonetic");
    }
    return {};
}

QString fieldName(patients::MatchField field)
{
    switch (field) {
        case patients::MatchField::Name:
            return QStringLiteral("name");
        case patients::MatchField::BirthDate:
            return QStringLiteral("birth_date");
        case patients::MatchField::Phone:
            return QStringLiteral("phone");
        case patients::MatchField::AccountNumber:
            return QStringLiteral("account_number");
        case patients::MatchField::MemberId:
            return QStringLiteral("member_id");
    }
    return {};
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject summaryJson(const patients::PatientSummary& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("account_number"), s.accountNumber},
            {QStringLiteral("name"), s.displayName},
            {QStringLiteral("preferred_name"), s.preferredName},
            {QStringLiteral("birth_date"), isoDate(s.birthDate)},
            {QStringLiteral("age"), s.age},
            {QStringLiteral("sex"), s.sex},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("alert"), s.alert},
            {QStringLiteral("restricted"), s.restricted}};
}

int runSearch(CommandContext& ctx)
{
    const QString text = ctx.positional().join(QLatin1Char(' '));
    bool limitOk = true;
    const int limit = ctx.value(QStringLiteral("limit"), QStringLiteral("25")).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 500)
        return ctx.usageError(tr("--limit must be a number from 1 to 500"));
    return withPractice(ctx, [&](OpenPractice& p) {
        patients::PatientSearchOptions options;
        options.limit = limit;
        auto hits = p.registry.get<patients::IPatientSearch>()->search(text, options);
        if (!hits)
            return failWith(ctx, hits.error());
        if (ctx.json()) {
            QJsonArray rows;
            for (const auto& h : hits.value()) {
                QJsonObject row = summaryJson(h.patient);
                row.insert(QStringLiteral("rank"), rankName(h.rank));
                row.insert(QStringLiteral("matched"), fieldName(h.field));
                rows.append(row);
            }
            ctx.printJson(rows);
            return int(kExitOk);
        }
        for (const auto& h : hits.value()) {
            const auto& s = h.patient;
            ctx.out() << s.accountNumber.leftJustified(10) << ' ' << s.displayName.leftJustified(36)
                      << ' ' << isoDate(s.birthDate) << ' '
                      << QString::number(s.age).rightJustified(3) << ' ' << s.sex << ' '
                      << s.status.leftJustified(8) << (s.restricted ? tr(" restricted") : QString())
                      << (s.alert.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(s.alert))
                      << '\n';
        }
        if (hits->empty())
            ctx.out() << tr("No patient matches \"%1\".\n").arg(text);
        return int(kExitOk);
    });
}

QJsonObject patientJson(const patients::Patient& p)
{
    QJsonArray phones;
    for (const auto& ph : p.phones)
        phones.append(QJsonObject{{QStringLiteral("type"), ph.type},
                                  {QStringLiteral("number"), ph.number},
                                  {QStringLiteral("sms_consent"), ph.smsConsent}});
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("account_number"), p.accountNumber},
            {QStringLiteral("last_name"), p.lastName},
            {QStringLiteral("first_name"), p.firstName},
            {QStringLiteral("middle_name"), p.middleName},
            {QStringLiteral("suffix"), p.suffix},
            {QStringLiteral("preferred_name"), p.preferredName},
            {QStringLiteral("birth_date"), isoDate(p.birthDate)},
            {QStringLiteral("sex"), patients::sexCode(p.sex)},
            {QStringLiteral("address"), addressJson(p.address)},
            {QStringLiteral("phones"), phones},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("email_consent"), p.emailConsent},
            {QStringLiteral("preferred_language"), p.preferredLanguage},
            {QStringLiteral("status"), patients::statusId(p.status)},
            {QStringLiteral("alert"), p.alert},
            {QStringLiteral("restricted"), p.restricted},
            {QStringLiteral("guarantor_id"), p.guarantorId},
            {QStringLiteral("primary_provider_id"), p.primaryProviderId}};
}

QJsonObject coverageJson(const patients::Coverage& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("order"), c.order},
            {QStringLiteral("payer_id"), c.payerId},
            {QStringLiteral("plan_name"), c.planName},
            {QStringLiteral("member_id"), c.memberId},
            {QStringLiteral("group_number"), c.groupNumber},
            {QStringLiteral("relationship"), c.relationship},
            {QStringLiteral("effective_from"), isoDate(c.effectiveFrom)},
            {QStringLiteral("effective_to"), isoDate(c.effectiveTo)}};
}

void printPatient(CommandContext& ctx, OpenPractice& open, const patients::Patient& p,
                  const std::vector<patients::Coverage>& coverages)
{
    QTextStream& out = ctx.out();
    out << p.displayName() << "  #" << p.accountNumber << '\n'
        << tr("  born %1 (%2), sex %3, %4\n")
               .arg(isoDate(p.birthDate))
               .arg(p.ageOn(QDate::currentDate()))
               .arg(patients::sexCode(p.sex), patients::statusId(p.status));
    if (!p.address.isEmpty())
        out << tr("  address: %1\n")
                   .arg(QStringList{p.address.line1, p.address.line2, p.address.city,
                                    p.address.state, p.address.zip}
                            .filter(QRegularExpression(QStringLiteral("\\S")))
                            .join(QStringLiteral(", ")));
    for (const auto& ph : p.phones)
        out << tr("  phone (%1): %2\n").arg(ph.type, ph.number);
    if (!p.email.isEmpty())
        out << tr("  email: %1\n").arg(p.email);
    if (!p.alert.isEmpty())
        out << tr("  alert: %1\n").arg(p.alert);
    for (const auto& c : coverages) {
        const auto payer = open.registry.get<practice::IPayerService>()->find(c.payerId);
        out << tr("  coverage %1: %2, member id %3, from %4\n")
                   .arg(c.order)
                   .arg(payer ? payer->name : c.payerId, c.memberId, isoDate(c.effectiveFrom));
    }
}

int runShow(CommandContext& ctx)
{
    const QString wanted = ctx.positional().at(0).trimmed();
    return withPractice(ctx, [&](OpenPractice& p) {
        auto service = p.registry.get<patients::IPatientService>();
        // get() and findByAccountNumber() audit the read.
        auto patient = isUuid(wanted) ? service->get(wanted) : service->findByAccountNumber(wanted);
        if (!patient)
            return failWith(ctx, patient.error());
        auto coverages = p.registry.get<patients::ICoverageService>()->list(patient->id);
        if (!coverages)
            return failWith(ctx, coverages.error());
        if (ctx.json()) {
            QJsonObject json = patientJson(patient.value());
            QJsonArray list;
            for (const auto& c : coverages.value())
                list.append(coverageJson(c));
            json.insert(QStringLiteral("coverages"), list);
            ctx.printJson(json);
        } else {
            printPatient(ctx, p, patient.value(), coverages.value());
        }
        return int(kExitOk);
    });
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1").arg(path), file.errorString());
    return file.readAll();
}

// A refused file (or mapping) is a finding about the input: exit 3 with every problem.
int refused(CommandContext& ctx, Error error, const QString& path)
{
    error.message = QStringLiteral("%1: %2").arg(path, error.message);
    if (error.code != ErrorCode::InvalidInput)
        return failWith(ctx, error);
    if (ctx.json())
        return ctx.fail(error, kExitProblems);
    failWith(ctx, error);
    return kExitProblems;
}

int runImport(CommandContext& ctx)
{
    if (!ctx.has(QStringLiteral("csv")))
        return ctx.usageError(tr("--csv FILE is required"));
    const QString path = ctx.value(QStringLiteral("csv"));
    auto csv = readFile(path);
    if (!csv)
        return ctx.fail(csv.error());
    std::optional<patients::PatientCsvMapping> mapping;
    if (ctx.has(QStringLiteral("mapping"))) {
        const QString mappingPath = ctx.value(QStringLiteral("mapping"));
        auto json = readFile(mappingPath);
        if (!json)
            return ctx.fail(json.error());
        auto parsed =
            patients::parsePatientCsvMapping(json.value(), QFileInfo(mappingPath).fileName());
        if (!parsed)
            return refused(ctx, parsed.error(), mappingPath);
        mapping = parsed.value();
    }
    return withPractice(ctx, [&](OpenPractice& p) {
        auto transfer = patients::makePatientCsvTransfer(p.registry);
        QElapsedTimer timer;
        timer.start();
        if (ctx.flag(QStringLiteral("check"))) {
            auto preview = transfer->preview(csv.value(), mapping);
            if (!preview)
                return failWith(ctx, preview.error());
            if (!preview->ok())
                return refused(ctx, preview->refusal(), path);
            if (ctx.json())
                ctx.printJson(QJsonObject{
                    {QStringLiteral("patients"), double(preview->rows.size())},
                    {QStringLiteral("columns"), QJsonArray::fromStringList(preview->columnFields)},
                    {QStringLiteral("ignored_columns"),
                     QJsonArray::fromStringList(preview->unmatchedColumns)}});
            else
                ctx.out() << tr("%1: %2 patients can be imported; nothing was written.\n")
                                 .arg(path)
                                 .arg(preview->rows.size());
            return int(kExitOk);
        }
        auto report = transfer->importCsv(csv.value(), mapping, QFileInfo(path).fileName());
        if (!report)
            return refused(ctx, report.error(), path);
        if (ctx.json())
            ctx.printJson(QJsonObject{
                {QStringLiteral("patients"), report->patients},
                {QStringLiteral("coverages"), report->coverages},
                {QStringLiteral("duplicates_queued"), report->duplicatesQueued},
                {QStringLiteral("account_numbers_allocated"), report->accountNumbersAllocated},
                {QStringLiteral("milliseconds"), double(timer.elapsed())}});
        else
            ctx.out() << tr("Imported %1 patients (%2 coverages) from %3 in %4 s; %5 possible "
                            "duplicates queued for "
                            "review.\n")
                             .arg(report->patients)
                             .arg(report->coverages)
                             .arg(path)
                             .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                             .arg(report->duplicatesQueued);
        return int(kExitOk);
    });
}

int runExport(CommandContext& ctx)
{
    if (!ctx.has(QStringLiteral("csv")))
        return ctx.usageError(tr("--csv FILE is required"));
    const QString path = ctx.value(QStringLiteral("csv"));
    if (QFileInfo::exists(path) && !ctx.flag(QStringLiteral("force")))
        return ctx.fail(makeError(ErrorCode::Conflict,
                                  tr("%1 exists; choose another file or pass --force").arg(path)));
    return withPractice(ctx, [&](OpenPractice& p) {
        // Written beside the target and renamed over it at the end: a failed export leaves nothing.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return ctx.fail(
                makeError(ErrorCode::Io, tr("Cannot write %1").arg(path), file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);  // it holds PHI
        auto count = patients::makePatientCsvTransfer(p.registry)->exportCsv(file);
        if (!count) {
            file.cancelWriting();
            return failWith(ctx, count.error());
        }
        if (!file.commit())
            return ctx.fail(
                makeError(ErrorCode::Io, tr("Cannot write %1").arg(path), file.errorString()));
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("patients"), double(count.value())},
                                      {QStringLiteral("file"), path}});
        else
            ctx.out() << tr("Exported %1 patients to %2.\n").arg(count.value()).arg(path);
        return int(kExitOk);
    });
}

QJsonObject intakeJson(const patients::IntakeSummary& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("status"), patients::intakeStatusId(s.status)},
            {QStringLiteral("format"), s.format},
            {QStringLiteral("source"), s.sourceName},
            {QStringLiteral("submitted_at"), s.submittedAt.toString(Qt::ISODate)},
            {QStringLiteral("name"), s.displayName},
            {QStringLiteral("birth_date"), isoDate(s.birthDate)},
            {QStringLiteral("matched_patient_id"), s.matchedPatientId},
            {QStringLiteral("matched_account_number"), s.matchedAccount}};
}

QString matchText(const patients::IntakeSummary& s)
{
    return s.matchedPatientId.isEmpty() ? tr("new patient")
                                        : tr("matches #%1 %2").arg(s.matchedAccount, s.matchedName);
}

int runIntakeImport(CommandContext& ctx)
{
    const QString path = ctx.positional().at(0);
    auto bytes = readFile(path);
    if (!bytes)
        return ctx.fail(bytes.error());
    return withPractice(ctx, [&](OpenPractice& p) {
        auto imported = p.registry.get<patients::IPatientIntake>()->importBytes(bytes.value(),
                                                                                 QFileInfo(path).fileName());
        if (!imported) {
            Error error = imported.error();
            if (error.code != ErrorCode::InvalidInput)
                return failWith(ctx, error);
            if (ctx.json())
                return ctx.fail(error, kExitProblems);
            failWith(ctx, error);
            return int(kExitProblems);
        }
        if (ctx.json())
            ctx.printJson(intakeJson(imported.value()));
        else
            ctx.out() << tr("Intake %1 from %2 is waiting for review: %3, born %4, %5.\n")
                             .arg(imported->id, path, imported->displayName, isoDate(imported->birthDate),
                                  matchText(imported.value()));
        return int(kExitOk);
    });
}

int runIntakeList(CommandContext& ctx)
{
    const QString wanted = ctx.value(QStringLiteral("status"), QStringLiteral("pending"));
    std::optional<patients::IntakeStatus> status;
    for (auto s : {patients::IntakeStatus::Pending, patients::IntakeStatus::Accepted, patients::IntakeStatus::Rejected})
        if (patients::intakeStatusId(s) == wanted)
            status = s;
    if (!status)
        return ctx.usageError(tr("--status must be pending, accepted or rejected"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto list = p.registry.get<patients::IPatientIntake>()->list(*status);
        if (!list)
            return failWith(ctx, list.error());
        if (ctx.json()) {
            QJsonArray rows;
            for (const auto& s : list.value())
                rows.append(intakeJson(s));
            ctx.printJson(rows);
            return int(kExitOk);
        }
        for (const auto& s : list.value())
            ctx.out() << s.id << "  " << s.submittedAt.toString(Qt::ISODate).leftJustified(20) << ' '
                      << s.displayName.leftJustified(30) << ' ' << isoDate(s.birthDate) << "  " << matchText(s)
                      << '\n';
        if (list->empty())
            ctx.out() << tr("No %1 intakes.\n").arg(wanted);
        return int(kExitOk);
    });
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("patients"), QStringLiteral("search")},
    QStringLiteral("find patients by name, date of birth, phone, account number or member id"),
    QStringLiteral("--db PATH TEXT... [--limit N] [--json]"),
    practiceOptions({{QStringLiteral("limit"), QStringLiteral("N"),
                      QStringLiteral("at most N results (default 25)")}}),
    1,
    -1,
    runSearch}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("patients"), QStringLiteral("show")},
    QStringLiteral("show one patient's record and coverages (audited as a read)"),
    QStringLiteral("--db PATH ID-OR-ACCOUNT-NUMBER [--json]"),
    practiceOptions(),
    1,
    1,
    runShow}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("patients"), QStringLiteral("import")},
    QStringLiteral(
        "import patients from CSV, all rows or none (exit 3 with every bad row and column)"),
    QStringLiteral("--db PATH --csv FILE [--mapping FILE] [--check] [--json]"),
    practiceOptions(
        {{QStringLiteral("csv"), QStringLiteral("FILE"),
          QStringLiteral("the CSV file (comma or semicolon, UTF-8)")},
         {QStringLiteral("mapping"), QStringLiteral("FILE"),
          QStringLiteral("JSON {\"column header\": \"field\"}; default: common header names")},
         {QStringLiteral("check"), {}, QStringLiteral("check the file only; write nothing")}}),
    0,
    0,
    runImport}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("patients"), QStringLiteral("export")},
    QStringLiteral("export every patient with the primary coverage to CSV (the import's columns)"),
    QStringLiteral("--db PATH --csv FILE [--force] [--json]"),
    practiceOptions(
        {{QStringLiteral("csv"), QStringLiteral("FILE"),
          QStringLiteral("the CSV file to write (mode 0600)")},
         {QStringLiteral("force"), {}, QStringLiteral("replace the file if it exists")}}),
    0,
    0,
    runExport}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("patients"), QStringLiteral("intake"), QStringLiteral("import")},
    QStringLiteral("stage a patient's intake form (FHIR QuestionnaireResponse or frontdesk-intake JSON) for "
                   "review (exit 3 naming the file and JSON path when it is refused)"),
    QStringLiteral("--db PATH FILE [--json]"),
    practiceOptions(),
    1,
    1,
    runIntakeImport}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("patients"), QStringLiteral("intake"), QStringLiteral("list")},
    QStringLiteral("list staged intakes (pending by default) with the patient each matches"),
    QStringLiteral("--db PATH [--status pending|accepted|rejected] [--json]"),
    practiceOptions({{QStringLiteral("status"), QStringLiteral("STATUS"),
                      QStringLiteral("pending (default), accepted or rejected")}}),
    0,
    0,
    runIntakeList}));

}  // namespace
}  // namespace fd::cli
