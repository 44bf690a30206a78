#include "patients/core/duplicate_finder.h"

#include "common/clock.h"
#include "patients/core/name_matching.h"
#include "patients/core/patient_context.h"
#include "patients/core/search_index.h"
#include "storage/synced_rows.h"

#include <QMap>

#include <algorithm>
#include <functional>

namespace fd::patients {

QString duplicateReasonId(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameNameAndBirthDate: return QStringLiteral("same_name_dob");
    case DuplicateReason::PhoneticNameAndBirthDate: return QStringLiteral("phonetic_name_dob");
    case DuplicateReason::SamePhone: return QStringLiteral("same_phone");
    case DuplicateReason::SameMemberId: return QStringLiteral("same_member_id");
    }
    return {};
}

QString reasonsText(const std::vector<DuplicateReason>& reasons)
{
    QStringList ids;
    for (DuplicateReason r : reasons)
        ids << duplicateReasonId(r);
    return ids.join(QLatin1Char(','));
}

std::vector<DuplicateReason> reasonsFrom(const QString& text)
{
    std::vector<DuplicateReason> reasons;
    for (const QString& id : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        for (DuplicateReason r : {DuplicateReason::SameNameAndBirthDate, DuplicateReason::PhoneticNameAndBirthDate,
                                  DuplicateReason::SamePhone, DuplicateReason::SameMemberId})
            if (duplicateReasonId(r) == id)
                reasons.push_back(r);
    return reasons;
}

namespace {

// A shared phone or member id links at most this many records; a number shared more widely (a
// clinic's own number typed as the patient's) says nothing about identity.
constexpr int kMaxSharedKey = 20;

// Fills in what the review shows of a candidate the caller holds in memory; false when it does not.
using KnownCandidate = std::function<bool(DuplicateCandidate&)>;

// The candidates of `found`, with what the review shows of each (from `known` when the caller
// holds it, else from the stored record), strongest evidence first, then by name.
Result<std::vector<DuplicateCandidate>> candidatesFor(storage::StatementCache& statements,
                                                      const QMap<QString, std::vector<DuplicateReason>>& found,
                                                      const KnownCandidate& known)
{
    std::vector<DuplicateCandidate> candidates;
    for (auto it = found.begin(); it != found.end(); ++it) {
        std::vector<DuplicateReason> reasons = it.value();
        std::sort(reasons.begin(), reasons.end());
        DuplicateCandidate candidate{it.key(), {}, {}, {}, reasons};
        if (known && known(candidate)) {
            candidates.push_back(std::move(candidate));
            continue;
        }
        auto row = statements.exec(QStringLiteral("SELECT account_number, first_name, middle_name, last_name, suffix, "
                                                  "birth_date FROM patients WHERE id = ?"),
                                   {it.key()});
        FD_TRY(row);
        QSqlQuery& q = **row;
        if (!q.next())
            continue;
        Patient p;
        p.firstName = q.value(1).toString();
        p.middleName = q.value(2).toString();
        p.lastName = q.value(3).toString();
        p.suffix = q.value(4).toString();
        candidates.push_back({it.key(), q.value(0).toString(), p.displayName(), dateFrom(q.value(5)), reasons});
        q.finish();
    }
    // Strongest evidence first, then by name.
    std::sort(candidates.begin(), candidates.end(), [](const DuplicateCandidate& a, const DuplicateCandidate& b) {
        if (a.reasons.front() != b.reasons.front())
            return a.reasons.front() < b.reasons.front();
        if (a.reasons.size() != b.reasons.size())
            return a.reasons.size() > b.reasons.size();
        return a.displayName < b.displayName;
    });
    return candidates;
}

}  // namespace

Result<std::vector<DuplicateCandidate>> findDuplicateCandidates(QSqlDatabase db, const Patient& patient,
                                                                const QStringList& memberIds)
{
    return DuplicateFinder(std::move(db)).find(patient, memberIds);
}

Status DuplicateFinder::collect(const QString& kind, const QString& key, const QString& selfId,
                                DuplicateReason reason, QMap<QString, std::vector<DuplicateReason>>& found)
{
    if (key.isEmpty())
        return {};
    static const QString sql =
        QStringLiteral("SELECT patient_id FROM patient_search_keys WHERE kind = ? AND key = ? LIMIT %1")
            .arg(kMaxSharedKey + 1);
    auto q = m_statements.exec(sql, {kind, key});
    FD_TRY(q);
    QStringList ids;
    while ((*q)->next())
        ids << (*q)->value(0).toString();
    if (ids.size() > kMaxSharedKey)
        return {};
    for (const QString& id : ids) {
        if (id == selfId)
            continue;
        auto& reasons = found[id];
        if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end())
            reasons.push_back(reason);
    }
    return {};
}

Result<std::vector<DuplicateCandidate>> DuplicateFinder::find(const Patient& patient, const QStringList& memberIds)
{
    QMap<QString, std::vector<DuplicateReason>> found;
    if (patient.birthDate.isValid()) {
        auto sameDay = m_statements.exec(QStringLiteral("SELECT p.id, p.first_name, p.last_name FROM patient_search_keys k "
                                                        "JOIN patients p ON p.id = k.patient_id "
                                                        "WHERE k.kind = ? AND k.key = ?"),
                                         {searchkey::kBirth, patient.birthDate.toString(Qt::ISODate)});
        FD_TRY(sameDay);
        QSqlQuery& q = **sameDay;
        const QString first = foldName(patient.firstName), last = foldName(patient.lastName);
        const QString firstSdx = soundex(patient.firstName), lastSdx = soundex(patient.lastName);
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (id == patient.id)
                continue;
            const QString otherFirst = q.value(1).toString(), otherLast = q.value(2).toString();
            if (foldName(otherFirst) == first && foldName(otherLast) == last)
                found[id].push_back(DuplicateReason::SameNameAndBirthDate);
            else if (soundex(otherFirst) == firstSdx && soundex(otherLast) == lastSdx)
                found[id].push_back(DuplicateReason::PhoneticNameAndBirthDate);
        }
    }
    for (const Phone& phone : patient.phones)
        FD_TRY(collect(searchkey::kPhone, phoneDigits(phone.number), patient.id, DuplicateReason::SamePhone, found));
    for (const QString& member : memberIds)
        FD_TRY(collect(searchkey::kMember, normalizeMemberId(member), patient.id, DuplicateReason::SameMemberId, found));
    return candidatesFor(m_statements, found, {});
}

Status DuplicateIndex::load()
{
    // What find() of DuplicateFinder reads through the index, for every indexed patient.
    auto born = m_statements.exec(QStringLiteral("SELECT k.key, p.id, p.first_name, p.last_name "
                                                 "FROM patient_search_keys k JOIN patients p ON p.id = k.patient_id "
                                                 "WHERE k.kind = ?"),
                                  {searchkey::kBirth});
    FD_TRY(born);
    while ((*born)->next()) {
        QSqlQuery& q = **born;
        addSameDay(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    }
    (*born)->finish();
    for (const auto& [kind, ids] : {std::pair{&searchkey::kPhone, &m_phones}, std::pair{&searchkey::kMember, &m_members}}) {
        auto keyed = m_statements.exec(QStringLiteral("SELECT key, patient_id FROM patient_search_keys WHERE kind = ?"),
                                       {*kind});
        FD_TRY(keyed);
        while ((*keyed)->next())
            (*ids)[(*keyed)->value(0).toString()].push_back((*keyed)->value(1).toString());
        (*keyed)->finish();
    }
    return {};
}

void DuplicateIndex::addSameDay(const QString& date, const QString& id, const QString& first, const QString& last)
{
    m_birth[date].push_back({id, foldName(first), foldName(last), soundex(first), soundex(last)});
}

void DuplicateIndex::add(const Patient& patient, const std::vector<SearchKey>& keys)
{
    for (const SearchKey& k : keys) {
        if (k.kind == searchkey::kBirth)
            addSameDay(k.key, patient.id, patient.firstName, patient.lastName);
        else if (k.kind == searchkey::kPhone)
            m_phones[k.key].push_back(patient.id);
        else if (k.kind == searchkey::kMember)
            m_members[k.key].push_back(patient.id);
    }
    m_added.insert(patient.id, {patient.accountNumber, patient.displayName(), patient.birthDate});
}

void DuplicateIndex::collect(const QHash<QString, std::vector<QString>>& ids, const QString& key,
                             const QString& selfId, DuplicateReason reason,
                             QMap<QString, std::vector<DuplicateReason>>& found) const
{
    if (key.isEmpty())
        return;
    const auto it = ids.constFind(key);
    if (it == ids.constEnd() || qsizetype(it->size()) > kMaxSharedKey)
        return;
    for (const QString& id : *it) {
        if (id == selfId)
            continue;
        auto& reasons = found[id];
        if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end())
            reasons.push_back(reason);
    }
}

Result<std::vector<DuplicateCandidate>> DuplicateIndex::find(const Patient& patient, const QStringList& memberIds)
{
    QMap<QString, std::vector<DuplicateReason>> found;
    if (patient.birthDate.isValid()) {
        const auto sameDay = m_birth.constFind(patient.birthDate.toString(Qt::ISODate));
        if (sameDay != m_birth.constEnd()) {
            const QString first = foldName(patient.firstName), last = foldName(patient.lastName);
            const QString firstSdx = soundex(patient.firstName), lastSdx = soundex(patient.lastName);
            for (const SameDay& other : *sameDay) {
                if (other.id == patient.id)
                    continue;
                if (other.first == first && other.last == last)
                    found[other.id].push_back(DuplicateReason::SameNameAndBirthDate);
                else if (other.firstSdx == firstSdx && other.lastSdx == lastSdx)
                    found[other.id].push_back(DuplicateReason::PhoneticNameAndBirthDate);
            }
        }
    }
    for (const Phone& phone : patient.phones)
        collect(m_phones, phoneDigits(phone.number), patient.id, DuplicateReason::SamePhone, found);
    for (const QString& member : memberIds)
        collect(m_members, normalizeMemberId(member), patient.id, DuplicateReason::SameMemberId, found);
    return candidatesFor(m_statements, found, [this](DuplicateCandidate& c) {
        const auto it = m_added.constFind(c.patientId);
        if (it == m_added.constEnd())
            return false;
        c.accountNumber = it->accountNumber;
        c.displayName = it->displayName;
        c.birthDate = it->birthDate;
        return true;
    });
}

Status queueDuplicateReviews(storage::Transaction& tx, const QString& patientId,
                             const std::vector<DuplicateCandidate>& candidates, const QDateTime& now)
{
    for (const DuplicateCandidate& c : candidates) {
        auto existing = storage::exec(tx.connection(),
                                      QStringLiteral("SELECT id FROM patient_duplicate_reviews WHERE deleted = 0 AND "
                                                     "status = 'open' AND ((patient_id = ? AND candidate_id = ?) OR "
                                                     "(patient_id = ? AND candidate_id = ?))"),
                                      {patientId, c.patientId, c.patientId, patientId});
        FD_TRY(existing);
        if (existing->next())
            continue;
        FD_TRY(storage::SyncedRows::insert(tx, QStringLiteral("patient_duplicate_reviews"),
                                           {{QStringLiteral("patient_id"), patientId},
                                            {QStringLiteral("candidate_id"), c.patientId},
                                            {QStringLiteral("reasons"), reasonsText(c.reasons)},
                                            {QStringLiteral("status"), QStringLiteral("open")},
                                            {QStringLiteral("created_at"), toIsoUtc(now)},
                                            {QStringLiteral("resolved_by"), QStringLiteral("")},
                                            {QStringLiteral("resolved_at"), QStringLiteral("")},
                                            {QStringLiteral("merge_id"), QStringLiteral("")}}));
    }
    return {};
}

}  // namespace fd::patients
