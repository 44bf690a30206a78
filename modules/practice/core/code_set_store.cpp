#include "practice/core/code_set_store.h"

#include "common/clock.h"
#include "practice/core/code_set_parser.h"
#include "practice/core/practice_validation.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace fd::practice {

namespace {

QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

CodeSetVersion versionFrom(const QSqlQuery& q, CodeSet set)
{
    CodeSetVersion v;
    v.id = q.value(0).toLongLong();
    v.set = set;
    v.version = q.value(1).toString();
    v.effectiveFrom = dateOf(q.value(2));
    v.effectiveTo = dateOf(q.value(3));
    v.source = q.value(4).toString();
    v.codeCount = q.value(5).toLongLong();
    return v;
}

const QString kVersionColumns = QStringLiteral("id, version, effective_from, effective_to, source, code_count");

// An upper bound for a prefix range scan: "E11" -> "E12" (codes are ASCII).
QString prefixEnd(const QString& prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

}  // namespace

Result<CodeSetVersion> CodeSetStore::addVersion(CodeSet set, const QString& version, const QDate& effectiveFrom,
                                                const QString& source, const std::vector<CodeEntry>& entries)
{
    const QString setId = codeSetId(set);
    auto clash = storage::exec(m_db,
                               QStringLiteral("SELECT version, effective_from FROM code_set_versions "
                                              "WHERE code_set = ? AND (version = ? OR effective_from = ?)"),
                               {setId, version, iso(effectiveFrom)});
    FD_TRY(clash);
    if (clash->next())
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("fd::practice", "%1 version %2 (effective %3) is already imported; a new version needs a new "
                                    "name and a new effective date.")
                             .arg(codeSetDisplayName(set), clash->value(0).toString(), clash->value(1).toString()));
    auto inserted = storage::exec(m_db,
                                  QStringLiteral("INSERT INTO code_set_versions (code_set, version, effective_from, "
                                                 "source, imported_at, code_count) VALUES (?, ?, ?, ?, ?, ?)"),
                                  {setId, version, iso(effectiveFrom), source, toIsoUtc(QDateTime::currentDateTimeUtc()),
                                   qint64(entries.size())});
    FD_TRY(inserted);
    const qint64 versionId = inserted->lastInsertId().toLongLong();
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO code_set_entries (version_id, code, billable, short_description, "
                                  "description, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return makeError(ErrorCode::Internal, QCoreApplication::translate("fd::practice", "Could not prepare the code import"), q.lastError().text());
    for (const CodeEntry& e : entries) {
        q.bindValue(0, versionId);
        q.bindValue(1, e.code);
        q.bindValue(2, e.billable ? 1 : 0);
        q.bindValue(3, e.shortDescription);
        q.bindValue(4, e.description);
        q.bindValue(5, iso(e.validFrom));
        q.bindValue(6, iso(e.validTo));
        if (!q.exec())
            return makeError(ErrorCode::Internal, QCoreApplication::translate("fd::practice", "Could not store code %1").arg(e.code), q.lastError().text());
    }
    FD_TRY(closeVersions(set));
    auto all = versions(set);
    FD_TRY(all);
    for (const CodeSetVersion& v : all.value())
        if (v.id == versionId)
            return v;
    return makeError(ErrorCode::Internal, QCoreApplication::translate("fd::practice", "The imported version vanished"));
}

// Each version ends the day before the next one starts; the newest is open-ended.
Status CodeSetStore::closeVersions(CodeSet set)
{
    auto all = versions(set);
    FD_TRY(all);
    const auto& list = all.value();
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString end = i + 1 < list.size() ? iso(list.at(i + 1).effectiveFrom.addDays(-1)) : QString();
        FD_TRY(storage::exec(m_db, QStringLiteral("UPDATE code_set_versions SET effective_to = ? WHERE id = ?"),
                             {end, list.at(i).id}));
    }
    return {};
}

Result<std::vector<CodeSetVersion>> CodeSetStore::versions(CodeSet set) const
{
    auto q = storage::exec(m_db,
                           QStringLiteral("SELECT %1 FROM code_set_versions WHERE code_set = ? ORDER BY effective_from")
                               .arg(kVersionColumns),
                           {codeSetId(set)});
    FD_TRY(q);
    std::vector<CodeSetVersion> list;
    while (q->next())
        list.push_back(versionFrom(q.value(), set));
    return list;
}

Result<std::optional<CodeSetVersion>> CodeSetStore::versionOn(CodeSet set, const QDate& date) const
{
    auto q = storage::exec(m_db,
                           QStringLiteral("SELECT %1 FROM code_set_versions WHERE code_set = ? AND effective_from <= ? "
                                          "AND (effective_to IS NULL OR effective_to >= ?) "
                                          "ORDER BY effective_from DESC LIMIT 1")
                               .arg(kVersionColumns),
                           {codeSetId(set), iso(date), iso(date)});
    FD_TRY(q);
    if (!q->next())
        return std::optional<CodeSetVersion>();
    return std::optional<CodeSetVersion>(versionFrom(q.value(), set));
}

Result<std::vector<CodeMatch>> CodeSetStore::matches(CodeSet set, const CodeSetVersion& version, const QString& where,
                                                     const QVariantList& binds, const QDate& date, int limit) const
{
    QVariantList all{version.id};
    all << binds << iso(date) << iso(date) << limit;
    auto q = storage::exec(m_db,
                           QStringLiteral("SELECT code, billable, short_description, description, valid_from, valid_to "
                                          "FROM code_set_entries WHERE version_id = ? AND %1 "
                                          "AND (valid_from IS NULL OR valid_from <= ?) "
                                          "AND (valid_to IS NULL OR valid_to >= ?) ORDER BY code LIMIT ?")
                               .arg(where),
                           all);
    FD_TRY(q);
    std::vector<CodeMatch> list;
    while (q->next()) {
        CodeMatch m;
        m.set = set;
        m.version = version.version;
        m.entry.code = q->value(0).toString();
        m.entry.billable = q->value(1).toInt() != 0;
        m.entry.shortDescription = q->value(2).toString();
        m.entry.description = q->value(3).toString();
        m.entry.validFrom = dateOf(q->value(4));
        m.entry.validTo = dateOf(q->value(5));
        m.displayCode = CodeSetParser::displayCode(set, m.entry.code);
        list.push_back(std::move(m));
    }
    return list;
}

Result<CodeMatch> CodeSetStore::lookup(CodeSet set, const QString& code, const QDate& date, bool requireBillable) const
{
    const QString normalized = CodeSetParser::normalizeCode(set, code);
    auto version = versionOn(set, date);
    FD_TRY(version);
    if (!version->has_value())
        return notValidOn(set, normalized, date);
    auto found = matches(set, **version, QStringLiteral("code = ?"), {normalized}, date, 1);
    FD_TRY(found);
    if (found->empty())
        return notValidOn(set, normalized, date);
    CodeMatch m = found->front();
    if (requireBillable && !m.entry.billable)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::practice", "%1 code %2 is a category heading, not a billable code; choose a more specific code.")
                             .arg(codeSetDisplayName(set), m.displayCode),
                         QStringLiteral("code"));
    return m;
}

// Says when the code is valid, so a person can see whether the date or the code is wrong.
Error CodeSetStore::notValidOn(CodeSet set, const QString& code, const QDate& date) const
{
    const QString shown = CodeSetParser::displayCode(set, code);
    auto q = storage::exec(m_db,
                           QStringLiteral("SELECT v.effective_from, v.effective_to, e.valid_from, e.valid_to "
                                          "FROM code_set_entries e JOIN code_set_versions v ON v.id = e.version_id "
                                          "WHERE v.code_set = ? AND e.code = ? ORDER BY v.effective_from"),
                           {codeSetId(set), code});
    QStringList ranges;
    while (q && q->next()) {
        QDate from = dateOf(q->value(0));
        QDate to = dateOf(q->value(1));
        if (const QDate f = dateOf(q->value(2)); f.isValid() && f > from)
            from = f;
        if (const QDate t = dateOf(q->value(3)); t.isValid() && (!to.isValid() || t < to))
            to = t;
        ranges << (to.isValid() ? QCoreApplication::translate("fd::practice", "%1 to %2").arg(iso(from), iso(to)) : QCoreApplication::translate("fd::practice", "from %1").arg(iso(from)));
    }
    if (ranges.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::practice", "%1 code %2 is not in any imported version of the code set.")
                             .arg(codeSetDisplayName(set), shown),
                         QStringLiteral("code"));
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("fd::practice", "%1 code %2 is not valid on %3; it is valid %4.")
                         .arg(codeSetDisplayName(set), shown, iso(date), ranges.join(QStringLiteral(", "))),
                     QStringLiteral("code"));
}

Result<std::vector<CodeMatch>> CodeSetStore::searchPrefix(CodeSet set, const QString& prefix, const QDate& date,
                                                          int limit) const
{
    auto version = versionOn(set, date);
    FD_TRY(version);
    if (!version->has_value())
        return std::vector<CodeMatch>();
    const QString p = CodeSetParser::normalizeCode(set, prefix);
    if (p.isEmpty())
        return matches(set, **version, QStringLiteral("1 = 1"), {}, date, limit);
    return matches(set, **version, QStringLiteral("code >= ? AND code < ?"), {p, prefixEnd(p)}, date, limit);
}

Result<std::vector<CodeMatch>> CodeSetStore::searchText(CodeSet set, const QString& text, const QDate& date,
                                                        int limit) const
{
    auto version = versionOn(set, date);
    FD_TRY(version);
    if (!version->has_value())
        return std::vector<CodeMatch>();
    QStringList clauses;
    QVariantList binds;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString escaped = word;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        clauses << QStringLiteral("description LIKE ? ESCAPE '\\'");
        binds << QStringLiteral("%") + escaped + QStringLiteral("%");
    }
    if (clauses.isEmpty())
        return searchPrefix(set, QString(), date, limit);
    return matches(set, **version, QLatin1Char('(') + clauses.join(QStringLiteral(" AND ")) + QLatin1Char(')'), binds,
                   date, limit);
}

}  // namespace fd::practice
