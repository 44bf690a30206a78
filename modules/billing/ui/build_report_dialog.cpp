#include "billing/ui/build_report_dialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fd::billing::ui {

namespace {

QString cells(const QStringList& values)
{
    QString out = QStringLiteral("<tr>");
    for (const QString& v : values)
        out += QStringLiteral("<td style='padding:1px 10px 1px 0'>%1</td>").arg(v.toHtmlEscaped());
    return out + QStringLiteral("</tr>");
}

}  // namespace

BuildReportDialog::BuildReportDialog(const BuildReport& report, BillingNames& names, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("fd.billing.buildReport"));
    setWindowTitle(tr("Claims Built"));
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("%n claim(s) made", nullptr, int(report.claims.size())));
    if (!report.claims.empty()) {
        html += QStringLiteral("<table cellspacing='0'>");
        for (const Claim& c : report.claims)
            html += cells({c.claimNumber, names.patient(c.patientId), names.payer(c.payerId),
                           BillingText::date(c.serviceDate), tr("%n line(s)", nullptr, int(c.lines.size())),
                           BillingText::money(c.total())});
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("%n charge(s) held", nullptr, int(report.held.size())));
    if (!report.held.empty()) {
        html += QStringLiteral("<table cellspacing='0'>");
        for (const UnbilledCharge& h : report.held)
            html += cells({names.patient(h.patientId), BillingText::date(h.serviceDate),
                           BillingText::code(h.code, h.modifiers, h.units), BillingText::money(h.amount), h.hold});
        html += QStringLiteral("</table>");
    }
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("fd.billing.buildReport.text"));
    m_text->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 480);
}

}  // namespace fd::billing::ui
