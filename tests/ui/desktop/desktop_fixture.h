#pragma once

#include "app/desktop/desktop_app.h"
#include "shell/icons.h"

#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QSettings>

namespace fd::desktop::testing {

inline const QString kAdminPassword = QStringLiteral("correct horse battery");

inline practice::PracticeProfile sampleProfile()
{
    practice::PracticeProfile p;
    p.name = QStringLiteral("Maple Street Family Medicine");
    p.timeZone = QStringLiteral("America/Chicago");
    p.npi = QStringLiteral("1234567893");
    p.taxId = QStringLiteral("12-3456789");
    return p;
}

inline security::PracticeSetup sampleSetup()
{
    security::PracticeSetup s;
    s.adminUsername = QStringLiteral("admin");
    s.adminDisplayName = QStringLiteral("Ada Admin");
    s.adminPassword = kAdminPassword;
    return s;
}

// A temporary directory with workstation settings and, on request, a created practice.
struct DesktopFixture
{
    DesktopFixture() { shell::initResources(); }

    QString database() const { return dir.file(QStringLiteral("practice.db")); }

    // Creates the practice (as the first-run wizard does) and leaves it logged in inside `app`.
    void createPractice(DesktopApp& app)
    {
        auto created = app.createPractice(sampleProfile(), sampleSetup());
        if (!created.ok())
            FAIL(created.error().toString().toStdString());
        REQUIRE_FALSE(created.value().isEmpty());
    }

    fd::test::TempDir dir;
    QSettings settings{dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat};
};

}  // namespace fd::desktop::testing
