#include "security/audit_actions.h"
#include "security/audit_event_fhir.h"
#include "security/permissions.h"
#include "security/practice_session.h"
#include "security/security_permissions.h"

#include "security_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <functional>

using namespace fd;
using namespace fd::security;
using fd::security::test::kAdminPassword;

namespace {
// One row per service call guarded by a permission. Later features add their rows here.
struct GuardedCall
{
    QString permission;
    const char* what;
    std::function<Status(PracticeSession&, int)> call;  // int: a counter for unique names
};

template <typename T>
Status ok(const Result<T>& r)
{
    return r.ok() ? Status() : Status(r.error());
}

const std::vector<GuardedCall>& guardedCalls()
{
    static const std::vector<GuardedCall> rows = {
        {perm::kUsersView, "IUserService::list", [](PracticeSession& s, int) { return ok(s.users().list()); }},
        {perm::kUsersManage, "IUserService::add",
         [](PracticeSession& s, int n) {
             return ok(s.users().add({QStringLiteral("made-by-%1").arg(n), QString(), Role::FrontDesk,
                                      QStringLiteral("a good password %1").arg(n)}));
         }},
        {perm::kRolesManage, "IAccessControl::setRolePermission",
         [](PracticeSession& s, int) { return s.access().setRolePermission(Role::Provider, perm::kPracticeView, true); }},
        {perm::kAuditView, "IAuditTrail::list", [](PracticeSession& s, int) { return ok(s.audit().list({})); }},
        {perm::kAuditView, "IAuditTrail::count", [](PracticeSession& s, int) { return ok(s.audit().count({})); }},
        {perm::kAuditView, "IAuditTrail::verify", [](PracticeSession& s, int) { return ok(s.audit().verify()); }},
        {perm::kBreakGlassReview, "IAuditTrail::list(action=break_glass)",
         [](PracticeSession& s, int) {
             AuditFilter f;
             f.action = audit::kBreakGlass;
             return ok(s.audit().list(f));
         }},
        {perm::kAuditExport, "exportAuditBundle",
         [](PracticeSession& s, int) { return ok(exportAuditBundle(s.access(), s.audit(), {})); }},
        {perm::kRekey, "PracticeSession::rekey", [](PracticeSession& s, int) { return ok(s.rekey()); }},
    };
    return rows;
}

QString passwordFor(Role role)
{
    return QStringLiteral("password of ") + roleId(role);
}
}  // namespace

TEST_CASE("Every role x guarded service call obeys the default permission table", "[permissions]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    {
        auto admin = fd::security::test::createPractice(path);
        for (Role role : allRoles())
            REQUIRE(admin->users().add({roleId(role), QString(), role, passwordFor(role)}).ok());
        REQUIRE(admin->logout().ok());
    }
    int counter = 0;
    for (Role role : allRoles()) {
        auto session = PracticeSession::login(path, roleId(role), passwordFor(role));
        REQUIRE(session.ok());
        for (const GuardedCall& row : guardedCalls()) {
            const bool expected = PermissionCatalog::defaultAllows(role, row.permission);
            const Status result = row.call(*session.value(), ++counter);
            INFO(roleId(role).toStdString() << " " << row.what << " -> " << result.ok());
            CHECK(result.ok() == expected);
            if (!expected)
                CHECK(result.error().code == ErrorCode::PermissionDenied);
        }
        // Every declared permission, also those guarded in other modules, answers per the table.
        for (const PermissionInfo& p : PermissionCatalog::all()) {
            INFO(roleId(role).toStdString() << " " << p.id.toStdString());
            CHECK(session.value()->access().can(p.id) == p.defaultRoles.contains(role));
        }
        REQUIRE(session.value()->logout().ok());
    }
    // Denied attempts were audited.
    auto admin = PracticeSession::login(path, QStringLiteral("admin"), kAdminPassword);
    REQUIRE(admin.ok());
    AuditFilter denied;
    denied.action = audit::kAccessDenied;
    const auto entries = admin.value()->audit().list(denied).value();
    CHECK_FALSE(entries.empty());
    for (const AuditEntry& e : entries)
        CHECK(e.record.outcome == QStringLiteral("denied"));
}

TEST_CASE("The catalog declares every security permission with its documented defaults", "[permissions]")
{
    declareSecurityPermissions();
    for (const QString& id : {perm::kUsersView, perm::kUsersManage, perm::kRolesManage, perm::kAuditView, perm::kAuditExport,
                              perm::kAuditSettings, perm::kBreakGlassReview, perm::kBackup, perm::kRekey, perm::kPracticeView,
                              perm::kPracticeEdit, perm::kPatientsRead, perm::kPatientsEdit, perm::kPatientsRestricted}) {
        INFO(id.toStdString());
        REQUIRE(PermissionCatalog::find(id) != nullptr);
        CHECK_FALSE(PermissionCatalog::find(id)->description.isEmpty());
    }
    CHECK(PermissionCatalog::defaultAllows(Role::Administrator, perm::kUsersManage));
    CHECK_FALSE(PermissionCatalog::defaultAllows(Role::OfficeManager, perm::kUsersManage));
    CHECK(PermissionCatalog::defaultAllows(Role::OfficeManager, perm::kBreakGlassReview));
    CHECK_FALSE(PermissionCatalog::defaultAllows(Role::FrontDesk, perm::kAuditView));
    CHECK(PermissionCatalog::defaultAllows(Role::Provider, perm::kPatientsRead));
    CHECK_FALSE(PermissionCatalog::defaultAllows(Role::Provider, perm::kPatientsEdit));
    CHECK_FALSE(PermissionCatalog::defaultAllows(Role::Biller, QStringLiteral("no.such.permission")));
}

TEST_CASE("An administrator overrides the table; the change is audited with the prior value", "[permissions]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    auto admin = fd::security::test::createPractice(path);
    REQUIRE(admin->users().add({QStringLiteral("fran"), QString(), Role::FrontDesk, QStringLiteral("fran's password")}).ok());
    CHECK_FALSE(admin->access().roleHas(Role::FrontDesk, perm::kAuditView));
    REQUIRE(admin->access().setRolePermission(Role::FrontDesk, perm::kAuditView, true).ok());
    CHECK(admin->access().roleHas(Role::FrontDesk, perm::kAuditView));
    CHECK(admin->access().setRolePermission(Role::FrontDesk, QStringLiteral("no.such"), true).error().code ==
          ErrorCode::InvalidInput);
    CHECK(admin->access().setRolePermission(Role::Administrator, perm::kRolesManage, false).error().code ==
          ErrorCode::InvalidInput);
    AuditFilter f;
    f.action = audit::kPermissionChange;
    const auto changes = admin->audit().list(f).value();
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].record.details.value(QStringLiteral("prior")).toBool() == false);
    CHECK(changes[0].record.details.value(QStringLiteral("allowed")).toBool() == true);
    CHECK(changes[0].record.details.value(QStringLiteral("role")).toString() == QStringLiteral("front_desk"));

    // Stored in the database: a new session of the front desk sees it.
    auto fran = PracticeSession::login(path, QStringLiteral("fran"), QStringLiteral("fran's password"));
    REQUIRE(fran.ok());
    CHECK(fran.value()->audit().list({}).ok());
    CHECK(fran.value()->access().setRolePermission(Role::FrontDesk, perm::kUsersManage, true).error().code ==
          ErrorCode::PermissionDenied);
}

TEST_CASE("Break-glass needs a reason, is audited and listed for the office manager", "[permissions][break-glass]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    auto admin = fd::security::test::createPractice(path);
    REQUIRE(admin->users().add({QStringLiteral("fran"), QString(), Role::FrontDesk, QStringLiteral("fran's password")}).ok());
    REQUIRE(admin->users().add({QStringLiteral("olga"), QString(), Role::OfficeManager, QStringLiteral("olga's password")}).ok());
    REQUIRE(admin->logout().ok());

    auto fran = PracticeSession::login(path, QStringLiteral("fran"), QStringLiteral("fran's password"));
    REQUIRE(fran.ok());
    IAccessControl& access = fran.value()->access();
    const QString patient = QStringLiteral("0b9c1f3e-1111-4c1a-9f00-000000000001");
    CHECK(access.breakGlass(patient, QStringLiteral("   ")).error().code == ErrorCode::InvalidInput);
    CHECK(access.breakGlass(patient, QStringLiteral("too short")).error().code == ErrorCode::InvalidInput);
    CHECK(access.breakGlass(QString(), QStringLiteral("patient collapsed at desk")).error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(access.hasBrokenGlassFor(patient));
    REQUIRE(access.breakGlass(patient, QStringLiteral("patient collapsed at desk")).ok());
    CHECK(access.hasBrokenGlassFor(patient));
    CHECK_FALSE(access.hasBrokenGlassFor(QStringLiteral("someone-else")));
    AuditFilter glass;
    glass.action = audit::kBreakGlass;
    CHECK(fran.value()->audit().list(glass).error().code == ErrorCode::PermissionDenied);
    REQUIRE(fran.value()->logout().ok());

    auto olga = PracticeSession::login(path, QStringLiteral("olga"), QStringLiteral("olga's password"));
    REQUIRE(olga.ok());
    const auto events = olga.value()->audit().list(glass).value();
    REQUIRE(events.size() == 1);
    CHECK(events[0].username == QStringLiteral("fran"));
    CHECK(events[0].record.patientId == patient);
    CHECK(events[0].record.details.value(QStringLiteral("reason")).toString() == QStringLiteral("patient collapsed at desk"));
    // A new session starts without broken glass.
    CHECK_FALSE(olga.value()->access().hasBrokenGlassFor(patient));
}
