#include "accounts/ui/ledger_table_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace fd::accounts::ui {

namespace {

// What the entry does to the account balance (insurance + patient - credit).
Money effect(const LedgerEntry& e)
{
    return e.insuranceDelta + e.patientDelta - e.creditDelta;
}

}  // namespace

LedgerTableModel::LedgerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

QString LedgerTableModel::kindText(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Charge: return tr("Charge");
    case EntryKind::InsurancePayment: return tr("Insurance payment");
    case EntryKind::PatientPayment: return tr("Patient payment");
    case EntryKind::Adjustment: return tr("Adjustment");
    case EntryKind::Transfer: return tr("Transfer");
    case EntryKind::Refund: return tr("Refund");
    case EntryKind::Reversal: return tr("Reversal");
    case EntryKind::CreditApplication: return tr("Credit applied");
    }
    return {};
}

QString LedgerTableModel::methodText(const QString& method)
{
    if (method == QStringLiteral("cash"))
        return tr("cash");
    if (method == QStringLiteral("check"))
        return tr("check");
    if (method == QStringLiteral("card"))
        return tr("card");
    if (method == QStringLiteral("eft"))
        return tr("EFT");
    return method;
}

void LedgerTableModel::clear()
{
    beginResetModel();
    m_loader = {};
    m_entries.clear();
    m_reversed.clear();
    m_rowById.clear();
    m_more = false;
    endResetModel();
}

bool LedgerTableModel::load(PageLoader loader)
{
    clear();
    m_loader = std::move(loader);
    return fetchPage();
}

bool LedgerTableModel::fetchPage()
{
    if (!m_loader)
        return false;
    auto page = m_loader(int(m_entries.size()), kPageSize);
    if (!page) {
        m_more = false;
        emit loadFailed(page.error().message);
        return false;
    }
    m_more = int(page->size()) == kPageSize;
    if (page->empty())
        return true;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    for (LedgerEntry& e : page.value()) {
        if (e.kind == EntryKind::Reversal)
            m_reversed.insert(e.reversedEntryId);
        m_rowById.insert(e.id, int(m_entries.size()));
        m_entries.push_back(std::move(e));
    }
    endInsertRows();
    // A reversal on this page may undo an entry of an earlier one.
    if (first > 0)
        emit dataChanged(index(0, 0), index(first - 1, ColumnCount - 1));
    return true;
}

bool LedgerTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void LedgerTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

const LedgerEntry* LedgerTableModel::entryAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[size_t(row)] : nullptr;
}

int LedgerTableModel::rowOf(const QString& entryId) const
{
    return m_rowById.value(entryId, -1);
}

int LedgerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LedgerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LedgerTableModel::postedBy(const QString& userId) const
{
    if (!m_names)
        return {};
    auto cached = m_nameCache.constFind(userId);
    if (cached != m_nameCache.constEnd())
        return cached.value();
    const QString name = m_names(userId);
    m_nameCache.insert(userId, name);
    return name;
}

QString LedgerTableModel::description(const LedgerEntry& e) const
{
    auto withNote = [&e](QString text) {
        if (!e.note.isEmpty())
            text += QStringLiteral(" — ") + e.note;
        return text;
    };
    auto paidBy = [&](const QString& method) {
        return e.reference.isEmpty() ? methodText(method) : tr("%1 %2").arg(methodText(method), e.reference);
    };
    switch (e.kind) {
    case EntryKind::Charge: {
        QString code = e.code;
        if (!e.modifiers.isEmpty())
            code += QLatin1Char('-') + e.modifiers.join(QLatin1Char('-'));
        if (e.units > 1)
            code += tr(" ×%1").arg(e.units);
        return withNote(e.description.isEmpty() ? code : tr("%1 %2").arg(code, e.description));
    }
    case EntryKind::PatientPayment:
        return withNote(e.lineId.isEmpty() ? tr("%1, unapplied credit").arg(paidBy(e.method)) : paidBy(e.method));
    case EntryKind::InsurancePayment:
    case EntryKind::Refund:
        return withNote(paidBy(e.method));
    case EntryKind::Adjustment:
        return withNote(tr("%1-%2 (%3)").arg(e.reasonGroup, e.reasonCode,
                                             e.insuranceDelta.isNegative() ? tr("insurance") : tr("patient")));
    case EntryKind::Transfer:
        return withNote(e.patientDelta.isNegative() ? tr("%1 patient → insurance").arg(e.amount.toDisplay())
                                                    : tr("%1 insurance → patient").arg(e.amount.toDisplay()));
    case EntryKind::CreditApplication:
        return withNote(tr("%1 of credit applied").arg(e.amount.toDisplay()));
    case EntryKind::Reversal: {
        const LedgerEntry* original = entryAt(rowOf(e.reversedEntryId));
        const QString what = original ? tr("Reverses the %1 of %2")
                                            .arg(kindText(original->kind).toLower(),
                                                 original->effectiveDate.toString(QStringLiteral("MM/dd/yyyy")))
                                      : tr("Reverses an entry");
        return withNote(what);
    }
    }
    return {};
}

QVariant LedgerTableModel::data(const QModelIndex& index, int role) const
{
    const LedgerEntry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    const bool reversed = m_reversed.contains(e->id);
    const Money change = effect(*e);
    switch (role) {
    case EntryIdRole: return e->id;
    case KindRole: return entryKindId(e->kind);
    case EffectiveDateRole: return e->effectiveDate;
    case ClaimRole: return e->claimId;
    case ReversedRole: return reversed || e->kind == EntryKind::Reversal;
    case Qt::FontRole:
        if (reversed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (reversed || e->kind == EntryKind::Reversal)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::ToolTipRole:
        if (reversed)
            return tr("Reversed: this entry no longer counts toward the balance.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Charge)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (Column(index.column())) {
    case Date: return e->effectiveDate.toString(QStringLiteral("MM/dd/yyyy"));
    case PostedBy: return postedBy(e->createdBy);
    case Kind: return reversed ? tr("%1 (reversed)").arg(kindText(e->kind)) : kindText(e->kind);
    case Description: return description(*e);
    case Claim: return e->claimId;
    case Charge: return change.cents() > 0 ? change.toDisplay() : QString();
    case Credit: return change.isNegative() ? (-change).toDisplay() : QString();
    case Running: return e->running.toDisplay();
    case ColumnCount: break;
    }
    return {};
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date: return tr("Date");
    case PostedBy: return tr("Posted by");
    case Kind: return tr("Kind");
    case Description: return tr("Description");
    case Claim: return tr("Claim");
    case Charge: return tr("Charge");
    case Credit: return tr("Credit");
    case Running: return tr("Balance");
    case ColumnCount: break;
    }
    return {};
}

}  // namespace fd::accounts::ui
