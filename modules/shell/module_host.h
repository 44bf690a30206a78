#pragma once

#include "common/result.h"
#include "common/service_registry.h"
#include "shell/module.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <vector>

namespace fd::shell {

// Owns the linked modules and runs their two start phases in order: every initialize()
// (publish), then every allModulesInitialized() (look up), so no module depends on the
// order of the list.
class ModuleHost
{
    Q_DECLARE_TR_FUNCTIONS(fd::shell::ModuleHost)

public:
    explicit ModuleHost(std::vector<std::unique_ptr<IModule>> modules);
    ~ModuleHost();

    // Conflict for a duplicate module id; otherwise the first module error, named.
    Status start(ServiceRegistry& registry);

    std::vector<IModule*> modules() const;
    // The modules a user holding `can` is offered (any of their permissions, or none needed).
    std::vector<IModule*> offered(const std::function<bool(const QString&)>& can) const;

private:
    std::vector<std::unique_ptr<IModule>> m_modules;
};

}  // namespace fd::shell
