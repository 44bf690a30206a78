#include "demo/demo_generator.h"

#include "security/interfaces.h"

namespace fd::demo {

namespace {

// One user of each role beside the administrator, so every screen can be tried as each role.
class UsersContributor final : public IDemoContributor
{
public:
    QString entity() const override { return QStringLiteral("users"); }

    Result<qint64> generate(DemoContext& context) override
    {
        auto users = context.services.get<security::IUserService>();
        if (!users)
            return makeError(ErrorCode::Internal, QStringLiteral("no user service"));
        struct Seed
        {
            const char* username;
            const char* name;
            security::Role role;
        };
        const Seed seeds[] = {
            {"frontdesk", "Front Desk (demo)", security::Role::FrontDesk},
            {"biller", "Biller (demo)", security::Role::Biller},
            {"manager", "Office Manager (demo)", security::Role::OfficeManager},
            {"provider", "Provider (demo)", security::Role::Provider},
        };
        qint64 made = 0;
        for (const auto& s : seeds) {
            security::NewUser nu;
            nu.username = QString::fromLatin1(s.username);
            nu.displayName = QString::fromLatin1(s.name);
            nu.role = s.role;
            nu.password = context.password;
            auto added = users->add(nu);
            if (!added)
                return added.error();
            ++made;
        }
        return made;
    }
};

}  // namespace

std::shared_ptr<IDemoContributor> makeUsersContributor()
{
    return std::make_shared<UsersContributor>();
}

}  // namespace fd::demo
