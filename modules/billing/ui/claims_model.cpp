#include "billing/ui/claims_model.h"

#include <QBrush>
#include <QColor>

namespace fd::billing::ui {

ClaimsModel::ClaimsModel(BillingServices services, std::shared_ptr<BillingNames> names, QObject* parent)
    : QAbstractTableModel(parent), m_services(std::move(services)), m_names(std::move(names))
{
}

bool ClaimsModel::load(std::optional<ClaimStatus> status, const QDate& from, const QDate& to)
{
    beginResetModel();
    m_status = status;
    m_from = from;
    m_to = to;
    m_keyset.reset();
    m_rows.clear();
    m_lastChange.clear();
    m_findings.clear();
    m_more = true;
    endResetModel();
    return fetchPage();
}

bool ClaimsModel::fetchPage()
{
    if (!m_more)
        return true;
    ClaimFilter filter;
    filter.status = m_status;
    filter.from = m_keyset.from(m_from);
    filter.to = m_to;
    filter.limit = kPageSize + m_keyset.overlap();
    auto page = m_services.claims->list(filter);
    if (!page) {
        m_more = false;
        emit loadFailed(page.error().message);
        return false;
    }
    m_more = int(page->size()) == filter.limit;
    std::vector<Claim> fresh;
    for (Claim& c : page.value())
        if (m_keyset.take(c.id, c.serviceDate))
            fresh.push_back(std::move(c));
    if (fresh.empty())
        return true;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (Claim& c : fresh)
        m_rows.push_back(std::move(c));
    endInsertRows();
    return true;
}

bool ClaimsModel::refreshClaim(const QString& claimId)
{
    const int row = rowOf(claimId);
    if (row < 0)
        return false;
    m_lastChange.remove(claimId);
    m_findings.remove(claimId);
    auto claim = m_services.claims->claim(claimId);
    if (!claim || (m_status && claim->status != *m_status)) {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
        return false;
    }
    m_rows[size_t(row)] = std::move(claim.value());
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool ClaimsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void ClaimsModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

const Claim* ClaimsModel::claimAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int ClaimsModel::rowOf(const QString& claimId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == claimId)
            return int(i);
    return -1;
}

int ClaimsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClaimsModel::lastChange(const Claim& claim) const
{
    auto cached = m_lastChange.constFind(claim.id);
    if (cached != m_lastChange.constEnd())
        return cached.value();
    QString text = BillingText::dateTime(claim.createdAt);
    if (auto history = m_services.claims->history(claim.id); history && !history->empty())
        text = BillingText::dateTime(history->back().at);
    m_lastChange.insert(claim.id, text);
    return text;
}

std::optional<ClaimScrubResult> ClaimsModel::findings(const QString& claimId) const
{
    if (!m_services.scrubber)
        return std::nullopt;
    auto cached = m_findings.constFind(claimId);
    if (cached != m_findings.constEnd())
        return cached.value();
    std::optional<ClaimScrubResult> result;
    if (auto read = m_services.scrubber->findings(claimId); read && read->scrubbedAt.isValid())
        result = read.value();
    m_findings.insert(claimId, result);
    return result;
}

void ClaimsModel::forgetFindings()
{
    m_findings.clear();
    if (!m_rows.empty())
        emit dataChanged(index(0, Findings), index(rowCount() - 1, Findings));
}

QString ClaimsModel::findingsText(const Claim& claim) const
{
    if (!m_services.scrubber)
        return {};
    const std::optional<ClaimScrubResult> r = findings(claim.id);
    if (!r)
        return tr("not scrubbed");
    if (r->errors() > 0)
        return tr("%n error(s)", nullptr, r->errors());
    if (r->unacknowledgedWarnings() > 0)
        return tr("%n warning(s) to acknowledge", nullptr, r->unacknowledgedWarnings());
    return tr("clean");
}

QVariant ClaimsModel::data(const QModelIndex& index, int role) const
{
    const Claim* c = index.isValid() ? claimAt(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case ClaimIdRole: return c->id;
    case StatusRole: return claimStatusId(c->status);
    case Qt::TextAlignmentRole:
        return index.column() == Total ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Findings) {
            const std::optional<ClaimScrubResult> r = m_services.scrubber ? findings(c->id) : std::nullopt;
            return r && r->errors() > 0 ? QVariant(QBrush(QColor(0xb3, 0x26, 0x1e))) : QVariant();
        }
        return c->status == ClaimStatus::Rejected ? QVariant(QBrush(QColor(0xb3, 0x26, 0x1e))) : QVariant();
    case Qt::ToolTipRole:
        return c->frequency == Frequency::Original ? QVariant()
                                                    : QVariant(tr("%1 of payer claim %2")
                                                                   .arg(BillingText::frequency(c->frequency),
                                                                        c->payerClaimControlNumber));
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (Column(index.column())) {
    case Number:
        return c->frequency == Frequency::Original
                   ? c->claimNumber
                   : tr("%1 (%2)").arg(c->claimNumber, frequencyCode(c->frequency));
    case Patient: return m_names->patient(c->patientId);
    case Payer: return m_names->payer(c->payerId);
    case ServiceDate: return BillingText::date(c->serviceDate);
    case Total: return BillingText::money(c->total());
    case Status: return BillingText::status(c->status);
    case LastChange: return lastChange(*c);
    case Findings: return findingsText(*c);
    case ColumnCount: break;
    }
    return {};
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number: return tr("Claim");
    case Patient: return tr("Patient");
    case Payer: return tr("Payer");
    case ServiceDate: return tr("Service date");
    case Total: return tr("Total");
    case Status: return tr("Status");
    case LastChange: return tr("Last change");
    case Findings: return tr("Scrubber");
    case ColumnCount: break;
    }
    return {};
}

}  // namespace fd::billing::ui
