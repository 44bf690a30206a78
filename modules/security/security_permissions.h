#pragma once

namespace fd::security {

// Declares the perm:: ids of permissions.h with their default roles in the PermissionCatalog
// (the table in docs/SECURITY.md). Idempotent; every PracticeSession calls it.
void declareSecurityPermissions();

}  // namespace fd::security
