#include "billing/ui/claim_detail_pane.h"

namespace fd::billing::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QStringList& cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString out = QStringLiteral("<tr>");
    for (const QString& c : cells)
        out += QStringLiteral("<%1 style='padding:1px 8px 1px 0'>%2</%1>").arg(tag, esc(c));
    return out + QStringLiteral("</tr>");
}

QString dotted(const QString& icd)
{
    return icd.size() > 3 ? icd.left(3) + QLatin1Char('.') + icd.mid(3) : icd;
}

}  // namespace

ClaimDetailPane::ClaimDetailPane(BillingServices services, std::shared_ptr<BillingNames> names, QWidget* parent)
    : QTextBrowser(parent), m_services(std::move(services)), m_names(std::move(names))
{
    setObjectName(QStringLiteral("fd.billing.claims.detail"));
    setOpenLinks(false);
    clearClaim();
}

void ClaimDetailPane::clearClaim()
{
    m_notes.clear();
    setHtml(QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(tr("Select a claim to see its lines, "
                                                                       "diagnoses and history."))));
}

void ClaimDetailPane::showClaim(const Claim& claim)
{
    setHtml(headerHtml(claim) + m_notes + linesHtml(claim) + payerHtml(claim) + historyHtml(claim));
}

QString ClaimDetailPane::headerHtml(const Claim& claim)
{
    QString html = QStringLiteral("<h3 style='margin:0'>%1 — %2</h3>")
                       .arg(esc(claim.claimNumber), esc(BillingText::status(claim.status)));
    QStringList facts;
    facts << tr("Patient: %1").arg(m_names->patient(claim.patientId))
          << tr("Payer: %1 (order %2)").arg(m_names->payer(claim.payerId)).arg(claim.payerOrder)
          << tr("Service date: %1").arg(BillingText::date(claim.serviceDate))
          << tr("Total: %1").arg(BillingText::money(claim.total()))
          << tr("Rendering: %1").arg(m_names->provider(claim.renderingProviderId))
          << tr("Place of service: %1").arg(claim.placeOfService);
    if (claim.frequency != Frequency::Original)
        facts << tr("%1 of payer claim %2").arg(BillingText::frequency(claim.frequency), claim.payerClaimControlNumber);
    if (!claim.supervisingProviderId.isEmpty())
        facts << tr("Supervising: %1").arg(m_names->provider(claim.supervisingProviderId));
    if (!claim.referringProviderId.isEmpty())
        facts << tr("Referring: %1").arg(m_names->provider(claim.referringProviderId));
    if (!claim.priorAuthorization.isEmpty())
        facts << tr("Prior authorization: %1").arg(claim.priorAuthorization);
    QStringList escaped;
    for (const QString& f : facts)
        escaped << esc(f);
    html += QStringLiteral("<p>%1</p><p><b>%2</b> ").arg(escaped.join(QStringLiteral("<br>")), esc(tr("Diagnoses:")));
    for (int i = 0; i < claim.diagnoses.size(); ++i)
        html += esc(tr("%1. %2%3").arg(i + 1).arg(dotted(claim.diagnoses.at(i)),
                                                   i == 0 ? tr(" (principal)") : QString()))
                + QStringLiteral("&nbsp;&nbsp; ");
    return html + QStringLiteral("</p>");
}

QString ClaimDetailPane::linesHtml(const Claim& claim) const
{
    QString html = QStringLiteral("<table cellspacing='0'>");
    html += row({tr("Line"), tr("Date"), tr("Code"), tr("Units"), tr("Pointers"), tr("Amount")}, true);
    for (const ClaimLine& l : claim.lines) {
        QStringList pointers;
        for (int p : l.pointers)
            pointers << QString::number(p);
        html += row({QString::number(l.lineNumber), BillingText::date(l.serviceDate),
                     BillingText::code(l.code, l.modifiers, 1), QString::number(l.units),
                     pointers.join(QLatin1Char(',')), BillingText::money(l.amount)});
    }
    return html + QStringLiteral("</table>");
}

QString ClaimDetailPane::payerHtml(const Claim& claim) const
{
    if (!m_services.acks || claim.status == ClaimStatus::Draft || claim.status == ClaimStatus::Ready)
        return {};
    auto statuses = m_services.acks->payerStatuses(claim.id);
    if (!statuses)
        return QStringLiteral("<p>%1</p>").arg(esc(statuses.error().message));
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Payer status")));
    if (statuses->empty())
        return html + QStringLiteral("<p style='color:#666'>%1</p>")
                          .arg(esc(tr("The payer has not reported a status for this claim yet.")));
    html += QStringLiteral("<table cellspacing='0'>");
    html += row({tr("Recorded"), tr("From"), tr("Status"), tr("Payer claim number"), tr("Amount")}, true);
    // Newest first: what the payer says now is what a biller looks for.
    const PayerClaimStatus* withLines = nullptr;
    for (auto it = statuses->rbegin(); it != statuses->rend(); ++it) {
        const QString code = it->category + QLatin1Char(':') + it->status
                             + (it->entity.isEmpty() ? QString() : QLatin1Char(':') + it->entity);
        html += row({BillingText::dateTime(it->recordedAt), it->source,
                     it->meaning.isEmpty() ? code : it->meaning, it->payerClaimNumber,
                     it->amount ? BillingText::money(*it->amount) : QString()});
        if (!withLines && !it->lines.empty())
            withLines = &*it;
    }
    html += QStringLiteral("</table>");
    return withLines ? html + payerLinesHtml(*withLines) : html;
}

QString ClaimDetailPane::payerLinesHtml(const PayerClaimStatus& status) const
{
    QString html = QStringLiteral("<p><b>%1</b></p><table cellspacing='0'>")
                       .arg(esc(tr("Service lines, as the payer answered on %1")
                                    .arg(BillingText::dateTime(status.recordedAt))));
    html += row({tr("Line"), tr("Service"), tr("Date"), tr("Charge"), tr("Paid"), tr("Status")}, true);
    for (const PayerLineStatus& l : status.lines) {
        const QString code = l.category + QLatin1Char(':') + l.status;
        html += row({l.lineNumber > 0 ? QString::number(l.lineNumber) : tr("not on the claim"), l.procedure,
                     BillingText::date(l.serviceFrom), l.charge ? BillingText::money(*l.charge) : QString(),
                     l.paid ? BillingText::money(*l.paid) : QString(), l.meaning.isEmpty() ? code : l.meaning});
    }
    return html + QStringLiteral("</table>");
}

QString ClaimDetailPane::historyHtml(const Claim& claim) const
{
    auto history = m_services.claims->history(claim.id);
    if (!history)
        return QStringLiteral("<p>%1</p>").arg(esc(history.error().message));
    QString html = QStringLiteral("<p><b>%1</b></p><table cellspacing='0'>").arg(esc(tr("History")));
    for (const ClaimHistoryEntry& h : history.value()) {
        const QString move = h.fromStatus.isEmpty()
                                 ? tr("made as %1").arg(h.toStatus)
                                 : tr("%1 → %2").arg(h.fromStatus, h.toStatus);
        html += row({BillingText::dateTime(h.at), move, h.note});
    }
    return html + QStringLiteral("</table>");
}

}  // namespace fd::billing::ui
