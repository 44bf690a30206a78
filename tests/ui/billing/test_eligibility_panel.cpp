// The patient record's Eligibility tab: a stored 271's benefits in words, Check Now with and
// without a real-time endpoint, and the tab in the patient editor through the hook billing
// appends (patients never links billing).
#include "billing/core/billing_permissions.h"
#include "billing/ui/eligibility_panel.h"
#include "billing_ui_support.h"
#include "eligibility_checks.h"
#include "patients/ui/patient_editor.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::ui;
using namespace fd::billing::ui::test;
using namespace fd::billing::test;

namespace {

const char* kActiveMember = R"(HL*3*2*22*0~
TRN*2*%TRACE%*9877281234~
NM1*IL*1*EXAMPLE*ALICE****MI*ACM100200~
DTP*346*D8*20240101~
EB*1*IND*30**ACME PPO GOLD~
EB*B*IND*98*HM*ACME PPO GOLD*27*25*****Y~
EB*B*IND*98*HM*ACME PPO GOLD*27*60*****N~
EB*A*IND*98**ACME PPO GOLD*27**0.2****N~
EB*C*IND*30**ACME PPO GOLD*23*1500*****Y~
EB*C*IND*30**ACME PPO GOLD*29*350.25*****Y~
EB*G*IND*30**ACME PPO GOLD*23*6000*****Y~
EB*G*IND*30**ACME PPO GOLD*29*4200*****Y~
MSG*OUT OF POCKET MAXIMUM INCLUDES DEDUCTIBLE~)";

const char* kInactiveMember = R"(HL*3*2*22*0~
TRN*2*%TRACE%*9877281234~
NM1*IL*1*EXAMPLE*ALICE****MI*ACM100200~
EB*6*IND*30**ACME PPO~)";

// A file exchange answered at once: the 270 written, then the payer's 271 imported.
EligibilityCheck answered(IEligibilityService& service, const QString& coverageId,
                          const char* member)
{
    auto asked = service.write270(coverageId);
    REQUIRE(asked);
    const QByteArray trace = traceOf(asked->request);
    auto imported = service.import271(make271(trace, QByteArray(member).replace("%TRACE%", trace)));
    INFO((imported ? std::string() : imported.error().toString().toStdString()));
    REQUIRE(imported);
    REQUIRE(imported->size() == 1);
    return imported->front();
}

// The payer behind a real-time endpoint, for the panel: Check Now answers with `member`
// (through the real service's file exchange, so the check is stored as any other).
class AnsweringPayer final : public IEligibilityService
{
public:
    AnsweringPayer(std::shared_ptr<IEligibilityService> real, const char* member)
        : m_real(std::move(real)), m_member(member)
    {
    }
    int asked = 0;

    Result<EligibilityCheck> checkNow(const QString& coverageId, const QStringList&) override
    {
        ++asked;
        return answered(*m_real, coverageId, m_member);
    }
    Result<EligibilityCheck> write270(const QString& id, const QStringList& types) override
    {
        return m_real->write270(id, types);
    }
    Result<std::vector<EligibilityCheck>> import271(const QByteArray& content) override
    {
        return m_real->import271(content);
    }
    Result<std::optional<EligibilityCheck>> latest(const QString& id) override
    {
        return m_real->latest(id);
    }
    Result<std::vector<EligibilityCheck>> history(const QString& id) override
    {
        return m_real->history(id);
    }
    Result<BatchResult> runBatch(const BatchOptions& o) override { return m_real->runBatch(o); }
    Result<std::vector<VerificationItem>> verificationList(const QDate& d) override
    {
        return m_real->verificationList(d);
    }
    Result<VerificationItem> markVerified(const QString& id, qint64 v, const QString& n) override
    {
        return m_real->markVerified(id, v, n);
    }
    Result<EligibilityEndpoint> endpoint() override
    {
        EligibilityEndpoint e;
        e.url = QStringLiteral("https://core.clearinghouse.example.com/rt");
        return e;
    }
    Status setEndpoint(const EligibilityEndpoint& e) override { return m_real->setEndpoint(e); }

private:
    std::shared_ptr<IEligibilityService> m_real;
    const char* m_member;
};

struct PanelHarness
{
    explicit PanelHarness(BillingFixture& f)
    {
        migrateLaterBilling(f);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        REQUIRE(module.initialize(f.registry).ok());
        REQUIRE(module.allModulesInitialized(f.registry).ok());
    }
    // The tabs billing adds to the patient record, as the patient editor asks for them.
    std::vector<patients::ui::PatientRecordTab*> tabs(BillingFixture& f)
    {
        std::vector<patients::ui::PatientRecordTab*> out;
        for (const auto& provider : f.registry.all<patients::ui::IPatientRecordTabs>())
            for (patients::ui::PatientRecordTab* tab : provider->createTabs(&window))
                out.push_back(tab);
        return out;
    }
    BillingModule module;
    QWidget window;
};

QStringList row(QTableWidget* table, int r)
{
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c)
        cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return cells;
}

bool hasRow(QTableWidget* table, const QStringList& start)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (row(table, r).mid(0, start.size()) == start)
            return true;
    return false;
}

}  // namespace

TEST_CASE("the eligibility tab is only for users holding billing.eligibility",
          "[billing_ui][eligibility_tab]")
{
    BillingFixture f;
    PanelHarness h(f);
    CHECK(h.tabs(f).empty());
    f.access->granted.insert(perm::kEligibility);
    auto tabs = h.tabs(f);
    REQUIRE(tabs.size() == 1);
    CHECK(tabs.front()->tabTitle() == QStringLiteral("E&ligibility"));
}

TEST_CASE("the eligibility tab shows a stored 271 in words", "[billing_ui][eligibility_tab]")
{
    BillingFixture f;
    f.access->granted.insert(perm::kEligibility);
    PanelHarness h(f);
    auto service = f.service<IEligibilityService>();
    answered(*service, f.aliceCoverageId, kActiveMember);
    auto tabs = h.tabs(f);
    REQUIRE(tabs.size() == 1);
    auto* panel = dynamic_cast<EligibilityPanel*>(tabs.front());
    REQUIRE(panel);
    panel->setPatientId(f.aliceId);

    const QString text = panel->sectionText(f.aliceCoverageId);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Primary: Acme Health, member id")));
    CHECK(text.contains(QStringLiteral("Active coverage")));
    CHECK(text.contains(QStringLiteral("Plan: ACME PPO GOLD.")));
    CHECK(text.contains(QStringLiteral("Covered since")));
    CHECK(text.contains(QStringLiteral("Checked ")));
    CHECK(
        text.contains(QStringLiteral("Deductible, individual, in network: $350.25 remaining of "
                                     "$1,500.00 for the calendar year.")));
    CHECK(
        text.contains(QStringLiteral("Out-of-pocket maximum, individual, in network: $4,200.00 "
                                     "remaining of $6,000.00 for the calendar year.")));
    QTableWidget* table = panel->benefitsTable(f.aliceCoverageId);
    REQUIRE(table);
    CHECK(hasRow(table, {QStringLiteral("Copay"), QStringLiteral("Office visit (98)"),
                         QStringLiteral("$25.00"), QStringLiteral("in network")}));
    CHECK(hasRow(table, {QStringLiteral("Copay"), QStringLiteral("Office visit (98)"),
                         QStringLiteral("$60.00"), QStringLiteral("out of network")}));
    CHECK(hasRow(table, {QStringLiteral("Coinsurance"), QStringLiteral("Office visit (98)"),
                         QStringLiteral("20%"), QStringLiteral("out of network")}));

    // No endpoint: Check Now is off and says why; asked anyway, the error is shown plainly.
    CHECK(panel->message().contains(QStringLiteral("real-time endpoint")));
    REQUIRE(panel->checkButton(f.aliceCoverageId));
    CHECK_FALSE(panel->checkButton(f.aliceCoverageId)->isEnabled());
    CHECK_FALSE(panel->checkNow(f.aliceCoverageId));
    CHECK(panel->sectionText(f.aliceCoverageId)
              .contains(QStringLiteral(
                  "The check did not go through: No clearinghouse endpoint is set up")));

    // Dan has no coverage.
    panel->setPatientId(f.danId);
    CHECK(panel->message().contains(QStringLiteral("no insurance coverage on file")));
    CHECK(panel->benefitsTable(f.aliceCoverageId) == nullptr);
}

TEST_CASE("Check Now on the eligibility tab stores the answer and shows it",
          "[billing_ui][eligibility_tab]")
{
    BillingFixture f;
    f.access->granted.insert(perm::kEligibility);
    PanelHarness h(f);
    auto real = f.service<IEligibilityService>();
    answered(*real, f.aliceCoverageId, kActiveMember);
    auto payer = std::make_shared<AnsweringPayer>(real, kInactiveMember);
    auto services = BillingServices::from(f.registry);
    EligibilityPanel panel(services, payer, f.service<patients::ICoverageService>(),
                           std::make_shared<BillingNames>(services));
    panel.setPatientId(f.aliceId);
    CHECK(panel.sectionText(f.aliceCoverageId).contains(QStringLiteral("Active coverage")));
    REQUIRE(panel.checkButton(f.aliceCoverageId));
    REQUIRE(panel.checkButton(f.aliceCoverageId)->isEnabled());

    panel.checkButton(f.aliceCoverageId)->click();
    CHECK(payer->asked == 1);
    const QString text = panel.sectionText(f.aliceCoverageId);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Inactive: the payer says this coverage is not in effect")));
    CHECK(text.contains(QStringLiteral("Plan: ACME PPO.")));
    CHECK_FALSE(text.contains(QStringLiteral("Active coverage")));
    CHECK(panel.benefitsTable(f.aliceCoverageId) ==
          nullptr);  // an inactive answer lists no amounts
    CHECK(real->history(f.aliceCoverageId)->size() == 2);
}

TEST_CASE("the patient editor shows billing's eligibility tab", "[billing_ui][eligibility_tab]")
{
    BillingFixture f;
    f.access->granted.insert(perm::kEligibility);
    PanelHarness h(f);
    answered(*f.service<IEligibilityService>(), f.aliceCoverageId, kActiveMember);
    patients::ui::PatientEditor editor(patients::ui::PatientsServices::from(f.registry));
    REQUIRE(editor.addedTabs().size() == 1);
    auto* panel = dynamic_cast<EligibilityPanel*>(editor.addedTabs().front());
    REQUIRE(panel);
    REQUIRE(editor.open(f.aliceId).ok());
    CHECK(panel->sectionText(f.aliceCoverageId).isEmpty());  // read only when shown
    editor.tabs()->setCurrentWidget(panel);
    CHECK(panel->sectionText(f.aliceCoverageId).contains(QStringLiteral("Active coverage")));
}
