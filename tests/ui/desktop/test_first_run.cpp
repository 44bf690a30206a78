#include "app/desktop/first_run_wizard.h"
#include "desktop_fixture.h"
#include "shell/main_window.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>

using namespace fd;
using namespace fd::desktop;

TEST_CASE("the first-run wizard validates, creates the practice and shows the recovery key once",
          "[desktop][firstrun]")
{
    testing::DesktopFixture f;
    DesktopApp app(f.database(), f.settings);
    FirstRunWizard wizard(f.database(), [&](const practice::PracticeProfile& profile,
                                            const security::PracticeSetup& setup) {
        return app.createPractice(profile, setup);
    });
    wizard.show();
    REQUIRE(wizard.currentId() == FirstRunWizard::PracticePageId);
    CHECK(wizard.timeZoneBox()->count() > 100);

    wizard.nameField()->setText(QStringLiteral("Maple Street Family Medicine"));
    wizard.timeZoneBox()->setCurrentText(QStringLiteral("America/Chicago"));
    wizard.npiField()->setText(QStringLiteral("1234567890"));  // wrong check digit
    wizard.taxIdField()->setText(QStringLiteral("12-3456789"));
    wizard.next();
    CHECK(wizard.currentId() == FirstRunWizard::PracticePageId);
    CHECK_FALSE(wizard.errorText().isEmpty());

    wizard.npiField()->setText(QStringLiteral("1234567893"));
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::AdminPageId);

    wizard.displayNameField()->setText(QStringLiteral("Ada Admin"));
    wizard.passwordField()->setText(testing::kAdminPassword);
    wizard.repeatField()->setText(QStringLiteral("something else entirely"));
    wizard.next();
    CHECK(wizard.currentId() == FirstRunWizard::AdminPageId);
    CHECK(wizard.errorText() == QStringLiteral("The two passwords differ."));
    CHECK_FALSE(QFileInfo::exists(f.database()));

    wizard.passwordField()->setText(testing::kAdminPassword);
    wizard.repeatField()->setText(testing::kAdminPassword);
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::RecoveryPageId);
    CHECK(wizard.isCreated());
    CHECK(wizard.recoveryKeyShown().size() >= 20);
    CHECK(QFileInfo::exists(f.database()));
    CHECK(QFileInfo::exists(f.database() + QStringLiteral(".keys")));

    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.writtenDownBox()->setChecked(true);
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());

    // The profile was saved through the practice service.
    REQUIRE(app.session());
    REQUIRE(app.openWindow().ok());
    CHECK(app.window()->windowTitle() == QStringLiteral("Frontdesk — Maple Street Family Medicine"));
}
