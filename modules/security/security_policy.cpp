#include "security/security_policy.h"

namespace fd::security {

namespace {
SecurityPolicy& current()
{
    static SecurityPolicy policy;
    return policy;
}
}  // namespace

const SecurityPolicy& securityPolicy()
{
    return current();
}

void setSecurityPolicy(SecurityPolicy policy)
{
    if (!policy.clock)
        policy.clock = std::make_shared<SystemClock>();
    current() = std::move(policy);
}

}  // namespace fd::security
