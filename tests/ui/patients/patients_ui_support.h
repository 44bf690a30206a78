#pragma once

#include "patients/ui/patients_dock.h"
#include "patients/ui/patients_module.h"
#include "patients_fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace fd::patients::test {

// The Patients dock as the shell creates it, in a shown window over a real practice.
struct DockHarness
{
    explicit DockHarness(PatientsFixture& fx)
    {
        REQUIRE(module.initialize(fx.registry).ok());
        REQUIRE(module.allModulesInitialized(fx.registry).ok());
        auto docks = module.docks();
        REQUIRE(docks.size() == 1);
        dock = qobject_cast<ui::PatientsDock*>(docks.front().create(&window));
        REQUIRE(dock);
        window.resize(1100, 800);
        dock->resize(window.size());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    ui::PatientsModule module;
    QWidget window;
    ui::PatientsDock* dock = nullptr;
};

inline void typeInto(QWidget* root, const QString& name, const QString& text)
{
    auto* edit = root->findChild<QLineEdit*>(name);
    INFO(name.toStdString());
    REQUIRE(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

inline void clickButton(QWidget* root, const QString& name)
{
    auto* button = root->findChild<QPushButton*>(name);
    INFO(name.toStdString());
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

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

}  // namespace fd::patients::test
