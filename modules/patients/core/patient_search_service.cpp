#include "patients/core/patient_search_service.h"

#include "storage/sql_text.h"

#include "patients/core/name_matching.h"
#include "patients/core/patients_permissions.h"
#include "patients/core/search_index.h"

#include <QRegularExpression>

#include <algorithm>

namespace fd::patients {

namespace {

// The first key after every key starting with `prefix` (keys are folded ASCII).
QString prefixEnd(const QString& prefix)
{
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    return end;
}

QString firstOfSort(const QString& sort)
{
    return sort.section(QLatin1Char(' '), 1);
}

// Ranked by how it matched, then last-name matches before first-name ones, then by name.
bool better(MatchRank rank, int tier, const QString& orderKey, MatchRank otherRank, int otherTier,
            const QString& otherKey)
{
    if (rank != otherRank)
        return rank < otherRank;
    if (tier != otherTier)
        return tier < otherTier;
    return orderKey < otherKey;
}

}  // namespace

Status PatientSearchService::lookup(Candidates& found, const QString& kind, const QString& key, bool prefix,
                                    MatchRank rank, int tier, MatchField field, int limit)
{
    if (key.isEmpty())
        return {};
    const QString where = prefix ? QStringLiteral("kind = ? AND key >= ? AND key < ? ORDER BY key, sort")
                                 : QStringLiteral("kind = ? AND key = ? ORDER BY sort");
    const QVariantList binds = prefix ? QVariantList{kind, key, prefixEnd(key)} : QVariantList{kind, key};
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT patient_id, key, sort FROM patient_search_keys WHERE %1 LIMIT %2")
                               .arg(where)
                               .arg(limit),
                           binds);
    FD_TRY(q);
    while (q->next()) {
        const QString id = q->value(0).toString();
        // Within the first-name tier, results come in first-name order.
        const QString orderKey = tier == 0 ? q->value(2).toString() : q->value(1).toString() + QLatin1Char(' ') + q->value(2).toString();
        auto it = found.find(id);
        if (it == found.end() || better(rank, tier, orderKey, it->rank, it->tier, it->orderKey))
            found.insert(id, {rank, tier, orderKey, field});
    }
    return {};
}

Status PatientSearchService::searchLastFirst(Candidates& found, const QString& last, const QString& first, int limit)
{
    if (last.isEmpty())
        return {};
    // Entries of the last-name range (or its Soundex) whose first name matches: exact or
    // prefix of what was typed, or one of its nicknames.
    const QStringList nicknames = nicknamesOf(first);
    auto scan = [&](const QString& kind, const QString& key, bool prefix, MatchRank lastRank) -> Status {
        // The first-name test runs inside SQLite, so only matching entries reach this code.
        QString where = prefix ? QStringLiteral("kind = ? AND key >= ? AND key < ?") : QStringLiteral("kind = ? AND key = ?");
        QVariantList binds = prefix ? QVariantList{kind, key, prefixEnd(key)} : QVariantList{kind, key};
        QString firstTest = QStringLiteral("substr(sort, instr(sort, ' ') + 1, ?) = ?");
        binds << first.size() << first;
        if (!nicknames.isEmpty()) {
            firstTest += QStringLiteral(" OR substr(sort, instr(sort, ' ') + 1) IN (%1)").arg(storage::placeholders(nicknames.size()));
            for (const QString& n : nicknames)
                binds << n;
        }
        auto q = storage::exec(m_ctx.db().connection(),
                               QStringLiteral("SELECT patient_id, sort FROM patient_search_keys WHERE %1 AND (%2) "
                                              "ORDER BY key, sort LIMIT %3")
                                   .arg(where, firstTest)
                                   .arg(limit * 4),
                               binds);
        FD_TRY(q);
        while (q->next()) {
            const QString sort = q->value(1).toString();
            const QString firstName = firstOfSort(sort);
            MatchRank firstRank;
            if (firstName == first)
                firstRank = MatchRank::Exact;
            else if (firstName.startsWith(first))
                firstRank = MatchRank::Prefix;
            else if (nicknames.contains(firstName))
                firstRank = MatchRank::Nickname;
            else
                continue;
            const MatchRank rank = std::max(lastRank, firstRank);
            const QString id = q->value(0).toString();
            auto it = found.find(id);
            if (it == found.end() || better(rank, 0, sort, it->rank, it->tier, it->orderKey))
                found.insert(id, {rank, 0, sort, MatchField::Name});
        }
        return {};
    };
    FD_TRY(scan(searchkey::kLast, last, false, MatchRank::Exact));
    FD_TRY(scan(searchkey::kLast, last, true, MatchRank::Prefix));
    if (last.size() >= 3)
        FD_TRY(scan(searchkey::kSoundex, soundex(last), false, MatchRank::Phonetic));
    return {};
}

Status PatientSearchService::searchName(Candidates& found, const QString& text, int limit)
{
    if (text.contains(QLatin1Char(','))) {
        const QString last = foldName(text.section(QLatin1Char(','), 0, 0));
        const QString first = foldName(text.section(QLatin1Char(','), 1));
        if (!first.isEmpty())
            return searchLastFirst(found, last, first, limit);
        return searchName(found, last, limit);
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = text.split(spaces, Qt::SkipEmptyParts);
    if (words.size() >= 2) {
        // "john smith" (first last) and "smith john" (last first).
        const QString a = foldName(words.front()), b = foldName(words.mid(1).join(QString()));
        FD_TRY(searchLastFirst(found, b, a, limit));
        return searchLastFirst(found, a, b, limit);
    }
    const QString token = foldName(text);
    if (token.isEmpty())
        return {};
    FD_TRY(lookup(found, searchkey::kLast, token, false, MatchRank::Exact, 0, MatchField::Name, limit));
    FD_TRY(lookup(found, searchkey::kFirst, token, false, MatchRank::Exact, 1, MatchField::Name, limit));
    FD_TRY(lookup(found, searchkey::kLast, token, true, MatchRank::Prefix, 0, MatchField::Name, limit));
    FD_TRY(lookup(found, searchkey::kFirst, token, true, MatchRank::Prefix, 1, MatchField::Name, limit));
    for (const QString& nickname : nicknamesOf(token))
        FD_TRY(lookup(found, searchkey::kFirst, nickname, false, MatchRank::Nickname, 1, MatchField::Name, limit));
    if (token.size() >= 3)
        FD_TRY(lookup(found, searchkey::kSoundex, soundex(token), false, MatchRank::Phonetic, 0, MatchField::Name, limit));
    return {};
}

Status PatientSearchService::searchIdentifiers(Candidates& found, const QString& text, int limit)
{
    if (auto date = parseBirthDate(text, m_ctx.today()))
        FD_TRY(lookup(found, searchkey::kBirth, date->toString(Qt::ISODate), false, MatchRank::Exact, 0,
                      MatchField::BirthDate, limit));
    const QString phone = phoneDigits(text);
    if (!phone.isEmpty())
        FD_TRY(lookup(found, searchkey::kPhone, phone, false, MatchRank::Exact, 0, MatchField::Phone, limit));
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    if (digitsOnly.match(text).hasMatch()) {
        if (text.size() == 4)
            FD_TRY(lookup(found, searchkey::kPhone4, text, false, MatchRank::Exact, 0, MatchField::Phone, limit));
        if (isValidAccountNumber(text))
            FD_TRY(lookup(found, searchkey::kAccount, text, false, MatchRank::Exact, 0, MatchField::AccountNumber, limit));
        if (text.size() >= 3)
            FD_TRY(lookup(found, searchkey::kAccount, text, true, MatchRank::Prefix, 0, MatchField::AccountNumber, limit));
    }
    const QString member = normalizeMemberId(text);
    if (member.size() >= 4)
        FD_TRY(lookup(found, searchkey::kMember, member, false, MatchRank::Exact, 0, MatchField::MemberId, limit));
    return {};
}

Status PatientSearchService::fillActivity(std::vector<PatientSearchHit>& hits)
{
    std::vector<std::shared_ptr<IPatientActivity>> sources = m_ctx.hooks->activitySources();
    if (m_registry) {
        if (auto registered = m_registry->get<IPatientActivity>())
            sources.push_back(registered);
    }
    if (sources.empty() || hits.empty())
        return {};
    std::vector<QString> ids;
    for (const PatientSearchHit& hit : hits)
        ids.push_back(hit.patient.id);
    std::vector<PatientActivity> activity(ids.size());
    for (const auto& source : sources)
        FD_TRY(source->fill(ids, activity));
    for (size_t i = 0; i < hits.size() && i < activity.size(); ++i)
        hits[i].activity = activity[i];
    return {};
}

Result<std::vector<PatientSearchHit>> PatientSearchService::search(const QString& raw, const PatientSearchOptions& options)
{
    FD_TRY(m_ctx.access().require(perm::kRead));
    const QString text = raw.trimmed();
    const int limit = std::clamp(options.limit, 1, 500);
    Candidates found;
    static const QRegularExpression hasDigit(QStringLiteral("[0-9]"));
    if (hasDigit.match(text).hasMatch())
        FD_TRY(searchIdentifiers(found, text, limit));
    else if (!text.isEmpty())
        FD_TRY(searchName(found, text, limit));
    if (found.isEmpty())
        return std::vector<PatientSearchHit>();

    std::vector<std::pair<QString, Candidate>> ranked(found.keyValueBegin(), found.keyValueEnd());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return better(a.second.rank, a.second.tier, a.second.orderKey, b.second.rank, b.second.tier, b.second.orderKey);
    });
    QStringList ids;
    QHash<QString, int> position;
    for (const auto& [id, candidate] : ranked) {
        position.insert(id, ids.size());
        ids << id;
    }
    auto rows = storage::exec(m_ctx.db().connection(),
                              QStringLiteral("SELECT %1 FROM patients WHERE id IN (%2)")
                                  .arg(patientSelectColumns(false), storage::placeholders(ids.size())),
                              QVariantList(ids.begin(), ids.end()));
    FD_TRY(rows);
    std::vector<std::optional<PatientSearchHit>> ordered(ids.size());
    while (rows->next()) {
        PatientSummary summary = summaryFromRow(rows.value(), m_ctx.today());
        if (!options.includeInactive && summary.status != QLatin1String("active"))
            continue;
        const int at = position.value(summary.id);
        const Candidate& c = ranked[at].second;
        ordered[at] = PatientSearchHit{std::move(summary), c.rank, c.field, {}};
    }
    std::vector<PatientSearchHit> hits;
    for (auto& entry : ordered) {
        if (entry && int(hits.size()) < limit)
            hits.push_back(std::move(*entry));
    }
    if (options.withActivity)
        FD_TRY(fillActivity(hits));
    return hits;
}

}  // namespace fd::patients
