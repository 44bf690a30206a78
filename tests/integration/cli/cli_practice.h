#pragma once

// What the CLI tests share besides running frontdeskctl: unwrapping a result and using a
// practice file's services directly, as the administrator, to set up what no command does.

#include "app/common/cores.h"
#include "common/result.h"
#include "common/service_registry.h"
#include "security/practice_session.h"

#include <catch2/catch_test_macros.hpp>

#include <functional>
#include <string>
#include <utility>

namespace fd::test {

template <typename T>
T need(Result<T> r)
{
    INFO((r.ok() ? std::string() : r.error().toString().toStdString()));
    REQUIRE(r.ok());
    return std::move(r.value());
}

// Runs `body` with the practice's services, logged in as `user`. The registry outlives the
// session: logging out takes the session's services out of it.
inline void withPracticeServices(const QString& db, const QString& user, const QString& password,
                                 const std::function<void(ServiceRegistry&)>& body)
{
    ServiceRegistry registry;
    auto session = security::PracticeSession::login(db, user, password);
    INFO((session.ok() ? std::string() : session.error().toString().toStdString()));
    REQUIRE(session.ok());
    session.value()->registerServices(registry);
    REQUIRE(app::startCores(session.value()->database(), registry).ok());
    body(registry);
    REQUIRE(session.value()->logout().ok());
}

}  // namespace fd::test
