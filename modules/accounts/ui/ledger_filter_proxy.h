#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace fd::accounts::ui {

// What of a ledger the dock shows: a date range, one kind, one claim, and whether reversed
// entries (with the reversals that undid them) are listed. The running balance stays the
// account's, whatever is hidden.
class LedgerFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LedgerFilterProxy(QObject* parent = nullptr);

    void setDateRange(const QDate& from, const QDate& to);  // invalid: open
    void setKind(const QString& kindId);                    // empty: every kind
    void setClaim(const QString& claim);                    // part of a claim id; empty: any
    void setShowReversed(bool show);
    bool showsReversed() const { return m_showReversed; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QDate m_from;
    QDate m_to;
    QString m_kind;
    QString m_claim;
    bool m_showReversed = true;
};

}  // namespace fd::accounts::ui
