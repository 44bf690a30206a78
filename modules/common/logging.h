#pragma once

#include <QLoggingCategory>

namespace fd {

// Log categories. Log lines name ids (row UUIDs, file names, segment numbers), never a
// patient's name, birth date or any other PHI.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcX12)
Q_DECLARE_LOGGING_CATEGORY(lcShell)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

// Process hardening done first thing in every executable: no core dumps (they would hold
// PHI and keys), restrictive umask.
void hardenProcess();

}  // namespace fd
