#pragma once

#include "billing/ui/billing_services.h"

#include <QTextBrowser>

namespace fd::billing::ui {

// The selected claim: header, diagnoses (ABK first), service lines with their pointers, what
// the payer reported (277CA and 277 statuses, with the service-line statuses of the newest
// answer that gave them) and the status history, as read-only text the keyboard can scroll
// and copy from.
class ClaimDetailPane final : public QTextBrowser
{
    Q_OBJECT
public:
    ClaimDetailPane(BillingServices services, std::shared_ptr<BillingNames> names, QWidget* parent = nullptr);

    void showClaim(const Claim& claim);
    void clearClaim();
    // Extra lines under the header (the scrubber's findings, when there is a scrubber).
    void setNotes(const QString& html) { m_notes = html; }

private:
    QString headerHtml(const Claim& claim);
    QString linesHtml(const Claim& claim) const;
    QString payerHtml(const Claim& claim) const;
    QString payerLinesHtml(const PayerClaimStatus& status) const;
    QString historyHtml(const Claim& claim) const;

    BillingServices m_services;
    std::shared_ptr<BillingNames> m_names;
    QString m_notes;
};

}  // namespace fd::billing::ui
