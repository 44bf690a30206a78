#include "practice/core/code_set_service.h"

#include "practice/core/code_set_parser.h"
#include "practice/core/code_set_store.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/practice_validation.h"
#include "security/audit_actions.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fd::practice {

namespace {
constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
}

Status CodeSetService::requireView() const
{
    return m_ctx.access->require(perm::kView);
}

Result<CodeSetVersion> CodeSetService::importFile(CodeSet set, const QString& version, const QDate& effectiveFrom,
                                                  const QString& path)
{
    FD_TRY(m_ctx.access->require(perm::kCodesImport));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("fd::practice", "Cannot read %1").arg(path), file.errorString());
    if (file.size() > kMaxFileBytes)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "%1 is too large for a code-set file").arg(path));
    return importData(set, version, effectiveFrom, file.readAll(), QFileInfo(path).fileName());
}

Result<CodeSetVersion> CodeSetService::importData(CodeSet set, const QString& version, const QDate& effectiveFrom,
                                                  const QByteArray& data, const QString& sourceName)
{
    FD_TRY(m_ctx.access->require(perm::kCodesImport));
    if (version.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "The code-set version needs a name (as 2025)."),
                         QStringLiteral("version"));
    if (!effectiveFrom.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "The code-set version needs an effective date."),
                         QStringLiteral("effective_from"));
    CodeSetParser parser(set);
    auto entries = parser.parse(data);
    if (!entries) {
        Error e = entries.error();
        e.message = QStringLiteral("%1: %2").arg(sourceName, e.message);
        return e;
    }
    auto tx = m_ctx.db.begin();
    if (!tx)
        return tx.error();
    CodeSetStore store((*tx)->connection());
    auto added = store.addVersion(set, version.trimmed(), effectiveFrom, sourceName, entries.value());
    FD_TRY(added);
    security::AuditRecord record;
    record.action = security::audit::kCreate;
    record.entity = QStringLiteral("code_set_versions");
    record.entityId = QString::number(added->id);
    record.details = {{QStringLiteral("new"),
                       QJsonObject{{QStringLiteral("code_set"), codeSetId(set)},
                                   {QStringLiteral("version"), added->version},
                                   {QStringLiteral("effective_from"), effectiveFrom.toString(Qt::ISODate)},
                                   {QStringLiteral("source"), sourceName},
                                   {QStringLiteral("code_count"), added->codeCount}}}};
    FD_TRY(m_ctx.audit->record(record));
    FD_TRY((*tx)->commit());
    return added;
}

Result<std::vector<CodeSetVersion>> CodeSetService::versions(CodeSet set) const
{
    FD_TRY(requireView());
    return CodeSetStore(m_ctx.db.connection()).versions(set);
}

Result<CodeMatch> CodeSetService::validate(CodeSet set, const QString& code, const QDate& dateOfService,
                                           bool requireBillable) const
{
    FD_TRY(requireView());
    if (!dateOfService.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "A date of service is needed to check a code."),
                         QStringLiteral("date_of_service"));
    return CodeSetStore(m_ctx.db.connection()).lookup(set, code, dateOfService, requireBillable);
}

Result<std::vector<CodeMatch>> CodeSetService::searchPrefix(CodeSet set, const QString& prefix, const QDate& date,
                                                            int limit) const
{
    FD_TRY(requireView());
    return CodeSetStore(m_ctx.db.connection()).searchPrefix(set, prefix, date, limit);
}

Result<std::vector<CodeMatch>> CodeSetService::searchText(CodeSet set, const QString& text, const QDate& date,
                                                          int limit) const
{
    FD_TRY(requireView());
    return CodeSetStore(m_ctx.db.connection()).searchText(set, text, date, limit);
}

}  // namespace fd::practice
