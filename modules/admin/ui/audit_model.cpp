#include "admin/ui/audit_model.h"

#include "security/audit_actions.h"
#include "security/audit_chain.h"
#include "security/roles.h"

#include <QColor>
#include <QJsonDocument>
#include <QLocale>

namespace fd::admin {

AuditModel::AuditModel(std::shared_ptr<security::IAuditTrail> audit, int pageSize, QObject* parent)
    : QAbstractTableModel(parent), m_audit(std::move(audit)), m_pageSize(qMax(1, pageSize))
{
}

Status AuditModel::setFilter(const security::AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.offset = 0;
    m_filter.limit = m_pageSize;
    m_rows.clear();
    m_total = 0;
    m_exhausted = false;
    endResetModel();
    auto counted = m_audit->count(m_filter);
    if (!counted) {
        m_exhausted = true;
        return counted.error();
    }
    m_total = counted.value();
    m_exhausted = m_total == 0;
    if (!m_exhausted)
        fetchMore({});
    return {};
}

const security::AuditEntry* AuditModel::entryAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    security::AuditFilter page = m_filter;
    page.offset = static_cast<qint64>(m_rows.size());
    page.limit = m_pageSize;
    auto listed = m_audit->list(page);
    if (!listed) {
        m_exhausted = true;
        emit failed(listed.error().toString());
        return;
    }
    std::vector<security::AuditEntry>& entries = listed.value();
    if (static_cast<int>(entries.size()) < m_pageSize)
        m_exhausted = true;
    if (entries.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    for (security::AuditEntry& entry : entries)
        m_rows.push_back(std::move(entry));
    endInsertRows();
    if (static_cast<qint64>(m_rows.size()) >= m_total)
        m_exhausted = true;
}

void AuditModel::sort(int column, Qt::SortOrder order)
{
    if (column != Time && column != Seq)
        return;
    security::AuditFilter filter = m_filter;
    filter.newestFirst = order == Qt::DescendingOrder;
    if (filter.newestFirst == m_filter.newestFirst && !m_rows.empty())
        return;
    if (Status status = setFilter(filter); !status)
        emit failed(status.error().toString());
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    const security::AuditEntry* entry = entryAt(index.row());
    if (!entry)
        return {};
    const security::AuditRecord& record = entry->record;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return entry->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case User:
            return entry->username;
        case RoleColumn: {
            const auto known = security::roleFromId(entry->role);
            return known ? security::roleDisplayName(*known) : entry->role;
        }
        case Action:
            return actionDisplayName(record.action);
        case Outcome:
            return record.outcome == QLatin1String("success")   ? tr("Success")
                   : record.outcome == QLatin1String("failure") ? tr("Failure")
                   : record.outcome == QLatin1String("denied")  ? tr("Denied")
                                                                : record.outcome;
        case Patient:
            return patientsText(record);
        case Record:
            return record.entityId.isEmpty() ? record.entity : tr("%1 %2").arg(record.entity, record.entityId);
        case Workstation:
            return entry->workstation;
        case Seq:
            return entry->seq;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && record.outcome != QLatin1String("success"))
        return QVariant::fromValue(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole && !record.details.isEmpty()) {
        // An entry about thousands of patients shows the first few of them, not a screenful.
        QJsonObject details = record.details;
        QString more;
        if (!record.patientIds.isEmpty()) {
            constexpr int kShown = 10;
            details.remove(QLatin1String(security::auditchain::kPatientsKey));
            more = tr("Patients: %1").arg(record.patientIds.mid(0, kShown).join(QStringLiteral(", ")));
            if (record.patientIds.size() > kShown)
                more += QLatin1Char(' ') + tr("and %1 more").arg(QLocale().toString(record.patientIds.size() - kShown));
        }
        QString text = details.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Indented));
        if (!more.isEmpty())
            text += more;
        return text;
    }
    return {};
}

QString AuditModel::patientsText(const security::AuditRecord& record)
{
    if (record.patientIds.isEmpty())
        return record.patientId;
    return tr("%1 patients").arg(QLocale().toString(record.patientIds.size()));
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case RoleColumn:
        return tr("Role");
    case Action:
        return tr("Action");
    case Outcome:
        return tr("Outcome");
    case Patient:
        return tr("Patient");
    case Record:
        return tr("Record");
    case Workstation:
        return tr("Workstation");
    case Seq:
        return tr("No.");
    default:
        return {};
    }
}

QStringList AuditModel::knownActions()
{
    namespace a = security::audit;
    return {a::kLogin,  a::kLogout, a::kLoginFailed, a::kLockout, a::kLock, a::kUnlock,
            a::kRead,   a::kCreate, a::kUpdate, a::kDelete, a::kPrint, a::kExport,
            a::kPermissionChange, a::kRoleChange, a::kAuditSettingsChange, a::kBreakGlass,
            a::kPasswordChange, a::kSecondFactorChange, a::kBackup, a::kRekey, a::kAccessDenied};
}

QString AuditModel::actionDisplayName(const QString& action)
{
    namespace a = security::audit;
    static const std::vector<std::pair<QString, const char*>> names = {
        {a::kLogin, QT_TR_NOOP("Login")},
        {a::kLogout, QT_TR_NOOP("Logout")},
        {a::kLoginFailed, QT_TR_NOOP("Failed login")},
        {a::kLockout, QT_TR_NOOP("Lockout")},
        {a::kLock, QT_TR_NOOP("Lock")},
        {a::kUnlock, QT_TR_NOOP("Unlock")},
        {a::kRead, QT_TR_NOOP("Read")},
        {a::kCreate, QT_TR_NOOP("Create")},
        {a::kUpdate, QT_TR_NOOP("Update")},
        {a::kDelete, QT_TR_NOOP("Delete")},
        {a::kPrint, QT_TR_NOOP("Print")},
        {a::kExport, QT_TR_NOOP("Export")},
        {a::kPermissionChange, QT_TR_NOOP("Permission change")},
        {a::kRoleChange, QT_TR_NOOP("Role change")},
        {a::kAuditSettingsChange, QT_TR_NOOP("Audit settings change")},
        {a::kBreakGlass, QT_TR_NOOP("Break-glass access")},
        {a::kPasswordChange, QT_TR_NOOP("Password change")},
        {a::kSecondFactorChange, QT_TR_NOOP("Two-factor change")},
        {a::kBackup, QT_TR_NOOP("Backup")},
        {a::kRekey, QT_TR_NOOP("New database key")},
        {a::kAccessDenied, QT_TR_NOOP("Access denied")},
    };
    for (const auto& [id, name] : names) {
        if (id == action)
            return tr(name);
    }
    return action;
}

}  // namespace fd::admin
