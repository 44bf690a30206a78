#pragma once

#include "calendar/frontdesk/frontdesk_dock.h"
#include "calendar/frontdesk/frontdesk_module.h"

#include <catch2/catch_test_macros.hpp>

#include <QTest>
#include <QWidget>

namespace fd::calendar::frontdesk::test {

// The Front desk dock as the shell creates it, in a shown window over `registry`.
struct FrontdeskDockHarness
{
    explicit FrontdeskDockHarness(ServiceRegistry& registry, QSize size = {1280, 640})
    {
        REQUIRE(module.initialize(registry).ok());
        REQUIRE(module.allModulesInitialized(registry).ok());
        auto docks = module.docks();
        REQUIRE(docks.size() == 1);
        CHECK(docks.front().objectName == QStringLiteral("fd.calendar.frontdesk"));
        dock = qobject_cast<FrontdeskDock*>(docks.front().create(&window));
        REQUIRE(dock);
        window.resize(size);
        dock->resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    FrontdeskModule module;
    QWidget window;
    FrontdeskDock* dock = nullptr;
};

}  // namespace fd::calendar::frontdesk::test
