#include "billing/ui/unbilled_model.h"

#include <QBrush>
#include <QColor>

namespace fd::billing::ui {

UnbilledModel::UnbilledModel(BillingServices services, std::shared_ptr<BillingNames> names, QObject* parent)
    : QAbstractTableModel(parent), m_services(std::move(services)), m_names(std::move(names))
{
}

bool UnbilledModel::load(const QDate& from, const QDate& to, const QString& providerId)
{
    beginResetModel();
    m_from = from;
    m_to = to;
    m_providerId = providerId;
    m_keyset.reset();
    m_rows.clear();
    m_total = Money();
    m_held = 0;
    m_more = true;
    endResetModel();
    return fetchPage();
}

bool UnbilledModel::fetchPage()
{
    // A page may hold only other providers' charges: read on until one shows or none are left.
    std::vector<UnbilledCharge> fresh;
    while (m_more && fresh.empty()) {
        UnbilledFilter filter;
        filter.from = m_keyset.from(m_from);
        filter.to = m_to;
        filter.limit = kPageSize + m_keyset.overlap();
        auto page = m_services.charges->unbilled(filter);
        if (!page) {
            m_more = false;
            emit loadFailed(page.error().message);
            return false;
        }
        m_more = int(page->size()) == filter.limit;
        for (UnbilledCharge& c : page.value())
            if (m_keyset.take(c.lineId, c.serviceDate)
                && (m_providerId.isEmpty() || c.renderingProviderId == m_providerId))
                fresh.push_back(std::move(c));
    }
    if (fresh.empty())
        return true;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (UnbilledCharge& c : fresh) {
        m_total = m_total + c.amount;
        if (!c.hold.isEmpty())
            ++m_held;
        m_rows.push_back(std::move(c));
    }
    endInsertRows();
    return true;
}

bool UnbilledModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void UnbilledModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

const UnbilledCharge* UnbilledModel::chargeAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int UnbilledModel::rowOf(const QString& lineId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].lineId == lineId)
            return int(i);
    return -1;
}

int UnbilledModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnbilledModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnbilledModel::data(const QModelIndex& index, int role) const
{
    const UnbilledCharge* c = index.isValid() ? chargeAt(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case LineIdRole: return c->lineId;
    case EncounterIdRole: return c->encounterId;
    case HeldRole: return !c->hold.isEmpty();
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        return c->hold.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0x9a, 0x4d, 0x00)));
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (Column(index.column())) {
    case Patient: return m_names->patient(c->patientId);
    case ServiceDate: return BillingText::date(c->serviceDate);
    case Code: return BillingText::code(c->code, c->modifiers, c->units);
    case Provider: return m_names->provider(c->renderingProviderId);
    case Amount: return BillingText::money(c->amount);
    case Hold: return c->hold;
    case ColumnCount: break;
    }
    return {};
}

QVariant UnbilledModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Patient: return tr("Patient");
    case ServiceDate: return tr("Date");
    case Code: return tr("Code");
    case Provider: return tr("Provider");
    case Amount: return tr("Amount");
    case Hold: return tr("Held because");
    case ColumnCount: break;
    }
    return {};
}

}  // namespace fd::billing::ui
