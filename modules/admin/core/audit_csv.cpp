#include "admin/core/audit_csv.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

namespace fd::admin {

namespace {
QString csvField(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}
}  // namespace

QStringList auditCsvHeader()
{
    // Column names stay English: they are a file format other tools read, not screen text.
    return {QStringLiteral("seq"),      QStringLiteral("time_utc"),   QStringLiteral("username"),
            QStringLiteral("role"),     QStringLiteral("workstation"), QStringLiteral("action"),
            QStringLiteral("outcome"),  QStringLiteral("patient_id"), QStringLiteral("entity"),
            QStringLiteral("entity_id"), QStringLiteral("details"),   QStringLiteral("digest")};
}

QString auditCsvRow(const security::AuditEntry& entry)
{
    const QStringList fields = {
        QString::number(entry.seq),
        entry.at.toUTC().toString(Qt::ISODate),
        entry.username,
        entry.role,
        entry.workstation,
        entry.record.action,
        entry.record.outcome,
        entry.record.patientId,
        entry.record.entity,
        entry.record.entityId,
        entry.record.details.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(entry.record.details).toJson(QJsonDocument::Compact)),
        QString::fromLatin1(entry.digest),
    };
    QStringList quoted;
    for (const QString& field : fields)
        quoted << csvField(field);
    return quoted.join(QLatin1Char(','));
}

Status forEachAuditPage(const security::IAuditTrail& audit, security::AuditFilter filter, int pageSize,
                        const std::function<bool(const std::vector<security::AuditEntry>&)>& visit)
{
    filter.limit = pageSize;
    filter.offset = 0;
    for (;;) {
        auto page = audit.list(filter);
        FD_TRY(page);
        if (page->empty() || !visit(page.value()))
            return {};
        if (static_cast<int>(page->size()) < pageSize)
            return {};
        filter.offset += static_cast<qint64>(page->size());
    }
}

Result<qint64> writeAuditCsv(const security::IAuditTrail& audit, security::AuditFilter filter, QIODevice& out,
                             int pageSize)
{
    const QByteArray crlf("\r\n");
    if (out.write(auditCsvHeader().join(QLatin1Char(',')).toUtf8() + crlf) < 0)
        return makeError(ErrorCode::Io, QCoreApplication::translate("fd::admin", "Cannot write the CSV file"),
                         out.errorString());
    qint64 written = 0;
    bool failed = false;
    Status status = forEachAuditPage(audit, filter, pageSize, [&](const std::vector<security::AuditEntry>& page) {
        for (const security::AuditEntry& entry : page) {
            if (out.write(auditCsvRow(entry).toUtf8() + crlf) < 0) {
                failed = true;
                return false;
            }
            ++written;
        }
        return true;
    });
    FD_TRY(status);
    if (failed)
        return makeError(ErrorCode::Io, QCoreApplication::translate("fd::admin", "Cannot write the CSV file"),
                         out.errorString());
    return written;
}

}  // namespace fd::admin
