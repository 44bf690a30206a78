#include "shell/action_registry.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>

using namespace fd;
using namespace fd::shell;

namespace {
ActionSpec spec(const char* id, const char* shortcut = "", const char* context = "", const char* permission = "")
{
    ActionSpec s;
    s.id = QString::fromLatin1(id);
    s.text = s.id;
    s.shortcut = QKeySequence(QString::fromLatin1(shortcut));
    s.context = QString::fromLatin1(context);
    s.permission = QString::fromLatin1(permission);
    return s;
}
}  // namespace

TEST_CASE("action ids are unique", "[actions]")
{
    ActionRegistry registry;
    REQUIRE(registry.add(spec("fd.a.one")).ok());
    auto again = registry.add(spec("fd.a.one"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(registry.ids() == QStringList{QStringLiteral("fd.a.one")});
    CHECK_FALSE(registry.add(spec("")).ok());
}

TEST_CASE("shortcuts may repeat only in different dock contexts", "[actions]")
{
    ActionRegistry registry;
    REQUIRE(registry.add(spec("fd.a.print", "Ctrl+P", "fd.a.dock")).ok());
    REQUIRE(registry.add(spec("fd.b.print", "Ctrl+P", "fd.b.dock")).ok());
    CHECK(registry.action(QStringLiteral("fd.a.print"))->shortcutContext() == Qt::WidgetWithChildrenShortcut);

    auto sameDock = registry.add(spec("fd.a.other", "Ctrl+P", "fd.a.dock"));
    REQUIRE_FALSE(sameDock.ok());
    CHECK(sameDock.error().message.contains(QStringLiteral("fd.a.print")));
    // A global shortcut would shadow both docks' actions.
    CHECK_FALSE(registry.add(spec("fd.global.print", "Ctrl+P")).ok());

    REQUIRE(registry.add(spec("fd.global.lock", "Ctrl+L")).ok());
    CHECK(registry.action(QStringLiteral("fd.global.lock"))->shortcutContext() == Qt::WindowShortcut);
    CHECK_FALSE(registry.add(spec("fd.a.lock", "Ctrl+L", "fd.a.dock")).ok());
}

TEST_CASE("actions the user may not run are hidden and never run", "[actions]")
{
    ActionRegistry registry;
    int runs = 0;
    ActionSpec guarded = spec("fd.admin.manage", "", "", "admin.users.manage");
    guarded.trigger = [&runs] { ++runs; };
    ActionSpec open = spec("fd.any.open");
    open.trigger = [&runs] { runs += 10; };
    REQUIRE(registry.add(guarded).ok());
    REQUIRE(registry.add(open).ok());

    registry.setPermissionCheck([](const QString& p) { return p == QLatin1String("patients.read"); });
    CHECK_FALSE(registry.isAllowed(QStringLiteral("fd.admin.manage")));
    CHECK(registry.allowedIds() == QStringList{QStringLiteral("fd.any.open")});
    QAction* hidden = registry.action(QStringLiteral("fd.admin.manage"));
    CHECK_FALSE(hidden->isVisible());
    CHECK_FALSE(hidden->isEnabled());
    CHECK_FALSE(registry.trigger(QStringLiteral("fd.admin.manage")));
    hidden->setEnabled(true);  // even when something re-enables it, the trigger is refused
    hidden->trigger();
    CHECK(runs == 0);

    CHECK(registry.trigger(QStringLiteral("fd.any.open")));
    CHECK(runs == 10);

    registry.setPermissionCheck([](const QString&) { return true; });
    CHECK(registry.trigger(QStringLiteral("fd.admin.manage")));
    CHECK(runs == 11);
}

TEST_CASE("a suspended registry runs nothing", "[actions]")
{
    ActionRegistry registry;
    int runs = 0;
    ActionSpec s = spec("fd.any.open", "Ctrl+O");
    s.trigger = [&runs] { ++runs; };
    REQUIRE(registry.add(s).ok());
    registry.setSuspended(true);
    registry.action(QStringLiteral("fd.any.open"))->trigger();
    CHECK_FALSE(registry.trigger(QStringLiteral("fd.any.open")));
    CHECK(runs == 0);
    registry.setSuspended(false);
    CHECK(registry.trigger(QStringLiteral("fd.any.open")));
    CHECK(runs == 1);
}
