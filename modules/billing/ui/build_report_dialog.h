#pragma once

#include "billing/ui/billing_services.h"

#include <QDialog>

class QTextBrowser;

namespace fd::billing::ui {

// What a claim build made (claims, their payers and totals, and what the scrub found on each)
// and what it left out, each held charge with its reason.
class BuildReportDialog final : public QDialog
{
    Q_OBJECT
public:
    BuildReportDialog(const BuildReport& report, BillingNames& names, QWidget* parent = nullptr);
    QTextBrowser* text() const { return m_text; }

private:
    static QString scrubText(const BuiltClaimScrub& scrub);

    QTextBrowser* m_text = nullptr;
};

}  // namespace fd::billing::ui
