#pragma once

#include "accounts/ui/accounts_dock.h"
#include "accounts/ui/accounts_module.h"
#include "accounts_fixture.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/practice_profile.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QTest>
#include <QTimer>

#include <functional>

namespace fd::accounts::test {

// The Accounts dock as the shell creates it, in a shown window over a real practice.
struct AccountsDockHarness
{
    explicit AccountsDockHarness(AccountsFixture& fx, QSize size = {1200, 820})
    {
        practice::PracticeProfile profile;
        profile.name = QStringLiteral("Lakeside Family Medicine");
        profile.timeZone = QStringLiteral("America/Chicago");
        profile.phone = QStringLiteral("217-555-0100");
        const QSet<QString> granted = fx.access->granted;  // whatever role the test plays
        fx.access->granted.insert(practice::perm::kEdit);
        REQUIRE(fx.service<practice::IPracticeProfile>()->save(profile).ok());
        fx.access->granted = granted;
        fx.access->user.displayName = QStringLiteral("Dana Desk");
        REQUIRE(module.initialize(fx.registry).ok());
        REQUIRE(module.allModulesInitialized(fx.registry).ok());
        auto docks = module.docks();
        REQUIRE(docks.size() == 1);
        dock = qobject_cast<ui::AccountsDock*>(docks.front().create(&window));
        REQUIRE(dock);
        window.resize(size);
        dock->resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    ui::AccountsModule module;
    QWidget window;
    ui::AccountsDock* dock = nullptr;
};

// Runs `act` on the modal dialog the next action opens (dialogs run their own event loop);
// `ran` tells whether one of type Dialog was there.
template <typename Dialog>
void whenModal(std::function<void(Dialog*)> act, bool* ran)
{
    QTimer::singleShot(0, [act, ran] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        *ran = dialog != nullptr;
        if (dialog)
            act(dialog);
        else if (QApplication::activeModalWidget())
            QApplication::activeModalWidget()->close();
    });
}

}  // namespace fd::accounts::test
