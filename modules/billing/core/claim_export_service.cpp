#include "billing/core/claim_export_service.h"

#include "billing/core/billing_permissions.h"
#include "common/atomic_file.h"
#include "security/audit_actions.h"
#include "storage/sql_text.h"
#include "storage/synced_rows.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <unordered_map>

namespace fd::billing {

namespace {

PartyName personName(const practice::Provider& p)
{
    return {false, p.lastName, p.firstName, {}, {}};
}

ClaimProvider claimProvider(const practice::Provider& p)
{
    return {personName(p), p.npi, p.taxonomy};
}

PartyName patientName(const patients::Patient& p)
{
    return {false, p.lastName, p.firstName, p.middleName, p.suffix};
}

// Looks each record up once per export; what it returns stays valid while the cache lives.
template <typename T>
class Cache
{
public:
    template <typename Fetch>
    Result<const T*> get(const QString& id, Fetch fetch)
    {
        auto it = m_items.find(id);
        if (it != m_items.end())
            return &it->second;
        auto found = fetch(id);
        FD_TRY(found);
        return &m_items.emplace(id, std::move(found.value())).first->second;
    }

private:
    std::unordered_map<QString, T> m_items;  // its nodes stay where they are as it grows
};

// The claims' patients and coverages, and the subscribers those coverages name, read in bulk:
// a few queries for a whole batch, audited as one read listing the patients.
struct PatientRecords
{
    QHash<QString, patients::Patient> people;
    patients::PatientBundle read;  // the coverages below point into it
    QHash<QString, const patients::Coverage*> coverages;  // by coverage id
};

Result<PatientRecords> readPatientRecords(const BillingContext& ctx, const std::vector<Claim>& claims)
{
    if (claims.empty())
        return PatientRecords();
    QStringList ids;
    for (const Claim& c : claims)
        ids << c.patientId;
    auto read = ctx.patientReads->bundle(ids, patients::PatientBundle::Records | patients::PatientBundle::Coverages);
    FD_TRY(read);
    PatientRecords out;
    out.people = std::move(read->patients);
    out.read = std::move(read.value());
    out.coverages.reserve(qsizetype(claims.size()));
    QStringList subscribers;  // the ones not read above
    for (const Claim& c : claims) {
        const auto listed = out.read.coverages.constFind(c.patientId);
        if (listed == out.read.coverages.constEnd())
            return makeError(ErrorCode::NotFound, billingTr("No coverage %1.").arg(c.coverageId), c.id);
        const std::vector<patients::Coverage>& list = listed.value();
        auto it = std::find_if(list.begin(), list.end(), [&](const patients::Coverage& k) { return k.id == c.coverageId; });
        if (it == list.end())
            return makeError(ErrorCode::NotFound, billingTr("No coverage %1.").arg(c.coverageId), c.id);
        out.coverages.insert(it->id, &*it);
        if (!it->relationship.isEmpty() && it->relationship != QLatin1String("18") &&
            !it->subscriberPatientId.isEmpty() && !out.people.contains(it->subscriberPatientId))
            subscribers << it->subscriberPatientId;
    }
    if (subscribers.isEmpty())
        return out;
    auto more = ctx.patientReads->patients(subscribers);
    FD_TRY(more);
    out.people.insert(more.value());
    return out;
}

}  // namespace

Result<std::vector<ClaimEnvelope>> ClaimExportService::envelopes(const std::vector<Claim>& claims,
                                                                 const QString& clearinghouse)
{
    auto profile = m_ctx.profile->profile();
    FD_TRY(profile);
    Cache<practice::Provider> providers;
    Cache<practice::Payer> payers;
    Cache<practice::Location> locations;
    auto records = readPatientRecords(m_ctx, claims);
    FD_TRY(records);
    auto provider = [&](const QString& id) {
        return providers.get(id, [&](const QString& key) { return m_ctx.providers->find(key); });
    };
    auto person = [&](const QString& id) -> Result<const patients::Patient*> {
        auto it = records->people.constFind(id);
        if (it == records->people.constEnd())  // read above, so only a race gets here
            return makeError(ErrorCode::NotFound, billingTr("No patient %1.").arg(id));
        return &it.value();
    };
    std::vector<ClaimEnvelope> out;
    out.reserve(claims.size());
    for (const Claim& claim : claims) {
        ClaimEnvelope e;
        e.claim = claim;
        auto rendering = provider(claim.renderingProviderId);
        FD_TRY(rendering);
        e.billingTaxId = profile->taxId;
        e.billingAddress = profile->billingAddress;
        e.payToAddress = profile->payToAddress;
        if ((*rendering)->billsUnderOrganization) {
            e.billing = {{true, profile->name, {}, {}, {}}, profile->npi, profile->taxonomy};
            e.rendering = claimProvider(*rendering.value());
        } else {
            e.billing = claimProvider(*rendering.value());
        }
        if (!claim.referringProviderId.isEmpty()) {
            auto p = provider(claim.referringProviderId);
            FD_TRY(p);
            e.referring = claimProvider(*p.value());
        }
        if (!claim.supervisingProviderId.isEmpty()) {
            auto p = provider(claim.supervisingProviderId);
            FD_TRY(p);
            e.supervising = claimProvider(*p.value());
        }
        auto location = locations.get(claim.locationId, [&](const QString& key) { return m_ctx.locations->find(key); });
        FD_TRY(location);
        if (!((*location)->address == profile->billingAddress)) {
            e.facility = ClaimProvider{{true, (*location)->name, {}, {}, {}}, (*location)->facilityNpi, {}};
            e.facilityAddress = (*location)->address;
        }
        const patients::Coverage* coverage = records->coverages.value(claim.coverageId);  // each one found above
        auto payer = payers.get(claim.payerId, [&](const QString& key) { return m_ctx.payers->find(key); });
        FD_TRY(payer);
        e.payerName = (*payer)->name;
        e.payerId = (*payer)->payerIdFor(clearinghouse);
        e.filingIndicator = (*payer)->claimFilingIndicator;
        e.relationship = coverage->relationship.isEmpty() ? QStringLiteral("18") : coverage->relationship;
        e.groupNumber = coverage->groupNumber;
        e.planName = coverage->planName;
        e.memberId = coverage->memberId;
        auto patient = person(claim.patientId);
        FD_TRY(patient);
        e.patient = patientName(**patient);
        e.patientAddress = (*patient)->address;
        e.patientBirthDate = (*patient)->birthDate;
        e.patientSex = patients::sexCode((*patient)->sex);
        if (e.relationship == QLatin1String("18")) {
            e.subscriber = e.patient;
        } else if (!coverage->subscriberPatientId.isEmpty()) {
            auto subscriber = person(coverage->subscriberPatientId);
            FD_TRY(subscriber);
            e.subscriber = patientName(**subscriber);
            e.subscriberAddress = (*subscriber)->address;
            e.subscriberBirthDate = (*subscriber)->birthDate;
            e.subscriberSex = patients::sexCode((*subscriber)->sex);
        } else {
            e.subscriber = {false, coverage->subscriberLastName, coverage->subscriberFirstName, {}, {}};
            e.subscriberBirthDate = coverage->subscriberBirthDate;
            e.subscriberSex = patients::sexCode(coverage->subscriberSex);
        }
        out.push_back(std::move(e));
    }
    return out;
}

Result<ClaimBatch> ClaimExportService::prepareBatch(const ExportOptions& options)
{
    QString where = QStringLiteral("status = 'ready'");
    QVariantList binds;
    if (!options.claimIds.isEmpty()) {
        where += QStringLiteral(" AND id IN (%1)").arg(storage::placeholders(options.claimIds.size()));
        for (const QString& id : options.claimIds)
            binds << id;
    }
    auto claims = m_store.load(m_ctx.db.connection(), where, binds);
    FD_TRY(claims);
    if (claims->empty())
        return makeError(ErrorCode::NotFound, tr("There are no ready claims to export."));
    for (const QString& id : options.claimIds)
        if (std::none_of(claims->begin(), claims->end(), [&](const Claim& c) { return c.id == id; }))
            return invalidInput(tr("Claim %1 does not exist or is not ready.").arg(id), QStringLiteral("claims"));
    auto resolved = envelopes(claims.value(), options.clearinghouse);
    FD_TRY(resolved);
    auto profile = m_ctx.profile->profile();
    FD_TRY(profile);
    ClaimBatch batch;
    batch.submitter = {profile->name,
                       options.senderId.isEmpty() ? profile->npi : options.senderId,
                       profile->name,
                       profile->phone,
                       profile->email,
                       options.receiverName,
                       options.receiverId};
    batch.created = m_ctx.now();
    batch.production = options.production;
    batch.claims = std::move(resolved.value());
    return batch;
}

Result<QByteArray> ClaimExportService::numberAndWrite(storage::Transaction& tx, ClaimBatch& batch)
{
    const QSqlDatabase db = tx.connection();
    auto interchange = nextCounterValue(db, QStringLiteral("interchange_control"), 999999999);
    FD_TRY(interchange);
    auto group = nextCounterValue(db, QStringLiteral("group_control"), 999999999);
    FD_TRY(group);
    batch.interchangeControlNumber = interchange.value();
    batch.groupControlNumber = group.value();
    return Claim837Writer::write(batch);
}

Result<QString> ClaimExportService::recordBatch(storage::Transaction& tx, const ClaimBatch& batch,
                                                const QString& fileName, const QVariantMap& extra)
{
    const int transactionSets = int((batch.claims.size() + kMaxClaimsPerTransaction - 1) / kMaxClaimsPerTransaction);
    QVariantMap fields{{QStringLiteral("interchange_control"), batch.interchangeControlNumber},
                       {QStringLiteral("group_control"), batch.groupControlNumber},
                       {QStringLiteral("created_at"), toIsoUtc(batch.created)},
                       {QStringLiteral("created_by"), m_ctx.userId()},
                       {QStringLiteral("claim_count"), qlonglong(batch.claims.size())},
                       {QStringLiteral("transaction_sets"), transactionSets},
                       {QStringLiteral("file_name"), fileName}};
    fields.insert(extra);
    storage::SyncedRowsBatch rows(tx);
    auto batchId = rows.insert(table::kBatches, notNull(fields));
    FD_TRY(batchId);
    QJsonArray numbers;
    for (const ClaimEnvelope& e : batch.claims)
        numbers.append(e.claim.claimNumber);
    FD_TRY(auditChange(m_ctx, security::audit::kExport, {}, table::kBatches, batchId.value(),
                       {{QStringLiteral("format"), QStringLiteral("837P 005010X222A1")},
                        {QStringLiteral("interchange_control"), batch.interchangeControlNumber},
                        {QStringLiteral("group_control"), batch.groupControlNumber},
                        {QStringLiteral("file_name"), fileName},
                        {QStringLiteral("claims"), numbers}}));
    return batchId.value();
}

Status ClaimExportService::markSubmitted(storage::Transaction& tx, const std::vector<ClaimEnvelope>& claims,
                                         const QString& batchId, qint64 interchangeControlNumber)
{
    storage::SyncedRowsBatch rows(tx);
    for (const ClaimEnvelope& e : claims) {
        const Claim& c = e.claim;
        FD_TRY(storage::SyncedRows::update(tx, table::kClaims, c.id, c.rowVersion,
                                           notNull({{QStringLiteral("status"), claimStatusId(ClaimStatus::Submitted)},
                                                    {QStringLiteral("batch_id"), batchId}})));
        FD_TRY(m_store.addHistory(rows, c.id, claimStatusId(c.status), claimStatusId(ClaimStatus::Submitted),
                                  tr("batch %1").arg(interchangeControlNumber)));
        FD_TRY(auditChange(m_ctx, security::audit::kUpdate, c.patientId, table::kClaims, c.id,
                           {{QStringLiteral("claim_number"), c.claimNumber},
                            {QStringLiteral("prior_status"), claimStatusId(c.status)},
                            {QStringLiteral("status"), claimStatusId(ClaimStatus::Submitted)},
                            {QStringLiteral("batch_id"), batchId}}));
    }
    return {};
}

Result<ExportResult> ClaimExportService::export837(const ExportOptions& options, const QString& path)
{
    FD_TRY(m_ctx.access->require(perm::kSubmit));
    if (path.trimmed().isEmpty())
        return invalidInput(tr("The file to write is missing."), QStringLiteral("out"));
    auto batch = prepareBatch(options);
    FD_TRY(batch);
    // One transaction: a file that cannot be written leaves no batch, no used number and the
    // claims ready (nothing left the workstation).
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    auto content = numberAndWrite(**tx, batch.value());
    FD_TRY(content);
    auto batchId = recordBatch(**tx, batch.value(), QFileInfo(path).fileName());
    FD_TRY(batchId);
    FD_TRY(markSubmitted(**tx, batch->claims, batchId.value(), batch->interchangeControlNumber));
    FD_TRY(AtomicFile::write(path, content.value()));
    auto committed = (*tx)->commit();
    if (!committed) {
        QFile::remove(path);  // the claims stay ready; the file must not be sent
        return committed.error();
    }
    ExportResult result;
    result.batchId = batchId.value();
    result.interchangeControlNumber = batch->interchangeControlNumber;
    result.groupControlNumber = batch->groupControlNumber;
    result.transactionSets = int((batch->claims.size() + kMaxClaimsPerTransaction - 1) / kMaxClaimsPerTransaction);
    for (const ClaimEnvelope& e : batch->claims)
        result.claimIds << e.claim.id;
    result.content = std::move(content.value());
    return result;
}

}  // namespace fd::billing
