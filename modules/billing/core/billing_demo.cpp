// Demo charges and claims over the accounts demo's insured visits.
#include "billing/core/billing_demo.h"

#include "accounts/core/ledger.h"
#include "billing/core/billing_context.h"
#include "billing/core/claim_store.h"
#include "common/clock.h"
#include "common/uuid.h"
#include "patients/core/patients.h"
#include "practice/core/locations.h"
#include "security/audit_actions.h"
#include "storage/synced_rows.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace fd::billing {

namespace {

constexpr int kVisitsPerTransaction = 2000;

struct DemoLine
{
    QString lineId;
    QString entryId;
    QString code;
    QStringList modifiers;
    int units = 1;
    qint64 cents = 0;
    QString description;
    QList<int> pointers;
};

struct DemoVisit
{
    QString claimId;
    QString patientId;
    QDate date;
    QString providerId;
    QString locationId;
    std::vector<DemoLine> lines;
    QString paidBy;  // the payer of the first insurance payment
    QDate paidOn;
    QStringList diagnoses;
};

// What a visit's claim went through, by the visit's age and the ledger's payments.
enum class Fate { Unbilled, Draft, Ready, Submitted, Accepted, Rejected };

// Problems a primary-care visit is for (billable ICD-10-CM codes of the starter table), with
// weights.
const std::pair<const char*, int> kProblems[] = {
    {"I10", 18},   {"E119", 12},  {"E785", 10},  {"J069", 9},    {"F419", 5},  {"F329", 5},
    {"K219", 5},   {"M542", 5},   {"R509", 3},   {"J45909", 4},  {"E039", 4},  {"G43909", 2},
    {"R079", 2},   {"R42", 2},    {"N390", 3},   {"E669", 5},    {"R531", 3},  {"L700", 2}};

// Payers' reasons for rejecting a claim at the front door (277CA STC category:status).
const char* const kRejections[] = {
    "A7:164 Entity's contract/member number (subscriber id not found)",
    "A7:562 Entity's National Provider Identifier (NPI) not valid for the payer",
    "A7:255 Diagnosis code: invalid for the date of service",
    "A6:21 Missing or invalid information: subscriber date of birth",
    "A7:145 Entity's specialty/taxonomy code not on file"};

// The diagnosis a code of the visit implies, when it implies one.
QString impliedDiagnosis(const QString& code)
{
    static const QHash<QString, QString> kImplied = {
        {QStringLiteral("87880"), QStringLiteral("J029")},  {QStringLiteral("87804"), QStringLiteral("J101")},
        {QStringLiteral("90686"), QStringLiteral("Z23")},   {QStringLiteral("90471"), QStringLiteral("Z23")},
        {QStringLiteral("82962"), QStringLiteral("R7303")}, {QStringLiteral("93000"), QStringLiteral("R079")},
        {QStringLiteral("81002"), QStringLiteral("N390")},  {QStringLiteral("94010"), QStringLiteral("J45909")},
        {QStringLiteral("17110"), QStringLiteral("L821")},  {QStringLiteral("69210"), QStringLiteral("H6123")},
        {QStringLiteral("20610"), QStringLiteral("M170")},  {QStringLiteral("10060"), QStringLiteral("L0291")},
        {QStringLiteral("12001"), QStringLiteral("S39012A")}};
    return kImplied.value(code);
}

bool isPreventive(const QString& code)
{
    return code.startsWith(QLatin1String("9938")) || code.startsWith(QLatin1String("9939"));
}

// Diagnoses in claim order (the visit's reason first) and each line's pointers into them.
void diagnose(demo::DemoRandom& random, DemoVisit& v)
{
    auto add = [&v](const QString& dx) {
        const qsizetype at = v.diagnoses.indexOf(dx);
        if (at >= 0)
            return int(at) + 1;
        v.diagnoses << dx;
        return int(v.diagnoses.size());
    };
    std::vector<int> weights;
    int total = 0;
    for (const auto& p : kProblems) {
        weights.push_back(p.second);
        total += p.second;
    }
    const DemoLine& visitLine = v.lines.front();
    if (isPreventive(visitLine.code)) {
        const bool child = visitLine.code.endsWith(QLatin1Char('1')) || visitLine.code.endsWith(QLatin1Char('2')) ||
                           visitLine.code.endsWith(QLatin1Char('3')) || visitLine.code.endsWith(QLatin1Char('4'));
        add(child ? QStringLiteral("Z00129") : QStringLiteral("Z0000"));
    } else {
        const int problems = random.chance(0.35) ? 2 : 1;
        for (int i = 0; i < problems; ++i)
            add(QString::fromLatin1(kProblems[random.pickWeighted(weights, total)].first));
    }
    const int reasons = int(v.diagnoses.size());
    for (DemoLine& l : v.lines) {
        const QString implied = impliedDiagnosis(l.code);
        if (!implied.isEmpty())
            l.pointers = {add(implied)};
    }
    for (DemoLine& l : v.lines) {
        if (!l.pointers.isEmpty())
            continue;
        for (int i = 1; i <= std::min(reasons, 4); ++i)
            l.pointers << i;
    }
}

Fate fateOf(demo::DemoRandom& random, const DemoVisit& v, const QDate& today)
{
    if (!v.paidBy.isEmpty())
        return Fate::Accepted;
    const qint64 age = v.date.daysTo(today);
    if (age <= 1)
        return Fate::Unbilled;
    if (age == 2)
        return Fate::Draft;
    if (age == 3)
        return Fate::Ready;
    if (random.chance(0.04))
        return Fate::Rejected;
    return age <= 6 ? Fate::Submitted : Fate::Accepted;
}

QDateTime at(const QDate& day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

class BillingDemo final : public demo::IDemoContributor
{
public:
    QString entity() const override { return QStringLiteral("claims"); }
    Result<qint64> generate(demo::DemoContext& context) override;

private:
    Result<std::vector<DemoVisit>> visits(demo::DemoContext& context);
    Result<std::optional<patients::Coverage>> coverageFor(demo::DemoContext& context, const DemoVisit& v);
    Result<QString> placeOfService(demo::DemoContext& context, const QString& locationId);
    Status writeVisit(demo::DemoContext& context, storage::Transaction& tx, storage::SyncedRowsBatch& rows,
                      demo::DemoRandom& random, DemoVisit& v);
    Status writeEncounter(demo::DemoContext& context, storage::SyncedRowsBatch& rows, const DemoVisit& v,
                          const QString& encounterId, const QString& pos);
    Status writeClaim(demo::DemoContext& context, storage::Transaction& tx, storage::SyncedRowsBatch& rows,
                      const DemoVisit& v, const QString& encounterId, const QString& pos,
                      const patients::Coverage& coverage, Fate fate, demo::DemoRandom& random);
    Result<QString> batchFor(storage::Transaction& tx, storage::SyncedRowsBatch& rows, const QDate& day);
    Status history(storage::SyncedRowsBatch& rows, const QString& claimId, const QDateTime& when,
                   const QString& from, const QString& to, const QString& note = {});

    QString m_userId;
    QDate m_today;
    QHash<QString, std::vector<patients::Coverage>> m_coverages;
    QHash<QString, QString> m_pos;
    std::map<QDate, QString> m_batches;
    QHash<QString, int> m_batchClaims;
    qint64 m_claims = 0;
};

Result<std::vector<DemoVisit>> BillingDemo::visits(demo::DemoContext& context)
{
    auto entries = context.services.get<accounts::ILedger>()->claimEntries(QDate(1900, 1, 1), m_today);
    FD_TRY(entries);
    std::vector<DemoVisit> list;
    for (const accounts::LedgerEntry& e : entries.value()) {
        if (list.empty() || list.back().claimId != e.claimId) {
            list.push_back({});
            list.back().claimId = e.claimId;
            list.back().patientId = e.patientId;
        }
        DemoVisit& v = list.back();
        if (e.kind == accounts::EntryKind::Charge) {
            v.date = e.effectiveDate;
            v.providerId = e.providerId;
            v.locationId = e.locationId;
            v.lines.push_back({e.lineId, e.id, e.code, e.modifiers, std::max(1, e.units), e.amount.cents(),
                               e.description, {}});
        } else if (v.paidBy.isEmpty()) {
            v.paidBy = e.payerId;
            v.paidOn = e.effectiveDate;
        }
    }
    std::erase_if(list, [](const DemoVisit& v) { return v.lines.empty() || !v.date.isValid(); });
    std::stable_sort(list.begin(), list.end(), [](const DemoVisit& a, const DemoVisit& b) { return a.date < b.date; });
    return list;
}

Result<std::optional<patients::Coverage>> BillingDemo::coverageFor(demo::DemoContext& context, const DemoVisit& v)
{
    auto it = m_coverages.find(v.patientId);
    if (it == m_coverages.end()) {
        auto list = context.services.get<patients::ICoverageService>()->list(v.patientId);
        FD_TRY(list);
        it = m_coverages.insert(v.patientId, std::move(list.value()));
    }
    std::optional<patients::Coverage> best;
    for (const patients::Coverage& c : *it) {
        if (!c.activeOn(v.date))
            continue;
        if (!v.paidBy.isEmpty() && c.payerId == v.paidBy)
            return std::optional<patients::Coverage>(c);
        if (!best || c.order < best->order)
            best = c;
    }
    return best;
}

Result<QString> BillingDemo::placeOfService(demo::DemoContext& context, const QString& locationId)
{
    if (auto it = m_pos.constFind(locationId); it != m_pos.cend())
        return *it;
    auto location = context.services.get<practice::ILocationService>()->find(locationId);
    FD_TRY(location);
    m_pos.insert(locationId, location->placeOfService);
    return location->placeOfService;
}

Status BillingDemo::history(storage::SyncedRowsBatch& rows, const QString& claimId, const QDateTime& when,
                            const QString& from, const QString& to, const QString& note)
{
    auto made = rows.insert(table::kClaimHistory, notNull({{QStringLiteral("claim_id"), claimId},
                                                           {QStringLiteral("at"), toIsoUtc(when)},
                                                           {QStringLiteral("user_id"), m_userId},
                                                           {QStringLiteral("from_status"), from},
                                                           {QStringLiteral("to_status"), to},
                                                           {QStringLiteral("note"), note}}));
    FD_TRY(made);
    return {};
}

Result<QString> BillingDemo::batchFor(storage::Transaction& tx, storage::SyncedRowsBatch& rows, const QDate& day)
{
    if (auto it = m_batches.find(day); it != m_batches.end())
        return it->second;
    auto isa = nextCounterValue(tx.connection(), QStringLiteral("interchange_control"), 999999999);
    FD_TRY(isa);
    auto gs = nextCounterValue(tx.connection(), QStringLiteral("group_control"), 999999999);
    FD_TRY(gs);
    // claim_count is filled in by generate() once the day's claims are known.
    auto id = rows.insert(table::kBatches,
                          {{QStringLiteral("interchange_control"), isa.value()},
                           {QStringLiteral("group_control"), gs.value()},
                           {QStringLiteral("created_at"), toIsoUtc(at(day, 17))},
                           {QStringLiteral("created_by"), m_userId},
                           {QStringLiteral("claim_count"), 0},
                           {QStringLiteral("transaction_sets"), 1},
                           {QStringLiteral("file_name"),
                            QStringLiteral("claims-%1-%2.837").arg(day.toString(QStringLiteral("yyyyMMdd")))
                                .arg(isa.value(), 9, 10, QLatin1Char('0'))}});
    FD_TRY(id);
    m_batches.emplace(day, id.value());
    return id.value();
}

Status BillingDemo::writeEncounter(demo::DemoContext& context, storage::SyncedRowsBatch& rows, const DemoVisit& v,
                                   const QString& encounterId, const QString& pos)
{
    const QString date = v.date.toString(Qt::ISODate);
    FD_TRY(rows.insert(table::kEncounters,
                       notNull({{QStringLiteral("patient_id"), v.patientId},
                                {QStringLiteral("appointment_id"), QString()},
                                {QStringLiteral("service_date"), date},
                                {QStringLiteral("location_id"), v.locationId},
                                {QStringLiteral("place_of_service"), pos},
                                {QStringLiteral("rendering_provider_id"), v.providerId},
                                {QStringLiteral("diagnoses"), v.diagnoses.join(QLatin1Char(','))},
                                {QStringLiteral("created_at"), toIsoUtc(at(v.date, 18))},
                                {QStringLiteral("created_by"), m_userId}}),
                       encounterId));
    int position = 0;
    for (const DemoLine& l : v.lines) {
        FD_TRY(rows.insert(table::kServiceLines,
                           notNull({{QStringLiteral("encounter_id"), encounterId},
                                    {QStringLiteral("position"), ++position},
                                    {QStringLiteral("patient_id"), v.patientId},
                                    {QStringLiteral("service_date"), date},
                                    {QStringLiteral("code"), l.code},
                                    {QStringLiteral("modifiers"), l.modifiers.join(QLatin1Char(','))},
                                    {QStringLiteral("units"), l.units},
                                    {QStringLiteral("amount_cents"), l.cents},
                                    {QStringLiteral("pointers"), joinInts(l.pointers)},
                                    {QStringLiteral("description"), l.description},
                                    {QStringLiteral("ledger_entry_id"), l.entryId}}),
                           l.lineId));
    }
    security::AuditRecord record;
    record.action = security::audit::kCreate;
    record.patientId = v.patientId;
    record.entity = table::kEncounters;
    record.entityId = encounterId;
    record.details = {{QStringLiteral("service_date"), date}, {QStringLiteral("lines"), int(v.lines.size())}};
    return context.services.get<security::IAuditTrail>()->record(record);
}

Status BillingDemo::writeClaim(demo::DemoContext& context, storage::Transaction& tx, storage::SyncedRowsBatch& rows,
                               const DemoVisit& v, const QString& encounterId, const QString& pos,
                               const patients::Coverage& coverage, Fate fate, demo::DemoRandom& random)
{
    auto number = nextCounterValue(tx.connection(), QStringLiteral("claim_number"), 999999999);
    FD_TRY(number);
    const QString claimNumber = ClaimStore::claimNumberFor(number.value());
    const QDate submitted = v.date.addDays(std::min<qint64>(2, v.date.daysTo(m_today) - 1));
    const bool sent = fate == Fate::Submitted || fate == Fate::Accepted || fate == Fate::Rejected;
    QString batchId;
    if (sent) {
        auto batch = batchFor(tx, rows, submitted);
        FD_TRY(batch);
        batchId = batch.value();
        ++m_batchClaims[batchId];
    }
    static const char* const kStatus[] = {"", "draft", "ready", "submitted", "accepted", "rejected"};
    FD_TRY(rows.insert(table::kClaims,
                       notNull({{QStringLiteral("claim_number"), claimNumber},
                                {QStringLiteral("patient_id"), v.patientId},
                                {QStringLiteral("encounter_id"), encounterId},
                                {QStringLiteral("coverage_id"), coverage.id},
                                {QStringLiteral("payer_id"), coverage.payerId},
                                {QStringLiteral("payer_order"), coverage.order},
                                {QStringLiteral("frequency"), QStringLiteral("1")},
                                {QStringLiteral("status"), QString::fromLatin1(kStatus[int(fate)])},
                                {QStringLiteral("service_date"), v.date.toString(Qt::ISODate)},
                                {QStringLiteral("location_id"), v.locationId},
                                {QStringLiteral("place_of_service"), pos},
                                {QStringLiteral("rendering_provider_id"), v.providerId},
                                {QStringLiteral("diagnoses"), v.diagnoses.join(QLatin1Char(','))},
                                {QStringLiteral("batch_id"), batchId},
                                {QStringLiteral("created_at"), toIsoUtc(at(v.date, 19))},
                                {QStringLiteral("created_by"), m_userId}}),
                       v.claimId));
    int lineNumber = 0;
    for (const DemoLine& l : v.lines) {
        FD_TRY(rows.insert(table::kClaimLines,
                           notNull({{QStringLiteral("claim_id"), v.claimId},
                                    {QStringLiteral("charge_id"), l.lineId},
                                    {QStringLiteral("line_number"), ++lineNumber},
                                    {QStringLiteral("code"), l.code},
                                    {QStringLiteral("modifiers"), l.modifiers.join(QLatin1Char(','))},
                                    {QStringLiteral("units"), l.units},
                                    {QStringLiteral("amount_cents"), l.cents},
                                    {QStringLiteral("pointers"), joinInts(l.pointers)},
                                    {QStringLiteral("service_date"), v.date.toString(Qt::ISODate)}})));
    }
    const QString draft = QStringLiteral("draft"), ready = QStringLiteral("ready");
    if (fate != Fate::Draft)
        FD_TRY(history(rows, v.claimId, at(v.date.addDays(fate == Fate::Ready ? 1 : 0), 20), draft, ready));
    if (sent)
        FD_TRY(history(rows, v.claimId, at(submitted, 17), ready, QStringLiteral("submitted")));
    if (fate == Fate::Accepted) {
        const QDate accepted = std::min(submitted.addDays(2), v.paidOn.isValid() ? v.paidOn : m_today);
        FD_TRY(history(rows, v.claimId, at(accepted, 9), QStringLiteral("submitted"), QStringLiteral("accepted")));
    } else if (fate == Fate::Rejected) {
        const char* reason = kRejections[random.between(0, int(std::size(kRejections)) - 1)];
        FD_TRY(history(rows, v.claimId, at(submitted.addDays(1), 9), QStringLiteral("submitted"),
                       QStringLiteral("rejected"), QString::fromLatin1(reason)));
    }
    security::AuditRecord record;
    record.action = security::audit::kCreate;
    record.patientId = v.patientId;
    record.entity = table::kClaims;
    record.entityId = v.claimId;
    record.details = {{QStringLiteral("claim_number"), claimNumber},
                      {QStringLiteral("payer_id"), coverage.payerId},
                      {QStringLiteral("status"), QString::fromLatin1(kStatus[int(fate)])}};
    FD_TRY(context.services.get<security::IAuditTrail>()->record(record));
    ++m_claims;
    return {};
}

Status BillingDemo::writeVisit(demo::DemoContext& context, storage::Transaction& tx, storage::SyncedRowsBatch& rows,
                               demo::DemoRandom& random, DemoVisit& v)
{
    auto coverage = coverageFor(context, v);
    FD_TRY(coverage);
    if (!coverage->has_value())
        return {};  // no coverage on file for the date: the ledger's visit stays the ledger's
    auto pos = placeOfService(context, v.locationId);
    FD_TRY(pos);
    diagnose(random, v);
    const QString encounterId = newUuid();
    FD_TRY(writeEncounter(context, rows, v, encounterId, pos.value()));
    const Fate fate = fateOf(random, v, m_today);
    if (fate == Fate::Unbilled)
        return {};
    return writeClaim(context, tx, rows, v, encounterId, pos.value(), **coverage, fate, random);
}

Result<qint64> BillingDemo::generate(demo::DemoContext& context)
{
    m_userId = context.services.get<security::IAccessControl>()->currentUser().id;
    m_today = context.today;
    auto list = visits(context);
    FD_TRY(list);
    demo::DemoRandom random = context.random(0x62696c6cULL);  // "bill"
    for (size_t first = 0; first < list->size(); first += kVisitsPerTransaction) {
        auto tx = context.database.begin();
        FD_TRY(tx);
        storage::SyncedRowsBatch rows(**tx);
        const size_t last = std::min(list->size(), first + kVisitsPerTransaction);
        for (size_t i = first; i < last; ++i)
            FD_TRY(writeVisit(context, **tx, rows, random, (*list)[i]));
        FD_TRY((*tx)->commit());
    }
    // Each day's batch holds the claims sent that day.
    auto tx = context.database.begin();
    FD_TRY(tx);
    for (auto it = m_batchClaims.cbegin(); it != m_batchClaims.cend(); ++it)
        FD_TRY(storage::SyncedRows::update(**tx, table::kBatches, it.key(), 1,
                                           {{QStringLiteral("claim_count"), it.value()}}));
    FD_TRY((*tx)->commit());
    return m_claims;
}

}  // namespace

std::shared_ptr<demo::IDemoContributor> makeBillingDemoContributor()
{
    return std::make_shared<BillingDemo>();
}

}  // namespace fd::billing
