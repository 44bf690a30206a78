// frontdeskctl ledger show|check, payments record|receipt
#include "practice_cli_support.h"

#include "accounts/core/ledger.h"
#include "accounts/render/receipt_builder.h"
#include "accounts/render/receipt_document.h"
#include "common/clock.h"
#include "common/uuid.h"
#include "patients/core/patients.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace fd::cli {
namespace {

using namespace practice_cli;

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// PATIENT is a patient id or an account number; both lookups audit the read.
Result<patients::Patient> findPatient(OpenPractice& p, const QString& wanted)
{
    auto service = p.registry.get<patients::IPatientService>();
    return isUuid(wanted) ? service->get(wanted) : service->findByAccountNumber(wanted);
}

QJsonObject agingJson(const accounts::Aging& a)
{
    return {{QStringLiteral("0_30"), a.days0to30.toDecimalString()},
            {QStringLiteral("31_60"), a.days31to60.toDecimalString()},
            {QStringLiteral("61_90"), a.days61to90.toDecimalString()},
            {QStringLiteral("91_120"), a.days91to120.toDecimalString()},
            {QStringLiteral("over_120"), a.over120.toDecimalString()}};
}

QJsonObject balanceJson(const accounts::Balance& b)
{
    return {{QStringLiteral("insurance"), b.insurance.toDecimalString()},
            {QStringLiteral("patient"), b.patient.toDecimalString()},
            {QStringLiteral("credit"), b.credit.toDecimalString()},
            {QStringLiteral("total"), b.total().toDecimalString()},
            {QStringLiteral("insurance_aging"), agingJson(b.insuranceAging)},
            {QStringLiteral("patient_aging"), agingJson(b.patientAging)}};
}

QJsonObject entryJson(const accounts::LedgerEntry& e)
{
    QJsonObject o{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("kind"), accounts::entryKindId(e.kind)},
        {QStringLiteral("posted_at"), toIsoUtc(e.postedAt)},
        {QStringLiteral("effective_date"), isoDate(e.effectiveDate)},
        {QStringLiteral("patient_id"), e.patientId},
        {QStringLiteral("guarantor_id"), e.guarantorId},
        {QStringLiteral("claim_id"), e.claimId},
        {QStringLiteral("line_id"), e.lineId},
        {QStringLiteral("amount"), e.amount.toDecimalString()},
        {QStringLiteral("insurance_delta"), e.insuranceDelta.toDecimalString()},
        {QStringLiteral("patient_delta"), e.patientDelta.toDecimalString()},
        {QStringLiteral("credit_delta"), e.creditDelta.toDecimalString()},
        {QStringLiteral("method"), e.method},
        {QStringLiteral("reference"), e.reference},
        {QStringLiteral("code"), e.code},
        {QStringLiteral("reason"),
         e.reasonGroup.isEmpty() ? QString() : e.reasonGroup + QLatin1Char('-') + e.reasonCode},
        {QStringLiteral("reversed_entry_id"), e.reversedEntryId},
        {QStringLiteral("client_id"), e.clientId},
        {QStringLiteral("created_by"), e.createdBy},
        {QStringLiteral("running_balance"), e.running.toDecimalString()}};
    return o;
}

QString entryLine(const accounts::LedgerEntry& e)
{
    QString what = accounts::entryKindId(e.kind);
    if (!e.code.isEmpty() && e.kind == accounts::EntryKind::Charge)
        what += QLatin1Char(' ') + e.code;
    if (!e.method.isEmpty())
        what += QLatin1Char(' ') + e.method;
    if (!e.reasonGroup.isEmpty())
        what += QStringLiteral(" %1-%2").arg(e.reasonGroup, e.reasonCode);
    return QStringLiteral("%1  %2 %3 %4")
        .arg(isoDate(e.effectiveDate), what.leftJustified(30),
             e.amount.toDisplay().rightJustified(12), e.running.toDisplay().rightJustified(12));
}

int runLedgerShow(CommandContext& ctx)
{
    const QString wanted = ctx.positional().at(0).trimmed();
    return withPractice(ctx, [&](OpenPractice& p) {
        auto patient = findPatient(p, wanted);
        if (!patient)
            return failWith(ctx, patient.error());
        auto ledger = p.registry.get<accounts::ILedger>();
        auto entries = ledger->entries(patient->id);
        if (!entries)
            return failWith(ctx, entries.error());
        auto balance = ledger->balance(patient->id);
        if (!balance)
            return failWith(ctx, balance.error());
        auto lines = ledger->lineBalances(patient->id, true);
        if (!lines)
            return failWith(ctx, lines.error());
        if (ctx.json()) {
            QJsonArray list, open;
            for (const auto& e : entries.value())
                list.append(entryJson(e));
            for (const auto& l : lines.value())
                open.append(
                    QJsonObject{{QStringLiteral("line_id"), l.lineId},
                                {QStringLiteral("claim_id"), l.claimId},
                                {QStringLiteral("service_date"), isoDate(l.serviceDate)},
                                {QStringLiteral("code"), l.code},
                                {QStringLiteral("charged"), l.charged.toDecimalString()},
                                {QStringLiteral("paid"), l.paid.toDecimalString()},
                                {QStringLiteral("adjusted"), l.adjusted.toDecimalString()},
                                {QStringLiteral("insurance"), l.insurance.toDecimalString()},
                                {QStringLiteral("patient"), l.patient.toDecimalString()}});
            ctx.printJson(QJsonObject{{QStringLiteral("patient_id"), patient->id},
                                      {QStringLiteral("account_number"), patient->accountNumber},
                                      {QStringLiteral("balance"), balanceJson(balance.value())},
                                      {QStringLiteral("open_lines"), open},
                                      {QStringLiteral("entries"), list}});
            return int(kExitOk);
        }
        ctx.out() << patient->displayName() << "  #" << patient->accountNumber << '\n';
        for (const auto& e : entries.value())
            ctx.out() << "  " << entryLine(e) << '\n';
        if (entries->empty())
            ctx.out() << tr("  no ledger entries\n");
        const auto& b = balance.value();
        ctx.out() << tr("insurance pending %1, patient owes %2, unapplied credit %3, balance %4\n")
                         .arg(b.insurance.toDisplay(), b.patient.toDisplay(), b.credit.toDisplay(),
                              b.total().toDisplay());
        return int(kExitOk);
    });
}

int runPaymentsRecord(CommandContext& ctx)
{
    const QString wanted = ctx.positional().at(0).trimmed();
    auto amount = Money::parse(ctx.value(QStringLiteral("amount")));
    if (!ctx.has(QStringLiteral("amount")) || !amount)
        return ctx.usageError(tr("--amount must be an amount such as 25.00"));
    const auto method = accounts::paymentMethodFromId(ctx.value(QStringLiteral("method")));
    if (!method || *method == accounts::PaymentMethod::Eft)
        return ctx.usageError(tr("--method must be cash, check or card"));
    const QString clientId = ctx.value(QStringLiteral("client-id"));
    if (!clientId.isEmpty() && !isUuid(clientId))
        return ctx.usageError(tr("--client-id must be a UUID"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto patient = findPatient(p, wanted);
        if (!patient)
            return failWith(ctx, patient.error());
        accounts::PatientPaymentRequest request;
        request.patientId = patient->id;
        request.lineId = ctx.value(QStringLiteral("line"));
        request.amount = amount.value();
        request.method = *method;
        request.reference = ctx.value(QStringLiteral("reference"));
        request.note = ctx.value(QStringLiteral("note"));
        request.clientId = clientId;
        auto entry = p.registry.get<accounts::ILedger>()->recordPatientPayment(request);
        if (!entry)
            return failWith(ctx, entry.error());
        auto balance = p.registry.get<accounts::ILedger>()->balance(patient->id);
        if (!balance)
            return failWith(ctx, balance.error());
        if (ctx.json()) {
            QJsonObject json = entryJson(entry.value());
            json.insert(QStringLiteral("balance"), balanceJson(balance.value()));
            ctx.printJson(json);
            return int(kExitOk);
        }
        ctx.out()
            << tr("Recorded %1 %2 payment %3 for #%4; unapplied credit %5, patient owes %6.\n")
                   .arg(entry->amount.toDisplay(), entry->method, entry->id, patient->accountNumber,
                        balance->credit.toDisplay(), balance->patient.toDisplay());
        return int(kExitOk);
    });
}

// A receipt printed from the CLI is never the one handed over at the desk: it says "copy".
int runPaymentsReceipt(CommandContext& ctx)
{
    namespace render = accounts::render;
    const QString entryId = ctx.positional().at(0).trimmed();
    if (!isUuid(entryId))
        return ctx.usageError(tr("ENTRY_ID must be a ledger entry id (a UUID), not \"%1\"").arg(entryId));
    const QString out = ctx.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != QStringLiteral("pdf") && suffix != QStringLiteral("png")))
        return ctx.usageError(tr("--out must name the receipt's file, ending in .pdf or .png"));
    return withPractice(ctx, [&](OpenPractice& p) {
        render::ReceiptBuilder builder(render::ReceiptSources::from(p.registry));
        auto receipt = builder.build(entryId, render::ReceiptCopy::Reprint);
        if (!receipt)
            return failWith(ctx, receipt.error());
        render::ReceiptDocument document(receipt.value());
        if (Status written = render::writeReceiptFile(document, out); !written)
            return failWith(ctx, written.error());
        if (Status audited = builder.recordPrinted(receipt.value(), suffix); !audited)
            return failWith(ctx, audited.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("entry_id"), receipt->entryId},
                                      {QStringLiteral("receipt_number"), receipt->number},
                                      {QStringLiteral("amount"), receipt->amount.toDecimalString()},
                                      {QStringLiteral("reversed"), receipt->reversed},
                                      {QStringLiteral("copy"), true},
                                      {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()}});
            return int(kExitOk);
        }
        ctx.out() << tr("Wrote receipt %1 (copy) for a %2 payment to %3.\n")
                         .arg(receipt->number, receipt->amount.toDisplay(), out);
        if (receipt->reversed)
            ctx.out() << tr("The payment was reversed; the receipt says so.\n");
        return int(kExitOk);
    });
}

int runLedgerCheck(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto report = p.registry.get<accounts::ILedger>()->check();
        if (!report)
            return failWith(ctx, report.error());
        if (ctx.json()) {
            QJsonArray differences;
            for (const auto& d : report->differences)
                differences.append(QJsonObject{{QStringLiteral("summary"), d.summary},
                                               {QStringLiteral("key"), d.key},
                                               {QStringLiteral("field"), d.field},
                                               {QStringLiteral("expected_cents"), d.expected},
                                               {QStringLiteral("stored_cents"), d.stored}});
            ctx.printJson(QJsonObject{{QStringLiteral("clean"), report->clean()},
                                      {QStringLiteral("entries"), report->entries},
                                      {QStringLiteral("lines"), report->lines},
                                      {QStringLiteral("differences"), differences}});
        } else {
            for (const auto& d : report->differences)
                ctx.out() << tr("%1 %2 %3: entries say %4, stored %5\n")
                                 .arg(d.summary, d.key, d.field)
                                 .arg(d.expected)
                                 .arg(d.stored);
            ctx.out() << tr("%1 entries, %2 service lines checked: %3\n")
                             .arg(report->entries)
                             .arg(report->lines)
                             .arg(report->clean() ? tr("every balance matches")
                                                  : QCoreApplication::translate(
                                                        "fd::cli", "%n difference(s)", nullptr,
                                                        int(report->differences.size())));
        }
        return report->clean() ? int(kExitOk) : int(kExitProblems);
    });
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("ledger"), QStringLiteral("show")},
    QStringLiteral(
        "show a patient's ledger with running balance, open lines and aging (audited as a read)"),
    QStringLiteral("--db PATH ID-OR-ACCOUNT-NUMBER [--json]"),
    practiceOptions(),
    1,
    1,
    runLedgerShow}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("payments"), QStringLiteral("record")},
    QStringLiteral("record a patient payment: to a service line (--line) or as unapplied credit; a "
                   "retry with the "
                   "same --client-id posts once"),
    QStringLiteral(
        "--db PATH ID-OR-ACCOUNT-NUMBER --amount 25.00 --method cash|check|card [--reference R] "
        "[--line LINE] [--client-id UUID] [--json]"),
    practiceOptions(
        {{QStringLiteral("amount"), QStringLiteral("AMOUNT"), QStringLiteral("dollars and cents")},
         {QStringLiteral("method"), QStringLiteral("METHOD"),
          QStringLiteral("cash, check or card")},
         {QStringLiteral("reference"), QStringLiteral("R"),
          QStringLiteral("check number or card reference (never the card number)")},
         {QStringLiteral("line"), QStringLiteral("LINE"),
          QStringLiteral("the service line it pays")},
         {QStringLiteral("note"), QStringLiteral("TEXT"), QStringLiteral("a note on the entry")},
         {QStringLiteral("client-id"), QStringLiteral("UUID"),
          QStringLiteral("the request's id: a retry with the same id posts nothing new")}}),
    1,
    1,
    runPaymentsRecord}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("payments"), QStringLiteral("receipt")},
    QStringLiteral("write a patient payment's receipt (marked as a copy) to a PDF or PNG file; audited as a "
                   "print"),
    QStringLiteral("--db PATH ENTRY_ID --out FILE.pdf|FILE.png [--json]"),
    practiceOptions({{QStringLiteral("out"), QStringLiteral("FILE"),
                      QStringLiteral("where to write the receipt: .pdf or .png")}}),
    1,
    1,
    runPaymentsReceipt}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("ledger"), QStringLiteral("check")},
    QStringLiteral(
        "recompute every balance from the ledger entries (exit 3 listing each difference)"),
    QStringLiteral("--db PATH [--json]"),
    practiceOptions(),
    0,
    0,
    runLedgerCheck}));

}  // namespace
}  // namespace fd::cli
