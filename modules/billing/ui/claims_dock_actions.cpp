// The Claims dock's actions: status moves, deleting drafts, replacement and void claims, the
// 837P export and charge entry. Each reports what it did, or the service's refusal.
#include "billing/core/billing_permissions.h"
#include "billing/ui/billing_events.h"
#include "billing/ui/charge_entry_dialog.h"
#include "billing/ui/claims_dock.h"
#include "billing/ui/claims_model.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace fd::billing::ui {

QWidget* ClaimsDock::buildActions()
{
    auto* bar = new QWidget(this);
    auto button = [bar](const QString& text, const QString& objectName, const QString& tip) {
        auto* b = new QPushButton(text, bar);
        b->setObjectName(objectName);
        b->setToolTip(tip);
        return b;
    };
    m_ready = button(tr("Mark &ready"), QStringLiteral("fd.billing.claims.ready"),
                     tr("Move the selected drafts to ready, to go in the next batch (Ctrl+Shift+R)"));
    m_draft = button(tr("Back to dra&ft"), QStringLiteral("fd.billing.claims.draft"),
                     tr("Move the selected ready claims back to draft for changes"));
    m_delete = button(tr("De&lete draft"), QStringLiteral("fd.billing.claims.delete"),
                      tr("Delete the selected drafts; their charges return to the unbilled list"));
    m_replace = button(tr("Re&place (7)…"), QStringLiteral("fd.billing.claims.replace"),
                       tr("A replacement claim for one the payer has, with the payer's claim control number"));
    m_void = button(tr("&Void (8)…"), QStringLiteral("fd.billing.claims.void"),
                    tr("A void claim cancelling one the payer has, with the payer's claim control number"));
    m_export = button(tr("E&xport 837…"), QStringLiteral("fd.billing.claims.export"),
                      tr("Write the selected ready claims (or every ready claim) as an 837P file"));
    m_submit = button(tr("Sen&d"), QStringLiteral("fd.billing.claims.submit"),
                      tr("Send the selected ready claims (or every ready claim) to the clearinghouse as one 837P "
                         "batch, by SFTP or to its outbox folder"));
    m_charges = button(tr("Enter c&harges…"), QStringLiteral("fd.billing.claims.charges"),
                       tr("Charges for an appointment of a day (Ctrl+Shift+E)"));
    m_scrub = button(tr("Scr&ub"), QStringLiteral("fd.billing.claims.scrub"),
                     tr("Check the selected claims (or every draft and ready claim shown) against the "
                        "scrubber's rules"));
    m_acknowledge = button(tr("Ac&knowledge warnings"), QStringLiteral("fd.billing.claims.acknowledge"),
                           tr("Accept the selected claim's warnings so it can go to ready"));
    m_checkStatus = button(tr("Check s&tatus"), QStringLiteral("fd.billing.claims.checkStatus"),
                           tr("Ask the payer now where the selected submitted or accepted claims stand (a "
                              "real-time 276/277 through the clearinghouse)"));
    m_checkLines = button(tr("Status of li&nes…"), QStringLiteral("fd.billing.claims.checkLines"),
                          tr("Ask the payer now about chosen service lines of the selected claim"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    // Permissions are checked before an action is offered: what the role lacks is not shown.
    const std::pair<QPushButton*, QString> buttons[] = {
        {m_ready, perm::kClaims},   {m_draft, perm::kClaims},   {m_delete, perm::kClaims},
        {m_replace, perm::kClaims}, {m_void, perm::kClaims},    {m_export, perm::kSubmit},
        {m_submit, perm::kSubmit},  {m_charges, perm::kCharges}, {m_scrub, perm::kClaims},  {m_acknowledge, perm::kClaims},
        {m_checkStatus, perm::kClaims}, {m_checkLines, perm::kClaims}};
    const bool statusEndpoint = readStatusEndpoint();  // one read of the endpoint for both status buttons
    for (const auto& [b, permission] : buttons) {
        layout->addWidget(b);
        const bool scrubbing = b == m_scrub || b == m_acknowledge;
        const bool optional = (scrubbing && !m_services.scrubber) || (b == m_submit && !m_services.submission)
                              || ((b == m_checkStatus || b == m_checkLines) && !statusEndpoint);
        b->setVisible(m_services.can(permission) && !optional);
    }
    layout->addStretch(1);
    connect(m_ready, &QPushButton::clicked, this, &ClaimsDock::markReady);
    connect(m_draft, &QPushButton::clicked, this, &ClaimsDock::backToDraft);
    connect(m_delete, &QPushButton::clicked, this, &ClaimsDock::deleteDrafts);
    connect(m_replace, &QPushButton::clicked, this, &ClaimsDock::askReplace);
    connect(m_void, &QPushButton::clicked, this, &ClaimsDock::askVoid);
    connect(m_export, &QPushButton::clicked, this, &ClaimsDock::askExport);
    connect(m_submit, &QPushButton::clicked, this, &ClaimsDock::submitSelected);
    connect(m_charges, &QPushButton::clicked, this, &ClaimsDock::openChargeEntry);
    connect(m_scrub, &QPushButton::clicked, this, &ClaimsDock::scrubSelected);
    connect(m_acknowledge, &QPushButton::clicked, this, &ClaimsDock::acknowledgeWarnings);
    connect(m_checkStatus, &QPushButton::clicked, this, &ClaimsDock::checkStatus);
    connect(m_checkLines, &QPushButton::clicked, this, &ClaimsDock::askLineStatus);
    return bar;
}

void ClaimsDock::updateActions()
{
    if (!m_ready)
        return;
    const std::vector<Claim> selected = selectedClaims();
    auto any = [&selected](ClaimStatus status) {
        return std::any_of(selected.begin(), selected.end(), [status](const Claim& c) { return c.status == status; });
    };
    const bool payerHasOne = selected.size() == 1
                             && (selected.front().status == ClaimStatus::Submitted
                                 || selected.front().status == ClaimStatus::Accepted)
                             && selected.front().frequency != Frequency::Void;
    m_ready->setEnabled(any(ClaimStatus::Draft));
    m_draft->setEnabled(any(ClaimStatus::Ready));
    m_delete->setEnabled(any(ClaimStatus::Draft));
    m_replace->setEnabled(payerHasOne);
    m_void->setEnabled(payerHasOne);
    const std::optional<ClaimScrubResult> findings =
        selected.size() == 1 ? m_model->findings(selected.front().id) : std::nullopt;
    m_acknowledge->setEnabled(findings && findings->unacknowledgedWarnings() > 0);
    m_checkStatus->setEnabled(!m_checking && (any(ClaimStatus::Submitted) || any(ClaimStatus::Accepted)));
    const bool payerHasLines = selected.size() == 1 &&
                               (selected.front().status == ClaimStatus::Submitted ||
                                selected.front().status == ClaimStatus::Accepted) &&
                               !selected.front().lines.empty();
    m_checkLines->setEnabled(!m_checking && payerHasLines);
    syncStatusAction();
}

bool ClaimsDock::scrubSelected()
{
    if (!m_services.scrubber || !m_services.can(perm::kClaims))
        return false;
    QStringList ids;
    for (const Claim& c : selectedClaims())
        ids << c.id;
    for (int row = 0; ids.isEmpty() && row < m_model->rowCount(); ++row)
        if (const Claim* c = m_model->claimAt(row); c->status == ClaimStatus::Draft || c->status == ClaimStatus::Ready)
            ids << c->id;
    if (ids.isEmpty())
        return false;
    auto results = m_services.scrubber->scrub(ids);
    if (!results) {
        showMessage(results.error().message);
        return false;
    }
    int errors = 0;
    int warnings = 0;
    for (const ClaimScrubResult& r : results.value()) {
        errors += r.errors();
        warnings += r.unacknowledgedWarnings();
    }
    m_model->forgetFindings();
    showSelected();
    updateActions();
    showMessage(tr("Scrubbed %1 claim(s): %2 error(s), %3 warning(s) to acknowledge.")
                    .arg(results->size())
                    .arg(errors)
                    .arg(warnings),
                errors > 0);
    return true;
}

bool ClaimsDock::acknowledgeWarnings()
{
    const std::vector<Claim> selected = selectedClaims();
    if (!m_services.scrubber || selected.size() != 1 || !m_services.can(perm::kClaims))
        return false;
    const std::optional<ClaimScrubResult> findings = m_model->findings(selected.front().id);
    int done = 0;
    for (const ScrubFinding& f : findings ? findings->findings : std::vector<ScrubFinding>{}) {
        if (f.severity != ScrubSeverity::Warning || f.acknowledged)
            continue;
        if (auto ok = m_services.scrubber->acknowledgeWarning(selected.front().id, f.ruleId); !ok) {
            showMessage(ok.error().message);
            break;
        }
        ++done;
    }
    m_model->forgetFindings();
    showSelected();
    updateActions();
    if (done > 0)
        showMessage(tr("%1 warning(s) acknowledged.").arg(done), false);
    return done > 0;
}

bool ClaimsDock::moveSelected(ClaimStatus from, ClaimStatus to, const QString& done)
{
    if (!m_services.can(perm::kClaims))
        return false;
    int moved = 0;
    QString lastId;
    for (const Claim& c : selectedClaims()) {
        if (c.status != from)
            continue;
        auto result = m_services.claims->setStatus(c.id, c.rowVersion, to);
        if (!result) {
            showMessage(tr("Claim %1: %2").arg(c.claimNumber, result.error().message));
            changed(lastId);
            return moved > 0;
        }
        lastId = c.id;
        ++moved;
    }
    if (moved == 0)
        return false;
    changed(lastId);
    showMessage(done.arg(moved), false);
    return true;
}

bool ClaimsDock::markReady()
{
    return moveSelected(ClaimStatus::Draft, ClaimStatus::Ready, tr("%1 claim(s) marked ready."));
}

bool ClaimsDock::backToDraft()
{
    return moveSelected(ClaimStatus::Ready, ClaimStatus::Draft, tr("%1 claim(s) moved back to draft."));
}

bool ClaimsDock::deleteDrafts()
{
    if (!m_services.can(perm::kClaims))
        return false;
    int removed = 0;
    for (const Claim& c : selectedClaims()) {
        if (c.status != ClaimStatus::Draft)
            continue;
        if (auto done = m_services.claims->remove(c.id, c.rowVersion); !done) {
            showMessage(tr("Claim %1: %2").arg(c.claimNumber, done.error().message));
            changed({});
            return removed > 0;
        }
        ++removed;
    }
    if (removed == 0)
        return false;
    changed({});
    showMessage(tr("%1 draft(s) deleted; their charges are unbilled again.").arg(removed), false);
    return true;
}

bool ClaimsDock::correctSelected(Frequency frequency, const QString& payerControlNumber)
{
    const std::vector<Claim> selected = selectedClaims();
    if (selected.size() != 1 || !m_services.can(perm::kClaims))
        return false;
    const Claim& original = selected.front();
    auto made = frequency == Frequency::Replacement
                    ? m_services.claims->replaceClaim(original.id, payerControlNumber.trimmed())
                    : m_services.claims->voidClaim(original.id, payerControlNumber.trimmed());
    if (!made) {
        showMessage(made.error().message);
        return false;
    }
    setStatusFilter(std::nullopt);  // the new draft shows beside the claim it corrects
    changed(made->id);
    showMessage(tr("Made %1, a %2 of %3.")
                    .arg(made->claimNumber, BillingText::frequency(frequency).toLower(), original.claimNumber),
                false);
    return true;
}

bool ClaimsDock::replaceSelected(const QString& payerControlNumber)
{
    return correctSelected(Frequency::Replacement, payerControlNumber);
}

bool ClaimsDock::voidSelected(const QString& payerControlNumber)
{
    return correctSelected(Frequency::Void, payerControlNumber);
}

void ClaimsDock::askReplace()
{
    bool ok = false;
    const QString number = QInputDialog::getText(this, tr("Replacement Claim"),
                                                 tr("The payer's claim control number of the claim to replace:"),
                                                 QLineEdit::Normal, {}, &ok);
    if (ok)
        replaceSelected(number);
}

void ClaimsDock::askVoid()
{
    bool ok = false;
    const QString number = QInputDialog::getText(this, tr("Void Claim"),
                                                 tr("The payer's claim control number of the claim to void:"),
                                                 QLineEdit::Normal, {}, &ok);
    if (ok)
        voidSelected(number);
}

bool ClaimsDock::exportTo(const QString& path)
{
    if (!m_services.can(perm::kSubmit) || path.isEmpty())
        return false;
    ExportOptions options;
    for (const Claim& c : selectedClaims())
        if (c.status == ClaimStatus::Ready)
            options.claimIds << c.id;
    // One call to the core writes and commits the batch; the dialog says work is under way
    // (the database connection belongs to this thread, so it cannot move to a worker).
    QProgressDialog progress(tr("Writing the 837P batch…"), QString(), 0, 0, this);
    progress.setWindowTitle(tr("Export 837"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto result = m_services.exporter->export837(options, path);
    progress.close();
    if (!result) {
        showMessage(result.error().message);
        return false;
    }
    changed({});
    if (m_events)
        emit m_events->batchesChanged();
    showMessage(tr("Wrote %1 claim(s) to %2 (interchange %3).")
                    .arg(result->claimIds.size())
                    .arg(QDir::toNativeSeparators(path))
                    .arg(result->interchangeControlNumber),
                false);
    return true;
}

bool ClaimsDock::submitSelected()
{
    if (!m_services.submission || !m_services.can(perm::kSubmit))
        return false;
    SubmitOptions options;
    for (const Claim& c : selectedClaims())
        if (c.status == ClaimStatus::Ready)
            options.claimIds << c.id;
    QProgressDialog progress(tr("Sending the 837P batch to the clearinghouse…"), QString(), 0, 0, this);
    progress.setWindowTitle(tr("Send to Clearinghouse"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto result = m_services.submission->submit(options);
    progress.close();
    if (!result) {
        showMessage(result.error().message);
        return false;
    }
    changed({});
    if (m_events)
        emit m_events->batchesChanged();
    if (!result->delivered()) {
        // The batch and its numbers are recorded as failed; the claims stay ready to send again.
        showMessage(tr("Batch %1 could not be delivered: %2 Its claims stay ready.")
                        .arg(result->batch.interchangeControlNumber)
                        .arg(result->batch.error));
        return false;
    }
    showMessage(tr("Sent %1 claim(s) in batch %2 to %3.")
                    .arg(result->claimIds.size())
                    .arg(result->batch.interchangeControlNumber)
                    .arg(result->batch.destination),
                false);
    return true;
}

void ClaimsDock::askExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export 837P"), QString(),
                                                      tr("X12 837P files (*.837 *.x12 *.txt);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

ChargeEntryDialog* ClaimsDock::openChargeEntry()
{
    if (!m_services.can(perm::kCharges))
        return nullptr;
    auto* dialog = new ChargeEntryDialog(m_services, m_names, m_services.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChargeEntryDialog::chargesEntered, this, [this] {
        if (m_events)
            emit m_events->chargesChanged();
    });
    dialog->open();
    return dialog;
}

}  // namespace fd::billing::ui
