#pragma once

#include <QIcon>
#include <QString>

namespace fd::shell {

// Registers the shell's resources (icons). A static library's resources are not registered
// by themselves: the application and the tests call this once.
void initResources();

// An SVG icon from resources/icons ("users" -> :/icons/users.svg); SVG scales to any DPI.
QIcon icon(const QString& name);

}  // namespace fd::shell
