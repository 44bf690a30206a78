// Pictures of the billing settings pages and the patient record's Eligibility tab for
// docs/BILLING_WORKBENCH.md. Written to a temporary folder, or to FRONTDESK_BILLING_PICTURES:
//   FRONTDESK_BILLING_PICTURES=docs/images build/bin/test_billing_ui "[picture]"
#include "billing/core/billing_permissions.h"
#include "billing/ui/clearinghouse_settings_page.h"
#include "billing/ui/eligibility_panel.h"
#include "billing/ui/endpoint_settings_page.h"
#include "billing_ui_support.h"
#include "eligibility_checks.h"
#include "patients/ui/patient_editor.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QSet>
#include <QTemporaryDir>
#include <QVBoxLayout>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::ui;
using namespace fd::billing::ui::test;
using namespace fd::billing::test;

namespace {

const char* kMember = R"(HL*3*2*22*0~
TRN*2*%TRACE%*9877281234~
NM1*IL*1*EXAMPLE*ALICE****MI*ACM100200~
DTP*346*D8*20240101~
EB*1*IND*30**ACME PPO GOLD~
EB*B*IND*98*HM*ACME PPO GOLD*27*25*****Y~
EB*B*IND*98*HM*ACME PPO GOLD*27*60*****N~
EB*A*IND*98**ACME PPO GOLD*27**0.2****N~
EB*B*IND*UC**ACME PPO GOLD*27*50*****Y~
EB*C*IND*30**ACME PPO GOLD*23*1500*****Y~
EB*C*IND*30**ACME PPO GOLD*29*350.25*****Y~
EB*C*FAM*30**ACME PPO GOLD*23*3000*****Y~
EB*C*FAM*30**ACME PPO GOLD*29*1875*****Y~
EB*G*IND*30**ACME PPO GOLD*23*6000*****Y~
EB*G*IND*30**ACME PPO GOLD*29*4200*****Y~
MSG*OUT OF POCKET MAXIMUM INCLUDES DEDUCTIBLE~)";

void save(QWidget& window, const QString& name, const QTemporaryDir& temp)
{
    QTest::qWait(50);
    const QImage image = window.grab().toImage();
    const QString dir = qEnvironmentVariableIsSet("FRONTDESK_BILLING_PICTURES")
                            ? qEnvironmentVariable("FRONTDESK_BILLING_PICTURES")
                            : temp.path();
    REQUIRE(QDir().mkpath(dir));
    REQUIRE(image.save(QDir(dir).filePath(name)));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 8)
        for (int x = 0; x < image.width(); x += 8)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 8);
}

void show(QWidget& window, QWidget* content, QSize size)
{
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(content);
    window.resize(size);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

QLineEdit* edit(QWidget* page, const char* name)
{
    auto* e = page->findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(e);
    return e;
}

}  // namespace

TEST_CASE("Pictures of the billing settings pages and the eligibility tab", "[billing_ui][picture]")
{
    BillingFixture f;
    f.access->granted.insert(perm::kEligibility);
    migrateLaterBilling(f);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    BillingModule module;
    REQUIRE(module.initialize(f.registry).ok());
    REQUIRE(module.allModulesInitialized(f.registry).ok());
    QTemporaryDir temp;

    QWidget clearinghouseWindow;
    std::vector<shell::SettingsPage*> pages = module.createSettingsPages(&clearinghouseWindow);
    REQUIRE(pages.size() == 2);
    auto* clearinghouse = qobject_cast<ClearinghouseSettingsPage*>(pages[0]);
    REQUIRE(clearinghouse);
    edit(clearinghouse, "host")->setText(QStringLiteral("sftp.clearinghouse.example.com"));
    edit(clearinghouse, "user")->setText(QStringLiteral("examplefp"));
    edit(clearinghouse, "password")->setText(QStringLiteral("demo-Password-1"));
    edit(clearinghouse, "hostKey")
        ->setText(QStringLiteral("SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8"));
    edit(clearinghouse, "uploadDir")->setText(QStringLiteral("/inbound/837"));
    edit(clearinghouse, "ackDir")->setText(QStringLiteral("/outbound/acks"));
    clearinghouse->apply();
    REQUIRE(clearinghouse->message() == QStringLiteral("The clearinghouse settings were saved."));
    show(clearinghouseWindow, clearinghouse, {760, 600});
    save(clearinghouseWindow, QStringLiteral("billing-settings-clearinghouse.png"), temp);

    QWidget endpointWindow;
    auto* endpoint = new EndpointSettingsPage(f.service<IEligibilityService>(), &endpointWindow);
    edit(endpoint, "url")
        ->setText(QStringLiteral("http://core.clearinghouse.example.com/realtime"));
    edit(endpoint, "senderId")->setText(QStringLiteral("EXAMPLEFP"));
    edit(endpoint, "receiverId")->setText(QStringLiteral("CLEARINGHOUSE"));
    edit(endpoint, "username")->setText(QStringLiteral("examplefp"));
    endpoint->apply();  // refused: not https; the message says so
    CHECK(endpoint->message().contains(QStringLiteral("https://")));
    show(endpointWindow, endpoint, {760, 520});
    save(endpointWindow, QStringLiteral("billing-settings-eligibility.png"), temp);

    auto asked = f.service<IEligibilityService>()->write270(f.aliceCoverageId);
    REQUIRE(asked);
    const QByteArray trace = traceOf(asked->request);
    REQUIRE(f.service<IEligibilityService>()->import271(
        make271(trace, QByteArray(kMember).replace("%TRACE%", trace))));
    QWidget editorWindow;
    auto* editor = new patients::ui::PatientEditor(patients::ui::PatientsServices::from(f.registry),
                                                   &editorWindow);
    REQUIRE(editor->addedTabs().size() == 1);
    REQUIRE(editor->open(f.aliceId).ok());
    editor->tabs()->setCurrentWidget(editor->addedTabs().front());
    show(editorWindow, editor, {1000, 760});
    save(editorWindow, QStringLiteral("billing-eligibility-tab.png"), temp);
}
