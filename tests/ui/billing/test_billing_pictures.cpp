// Pictures of the Claims and Unbilled charges docks for docs/BILLING_WORKBENCH.md, over the
// billing fixture's practice with visits in every claim status. Written to a temporary
// folder, or to FRONTDESK_BILLING_PICTURES:
//   FRONTDESK_BILLING_PICTURES=docs/images build/bin/test_billing_ui "[picture]"
#include "billing/ui/claim_detail_pane.h"
#include "billing/ui/claims_model.h"
#include "billing/ui/unbilled_model.h"
#include "billing_ui_support.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::ui;
using namespace fd::billing::ui::test;
using namespace fd::billing::test;

namespace {

// Visits over two weeks; the first week's claims go through every status.
void fillPractice(BillingFixture& f)
{
    const QDate start(2025, 2, 24);
    const QStringList sets[] = {{QStringLiteral("99214"), QStringLiteral("36415")},
                                {QStringLiteral("99213"), QStringLiteral("87880")},
                                {QStringLiteral("99213")},
                                {QStringLiteral("99214"), QStringLiteral("93000"), QStringLiteral("J1100")}};
    for (int i = 0; i < 10; ++i) {
        const QString patient = i % 3 == 0 ? f.bobId : (i % 3 == 1 ? f.aliceId : f.danId);
        f.enter(f.visit(patient, start.addDays(i), sets[i % 4]));
    }
    auto built = f.claims().build(start, start.addDays(6));
    REQUIRE(built.ok());
    std::vector<Claim> claims = built->claims;
    REQUIRE(claims.size() >= 4);
    f.makeReady({claims[0], claims[1], claims[2]});
    ExportOptions options;
    options.claimIds = {claims[0].id, claims[1].id};
    REQUIRE(f.exporter().export837(options, f.dir.file(QStringLiteral("b.837"))).ok());
    auto accepted = f.claims().claim(claims[0].id);
    REQUIRE(f.claims().setStatus(accepted->id, accepted->rowVersion, ClaimStatus::Accepted).ok());
    auto rejected = f.claims().claim(claims[1].id);
    REQUIRE(f.claims().setStatus(rejected->id, rejected->rowVersion, ClaimStatus::Rejected,
                                 QStringLiteral("Member id not found"))
                .ok());
}

QImage grabDock(BillingDocksHarness& h, QWidget* dock)
{
    auto* tabs = h.window.findChild<QTabWidget*>();
    REQUIRE(tabs);
    tabs->setCurrentWidget(dock);
    QTest::qWait(50);
    return h.window.grab().toImage();
}

void save(const QImage& image, const QString& name, const QTemporaryDir& temp)
{
    const QString dir = qEnvironmentVariableIsSet("FRONTDESK_BILLING_PICTURES")
                            ? qEnvironmentVariable("FRONTDESK_BILLING_PICTURES")
                            : temp.path();
    REQUIRE(QDir().mkpath(dir));
    REQUIRE(image.save(QDir(dir).filePath(name)));
    // A picture of a real screen: many colours, not a blank or a single tone.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 8)
        for (int x = 0; x < image.width(); x += 8)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 8);
}

}  // namespace

TEST_CASE("Pictures of the claims and unbilled docks", "[billing_ui][picture]")
{
    BillingFixture f;
    fillPractice(f);
    BillingDocksHarness h(f, {1180, 700});
    QTemporaryDir temp;

    h.claims->refresh();
    REQUIRE(h.claims->model()->rowCount() >= 4);
    REQUIRE(h.claims->selectClaim(h.claims->model()->claimAt(1)->id));
    save(grabDock(h, h.claims), QStringLiteral("billing-claims.png"), temp);

    h.unbilled->refresh();
    REQUIRE(h.unbilled->model()->rowCount() > 0);
    save(grabDock(h, h.unbilled), QStringLiteral("billing-unbilled.png"), temp);
}
