// The eligibility part of the check-in dialog: the primary coverage's latest 271 result from
// billing (through calendar::IInsuranceCheck) and "Check now".
#include "calendar/frontdesk/checkin_dialog.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace fd::calendar::frontdesk {

namespace {

QString statusText(const QString& status)
{
    if (status == QLatin1String("active"))
        return CheckInDialog::tr("Active");
    if (status == QLatin1String("inactive"))
        return CheckInDialog::tr("NOT ACTIVE");
    if (status == QLatin1String("error"))
        return CheckInDialog::tr("Payer could not answer");
    return CheckInDialog::tr("Not checked");
}

QString summaryText(const InsuranceCheckSummary& s)
{
    if (s.status == QLatin1String("not_checked"))
        return CheckInDialog::tr("Eligibility: not checked with the payer yet.");
    QStringList parts;
    parts << CheckInDialog::tr("Eligibility: %1 (checked %2)")
                 .arg(statusText(s.status), QLocale().toString(s.checkedAt.toLocalTime(), QLocale::ShortFormat));
    if (!s.planName.isEmpty())
        parts << CheckInDialog::tr("Plan: %1").arg(s.planName);
    if (s.officeVisitCopay)
        parts << CheckInDialog::tr("Office visit copay: %1").arg(s.officeVisitCopay->toDisplay());
    if (s.deductibleRemaining)
        parts << CheckInDialog::tr("Deductible remaining: %1").arg(s.deductibleRemaining->toDisplay());
    if (!s.message.isEmpty())
        parts << s.message;
    return parts.join(QLatin1Char('\n'));
}

}  // namespace

QString CheckInDialog::eligibilityCoverageId() const
{
    if (!m_info)
        return {};
    for (const CoverageOnDay& c : m_info->coverages)
        if (c.activeOnDay)
            return c.coverage.id;  // primary first
    return {};
}

void CheckInDialog::showEligibility()
{
    const QString coverageId = eligibilityCoverageId();
    const bool available = m_services.insurance && !coverageId.isEmpty();
    m_eligibility->setVisible(available);
    m_checkNow->setVisible(available);
    if (!available)
        return;
    auto latest = m_services.insurance->latest(coverageId);
    m_eligibility->setText(latest ? summaryText(latest.value()) : latest.error().message);
}

void CheckInDialog::checkEligibilityNow()
{
    const QString coverageId = eligibilityCoverageId();
    if (!m_services.insurance || coverageId.isEmpty())
        return;
    m_checkNow->setEnabled(false);
    m_eligibility->setText(tr("Asking the payer..."));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto checked = m_services.insurance->checkNow(coverageId);
    QApplication::restoreOverrideCursor();
    m_checkNow->setEnabled(true);
    if (!checked) {
        // The last stored result stays; the failure is said below it.
        showEligibility();
        m_eligibility->setText(m_eligibility->text() + QLatin1Char('\n') +
                               tr("Check failed: %1").arg(checked.error().message));
        return;
    }
    m_eligibility->setText(summaryText(checked.value()));
}

}  // namespace fd::calendar::frontdesk
