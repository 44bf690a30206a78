// The Claims dock's real-time claim status: a 276 for the selected claims through the
// clearinghouse's CAQH CORE endpoint and the 277 answer told (docs/BILLING_WORKBENCH.md).
#include "billing/core/billing_permissions.h"
#include "billing/ui/billing_events.h"
#include "billing/ui/claim_lines_dialog.h"
#include "billing/ui/claims_dock.h"

#include <QAction>
#include <QActionEvent>
#include <QProgressDialog>
#include <QPushButton>

namespace fd::billing::ui {

bool ClaimsDock::readStatusEndpoint()
{
    // Only decides whether to offer the action: the core checks billing.claims and reads the
    // endpoint (eligibility's, readable with billing.eligibility) again when asked.
    return m_services.claimStatus && m_services.eligibility && m_services.can(perm::kClaims) &&
           m_services.eligibility->endpoint().ok();
}

bool ClaimsDock::checkStatus()
{
    if (m_checking || !m_services.claimStatus || !m_services.can(perm::kClaims))
        return false;
    QStringList ids;
    for (const Claim& c : selectedClaims())
        if (c.status == ClaimStatus::Submitted || c.status == ClaimStatus::Accepted)
            ids << c.id;
    if (ids.isEmpty()) {
        showMessage(tr("Select the submitted or accepted claims to ask the payer about."));
        return false;
    }
    return runStatusCheck(ids, {});
}

void ClaimsDock::askLineStatus()
{
    const std::vector<Claim> selected = selectedClaims();
    if (selected.size() != 1)
        return;
    ClaimLinesDialog dialog(selected.front(), this);
    if (dialog.exec() == QDialog::Accepted)
        checkLineStatus(dialog.chosenLineIds());
}

bool ClaimsDock::checkLineStatus(const QStringList& lineIds)
{
    if (m_checking || !m_services.claimStatus || !m_services.can(perm::kClaims))
        return false;
    const std::vector<Claim> selected = selectedClaims();
    if (selected.size() != 1 ||
        (selected.front().status != ClaimStatus::Submitted && selected.front().status != ClaimStatus::Accepted)) {
        showMessage(tr("Select one submitted or accepted claim to ask the payer about its service lines."));
        return false;
    }
    if (lineIds.isEmpty()) {
        showMessage(tr("Choose the service lines to ask the payer about."));
        return false;
    }
    return runStatusCheck({selected.front().id}, lineIds);
}

bool ClaimsDock::runStatusCheck(const QStringList& ids, const QStringList& lineIds)
{
    m_checking = true;
    updateActions();
    // Window-modal: the window keeps painting while the CORE client waits in its event loop,
    // and no other claim action can start meanwhile.
    QProgressDialog busy(tr("Asking the payer about %n claim(s)…", nullptr, int(ids.size())),
                         QString(), 0, 0, this);
    busy.setObjectName(QStringLiteral("fd.billing.claims.statusBusy"));
    busy.setWindowTitle(tr("Claim Status"));
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(0);
    busy.show();
    auto answer = m_services.claimStatus->requestRealtime(ids, lineIds);
    busy.close();
    m_checking = false;
    if (!answer) {
        updateActions();
        showMessage(tr("The status check did not go through: %1").arg(answer.error().message));
        return false;
    }
    // Statuses may have moved and rejected claims joined the rejection queue: every dock reloads.
    if (m_events)
        emit m_events->claimsChanged();
    else
        refresh();
    selectClaim(ids.front());
    showSelected();
    updateActions();
    showMessage(statusAnswerText(answer.value()), false);
    return true;
}

bool ClaimsDock::event(QEvent* e)
{
    if (e->type() == QEvent::ParentChange)
        watchHost();
    return QWidget::event(e);
}

bool ClaimsDock::eventFilter(QObject* watched, QEvent* e)
{
    if (watched == m_host && e->type() == QEvent::ActionAdded) {
        const QString name = static_cast<QActionEvent*>(e)->action()->objectName();
        if (name == QLatin1String(kCheckStatusAction) || name == QLatin1String(kCheckLinesAction))
            syncStatusAction();
    }
    return QWidget::eventFilter(watched, e);
}

void ClaimsDock::watchHost()
{
    if (m_host == parentWidget())
        return;
    if (m_host)
        m_host->removeEventFilter(this);
    m_host = parentWidget();
    if (m_host)
        m_host->installEventFilter(this);
    syncStatusAction();
}

void ClaimsDock::syncStatusAction()
{
    if (!m_host)
        return;
    // The shell decides by permission alone; the buttons also need an endpoint, a submitted or
    // accepted claim selected (one, with lines the payer reports on, for Status of lines) and
    // no request under way.
    for (QAction* action : m_host->actions()) {
        const QString name = action->objectName();
        QPushButton* button = name == QLatin1String(kCheckStatusAction)  ? m_checkStatus
                              : name == QLatin1String(kCheckLinesAction) ? m_checkLines
                                                                          : nullptr;
        if (!button)
            continue;
        const bool shown = !button->isHidden();
        action->setVisible(shown);
        action->setEnabled(shown && button->isEnabled());
    }
}

QString ClaimsDock::statusAnswerText(const RealtimeStatus& answer) const
{
    QStringList lines{tr("The payer answered through %1 (interchange %2):")
                          .arg(answer.host)
                          .arg(answer.request.interchangeControlNumber)};
    QStringList told;
    for (const AckClaimChange& c : answer.applied.claims) {
        told << c.claimNumber;
        QString text = tr("%1: %2").arg(c.claimNumber, c.meaning.isEmpty() ? c.code : c.meaning);
        if (!c.payerClaimNumber.isEmpty())
            text += tr("; payer claim number %1").arg(c.payerClaimNumber);
        const std::optional<ClaimStatus> from = claimStatusFromId(c.fromStatus);
        const std::optional<ClaimStatus> to = claimStatusFromId(c.toStatus);
        if (from && to && *from != *to)
            text += tr("; now %1").arg(BillingText::status(*to).toLower());
        if (!c.lines.empty())
            text += tr("; %n service line status(es), shown with the claim", nullptr,
                       int(c.lines.size()));
        lines << text;
    }
    for (const QString& number : answer.claimNumbers)
        if (!told.contains(number))
            lines << tr("%1: the answer says nothing of this claim.").arg(number);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace fd::billing::ui
