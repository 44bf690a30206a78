// The docks over the later billing services: the scrubber's findings in the claims dock, the
// rejection queue and the insurance verification list.
#include "ack_test_support.h"
#include "billing/core/billing_permissions.h"
#include "billing/core/submission.h"
#include "billing/ui/batches_model.h"
#include "billing/ui/build_report_dialog.h"
#include "billing/ui/claim_detail_pane.h"
#include "billing/ui/claims_model.h"
#include "billing/ui/rejections_dock.h"
#include "billing/ui/verification_dock.h"
#include "billing_ui_support.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::ui;
using namespace fd::billing::ui::test;
using namespace fd::billing::test;

namespace {

const QDate kMonday(2025, 3, 3);

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

}  // namespace

TEST_CASE("the claims dock shows the scrubber's findings and scrubs", "[billing_ui][later]")
{
    BillingFixture f;
    f.enter(f.visit(f.aliceId, kMonday, {QStringLiteral("99214")}));
    BillingDocksHarness h(f);
    auto report = h.unbilled->buildClaims(kMonday, kMonday, false);
    REQUIRE(report);
    REQUIRE(report->claims.size() == 1);
    const QString id = report->claims.front().id;
    CHECK_FALSE(h.claims->table()->isColumnHidden(ClaimsModel::Findings));
    // The cell and the detail say what the scrubber's latest run of the claim found.
    auto requireShown = [&] {
        auto findings = f.service<IClaimScrubber>()->findings(id);
        REQUIRE(findings);
        REQUIRE(findings->scrubbedAt.isValid());
        const QString shown = cell(h.claims->model(), 0, ClaimsModel::Findings);
        if (findings->errors() > 0)
            CHECK(shown.contains(QStringLiteral("error")));
        else if (findings->unacknowledgedWarnings() > 0)
            CHECK(shown.contains(QStringLiteral("warning")));
        else
            CHECK(shown == QStringLiteral("clean"));
        REQUIRE(h.claims->selectClaim(id));
        CHECK(h.claims->detail()->toPlainText().contains(QStringLiteral("Scrub")));
        for (const ScrubFinding& finding : findings->findings)
            CHECK(h.claims->detail()->toPlainText().contains(finding.ruleId));
        return findings->scrubbedAt;
    };
    // A build scrubs the claims it makes (docs/CLAIM_SCRUBBER.md): shown at once.
    const QDateTime built = requireShown();
    REQUIRE(h.claims->selectClaim(id));
    REQUIRE(h.claims->scrubSelected());
    CHECK(requireShown() >= built);
}

TEST_CASE("the Claims Built report says what the scrub found on each claim built", "[billing_ui][later]")
{
    BillingFixture f;
    f.enter(f.visit(f.aliceId, kMonday, {QStringLiteral("99214")}));
    f.enter(f.visit(f.bobId, kMonday, {QStringLiteral("99213")}));
    BillingDocksHarness h(f);
    auto report = h.unbilled->buildClaims(kMonday, kMonday, true);
    REQUIRE(report);
    REQUIRE(report->claims.size() == 2);
    REQUIRE(report->scrub.size() == 2);
    auto* dialog = h.unbilled->findChild<BuildReportDialog*>(QStringLiteral("fd.billing.buildReport"));
    REQUIRE(dialog);
    const QString text = dialog->text()->toPlainText();
    int errors = 0;
    int warnings = 0;
    for (std::size_t i = 0; i < report->claims.size(); ++i) {
        const ClaimScrubResult stored = *f.service<IClaimScrubber>()->findings(report->claims[i].id);
        CHECK(stored.errors() == report->scrub[i].errors);
        CHECK(stored.unacknowledgedWarnings() == report->scrub[i].warnings);
        errors += stored.errors() > 0 ? 1 : 0;
        warnings += stored.errors() == 0 && stored.unacknowledgedWarnings() > 0 ? 1 : 0;
        CHECK(text.contains(report->claims[i].claimNumber));
    }
    CHECK(text.contains(QStringLiteral("Scrubbed as built: %1 with errors to correct, %2 with warnings to acknowledge.")
                            .arg(errors)
                            .arg(warnings)));
    dialog->close();
}

TEST_CASE("a rejected claim reaches the rejections dock and is resubmitted from it", "[billing_ui][later]")
{
    BillingFixture f;
    const SentBatch sent = sendTwoClaims(f);
    importAck(f, ack277ca(900, {sent.alice.claimNumber}, {QStringLiteral("A7:562:85")}, {QString()}),
              QStringLiteral("reject.277"));
    BillingDocksHarness h(f);
    RejectionsDock* dock = h.module.rejectionsDock();
    REQUIRE(dock);
    REQUIRE(dock->model());
    REQUIRE(dock->model()->rowCount() == 1);
    CHECK(cell(dock->model(), 0, RejectionsModel::Claim) == sent.alice.claimNumber);
    CHECK(cell(dock->model(), 0, RejectionsModel::Source) == QStringLiteral("277CA"));
    CHECK_FALSE(cell(dock->model(), 0, RejectionsModel::Reason).isEmpty());
    CHECK(cell(dock->model(), 0, RejectionsModel::State) == QStringLiteral("Open"));

    REQUIRE(dock->selectRejection(dock->model()->rejectionAt(0)->id));
    REQUIRE(dock->resubmitButton()->isEnabled());
    const int claimsBefore = int(f.claims().list()->size());
    REQUIRE(dock->resubmitSelected(QStringLiteral("member id corrected")));
    CHECK(dock->model()->rowCount() == 0);  // open only
    CHECK(int(f.claims().list()->size()) == claimsBefore + 1);
    // The new draft shows in the claims dock.
    h.claims->setStatusFilter(ClaimStatus::Draft);
    CHECK(h.claims->model()->rowCount() == 1);
}

TEST_CASE("the verification dock lists a day's coverages and needs billing.eligibility", "[billing_ui][later]")
{
    BillingFixture f;
    const calendar::Appointment visit = f.pastAppointment(f.aliceId);
    SECTION("without the permission")
    {
        BillingDocksHarness h(f);
        VerificationDock* dock = h.module.verificationDock();
        REQUIRE(dock);
        CHECK(dock->model() == nullptr);
        CHECK(dock->findChild<QLabel*>(QStringLiteral("fd.billing.verification.denied")));
    }
    SECTION("with it")
    {
        f.access->granted.insert(perm::kEligibility);
        BillingDocksHarness h(f);
        VerificationDock* dock = h.module.verificationDock();
        REQUIRE(dock);
        REQUIRE(dock->model());
        dock->setDay(kMonday);
        REQUIRE(dock->runBatch());
        auto list = f.service<IEligibilityService>()->verificationList(kMonday);
        REQUIRE(list);
        REQUIRE(list->size() == 1);
        REQUIRE(dock->model()->rowCount() == 1);
        CHECK(list->front().appointmentId == visit.id);
        CHECK(cell(dock->model(), 0, VerificationModel::Patient) == list->front().patientName);
        CHECK(cell(dock->model(), 0, VerificationModel::Status)
              == VerificationModel::statusText(list->front().status));
    }
}

TEST_CASE("ready claims are sent to the clearinghouse from the claims dock", "[billing_ui][later]")
{
    BillingFixture f;
    f.enter(f.visit(f.aliceId, kMonday, {QStringLiteral("99214")}));
    BillingDocksHarness h(f);
    REQUIRE_FALSE(h.claims->submitButton()->isHidden());
    auto report = h.unbilled->buildClaims(kMonday, kMonday, false);
    REQUIRE(report);
    REQUIRE(report->claims.size() == 1);
    const QString id = report->claims.front().id;
    REQUIRE(h.claims->selectClaim(id));
    REQUIRE(h.claims->markReady());

    // No clearinghouse set up yet: nothing is sent and the claim stays ready.
    REQUIRE(h.claims->selectClaim(id));
    CHECK_FALSE(h.claims->submitSelected());
    CHECK(f.claims().claim(id)->status == ClaimStatus::Ready);
    CHECK_FALSE(h.claims->messageLabel()->text().isEmpty());

    // The outbox folder is missing: the batch is recorded as failed and the claim stays ready.
    ClearinghouseSettings settings;
    settings.mode = DeliveryMode::Folder;
    settings.outboxDir = f.dir.file(QStringLiteral("outbox"));
    auto saved = f.service<IClearinghouse>()->saveSettings(settings, {}, {});
    INFO((saved.ok() ? std::string() : saved.error().toString().toStdString()));
    REQUIRE(saved.ok());
    REQUIRE(h.claims->selectClaim(id));
    CHECK_FALSE(h.claims->submitSelected());
    CHECK(f.claims().claim(id)->status == ClaimStatus::Ready);
    CHECK(h.claims->messageLabel()->text().contains(QStringLiteral("stay ready")));

    // With the folder there, the batch is delivered and the claim submitted.
    REQUIRE(QDir().mkpath(settings.outboxDir));
    REQUIRE(h.claims->selectClaim(id));
    REQUIRE(h.claims->submitSelected());
    CHECK(f.claims().claim(id)->status == ClaimStatus::Submitted);
    const QStringList files = QDir(settings.outboxDir).entryList(QDir::Files);
    REQUIRE(files.size() == 1);
    QFile batch(QDir(settings.outboxDir).filePath(files.front()));
    REQUIRE(batch.open(QIODevice::ReadOnly));
    CHECK(batch.readAll().contains(report->claims.front().claimNumber.toLatin1()));
    CHECK(h.claims->messageLabel()->text().contains(QStringLiteral("Sent 1 claim")));
    // The history shows the failed delivery and the delivered one, each with its claim.
    auto* batches = h.batches->model();
    REQUIRE(batches->rowCount() == 2);
    CHECK(batches->index(0, BatchesModel::State).data().toString() == QStringLiteral("Delivered"));
    CHECK(batches->index(1, BatchesModel::State).data().toString() == QStringLiteral("Delivery failed"));
    CHECK_FALSE(batches->index(1, BatchesModel::State).data(Qt::ToolTipRole).toString().isEmpty());
    REQUIRE(h.batches->selectBatch(1));
    CHECK(h.batches->claimsModel()->rowCount() == 1);
}

TEST_CASE("a batch left sending is settled from the batch history", "[billing_ui][later]")
{
    BillingFixture f;
    f.enter(f.visit(f.aliceId, kMonday, {QStringLiteral("99214")}));
    BillingDocksHarness h(f);
    auto report = h.unbilled->buildClaims(kMonday, kMonday, false);
    REQUIRE(report);
    const QString id = report->claims.front().id;
    REQUIRE(h.claims->selectClaim(id));
    REQUIRE(h.claims->markReady());
    // A delivery to a missing outbox folder fails and leaves the claim ready; the batch is then
    // put in the state a connection lost right after the upload leaves (the sshd tests make it
    // for real): "sending", its claim never marked submitted.
    ClearinghouseSettings settings;
    settings.mode = DeliveryMode::Folder;
    settings.outboxDir = f.dir.file(QStringLiteral("outbox"));
    REQUIRE(f.service<IClearinghouse>()->saveSettings(settings, {}, {}).ok());
    REQUIRE(h.claims->selectClaim(id));
    CHECK_FALSE(h.claims->submitSelected());
    REQUIRE(storage::exec(f.db->connection(),
                          QStringLiteral("UPDATE billing_batches SET status = 'sending' WHERE status = 'failed'"))
                .ok());
    h.batches->refresh();
    REQUIRE(h.batches->settleButton());
    REQUIRE(h.batches->selectBatch(0));
    CHECK(h.batches->settleButton()->isEnabled());

    CHECK_FALSE(h.batches->settleSelected(BatchSettlement::Uploaded, QStringLiteral(" ")));  // no reason
    CHECK(h.batches->messageLabel()->text().contains(QStringLiteral("Give the reason")));
    CHECK(f.claims().claim(id)->status == ClaimStatus::Ready);

    REQUIRE(h.batches->selectBatch(0));
    REQUIRE(h.batches->settleSelected(BatchSettlement::Uploaded, QStringLiteral("the clearinghouse has the file")));
    CHECK(h.batches->messageLabel()->text().contains(QStringLiteral("settled as delivered")));
    CHECK(f.claims().claim(id)->status == ClaimStatus::Submitted);
    REQUIRE(h.batches->selectBatch(0));
    CHECK(h.batches->model()->index(0, BatchesModel::State).data().toString() == QStringLiteral("Delivered"));
    CHECK_FALSE(h.batches->settleButton()->isEnabled());
    CHECK_FALSE(h.batches->settleSelected(BatchSettlement::Failed, QStringLiteral("again")));
    CHECK(h.batches->messageLabel()->text().contains(QStringLiteral("Nothing was changed")));
}
