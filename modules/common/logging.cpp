#include "common/logging.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace fd {

Q_LOGGING_CATEGORY(lcStorage, "fd.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "fd.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "fd.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcX12, "fd.x12", QtInfoMsg)
Q_LOGGING_CATEGORY(lcShell, "fd.shell", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "fd.cli", QtInfoMsg)

void hardenProcess()
{
    struct rlimit none = {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    ::umask(077);
}

}  // namespace fd
