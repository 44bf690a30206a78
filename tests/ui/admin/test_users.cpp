#include "admin/ui/add_user_dialog.h"
#include "admin/ui/qr_code.h"
#include "admin/ui/users_model.h"
#include "admin/ui/users_view.h"
#include "admin_fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>

using namespace fd;
using namespace fd::admin;

TEST_CASE("the users model lists the practice's accounts", "[admin][users]")
{
    fakes::PracticeFixture f;
    UsersModel model(f.users());
    REQUIRE(model.reload().ok());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, UsersModel::Username).data().toString() == QStringLiteral("admin"));
    CHECK(model.index(0, UsersModel::DisplayName).data().toString() == QStringLiteral("Ada Admin"));
    CHECK(model.index(0, UsersModel::RoleColumn).data().toString() == QStringLiteral("Administrator"));
    CHECK(model.index(0, UsersModel::Active).data().toString() == QStringLiteral("Active"));
    CHECK(model.index(0, UsersModel::TwoFactor).data().toString() == QStringLiteral("Off"));
    CHECK(model.headerData(UsersModel::LastLogin, Qt::Horizontal).toString() == QStringLiteral("Last login"));
}

TEST_CASE("a user added through the dialog appears in the table", "[admin][users]")
{
    fakes::PracticeFixture f;
    UsersView view(f.users(), f.access());
    REQUIRE(view.model()->rowCount() == 1);

    AddUserDialog dialog;
    dialog.usernameField()->setText(QStringLiteral("Maria.Lopez"));
    dialog.displayNameField()->setText(QStringLiteral("María López"));
    dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(QStringLiteral("front_desk")));
    dialog.passwordField()->setText(QStringLiteral("another long secret"));
    dialog.repeatField()->setText(QStringLiteral("another long secreT"));
    CHECK(dialog.problem() == QStringLiteral("The two passwords differ."));
    dialog.setResult(QDialog::Rejected);
    dialog.done(QDialog::Accepted);  // refused: the form stays open
    CHECK(dialog.result() == QDialog::Rejected);
    dialog.repeatField()->setText(QStringLiteral("another long secret"));
    REQUIRE(dialog.problem().isEmpty());

    const security::NewUser user = dialog.newUser();
    CHECK(user.username == QStringLiteral("maria.lopez"));
    CHECK(user.role == security::Role::FrontDesk);
    REQUIRE(view.addUser(user).ok());
    REQUIRE(view.model()->rowCount() == 2);
    REQUIRE(view.selectedUser());
    CHECK(view.selectedUser()->username == QStringLiteral("maria.lopez"));
    CHECK(view.selectedUser()->displayName == QStringLiteral("María López"));

    // The service's password rules reach the user as a clear error; nothing is added.
    security::NewUser weak = user;
    weak.username = QStringLiteral("weak");
    weak.password = QStringLiteral("short");
    const Status refused = view.addUser(weak);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(view.model()->rowCount() == 2);
}

TEST_CASE("a TOTP enrollment URI becomes a QR code", "[admin][users]")
{
    const QImage image = qrCodeImage(
        QStringLiteral("otpauth://totp/Frontdesk:admin?secret=JBSWY3DPEHPK3PXP&issuer=Frontdesk"), 4);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == image.height());
    CHECK(image.width() >= (21 + 8) * 4);
    // The quiet zone is white, the top-left finder pattern black.
    CHECK(image.pixelColor(1, 1) == QColor(Qt::white));
    CHECK(image.pixelColor(4 * 4 + 1, 4 * 4 + 1) == QColor(Qt::black));
}
