#pragma once

#include "shell/module.h"

#include <memory>
#include <vector>

namespace fd::desktop {

// Every screen module linked into the workstation, in menu order. A new feature adds its
// module here (and its library to app/desktop/CMakeLists.txt); nothing else registers it.
std::vector<std::unique_ptr<shell::IModule>> createModules();

}  // namespace fd::desktop
