#pragma once

#include "common/service_registry.h"
#include "security/practice_session.h"
#include "shell/icons.h"

#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <memory>

namespace fd::admin::fakes {

// A real practice in a private temporary directory, logged in as its administrator, with the
// session's services in a registry, as the desktop app has them.
struct PracticeFixture
{
    PracticeFixture()
    {
        shell::initResources();
        security::PracticeSetup setup;
        setup.adminUsername = QStringLiteral("admin");
        setup.adminDisplayName = QStringLiteral("Ada Admin");
        setup.adminPassword = kPassword;
        auto created = security::PracticeSession::create(dir.file(QStringLiteral("practice.db")), setup);
        if (!created.ok())
            FAIL(created.error().toString().toStdString());
        session = std::move(created.value().session);
        session->registerServices(registry);
    }
    ~PracticeFixture()
    {
        registry.clear();
        if (session)
            (void)session->logout();
    }

    std::shared_ptr<security::IUserService> users() const { return registry.get<security::IUserService>(); }
    std::shared_ptr<security::IAccessControl> access() const { return registry.get<security::IAccessControl>(); }
    std::shared_ptr<security::IAuditTrail> audit() const { return registry.get<security::IAuditTrail>(); }

    inline static const QString kPassword = QStringLiteral("correct horse battery");
    fd::test::TempDir dir;
    std::unique_ptr<security::PracticeSession> session;
    ServiceRegistry registry;
};

}  // namespace fd::admin::fakes
