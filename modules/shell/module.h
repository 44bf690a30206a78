#pragma once

#include "common/result.h"
#include "common/service_registry.h"
#include "shell/action_registry.h"

#include <QIcon>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QWidget;

namespace fd::shell {

class SettingsPage;

// A dock a module offers. The shell creates the widget only for users holding `permission`,
// wraps it in a QDockWidget named `objectName` (stable: saved layouts refer to it) and lists
// it in the View menu.
struct DockSpec
{
    QString objectName;  // "fd.admin.users"
    QString title;       // translated
    QIcon icon;
    QString permission;  // empty: every logged-in user
    Qt::DockWidgetArea area = Qt::LeftDockWidgetArea;
    // Docks with the same non-empty group start tabbed together.
    QString tabGroup;
    // Width the dock starts with in the default layout (0: Qt decides).
    int preferredWidth = 0;
    std::function<QWidget*(QWidget* parent)> create;
};

// The screen part of a feature. Its services come from the cores (ServiceRegistry); a module
// adds docks, actions and settings pages. Modules are linked statically and listed at compile
// time (app/desktop/module_list.cpp).
class IModule
{
public:
    virtual ~IModule() = default;

    virtual QString id() const = 0;           // "fd.admin"
    virtual QString displayName() const = 0;  // translated; also the title of its menu
    virtual QIcon icon() const = 0;
    // The module is offered when the user holds any of these (empty: always).
    virtual QStringList permissions() const { return {}; }

    // Phase 1: publish this module's own services.
    virtual Status initialize(ServiceRegistry& registry) = 0;
    // Phase 2: every module has published; look up the services this module uses.
    virtual Status allModulesInitialized(ServiceRegistry& registry) = 0;

    virtual std::vector<DockSpec> docks() = 0;
    virtual std::vector<ActionSpec> actions() = 0;
    // Pages for the settings dialog; the dialog owns them (they are parented to it).
    virtual std::vector<SettingsPage*> createSettingsPages(QWidget* parent)
    {
        Q_UNUSED(parent);
        return {};
    }
};

}  // namespace fd::shell
