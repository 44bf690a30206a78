#include "billing/ui/batches_model.h"

#include <QFileInfo>

namespace fd::billing::ui {

BatchesModel::BatchesModel(BillingServices services, QObject* parent)
    : QAbstractTableModel(parent), m_services(std::move(services))
{
}

bool BatchesModel::load()
{
    beginResetModel();
    m_rows.clear();
    m_more = true;
    endResetModel();
    return fetchPage();
}

bool BatchesModel::fetchPage()
{
    BatchFilter filter;
    filter.offset = int(m_rows.size());
    filter.limit = kPageSize;
    auto page = m_services.batches->batches(filter);
    if (!page) {
        m_more = false;
        emit loadFailed(page.error().message);
        return false;
    }
    m_more = int(page->size()) == kPageSize;
    if (page->empty())
        return true;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    for (BatchSummary& b : page.value())
        m_rows.push_back(std::move(b));
    endInsertRows();
    return true;
}

bool BatchesModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void BatchesModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

const BatchSummary* BatchesModel::batchAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int BatchesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchesModel::data(const QModelIndex& index, int role) const
{
    const BatchSummary* b = index.isValid() ? batchAt(index.row()) : nullptr;
    if (!b)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() >= Interchange && index.column() <= Sets)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == File)
        return b->fileName;
    if (role == Qt::ToolTipRole && index.column() == State && !b->error.isEmpty())
        return b->error;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Written: return BillingText::dateTime(b->createdAt);
    case Interchange: return QString::number(b->interchangeControlNumber);
    case Group: return QString::number(b->groupControlNumber);
    case Claims: return b->claimCount;
    case Sets: return b->transactionSets;
    case File: return QFileInfo(b->fileName).fileName();
    case State: return stateText(b->status);
    case ColumnCount: break;
    }
    return {};
}

QString BatchesModel::stateText(const QString& status)
{
    if (status == QLatin1String("written"))
        return tr("Written to a file");
    if (status == QLatin1String("sending"))
        return tr("Sending");
    if (status == QLatin1String("uploaded"))
        return tr("Delivered");
    if (status == QLatin1String("failed"))
        return tr("Delivery failed");
    if (status == QLatin1String("acknowledged"))
        return tr("Acknowledged");
    return status;
}

QVariant BatchesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Written: return tr("Written");
    case Interchange: return tr("Interchange (ISA13)");
    case Group: return tr("Group (GS06)");
    case Claims: return tr("Claims");
    case Sets: return tr("Transaction sets");
    case File: return tr("File");
    case State: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

BatchClaimsModel::BatchClaimsModel(std::shared_ptr<BillingNames> names, QObject* parent)
    : QAbstractTableModel(parent), m_names(std::move(names))
{
}

void BatchClaimsModel::setClaims(std::vector<BatchClaim> claims)
{
    beginResetModel();
    m_rows = std::move(claims);
    endResetModel();
}

const BatchClaim* BatchClaimsModel::claimAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int BatchClaimsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchClaimsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchClaimsModel::data(const QModelIndex& index, int role) const
{
    const BatchClaim* c = index.isValid() ? claimAt(index.row()) : nullptr;
    if (!c || role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Number: return c->claimNumber;
    case Patient: return m_names->patient(c->patientId);
    case ServiceDate: return BillingText::date(c->serviceDate);
    case Status: return BillingText::status(c->status);
    case ColumnCount: break;
    }
    return {};
}

QVariant BatchClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number: return tr("Claim");
    case Patient: return tr("Patient");
    case ServiceDate: return tr("Service date");
    case Status: return tr("Status now");
    case ColumnCount: break;
    }
    return {};
}

}  // namespace fd::billing::ui
