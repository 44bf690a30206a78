#include "admin/ui/audit_document.h"

#include "admin/ui/audit_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextDocument>

namespace fd::admin {

namespace {
struct AuditDocument
{
    Q_DECLARE_TR_FUNCTIONS(fd::admin::AuditDocument)
};

QString cell(const QString& text)
{
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}
}  // namespace

void buildAuditDocument(QTextDocument& document, const QString& practiceName, const QString& filterText,
                        const std::vector<security::AuditEntry>& entries)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(AuditDocument::tr("Audit trail — %1").arg(practiceName).toHtmlEscaped());
    html += QStringLiteral("<p>%1<br/>%2</p>")
                .arg(filterText.toHtmlEscaped(),
                     AuditDocument::tr("Printed %1, %2 entries")
                         .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                         .arg(entries.size())
                         .toHtmlEscaped());
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    for (const char* heading : {QT_TRANSLATE_NOOP("fd::admin::AuditDocument", "No."),
                                QT_TRANSLATE_NOOP("fd::admin::AuditDocument", "Time"),
                                QT_TRANSLATE_NOOP("fd::admin::AuditDocument", "User"),
                                QT_TRANSLATE_NOOP("fd::admin::AuditDocument", "Action"),
                                QT_TRANSLATE_NOOP("fd::admin::AuditDocument", "Outcome"),
                                QT_TRANSLATE_NOOP("fd::admin::AuditDocument", "Patient"),
                                QT_TRANSLATE_NOOP("fd::admin::AuditDocument", "Record"),
                                QT_TRANSLATE_NOOP("fd::admin::AuditDocument", "Workstation")})
        html += QStringLiteral("<th align='left'>%1</th>").arg(AuditDocument::tr(heading).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const security::AuditEntry& entry : entries) {
        const security::AuditRecord& r = entry.record;
        html += QStringLiteral("<tr>") + cell(QString::number(entry.seq))
                + cell(entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                + cell(entry.username) + cell(AuditModel::actionDisplayName(r.action)) + cell(r.outcome)
                + cell(AuditModel::patientsText(r)) + cell(r.entityId.isEmpty() ? r.entity : r.entity + QLatin1Char(' ') + r.entityId)
                + cell(entry.workstation) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    document.setDefaultStyleSheet(QStringLiteral("body { font-size: 8pt; } th { background: #e8ebef; }"));
    document.setHtml(html);
}

}  // namespace fd::admin
