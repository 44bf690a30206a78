// The Claims dock's Check status: a real-time 276/277 through the clearinghouse's CAQH CORE
// endpoint (the tests' own HTTPS server on loopback), offered only with billing.claims and an
// endpoint, the answer told in the message line and shown with the claim, and an endpoint that
// does not answer named in a clear message while the window keeps running its events.
#include "billing/core/billing_permissions.h"
#include "billing/core/claim_status_service.h"
#include "billing/ui/claim_detail_pane.h"
#include "billing/ui/claim_lines_dialog.h"
#include "billing_ui_support.h"
#include "claim_status_test_support.h"
#include "core_endpoint_test_server.h"
#include "eligibility_checks.h"
#include "shell/action_registry.h"
#include "shell/main_window.h"
#include "shell/shell_session.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QListWidget>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <algorithm>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::ui;
using namespace fd::billing::ui::test;
using namespace fd::billing::test;

namespace {

// The practice's real-time endpoint: the test server at `port`, trusting the test CA.
void useEndpoint(BillingFixture& f, const CoreTestPki& pki, int port)
{
    EligibilityEndpoint e;
    e.url = QStringLiteral("https://127.0.0.1:%1/core").arg(port);
    e.senderId = QStringLiteral("FRONTDESK");
    e.receiverId = QStringLiteral("CLEARINGHOUSE");
    e.username = QStringLiteral("practice");
    e.password = QStringLiteral("s3cret-word");
    e.caBundlePath = pki.ca;
    e.timeoutSeconds = 2;
    auto saved = f.service<IEligibilityService>()->setEndpoint(e);
    INFO((saved.ok() ? std::string() : saved.error().toString().toStdString()));
    REQUIRE(saved.ok());
}

// Clicks Check status on the selected claims, counting the timer ticks seen while the busy
// dialog was up (the dock's event loop ran while the answer was awaited).
struct Checked
{
    int ticksWhileBusy = 0;
};

Checked clickCheckStatus(ClaimsDock& dock)
{
    Checked out;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        auto* busy =
            dock.findChild<QProgressDialog*>(QStringLiteral("fd.billing.claims.statusBusy"));
        if (busy && busy->isVisible() && dock.isCheckingStatus())
            ++out.ticksWhileBusy;
    });
    ticker.start(50);
    QTest::mouseClick(dock.checkStatusButton(), Qt::LeftButton);
    return out;
}

const QString kCheckStatusId = QStringLiteral("fd.billing.checkStatus");
const QString kCheckLinesId = QStringLiteral("fd.billing.checkLines");

// The module's actions in the shell's registry under the fixture's permissions, the Claims
// dock's attached to the widget hosting the dock as MainWindow::attachActions does.
struct ShellActions
{
    ShellActions(BillingFixture& f, BillingDocksHarness& h)
    {
        registry.setPermissionCheck(
            [&f](const QString& p) { return p.isEmpty() || f.access->can(p); });
        for (shell::ActionSpec& spec : h.module.actions()) {
            if (spec.context == BillingModule::kClaimsDock)
                claimsDockActions << spec.id;
            REQUIRE(registry.add(std::move(spec)).ok());
        }
        checkStatus = registry.action(kCheckStatusId);
        REQUIRE(checkStatus != nullptr);
        for (const QString& id : claimsDockActions)
            h.claims->parentWidget()->addAction(registry.action(id));
    }

    shell::ActionRegistry registry;
    QStringList claimsDockActions;
    QAction* checkStatus = nullptr;
};

// The shell's view of the fixture's user: its permissions, never locked.
class FixtureSession final : public shell::IShellSession
{
public:
    explicit FixtureSession(BillingFixture& f) : m_f(f) {}
    QString userId() const override { return QStringLiteral("user-1"); }
    QString username() const override { return QStringLiteral("bella"); }
    QString roleName() const override { return QStringLiteral("Biller"); }
    QString practiceName() const override { return QStringLiteral("Example Family Practice"); }
    bool can(const QString& permission) const override { return m_f.access->can(permission); }
    bool isLocked() const override { return false; }
    Status lock() override { return {}; }
    Status unlock(const QString&, const QString&) override { return {}; }

private:
    BillingFixture& m_f;
};

QAction* menuEntry(const QMenu* menu, const QString& id)
{
    const QList<QAction*> entries = menu->actions();
    auto it = std::find_if(entries.begin(), entries.end(),
                           [&](const QAction* a) { return a->objectName() == id; });
    return it == entries.end() ? nullptr : *it;
}

}  // namespace

TEST_CASE(
    "The main window's Billing menu offers Check Claim Status when the Claims dock's button is",
    "[billing_ui][claim_status]")
{
    static CoreTestPki pki;
    BillingFixture f;
    enableEligibility(f);
    const Claim claim = sendTwoLineClaim(f);
    migrateLaterBilling(f);
    CoreTestServer server(pki, QStringLiteral("success"), answer277Lines(983, "%TRACE%"),
                          ClaimStatusService::responsePayloadType());
    useEndpoint(f, pki, server.port);
    BillingModule module;
    REQUIRE(module.initialize(f.registry).ok());
    REQUIRE(module.allModulesInitialized(f.registry).ok());
    FixtureSession session(f);
    QSettings settings(f.dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    shell::MainWindow window(session, {&module}, settings);
    CHECK(window.setupProblems().isEmpty());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QMenu* billing = window.menu(shell::MenuPlacement::Module, &module);
    REQUIRE(billing != nullptr);
    QAction* entry = menuEntry(billing, kCheckStatusId);
    REQUIRE(entry != nullptr);
    CHECK(entry->text() == QStringLiteral("Check Claim &Status"));
    QDockWidget* host = window.dock(BillingModule::kClaimsDock);
    REQUIRE(host != nullptr);
    CHECK(host->actions().contains(entry));  // its shortcut context is the Claims dock
    ClaimsDock* dock = module.claimsDock();
    REQUIRE(dock != nullptr);
    CHECK(entry->isVisible());
    CHECK_FALSE(entry->isEnabled());  // nothing selected, as the button
    CHECK_FALSE(window.runAction(kCheckStatusId));

    REQUIRE(dock->selectClaim(claim.id));
    CHECK(entry->isEnabled());
    REQUIRE(window.runAction(kCheckStatusId));
    const QString message = dock->messageLabel()->text();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("The payer answered through 127.0.0.1")));
    auto stored = f.service<IAckImport>()->payerStatuses(claim.id);
    REQUIRE(stored.ok());
    CHECK(stored->size() == 1);

    // Status of Service Lines follows its button too, and opens the same dialog: the line
    // ticked there is the one the payer is asked about.
    QAction* lines = menuEntry(billing, kCheckLinesId);
    REQUIRE(lines != nullptr);
    CHECK(lines->text() == QStringLiteral("Status of Service L&ines…"));
    CHECK(host->actions().contains(lines));
    CHECK(lines->isVisible());
    CHECK(lines->isEnabled() == dock->checkLinesButton()->isEnabled());
    CHECK(lines->isEnabled());
    const Claim selected = dock->selectedClaims().front();
    REQUIRE(selected.lines.size() == 2);
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ClaimLinesDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answered = true;
        dialog->list()->item(0)->setCheckState(Qt::Checked);
        dialog->accept();
    });
    f.audit->records.clear();
    REQUIRE(window.runAction(kCheckLinesId));
    CHECK(answered);
    const auto sent = std::find_if(f.audit->records.begin(), f.audit->records.end(), [](const auto& r) {
        return r.entity == QStringLiteral("billing_status_requests");
    });
    REQUIRE(sent != f.audit->records.end());
    CHECK(sent->details.value(QStringLiteral("lines")).toArray() ==
          QJsonArray{QStringLiteral("%1:1").arg(selected.claimNumber)});
    dock->table()->clearSelection();
    CHECK_FALSE(lines->isEnabled());
    window.close();
}

TEST_CASE("Check status in the Claims dock asks the payer in real time",
          "[billing_ui][claim_status]")
{
    static CoreTestPki pki;
    BillingFixture f;
    enableEligibility(f);
    const Claim claim = sendTwoLineClaim(f);

    SECTION("not offered without an endpoint, nor without billing.claims")
    {
        {
            BillingDocksHarness h(f);
            ShellActions shell(f, h);
            CHECK(h.claims->checkStatusButton()->isHidden());
            // Nor in the Billing menu: hidden and disabled as the button is, and never run.
            CHECK(shell.claimsDockActions.contains(kCheckStatusId));
            CHECK(shell.registry.isAllowed(kCheckStatusId));
            CHECK_FALSE(shell.checkStatus->isVisible());
            CHECK_FALSE(shell.checkStatus->isEnabled());
            REQUIRE(h.claims->selectClaim(claim.id));
            CHECK_FALSE(shell.checkStatus->isEnabled());
            CHECK_FALSE(shell.registry.trigger(kCheckStatusId));
        }
        useEndpoint(f, pki, freeLoopbackPort());
        f.access->granted.remove(perm::kClaims);
        BillingDocksHarness h(f);
        ShellActions shell(f, h);
        CHECK(h.claims->checkStatusButton()->isHidden());
        CHECK_FALSE(h.claims->checkStatus());
        CHECK_FALSE(shell.registry.isAllowed(kCheckStatusId));
        CHECK_FALSE(shell.checkStatus->isVisible());
        CHECK_FALSE(shell.registry.trigger(kCheckStatusId));
    }
    SECTION("the 277's claim and line statuses are told and shown with the claim")
    {
        CoreTestServer server(pki, QStringLiteral("success"), answer277Lines(980, "%TRACE%"),
                              ClaimStatusService::responsePayloadType());
        useEndpoint(f, pki, server.port);
        BillingDocksHarness h(f);
        QPushButton* button = h.claims->checkStatusButton();
        CHECK_FALSE(button->isHidden());
        CHECK_FALSE(button->isEnabled());  // nothing selected
        REQUIRE(h.claims->selectClaim(claim.id));
        CHECK(button->isEnabled());
        CHECK(h.claims->detail()->toPlainText().contains(
            QStringLiteral("The payer has not reported a status for this claim yet.")));
        clickCheckStatus(*h.claims);
        const QString message = h.claims->messageLabel()->text();
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("The payer answered through 127.0.0.1")));
        CHECK(message.contains(claim.claimNumber + QStringLiteral(": F1 ")));
        CHECK(message.contains(QStringLiteral("payer claim number PAYERCLM7")));
        CHECK(message.contains(QStringLiteral("2 service line status(es)")));
        auto stored = f.service<IAckImport>()->payerStatuses(claim.id);
        REQUIRE(stored.ok());
        REQUIRE(stored->size() == 1);
        CHECK(stored->front().source == QStringLiteral("277"));
        // The claim stays selected and its detail shows what the payer said, line by line.
        REQUIRE(h.claims->selectedClaims().size() == 1);
        CHECK(h.claims->selectedClaims().front().id == claim.id);
        const QString detail = h.claims->detail()->toPlainText();
        CHECK(detail.contains(QStringLiteral("Payer status")));
        CHECK(detail.contains(QStringLiteral("PAYERCLM7")));
        CHECK(detail.contains(QStringLiteral("Service lines, as the payer answered")));
        CHECK(detail.contains(QStringLiteral("HC:99213")));
        CHECK(detail.contains(QStringLiteral("HC:87880")));
        CHECK(detail.contains(QStringLiteral("$80.00")));  // the 99213's payment
        CHECK(button->isEnabled());
    }
    SECTION("Status of lines asks about the service lines chosen in its dialog")
    {
        CoreTestServer server(pki, QStringLiteral("success"), answer277Lines(981, "%TRACE%"),
                              ClaimStatusService::responsePayloadType());
        useEndpoint(f, pki, server.port);
        BillingDocksHarness h(f);
        QPushButton* button = h.claims->checkLinesButton();
        CHECK_FALSE(button->isHidden());
        CHECK_FALSE(button->isEnabled());  // nothing selected
        REQUIRE(h.claims->selectClaim(claim.id));
        CHECK(button->isEnabled());
        const Claim selected = h.claims->selectedClaims().front();
        REQUIRE(selected.lines.size() == 2);
        // The dialog lists both lines unticked, and asks only once one is ticked.
        ClaimLinesDialog dialog(selected);
        REQUIRE(dialog.list()->count() == 2);
        CHECK(dialog.list()->item(1)->text().contains(QStringLiteral("87880")));
        CHECK(dialog.chosenLineIds().isEmpty());
        CHECK_FALSE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.list()->item(1)->setCheckState(Qt::Checked);
        CHECK(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        REQUIRE(dialog.chosenLineIds() == QStringList{selected.lines[1].id});
        CHECK_FALSE(h.claims->checkLineStatus({}));
        f.audit->records.clear();
        REQUIRE(h.claims->checkLineStatus(dialog.chosenLineIds()));
        const QString message = h.claims->messageLabel()->text();
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("The payer answered through 127.0.0.1")));
        // The 276 named the second line alone (loops 2210D/E), as its audit entry records.
        const auto sent = std::find_if(f.audit->records.begin(), f.audit->records.end(), [](const auto& r) {
            return r.entity == QStringLiteral("billing_status_requests");
        });
        REQUIRE(sent != f.audit->records.end());
        CHECK(sent->details.value(QStringLiteral("lines")).toArray() ==
              QJsonArray{QStringLiteral("%1:2").arg(selected.claimNumber)});
        CHECK(f.service<IAckImport>()->payerStatuses(claim.id)->size() == 1);
        CHECK(button->isEnabled());
        // Without a claim selected there are no lines to choose.
        h.claims->table()->clearSelection();
        CHECK_FALSE(button->isEnabled());
        CHECK_FALSE(h.claims->checkLineStatus({selected.lines[0].id}));
    }
    SECTION("the Billing menu's Check Claim Status follows the button and asks the same way")
    {
        CoreTestServer server(pki, QStringLiteral("success"), answer277Lines(982, "%TRACE%"),
                              ClaimStatusService::responsePayloadType());
        useEndpoint(f, pki, server.port);
        BillingDocksHarness h(f);
        ShellActions shell(f, h);
        const shell::ActionSpec* spec = shell.registry.spec(kCheckStatusId);
        REQUIRE(spec != nullptr);
        CHECK(spec->menu == shell::MenuPlacement::Module);
        CHECK(spec->permission == perm::kClaims);
        CHECK(shell.checkStatus->text() == QStringLiteral("Check Claim &Status"));
        CHECK(shell.checkStatus->isVisible());
        CHECK_FALSE(shell.checkStatus->isEnabled());  // nothing selected, like the button
        CHECK_FALSE(shell.registry.trigger(kCheckStatusId));
        CHECK(f.service<IAckImport>()->payerStatuses(claim.id)->empty());
        REQUIRE(h.claims->selectClaim(claim.id));
        CHECK(shell.checkStatus->isEnabled());

        // Disabled while the payer is asked, as the button is: no second request meanwhile.
        bool disabledWhileAsking = false;
        bool enabledWhileAsking = false;
        QObject::connect(shell.checkStatus, &QAction::changed, [&] {
            if (!h.claims->isCheckingStatus())
                return;
            (shell.checkStatus->isEnabled() ? enabledWhileAsking : disabledWhileAsking) = true;
            CHECK_FALSE(shell.registry.trigger(kCheckStatusId));
        });
        REQUIRE(shell.registry.trigger(kCheckStatusId));
        CHECK(disabledWhileAsking);
        CHECK_FALSE(enabledWhileAsking);
        const QString message = h.claims->messageLabel()->text();
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("The payer answered through 127.0.0.1")));
        CHECK(message.contains(claim.claimNumber + QStringLiteral(": F1 ")));
        auto stored = f.service<IAckImport>()->payerStatuses(claim.id);
        REQUIRE(stored.ok());
        CHECK(stored->size() == 1);
        CHECK(h.claims->detail()->toPlainText().contains(QStringLiteral("PAYERCLM7")));
        CHECK(shell.checkStatus->isEnabled());  // the claim is selected again
    }
    SECTION("an endpoint that does not answer: named, nothing recorded, the window kept running")
    {
        CoreTestServer server(pki, QStringLiteral("silent"), answer277Lines(981, "%TRACE%"),
                              ClaimStatusService::responsePayloadType());
        useEndpoint(f, pki, server.port);
        BillingDocksHarness h(f);
        REQUIRE(h.claims->selectClaim(claim.id));
        const QString before = snapshot(f);
        const Checked checked = clickCheckStatus(*h.claims);
        CHECK(checked.ticksWhileBusy >= 3);  // two seconds of waiting with the busy dialog up
        const QString message = h.claims->messageLabel()->text();
        INFO(message.toStdString());
        CHECK(message.startsWith(QStringLiteral("The status check did not go through:")));
        CHECK(message.contains(QStringLiteral("https://127.0.0.1:%1/core").arg(server.port)));
        CHECK(message.contains(QStringLiteral("did not answer within 2 s")));
        CHECK(message.contains(QStringLiteral("Nothing was recorded")));
        CHECK_FALSE(message.contains(QStringLiteral("s3cret-word")));
        CHECK(snapshot(f) == before);
        CHECK_FALSE(h.claims->isCheckingStatus());
        CHECK(h.claims->checkStatusButton()->isEnabled());
        CHECK(h.claims->findChild<QProgressDialog*>(
                  QStringLiteral("fd.billing.claims.statusBusy")) == nullptr);
    }
    SECTION("a refused connection is told the same way")
    {
        const int port = freeLoopbackPort();
        useEndpoint(f, pki, port);
        BillingDocksHarness h(f);
        REQUIRE(h.claims->selectClaim(claim.id));
        CHECK_FALSE(h.claims->checkStatus());
        const QString message = h.claims->messageLabel()->text();
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("https://127.0.0.1:%1/core").arg(port)));
        CHECK(message.contains(QStringLiteral("refused the connection")));
    }
}
