#include "billing/core/scrub_facts_loader.h"

#include "billing/core/patient_ids.h"
#include "billing/core/scrub_store.h"

#include <algorithm>

namespace fd::billing {

namespace {

void fillPatient(ScrubPatient& patient, const patients::Patient& record, const std::vector<patients::Coverage>& coverages)
{
    patient.birthDate = record.birthDate;
    patient.deceasedDate = record.deceasedDate;
    for (const patients::Coverage& k : coverages)
        patient.coverages.push_back({k.id, k.payerId, k.memberId, k.order, k.effectiveFrom, k.effectiveTo});
}

// Whether `known` holds the record and coverages of every patient in `ids`.
bool holdsAll(const patients::PatientBundle* known, const QStringList& ids)
{
    return known && std::all_of(ids.cbegin(), ids.cend(), [known](const QString& id) {
               return known->patients.contains(id) && known->coverages.contains(id);
           });
}

}  // namespace

Result<ScrubFacts> ScrubFactsLoader::load(const std::vector<Claim>& claims, const BuildReads& built)
{
    auto facts = loadReads(claims, built);
    FD_TRY(facts);
    fillFromBuild(claims, facts.value(), built);
    return facts;
}

Result<ScrubFacts> ScrubFactsLoader::loadReads(const std::vector<Claim>& claims, const BuildReads& built)
{
    ScrubFacts facts;
    facts.today = m_ctx.today();
    FD_TRY(loadPractice(facts));
    FD_TRY(loadPatients(claims, facts, built.patients));
    FD_TRY(loadDiagnoses(claims, facts));
    FD_TRY(loadClaimFacts(claims, facts, built.billedBefore));
    return facts;
}

void ScrubFactsLoader::fillFromBuild(const std::vector<Claim>& claims, ScrubFacts& facts, const BuildReads& built)
{
    const QStringList ids = patientIdsOf(claims);
    if (holdsAll(built.patients, ids)) {
        facts.patients.reserve(ids.size());
        for (const QString& id : ids)
            fillPatient(facts.patients[id], built.patients->patients.find(id).value(),
                        built.patients->coverages.find(id).value());
    }
    if (built.billedBefore) {
        // What ScrubStore::billed would read now: the services billed before, then the built
        // claims' own lines (originals, drafts, voided by nothing), in the order they were stored.
        facts.billed = *built.billedBefore;
        for (const Claim& c : claims) {
            if (c.frequency != Frequency::Original || c.status == ClaimStatus::Rejected)
                continue;
            for (const ClaimLine& l : c.lines)
                facts.billed[ScrubFacts::billedKey(c.patientId, l.serviceDate.isValid() ? l.serviceDate : c.serviceDate,
                                                   l.code, c.payerId)]
                    .push_back({c.id, c.claimNumber, c.encounterId});
        }
    }
}

Status ScrubFactsLoader::loadPractice(ScrubFacts& facts)
{
    auto profile = m_ctx.profile->profile();
    FD_TRY(profile);
    facts.practiceNpi = profile->npi;
    facts.taxId = profile->taxId;
    facts.practiceTaxonomy = profile->taxonomy;
    practice::ProviderFilter everyone;
    everyone.includeExternal = true;
    everyone.includeInactive = true;
    auto providers = m_ctx.providers->list(everyone);
    FD_TRY(providers);
    for (const practice::Provider& p : providers.value())
        facts.providers.insert(p.id, p);
    auto payers = m_ctx.payers->list(true);
    FD_TRY(payers);
    for (const practice::Payer& p : payers.value())
        facts.payers.insert(p.id, p);
    auto installed = ScrubStore::installed(m_ctx.db.connection());
    FD_TRY(installed);
    if (!installed.value())
        return {};
    auto rules = ScrubStore::payerRules(m_ctx.db.connection());
    FD_TRY(rules);
    facts.payerRules = std::move(rules.value());
    return {};
}

Status ScrubFactsLoader::loadPatients(const std::vector<Claim>& claims, ScrubFacts& facts,
                                      const patients::PatientBundle* known)
{
    QStringList ids = patientIdsOf(claims);
    if (holdsAll(known, ids))
        return {};  // fillFromBuild() fills them
    for (const QString& id : std::as_const(ids))
        facts.patients.insert(id, {});
    // A record the user may not open (restricted, merged away) is reported by the rules that
    // need it instead of stopping the whole run. The bulk read refuses the whole set for one
    // such patient: a restricted one it names is set aside (its denied read already audited)
    // and the rest read again; a refusal it does not name goes to one read per patient, which
    // words each refusal as before.
    while (!ids.isEmpty()) {
        auto records = m_ctx.patientReads->patients(ids);
        if (records) {
            auto coverages = m_ctx.patientReads->coverages(ids);
            FD_TRY(coverages);
            for (const QString& id : std::as_const(ids))
                fillPatient(facts.patients[id], records->value(id), coverages->value(id));
            return {};
        }
        const Error& refused = records.error();
        if (refused.code != ErrorCode::PermissionDenied && refused.code != ErrorCode::NotFound)
            return refused;
        const qsizetype named = ids.indexOf(refused.details);
        if (refused.code != ErrorCode::PermissionDenied || named < 0)
            return loadPatientsOneByOne(ids, facts);
        facts.patients[refused.details].unreadable = refused.message;
        ids.removeAt(named);
    }
    return {};
}

Status ScrubFactsLoader::loadPatientsOneByOne(const QStringList& ids, ScrubFacts& facts)
{
    for (const QString& id : ids) {
        auto record = m_ctx.patients->get(id);
        if (!record) {
            if (record.error().code != ErrorCode::PermissionDenied && record.error().code != ErrorCode::NotFound)
                return record.error();
            facts.patients[id].unreadable = record.error().message;
            continue;
        }
        auto coverages = m_ctx.coverages->list(id);
        FD_TRY(coverages);
        fillPatient(facts.patients[id], record.value(), coverages.value());
    }
    return {};
}

Status ScrubFactsLoader::loadDiagnoses(const std::vector<Claim>& claims, ScrubFacts& facts)
{
    auto versions = m_ctx.codes->versions(practice::CodeSet::Icd10Cm);
    FD_TRY(versions);
    // ICD-10-CM codes are valid for a whole release: one lookup per code and release.
    auto releaseOn = [&](const QDate& day) -> qint64 {
        for (const practice::CodeSetVersion& v : versions.value())
            if (v.effectiveFrom <= day && (v.effectiveTo.isNull() || day <= v.effectiveTo))
                return v.id;
        return -1;
    };
    QHash<QString, QString> byRelease;  // "CODE|release" -> problem (empty: valid)
    for (const Claim& c : claims) {
        const qint64 release = releaseOn(c.serviceDate);
        for (const QString& code : c.diagnoses) {
            const QString key = code + QLatin1Char('|') + QString::number(release);
            auto known = byRelease.constFind(key);
            if (known == byRelease.constEnd()) {
                auto valid = m_ctx.codes->validate(practice::CodeSet::Icd10Cm, code, c.serviceDate, true);
                if (!valid && valid.error().code != ErrorCode::InvalidInput && valid.error().code != ErrorCode::NotFound)
                    return valid.error();
                known = byRelease.insert(key, valid ? QString() : valid.error().message);
            }
            if (!known.value().isEmpty())
                facts.diagnosisProblems.insert(ScrubFacts::diagnosisKey(code, c.serviceDate), known.value());
        }
    }
    return {};
}

Status ScrubFactsLoader::loadClaimFacts(const std::vector<Claim>& claims, ScrubFacts& facts,
                                        const BilledServices* billedBefore)
{
    QSet<QString> codes;
    QDate first;
    QDate last;
    for (const Claim& c : claims) {
        for (const ClaimLine& l : c.lines) {
            codes.insert(l.code);
            const QDate day = l.serviceDate.isValid() ? l.serviceDate : c.serviceDate;
            first = first.isValid() ? std::min(first, day) : day;
            last = last.isValid() ? std::max(last, day) : day;
        }
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto installed = ScrubStore::installed(db);
    FD_TRY(installed);
    if (installed.value()) {
        auto ncci = ScrubStore::ncciFor(db, codes);
        FD_TRY(ncci);
        facts.ncci = std::move(ncci.value());
    }
    if (!billedBefore && first.isValid()) {  // with it, fillFromBuild() makes them
        auto billed = ScrubStore::billed(db, first, last);
        FD_TRY(billed);
        facts.billed = std::move(billed.value());
    }
    return {};
}

}  // namespace fd::billing
