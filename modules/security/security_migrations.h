#pragma once

#include "storage/database.h"

namespace fd::security {

// The security module's schema: users, password history, role permission overrides, the
// audit key and the append-only audit_log (UPDATE and DELETE refused by triggers).
storage::MigrationSet securityMigrations();

}  // namespace fd::security
