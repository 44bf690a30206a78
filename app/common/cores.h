#pragma once

#include "common/result.h"
#include "common/service_registry.h"
#include "demo/demo_generator.h"
#include "storage/database.h"

#include <vector>

namespace fd::app {

// The schema migrations of every linked feature core, lowest first (storage and security
// migrate themselves when a practice session opens).
std::vector<storage::MigrationSet> featureMigrations();

// Migrates the feature cores and publishes their services. The registry must already hold
// the session's services (PracticeSession::registerServices). Used by the desktop shell,
// frontdeskctl and, later, the server, so all three see the same cores.
Status startCores(storage::Database& db, ServiceRegistry& registry);

// The demo data generator with every linked core's contributors, lowest core first.
demo::DemoGenerator demoGenerator();

}  // namespace fd::app
