#include "patients/core/search_index.h"

#include "patients/core/name_matching.h"
#include "patients/core/patient_context.h"
#include "storage/database.h"

#include <algorithm>

namespace fd::patients {

QString searchSortOf(const Patient& p)
{
    return foldName(p.lastName) + QLatin1Char(' ') + foldName(p.firstName);
}

std::vector<SearchKey> searchKeysOf(const Patient& p, const QStringList& memberIds)
{
    std::vector<SearchKey> keys;
    auto add = [&keys](const QString& kind, const QString& key) {
        if (key.isEmpty())
            return;
        for (const SearchKey& k : keys)
            if (k.kind == kind && k.key == key)
                return;
        keys.push_back({kind, key});
    };
    add(searchkey::kLast, foldName(p.lastName));
    for (const QString& part : nameParts(p.lastName))
        add(searchkey::kLast, part);
    add(searchkey::kSoundex, soundex(p.lastName));
    for (const QString& name : {p.firstName, p.preferredName}) {
        add(searchkey::kFirst, foldName(name));
        for (const QString& part : nameParts(name))
            add(searchkey::kFirst, part);
    }
    if (p.birthDate.isValid())
        add(searchkey::kBirth, p.birthDate.toString(Qt::ISODate));
    for (const Phone& phone : p.phones) {
        const QString digits = phoneDigits(phone.number);
        add(searchkey::kPhone, digits);
        add(searchkey::kPhone4, digits.right(4));
    }
    add(searchkey::kAccount, p.accountNumber);
    for (const QString& member : memberIds)
        add(searchkey::kMember, normalizeMemberId(member));
    return keys;
}

QString searchKeysInsertSql(qsizetype rows)
{
    QStringList values;
    values.fill(QStringLiteral("(?, ?, ?, ?)"), rows);
    return QStringLiteral("INSERT OR IGNORE INTO patient_search_keys (kind, key, sort, patient_id) VALUES %1")
        .arg(values.join(QStringLiteral(", ")));
}

void SearchKeysBulkLoad::add(const QString& patientId, const QString& sort, const std::vector<SearchKey>& keys)
{
    for (const SearchKey& k : keys)
        m_rows.push_back({k.kind, k.key, sort, patientId});
}

Status SearchKeysBulkLoad::write(storage::StatementCache& statements)
{
    std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        if (const int c = QString::compare(a.kind, b.kind); c != 0)
            return c < 0;
        if (const int c = QString::compare(a.key, b.key); c != 0)
            return c < 0;
        if (const int c = QString::compare(a.sort, b.sort); c != 0)
            return c < 0;
        return a.patientId < b.patientId;
    });
    constexpr qsizetype kRowsPerInsert = 64;  // 256 parameters, within SQLite's limit of 32,766
    const QString full = searchKeysInsertSql(kRowsPerInsert);
    QVariantList binds;
    binds.reserve(kRowsPerInsert * 4);
    for (qsizetype from = 0; from < size(); from += kRowsPerInsert) {
        const qsizetype rows = std::min(kRowsPerInsert, size() - from);
        binds.clear();
        for (qsizetype i = from; i < from + rows; ++i) {
            const Row& r = m_rows[std::size_t(i)];
            binds << r.kind << r.key << r.sort << r.patientId;
        }
        FD_TRY(statements.run(rows == kRowsPerInsert ? full : searchKeysInsertSql(rows), binds));
    }
    m_rows.clear();
    m_rows.shrink_to_fit();
    return {};
}

Status reindexPatient(QSqlDatabase db, const QString& patientId)
{
    FD_TRY(storage::exec(db, QStringLiteral("DELETE FROM patient_search_keys WHERE patient_id = ?"), {patientId}));
    auto row = storage::exec(
        db, QStringLiteral("SELECT %1 FROM patients WHERE id = ? AND deleted = 0 AND merged_into = ''").arg(patientSelectColumns()),
        {patientId});
    FD_TRY(row);
    if (!row->next())
        return {};
    const Patient patient = patientFromRow(row.value());
    auto members = storage::exec(db, QStringLiteral("SELECT member_id FROM coverages WHERE patient_id = ? AND deleted = 0"),
                                 {patientId});
    FD_TRY(members);
    QStringList memberIds;
    while (members->next())
        memberIds << members->value(0).toString();
    const std::vector<SearchKey> keys = searchKeysOf(patient, memberIds);
    if (keys.empty())
        return {};
    const QString sort = searchSortOf(patient);
    QVariantList binds;
    for (const SearchKey& k : keys)
        binds << k.kind << k.key << sort << patientId;
    auto inserted = storage::exec(db, searchKeysInsertSql(qsizetype(keys.size())), binds);
    if (!inserted)
        return inserted.error();
    return {};
}

}  // namespace fd::patients
