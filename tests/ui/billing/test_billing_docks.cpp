// The billing docks over a real billing core: claims built from the unbilled dock show in the
// claims dock, status moves, the 837P export, batch history, and the actions a role without
// billing permissions never sees.
#include "billing/core/billing_permissions.h"
#include "billing/ui/batches_model.h"
#include "billing/ui/claim_detail_pane.h"
#include "billing/ui/claims_model.h"
#include "billing/ui/unbilled_model.h"
#include "billing_ui_support.h"
#include "shell/action_registry.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>

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

// The rows of a patient's charges in the unbilled list.
std::vector<int> rowsOf(const UnbilledModel* model, const QString& patientId)
{
    std::vector<int> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->chargeAt(row)->patientId == patientId)
            rows.push_back(row);
    return rows;
}

// Alice's visit (billable) and Dan's (no coverage: held).
void enterTwoVisits(BillingFixture& f)
{
    f.enter(f.visit(f.aliceId, kMonday, {QStringLiteral("99214"), QStringLiteral("36415")}));
    f.enter(f.visit(f.danId, kMonday, {QStringLiteral("99213")}));
}

}  // namespace

TEST_CASE("claims built from the unbilled dock show in the claims dock", "[billing_ui]")
{
    BillingFixture f;
    enterTwoVisits(f);
    BillingDocksHarness h(f);

    UnbilledModel* unbilled = h.unbilled->model();
    REQUIRE(unbilled->rowCount() == 3);
    CHECK(unbilled->heldCount() == 1);
    const std::vector<int> alice = rowsOf(unbilled, f.aliceId);
    REQUIRE(alice.size() == 2);
    CHECK(cell(unbilled, alice[0], UnbilledModel::Patient) == QStringLiteral("Example, Alice"));
    CHECK(cell(unbilled, alice[0], UnbilledModel::Code) == QStringLiteral("99214"));
    CHECK(cell(unbilled, alice[0], UnbilledModel::Amount) == QStringLiteral("$180.50"));
    CHECK(cell(unbilled, alice[0], UnbilledModel::Hold).isEmpty());
    CHECK(h.unbilled->summaryLabel()->text().contains(QStringLiteral("$317.50")));
    const std::vector<int> dan = rowsOf(unbilled, f.danId);
    REQUIRE(dan.size() == 1);
    CHECK_FALSE(cell(unbilled, dan[0], UnbilledModel::Hold).isEmpty());
    REQUIRE(h.claims->model()->rowCount() == 0);

    auto report = h.unbilled->buildClaims(kMonday, kMonday, false);
    REQUIRE(report);
    REQUIRE(report->claims.size() == 1);
    REQUIRE(report->held.size() == 1);
    CHECK(report->held.front().patientId == f.danId);

    // The claims dock heard of it and lists the draft with its number, payer and total.
    ClaimsModel* claims = h.claims->model();
    REQUIRE(claims->rowCount() == 1);
    CHECK(cell(claims, 0, ClaimsModel::Number) == report->claims.front().claimNumber);
    CHECK(cell(claims, 0, ClaimsModel::Patient) == QStringLiteral("Example, Alice"));
    CHECK(cell(claims, 0, ClaimsModel::Payer) == QStringLiteral("Acme Health"));
    CHECK(cell(claims, 0, ClaimsModel::Total) == QStringLiteral("$192.50"));
    CHECK(cell(claims, 0, ClaimsModel::Status) == QStringLiteral("Draft"));
    CHECK_FALSE(cell(claims, 0, ClaimsModel::LastChange).isEmpty());
    // Only Dan's held charge is left unbilled.
    REQUIRE(unbilled->rowCount() == 1);
    CHECK(unbilled->chargeAt(0)->patientId == f.danId);

    // The detail pane shows the lines, the diagnoses and the history.
    REQUIRE(h.claims->selectClaim(report->claims.front().id));
    const QString detail = h.claims->detail()->toPlainText();
    CHECK(detail.contains(QStringLiteral("99214")));
    CHECK(detail.contains(QStringLiteral("J06.9")));
    CHECK(detail.contains(QStringLiteral("made as draft")));
}

TEST_CASE("a claim is made by hand from the selected unbilled lines", "[billing_ui]")
{
    BillingFixture f;
    enterTwoVisits(f);
    BillingDocksHarness h(f);
    const int row = rowsOf(h.unbilled->model(), f.aliceId).front();
    REQUIRE(h.unbilled->selectLine(h.unbilled->model()->chargeAt(row)->lineId));
    REQUIRE(h.unbilled->createButton()->isEnabled());
    auto claim = h.unbilled->createClaimFromSelected();
    REQUIRE(claim);
    CHECK(claim->lines.size() == 1);
    CHECK(h.claims->model()->rowCount() == 1);
    CHECK(h.unbilled->model()->rowCount() == 2);

    // Lines of two visits cannot make one claim: the core's refusal is shown, nothing made.
    REQUIRE(h.unbilled->selectLine(h.unbilled->model()->chargeAt(0)->lineId));
    REQUIRE(h.unbilled->selectLine(h.unbilled->model()->chargeAt(1)->lineId, true));
    CHECK_FALSE(h.unbilled->createClaimFromSelected());
    CHECK_FALSE(h.unbilled->messageLabel()->isHidden());
    CHECK(h.claims->model()->rowCount() == 1);
}

TEST_CASE("mark ready and back to draft from the claims dock", "[billing_ui]")
{
    BillingFixture f;
    enterTwoVisits(f);
    BillingDocksHarness h(f);
    auto report = h.unbilled->buildClaims(kMonday, kMonday, false);
    REQUIRE(report);
    const QString id = report->claims.front().id;

    h.claims->setStatusFilter(ClaimStatus::Draft);
    REQUIRE(h.claims->selectClaim(id));
    CHECK(h.claims->readyButton()->isEnabled());
    CHECK_FALSE(h.claims->draftButton()->isEnabled());
    REQUIRE(h.claims->markReady());
    CHECK(f.claims().claim(id)->status == ClaimStatus::Ready);
    CHECK(h.claims->model()->rowCount() == 0);  // it left the Draft tab

    h.claims->setStatusFilter(ClaimStatus::Ready);
    REQUIRE(h.claims->model()->rowCount() == 1);
    REQUIRE(h.claims->selectClaim(id));
    CHECK(h.claims->detail()->toPlainText().contains(QStringLiteral("draft → ready")));
    CHECK_FALSE(h.claims->readyButton()->isEnabled());
    REQUIRE(h.claims->backToDraft());
    CHECK(f.claims().claim(id)->status == ClaimStatus::Draft);

    // A deleted draft releases its charges to the unbilled list.
    h.claims->setStatusFilter(std::nullopt);
    REQUIRE(h.claims->selectClaim(id));
    REQUIRE(h.claims->deleteDrafts());
    CHECK(h.claims->model()->rowCount() == 0);
    CHECK(h.unbilled->model()->rowCount() == 3);
}

TEST_CASE("export 837 writes the file, marks the claims submitted and adds a batch", "[billing_ui]")
{
    BillingFixture f;
    enterTwoVisits(f);
    BillingDocksHarness h(f);
    auto report = h.unbilled->buildClaims(kMonday, kMonday, false);
    REQUIRE(report);
    const QString id = report->claims.front().id;
    REQUIRE(h.claims->selectClaim(id));
    REQUIRE(h.claims->markReady());
    CHECK(h.batches->model()->rowCount() == 0);

    const QString path = f.dir.file(QStringLiteral("batch.837"));
    REQUIRE(h.claims->exportTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    CHECK(content.startsWith("ISA*"));
    CHECK(content.contains(report->claims.front().claimNumber.toLatin1()));
    CHECK(f.claims().claim(id)->status == ClaimStatus::Submitted);
    CHECK(h.claims->messageLabel()->text().contains(QStringLiteral("1 claim")));

    // The batch history lists it with its claim.
    REQUIRE(h.batches->model()->rowCount() == 1);
    CHECK(h.batches->model()->batchAt(0)->claimCount == 1);
    REQUIRE(h.batches->selectBatch(0));
    REQUIRE(h.batches->claimsModel()->rowCount() == 1);
    CHECK(cell(h.batches->claimsModel(), 0, BatchClaimsModel::Number) == report->claims.front().claimNumber);
    CHECK(cell(h.batches->claimsModel(), 0, BatchClaimsModel::Status) == QStringLiteral("Submitted"));

    // Nothing ready is left: a second export is refused with the core's message, no file.
    const QString second = f.dir.file(QStringLiteral("second.837"));
    h.claims->setStatusFilter(std::nullopt);
    CHECK_FALSE(h.claims->exportTo(second));
    CHECK_FALSE(QFile::exists(second));
    CHECK(h.batches->model()->rowCount() == 1);

    // The submitted claim can be replaced with the payer's control number.
    REQUIRE(h.claims->selectClaim(id));
    REQUIRE(h.claims->replaceButton()->isEnabled());
    CHECK_FALSE(h.claims->replaceSelected(QString()));  // refused: the number is needed
    REQUIRE(h.claims->selectClaim(id));
    REQUIRE(h.claims->replaceSelected(QStringLiteral("PAYER123")));
    auto all = f.claims().list();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    const Claim& replacement = all->back().frequency == Frequency::Replacement ? all->back() : all->front();
    CHECK(replacement.frequency == Frequency::Replacement);
    CHECK(replacement.payerClaimControlNumber == QStringLiteral("PAYER123"));
}

TEST_CASE("a user without billing permissions does not see the actions", "[billing_ui]")
{
    BillingFixture f;
    enterTwoVisits(f);
    f.access->granted.remove(perm::kClaims);
    f.access->granted.remove(perm::kSubmit);
    f.access->granted.remove(perm::kCharges);

    SECTION("view only: lists without actions")
    {
        BillingDocksHarness h(f);
        CHECK(h.unbilled->model()->rowCount() == 3);
        for (QPushButton* b : {h.claims->readyButton(), h.claims->draftButton(), h.claims->deleteButton(),
                               h.claims->replaceButton(), h.claims->voidButton(), h.claims->exportButton(),
                               h.claims->chargesButton(), h.unbilled->buildButton(), h.unbilled->createButton(),
                               h.unbilled->chargesButton()})
            CHECK_FALSE(b->isVisibleTo(&h.window));
        CHECK_FALSE(h.unbilled->buildClaims(kMonday, kMonday, false));
        CHECK(f.claims().list()->empty());

        // The shell's registry hides and refuses the same actions.
        shell::ActionRegistry registry;
        registry.setPermissionCheck([&f](const QString& p) { return p.isEmpty() || f.access->can(p); });
        for (shell::ActionSpec& spec : h.module.actions())
            REQUIRE(registry.add(std::move(spec)).ok());
        CHECK(registry.isAllowed(QStringLiteral("fd.billing.showClaims")));
        for (const char* id : {"fd.billing.buildClaims", "fd.billing.createClaim", "fd.billing.markReady",
                               "fd.billing.export837", "fd.billing.enterCharges", "fd.billing.voidClaim"}) {
            INFO(id);
            CHECK_FALSE(registry.isAllowed(QString::fromLatin1(id)));
            CHECK_FALSE(registry.trigger(QString::fromLatin1(id)));
        }
        CHECK(f.claims().list()->empty());
    }
    SECTION("no billing.view: the docks say so and show nothing")
    {
        f.access->granted.remove(perm::kView);
        BillingDocksHarness h(f);
        CHECK(h.claims->model() == nullptr);
        CHECK(h.unbilled->model() == nullptr);
        auto* denied = h.claims->findChild<QLabel*>(QStringLiteral("fd.billing.claims.denied"));
        REQUIRE(denied);
        CHECK(denied->text().contains(perm::kView));
    }
}

TEST_CASE("the claims list pages as the view scrolls", "[billing_ui]")
{
    BillingFixture f;
    // 230 one-line visits over five days: more than one page of 200.
    for (int i = 0; i < 230; ++i)
        f.enter(f.visit(i % 2 ? f.aliceId : f.bobId, kMonday.addDays(i % 5), {QStringLiteral("99213")}));
    REQUIRE(f.claims().build(kMonday, kMonday.addDays(4)).ok());
    BillingDocksHarness h(f);
    ClaimsModel* model = h.claims->model();
    CHECK(model->rowCount() == ClaimsModel::kPageSize);
    REQUIRE(model->canFetchMore({}));
    model->fetchMore({});
    CHECK(model->rowCount() == 230);
    CHECK_FALSE(model->canFetchMore({}));
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->claimAt(row)->id);
    CHECK(ids.size() == 230);  // no claim twice, none skipped
    for (int row = 1; row < model->rowCount(); ++row)
        CHECK(model->claimAt(row - 1)->serviceDate <= model->claimAt(row)->serviceDate);
}
