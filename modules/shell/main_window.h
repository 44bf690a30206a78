#pragma once

#include "shell/action_registry.h"
#include "shell/idle_watcher.h"

#include <QByteArray>
#include <QMainWindow>
#include <QPointer>

#include <chrono>
#include <map>
#include <vector>

class QDockWidget;
class QMenu;
class QSettings;
class QToolBar;

namespace fd::shell {

class CommandPalette;
class IModule;
class IShellSession;
class LockOverlay;
class ShellStatusBar;

// The workstation's window: docks from the modules (movable, floatable, tabbable, nested),
// menus and toolbar built from the action registry, the command palette, the status bar,
// the per-user layout and the lock. It owns screens only; services stay with the cores.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // `modules` are those offered to this user (ModuleHost::offered); they outlive the window.
    MainWindow(IShellSession& session, std::vector<IModule*> modules, QSettings& settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    ActionRegistry& actions() { return m_actions; }
    QDockWidget* dock(const QString& objectName) const;
    QStringList dockNames() const;
    CommandPalette* commandPalette() const { return m_palette; }
    LockOverlay* lockOverlay() const { return m_overlay; }
    ShellStatusBar* shellStatusBar() const { return m_status; }
    QMenu* menu(MenuPlacement placement, IModule* module = nullptr) const;
    // Problems met while assembling (a module's duplicate action id, say); also logged.
    QStringList setupProblems() const { return m_problems; }

    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const { return m_idle.timeout(); }
    bool isLocked() const { return m_locked; }

    // Runs an action as the palette does: a dock's action first focuses its dock.
    bool runAction(const QString& id);
    void showDock(const QString& objectName);

    void lock();
    void saveLayout();
    void resetLayout();
    void openSettings();
    void openCommandPalette();

signals:
    void logoutRequested();
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void addAction(ActionSpec spec, IModule* module);
    void registerShellActions();
    void registerModuleActions();
    void createDocks();
    void attachActions();
    void buildMenus();
    void buildToolBar();
    void tryUnlock(const QString& password, const QString& totpCode);
    void enterLockedState();
    void leaveLockedState();
    void applyAutoLockSetting();
    QRect lockedArea() const;
    void applyPreferredWidths();

    IShellSession& m_session;
    std::vector<IModule*> m_modules;
    QSettings& m_settings;
    ActionRegistry m_actions;
    IdleWatcher m_idle;
    std::map<QString, QDockWidget*> m_docks;
    std::vector<QDockWidget*> m_dockOrder;
    std::map<QDockWidget*, int> m_preferredWidths;
    bool m_layoutRestored = false;
    bool m_shown = false;
    std::map<QString, IModule*> m_actionModule;
    std::map<IModule*, QMenu*> m_moduleMenus;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    CommandPalette* m_palette = nullptr;
    LockOverlay* m_overlay = nullptr;
    ShellStatusBar* m_status = nullptr;
    QByteArray m_defaultState;
    std::vector<QPointer<QDockWidget>> m_hiddenFloating;
    QStringList m_problems;
    bool m_locked = false;
    bool m_idleOverridden = false;
};

}  // namespace fd::shell
