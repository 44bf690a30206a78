#pragma once

#include "common/result.h"
#include "practice/core/code_sets.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace fd::practice {

// The SQL behind code sets: code_set_versions (one row per imported version, with its
// effective dates) and code_set_entries (the codes of each version, keyed by version and code
// so that a prefix search is a range scan of the primary key). Code sets are reference data
// from publishers' files, not practice data, so they are not synced rows: each copy of the
// practice imports the same files. Writes run in the caller's transaction.
class CodeSetStore
{
public:
    explicit CodeSetStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Adds a version and its codes, then re-derives every version's end date from the next
    // version's start. Conflict when the version name or start date is already imported.
    Result<CodeSetVersion> addVersion(CodeSet set, const QString& version, const QDate& effectiveFrom,
                                      const QString& source, const std::vector<CodeEntry>& entries);

    Result<std::vector<CodeSetVersion>> versions(CodeSet set) const;
    // The version in effect on the date, if any.
    Result<std::optional<CodeSetVersion>> versionOn(CodeSet set, const QDate& date) const;

    Result<CodeMatch> lookup(CodeSet set, const QString& code, const QDate& date, bool requireBillable) const;
    Result<std::vector<CodeMatch>> searchPrefix(CodeSet set, const QString& prefix, const QDate& date, int limit) const;
    Result<std::vector<CodeMatch>> searchText(CodeSet set, const QString& text, const QDate& date, int limit) const;

private:
    Status closeVersions(CodeSet set);
    Error notValidOn(CodeSet set, const QString& code, const QDate& date) const;
    Result<std::vector<CodeMatch>> matches(CodeSet set, const CodeSetVersion& version, const QString& where,
                                           const QVariantList& binds, const QDate& date, int limit) const;

    QSqlDatabase m_db;
};

}  // namespace fd::practice
