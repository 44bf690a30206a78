#include "admin/ui/roles_model.h"
#include "admin_fixture.h"
#include "security/permissions.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::admin;

TEST_CASE("the permission matrix shows and changes what each role may do", "[admin][roles]")
{
    fakes::PracticeFixture f;
    RolesModel model(f.access());
    REQUIRE(model.isEditable());
    REQUIRE(model.rowCount() >= 10);
    CHECK(model.columnCount() == static_cast<int>(security::allRoles().size()) + 1);

    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.permissionAt(r) == security::perm::kAuditExport)
            row = r;
    }
    REQUIRE(row >= 0);
    CHECK(model.index(row, 0).data().toString() == QStringLiteral("Export the audit trail"));
    int billerColumn = -1;
    for (int c = 1; c < model.columnCount(); ++c) {
        if (model.roleAt(c) == security::Role::Biller)
            billerColumn = c;
    }
    REQUIRE(billerColumn > 0);
    const QModelIndex cell = model.index(row, billerColumn);
    CHECK(cell.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK((model.flags(cell) & Qt::ItemIsUserCheckable));
    REQUIRE(model.setData(cell, Qt::Checked, Qt::CheckStateRole));
    CHECK(f.access()->roleHas(security::Role::Biller, security::perm::kAuditExport));
    CHECK(cell.data(Qt::CheckStateRole).toInt() == Qt::Checked);
}
