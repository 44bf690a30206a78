#include "shell/module_host.h"

#include <QCoreApplication>
#include <QSet>

namespace fd::shell {

namespace {
Error named(const IModule& module, Error error)
{
    error.message = ModuleHost::tr("Module %1: %2").arg(module.id(), error.message);
    return error;
}
}  // namespace

ModuleHost::ModuleHost(std::vector<std::unique_ptr<IModule>> modules) : m_modules(std::move(modules)) {}

ModuleHost::~ModuleHost() = default;

Status ModuleHost::start(ServiceRegistry& registry)
{
    QSet<QString> ids;
    for (const auto& module : m_modules) {
        if (ids.contains(module->id()))
            return makeError(ErrorCode::Conflict, tr("Two modules have the id %1").arg(module->id()));
        ids.insert(module->id());
    }
    for (const auto& module : m_modules) {
        if (Status status = module->initialize(registry); !status)
            return named(*module, status.error());
    }
    for (const auto& module : m_modules) {
        if (Status status = module->allModulesInitialized(registry); !status)
            return named(*module, status.error());
    }
    return {};
}

std::vector<IModule*> ModuleHost::modules() const
{
    std::vector<IModule*> out;
    for (const auto& module : m_modules)
        out.push_back(module.get());
    return out;
}

std::vector<IModule*> ModuleHost::offered(const std::function<bool(const QString&)>& can) const
{
    std::vector<IModule*> out;
    for (const auto& module : m_modules) {
        const QStringList needed = module->permissions();
        const bool allowed = needed.isEmpty()
                             || std::any_of(needed.begin(), needed.end(), [&](const QString& p) { return can(p); });
        if (allowed)
            out.push_back(module.get());
    }
    return out;
}

}  // namespace fd::shell
