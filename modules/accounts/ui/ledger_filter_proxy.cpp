#include "accounts/ui/ledger_filter_proxy.h"

#include "accounts/ui/ledger_table_model.h"

namespace fd::accounts::ui {

LedgerFilterProxy::LedgerFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {}

void LedgerFilterProxy::setDateRange(const QDate& from, const QDate& to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void LedgerFilterProxy::setKind(const QString& kindId)
{
    m_kind = kindId;
    invalidateFilter();
}

void LedgerFilterProxy::setClaim(const QString& claim)
{
    m_claim = claim.trimmed();
    invalidateFilter();
}

void LedgerFilterProxy::setShowReversed(bool show)
{
    m_showReversed = show;
    invalidateFilter();
}

bool LedgerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QDate date = index.data(LedgerTableModel::EffectiveDateRole).toDate();
    if (m_from.isValid() && date < m_from)
        return false;
    if (m_to.isValid() && date > m_to)
        return false;
    if (!m_kind.isEmpty() && index.data(LedgerTableModel::KindRole).toString() != m_kind)
        return false;
    if (!m_claim.isEmpty()
        && !index.data(LedgerTableModel::ClaimRole).toString().contains(m_claim, Qt::CaseInsensitive))
        return false;
    if (!m_showReversed && index.data(LedgerTableModel::ReversedRole).toBool())
        return false;
    return true;
}

}  // namespace fd::accounts::ui
