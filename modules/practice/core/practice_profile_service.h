#pragma once

#include "practice/core/practice_profile.h"
#include "security/interfaces.h"
#include "storage/database.h"

#include <memory>

namespace fd::practice {

class PracticeProfileService final : public IPracticeProfile
{
public:
    PracticeProfileService(storage::Database& db, std::shared_ptr<security::IAccessControl> access,
                           std::shared_ptr<security::IAuditTrail> audit);

    Result<PracticeProfile> profile() const override;
    Status save(const PracticeProfile& profile) override;

private:
    storage::Database& m_db;
    std::shared_ptr<security::IAccessControl> m_access;
    std::shared_ptr<security::IAuditTrail> m_audit;
};

}  // namespace fd::practice
