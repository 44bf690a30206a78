#pragma once

#include "accounts/core/ledger_types.h"
#include "common/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>
#include <vector>

namespace fd::accounts::ui {

// A patient's ledger, oldest first with the running balance, fetched a page at a time as the
// view scrolls. Reversed entries and the reversals themselves are marked.
class LedgerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, PostedBy, Kind, Description, Claim, Charge, Credit, Running, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        KindRole,          // entryKindId()
        EffectiveDateRole, // QDate
        ClaimRole,
        ReversedRole,      // reversed, or a reversal: hidden together by the filter
    };
    static constexpr int kPageSize = 200;

    using PageLoader = std::function<Result<std::vector<LedgerEntry>>(int offset, int limit)>;
    using NameLookup = std::function<QString(const QString& userId)>;

    explicit LedgerTableModel(QObject* parent = nullptr);

    void setNameLookup(NameLookup lookup) { m_names = std::move(lookup); }
    // Starts over with the first page; false (and loadFailed) when it could not be read.
    bool load(PageLoader loader);
    void clear();
    const LedgerEntry* entryAt(int row) const;
    int rowOf(const QString& entryId) const;
    bool isReversed(const QString& entryId) const { return m_reversed.contains(entryId); }

    static QString kindText(EntryKind kind);
    static QString methodText(const QString& method);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    bool fetchPage();
    QString description(const LedgerEntry& e) const;
    QString postedBy(const QString& userId) const;

    PageLoader m_loader;
    NameLookup m_names;
    std::vector<LedgerEntry> m_entries;
    QSet<QString> m_reversed;  // ids of entries a reversal undid
    QHash<QString, int> m_rowById;
    mutable QHash<QString, QString> m_nameCache;
    bool m_more = false;
};

}  // namespace fd::accounts::ui
