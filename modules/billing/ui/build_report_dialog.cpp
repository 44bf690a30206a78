#include "billing/ui/build_report_dialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

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

QString BuildReportDialog::scrubText(const BuiltClaimScrub& scrub)
{
    if (scrub.errors > 0)
        return tr("%n error(s)", nullptr, scrub.errors);
    if (scrub.warnings > 0)
        return tr("%n warning(s)", nullptr, scrub.warnings);
    return tr("clean");
}

BuildReportDialog::BuildReportDialog(const BuildReport& report, BillingNames& names, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("fd.billing.buildReport"));
    setWindowTitle(tr("Claims Built"));
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("%n claim(s) made", nullptr, int(report.claims.size())));
    const bool scrubbed = !report.claims.empty() && report.scrub.size() == report.claims.size();
    if (scrubbed) {
        const auto errors = std::count_if(report.scrub.begin(), report.scrub.end(),
                                          [](const BuiltClaimScrub& s) { return s.errors > 0; });
        const auto warnings = std::count_if(report.scrub.begin(), report.scrub.end(),
                                            [](const BuiltClaimScrub& s) { return s.errors == 0 && s.warnings > 0; });
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Scrubbed as built: %1 with errors to correct, %2 with warnings to acknowledge. The "
                            "Claims dock shows each claim's findings.")
                             .arg(errors)
                             .arg(warnings)
                             .toHtmlEscaped());
    }
    if (!report.claims.empty()) {
        html += QStringLiteral("<table cellspacing='0'>");
        for (std::size_t i = 0; i < report.claims.size(); ++i) {
            const Claim& c = report.claims[i];
            QStringList row{c.claimNumber, names.patient(c.patientId), names.payer(c.payerId),
                            BillingText::date(c.serviceDate), tr("%n line(s)", nullptr, int(c.lines.size())),
                            BillingText::money(c.total())};
            if (scrubbed)
                row << scrubText(report.scrub[i]);
            html += cells(row);
        }
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
