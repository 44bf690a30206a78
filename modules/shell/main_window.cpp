#include "shell/main_window.h"

#include "common/logging.h"
#include "shell/app_settings.h"
#include "shell/command_palette.h"
#include "shell/icons.h"
#include "shell/layout_store.h"
#include "shell/lock_overlay.h"
#include "shell/module.h"
#include "shell/settings_dialog.h"
#include "shell/shell_session.h"
#include "shell/shell_status_bar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QToolBar>

namespace fd::shell {

MainWindow::MainWindow(IShellSession& session, std::vector<IModule*> modules, QSettings& settings,
                       QWidget* parent)
    : QMainWindow(parent), m_session(session), m_modules(std::move(modules)), m_settings(settings)
{
    setObjectName(QStringLiteral("fd.shell.mainWindow"));
    // The practice name only: patient names never go into a title (task bars, screen sharing).
    setWindowTitle(tr("Frontdesk — %1").arg(m_session.practiceName()));
    setWindowIcon(icon(QStringLiteral("frontdesk")));
    setDockOptions(AllowTabbedDocks | AllowNestedDocks | AnimatedDocks);
    setDocumentMode(true);

    m_status = new ShellStatusBar(this);
    m_status->setPractice(m_session.practiceName());
    m_status->setUser(m_session.username(), m_session.roleName());
    setStatusBar(m_status);

    m_actions.setPermissionCheck([this](const QString& permission) { return m_session.can(permission); });
    registerShellActions();
    registerModuleActions();
    createDocks();
    attachActions();
    buildMenus();
    buildToolBar();
    connect(&m_actions, &ActionRegistry::actionTriggered, this, [this](const QString& id) {
        const ActionSpec* spec = m_actions.spec(id);
        if (spec && !spec->showsDock.isEmpty())
            showDock(spec->showsDock);
    });

    m_palette = new CommandPalette(m_actions, this);
    connect(m_palette, &CommandPalette::actionChosen, this, [this](const QString& id) { runAction(id); });
    m_overlay = new LockOverlay(this);
    m_overlay->setUser(m_session.username(), m_session.practiceName());
    connect(m_overlay, &LockOverlay::unlockRequested, this, &MainWindow::tryUnlock);
    connect(m_overlay, &LockOverlay::logoutRequested, this, &MainWindow::logoutRequested);

    m_defaultState = saveState(LayoutStore::kLayoutVersion);
    resize(1360, 860);
    m_layoutRestored = LayoutStore(m_settings, m_session.userId()).restore(*this);

    connect(&m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    applyAutoLockSetting();
}

MainWindow::~MainWindow() = default;

void MainWindow::addAction(ActionSpec spec, IModule* module)
{
    const QString id = spec.id;
    const QString category = module ? module->displayName() : tr("Frontdesk");
    auto added = m_actions.add(std::move(spec), category);
    if (!added) {
        m_problems << added.error().message;
        qCWarning(lcShell) << "action not added:" << added.error().message;
        return;
    }
    m_actionModule[id] = module;
}

void MainWindow::registerShellActions()
{
    auto shellAction = [this](const char* id, const QString& text, const char* iconName,
                              QKeySequence shortcut, MenuPlacement menu, std::function<void()> run) {
        ActionSpec spec;
        spec.id = QString::fromLatin1(id);
        spec.text = text;
        spec.icon = icon(QString::fromLatin1(iconName));
        spec.shortcut = std::move(shortcut);
        spec.menu = menu;
        spec.trigger = std::move(run);
        addAction(std::move(spec), nullptr);
    };
    shellAction("fd.shell.commandPalette", tr("&Command Palette…"), "command", QKeySequence(tr("Ctrl+K")),
                MenuPlacement::View, [this] { openCommandPalette(); });
    shellAction("fd.shell.settings", tr("&Settings…"), "settings", QKeySequence(tr("Ctrl+,")),
                MenuPlacement::File, [this] { openSettings(); });
    shellAction("fd.shell.lock", tr("&Lock"), "lock", QKeySequence(tr("Ctrl+L")), MenuPlacement::File,
                [this] { lock(); });
    shellAction("fd.shell.logout", tr("Log &Out"), "logout", QKeySequence(), MenuPlacement::File, [this] {
        saveLayout();
        emit logoutRequested();
    });
    shellAction("fd.shell.quit", tr("&Quit"), "quit", QKeySequence(tr("Ctrl+Q")), MenuPlacement::File,
                [this] { close(); });
    shellAction("fd.shell.resetLayout", tr("&Reset Layout"), "layout", QKeySequence(), MenuPlacement::View,
                [this] { resetLayout(); });
    shellAction("fd.shell.about", tr("&About Frontdesk"), "about", QKeySequence(), MenuPlacement::Help, [this] {
        QMessageBox::about(this, tr("About Frontdesk"),
                           tr("<b>Frontdesk %1</b><p>Front-office software for medical practices.</p>"
                              "<p>License: GPL-3.0-or-later.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    m_actions.action(QStringLiteral("fd.shell.lock"))->setToolTip(tr("Lock the screen (Ctrl+L)"));
}

void MainWindow::registerModuleActions()
{
    for (IModule* module : m_modules) {
        for (ActionSpec& spec : module->actions())
            addAction(std::move(spec), module);
    }
}

void MainWindow::createDocks()
{
    std::map<QString, QDockWidget*> groupHeads;
    for (IModule* module : m_modules) {
        for (DockSpec& spec : module->docks()) {
            if (!spec.permission.isEmpty() && !m_session.can(spec.permission))
                continue;
            if (m_docks.count(spec.objectName) || !spec.create) {
                m_problems << tr("Dock %1 is offered twice or cannot be created").arg(spec.objectName);
                continue;
            }
            auto* dock = new QDockWidget(spec.title, this);
            dock->setObjectName(spec.objectName);
            dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                              | QDockWidget::DockWidgetClosable);
            dock->setWidget(spec.create(dock));
            dock->toggleViewAction()->setIcon(spec.icon);
            addDockWidget(spec.area, dock);
            if (!spec.tabGroup.isEmpty()) {
                auto head = groupHeads.find(spec.tabGroup);
                if (head == groupHeads.end())
                    groupHeads[spec.tabGroup] = dock;
                else
                    tabifyDockWidget(head->second, dock);
            }
            m_docks[spec.objectName] = dock;
            if (spec.preferredWidth > 0)
                m_preferredWidths[dock] = spec.preferredWidth;
            m_dockOrder.push_back(dock);
        }
    }
    for (const auto& [group, head] : groupHeads)
        head->raise();

    // The central area stays empty when docks fill the window; a user without any screen
    // gets a word of explanation instead of a blank window.
    auto* central = new QLabel(tr("No screens are available to your role. Ask the practice "
                                  "administrator for access."), this);
    central->setObjectName(QStringLiteral("fd.shell.noScreens"));
    central->setAlignment(Qt::AlignCenter);
    central->setWordWrap(true);
    setCentralWidget(central);
    central->setVisible(m_docks.empty());
}

void MainWindow::attachActions()
{
    for (const QString& id : m_actions.ids()) {
        QAction* action = m_actions.action(id);
        const ActionSpec* spec = m_actions.spec(id);
        if (spec->context.isEmpty()) {
            QWidget::addAction(action);  // window-wide shortcut, even with menus hidden
            continue;
        }
        if (QDockWidget* host = dock(spec->context)) {
            host->addAction(action);  // fires only while focus is inside that dock
        } else {
            // Its dock is not offered to this user: neither is the action.
            action->setVisible(false);
            action->setEnabled(false);
        }
    }
}

QMenu* MainWindow::menu(MenuPlacement placement, IModule* module) const
{
    switch (placement) {
    case MenuPlacement::File:
        return m_fileMenu;
    case MenuPlacement::View:
        return m_viewMenu;
    case MenuPlacement::Help:
        return m_helpMenu;
    case MenuPlacement::Module: {
        auto it = m_moduleMenus.find(module);
        return it == m_moduleMenus.end() ? nullptr : it->second;
    }
    case MenuPlacement::None:
        break;
    }
    return nullptr;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (IModule* module : m_modules)
        m_moduleMenus[module] = menuBar()->addMenu(module->displayName());
    m_helpMenu = menuBar()->addMenu(tr("&Help"));

    const QStringList shellLast = {QStringLiteral("fd.shell.settings"), QStringLiteral("fd.shell.lock"),
                                   QStringLiteral("fd.shell.logout"), QStringLiteral("fd.shell.quit")};
    const QStringList viewTail = {QStringLiteral("fd.shell.resetLayout")};
    for (const QString& id : m_actions.ids()) {
        const ActionSpec* spec = m_actions.spec(id);
        if (shellLast.contains(id) || viewTail.contains(id))
            continue;
        QMenu* target = menu(spec->menu, m_actionModule[id]);
        if (target)
            target->addAction(m_actions.action(id));
    }
    if (!m_fileMenu->isEmpty())
        m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.action(shellLast[0]));
    m_fileMenu->addSeparator();
    for (int i = 1; i < shellLast.size(); ++i)
        m_fileMenu->addAction(m_actions.action(shellLast[i]));

    m_viewMenu->addSeparator();
    for (QDockWidget* dock : m_dockOrder)
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_actions.action(viewTail[0]));

    for (auto& [module, moduleMenu] : m_moduleMenus) {
        const QList<QAction*> entries = moduleMenu->actions();
        const bool anyVisible = std::any_of(entries.begin(), entries.end(), [](QAction* a) { return a->isVisible(); });
        moduleMenu->menuAction()->setVisible(anyVisible);
    }
}

void MainWindow::buildToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("fd.shell.toolbar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    for (const QString& id : m_actions.ids()) {
        const ActionSpec* spec = m_actions.spec(id);
        if (spec->toolbar && spec->context.isEmpty())
            m_toolBar->addAction(m_actions.action(id));
    }
    if (!m_toolBar->actions().isEmpty())
        m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions.action(QStringLiteral("fd.shell.commandPalette")));
    m_toolBar->addAction(m_actions.action(QStringLiteral("fd.shell.lock")));
}

QDockWidget* MainWindow::dock(const QString& objectName) const
{
    auto it = m_docks.find(objectName);
    return it == m_docks.end() ? nullptr : it->second;
}

QStringList MainWindow::dockNames() const
{
    QStringList names;
    for (QDockWidget* dock : m_dockOrder)
        names << dock->objectName();
    return names;
}

void MainWindow::showDock(const QString& objectName)
{
    QDockWidget* target = dock(objectName);
    if (!target || m_locked)
        return;
    target->show();
    target->raise();
    if (target->widget())
        target->widget()->setFocus(Qt::ShortcutFocusReason);
}

bool MainWindow::runAction(const QString& id)
{
    const ActionSpec* spec = m_actions.spec(id);
    if (!spec || m_locked)
        return false;
    if (!spec->context.isEmpty())
        showDock(spec->context);
    return m_actions.trigger(id);
}

void MainWindow::openCommandPalette()
{
    if (!m_locked)
        m_palette->popup();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_modules, this);
    // Apply may have been pressed before Cancel, so the delay is re-read either way.
    dialog.exec();
    applyAutoLockSetting();
}

void MainWindow::saveLayout()
{
    LayoutStore(m_settings, m_session.userId()).save(*this);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, LayoutStore::kLayoutVersion);
    for (QDockWidget* dock : m_dockOrder) {
        dock->setFloating(false);
        dock->show();
    }
    applyPreferredWidths();
    saveLayout();
}

void MainWindow::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleOverridden = true;
    m_idle.setTimeout(timeout);
    if (!m_locked)
        m_idle.start();
}

void MainWindow::applyAutoLockSetting()
{
    if (m_idleOverridden)
        return;
    const int minutes = AppSettings(m_settings).autoLockMinutes();
    m_idle.setTimeout(std::chrono::minutes(minutes));
    if (!m_locked)
        m_idle.start();
}

QRect MainWindow::lockedArea() const
{
    // The status bar stays visible: it shows that the window is locked and whose it is.
    QRect area = rect();
    if (m_status && m_status->isVisible())
        area.setBottom(m_status->geometry().top() - 1);
    return area;
}

void MainWindow::lock()
{
    if (m_locked)
        return;
    if (Status status = m_session.lock(); !status)
        qCWarning(lcShell) << "session lock failed:" << errorCodeName(status.error().code);
    enterLockedState();
}

void MainWindow::enterLockedState()
{
    m_locked = true;
    m_idle.stop();
    m_actions.setSuspended(true);
    m_palette->hide();
    // Open dialogs could show what the lock hides, and a modal one would keep the unlock
    // panel from getting input, so they are cancelled. Docks keep their state.
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(top); dialog && dialog->isVisible())
            dialog->reject();
    }
    for (QDockWidget* dock : m_dockOrder) {
        if (dock->isFloating() && dock->isVisible()) {
            m_hiddenFloating.emplace_back(dock);
            dock->hide();
        }
        dock->setEnabled(false);
    }
    centralWidget()->setEnabled(false);
    menuBar()->setEnabled(false);
    m_toolBar->setEnabled(false);
    m_status->setLocked(true);
    m_overlay->prepare();
    m_overlay->setGeometry(lockedArea());
    m_overlay->show();
    m_overlay->raise();
    m_overlay->passwordField()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::leaveLockedState()
{
    m_overlay->hide();
    for (QDockWidget* dock : m_dockOrder)
        dock->setEnabled(true);
    for (const QPointer<QDockWidget>& dock : m_hiddenFloating) {
        if (dock)
            dock->show();
    }
    m_hiddenFloating.clear();
    centralWidget()->setEnabled(true);
    menuBar()->setEnabled(true);
    m_toolBar->setEnabled(true);
    m_status->setLocked(false);
    m_actions.setSuspended(false);
    m_locked = false;
    m_idle.start();
}

void MainWindow::tryUnlock(const QString& password, const QString& totpCode)
{
    const Status status = m_session.unlock(password, totpCode);
    if (status) {
        leaveLockedState();
        return;
    }
    switch (status.error().code) {
    case ErrorCode::SecondFactorRequired:
        m_overlay->setSecondFactorVisible(true);
        m_overlay->showError(tr("Enter the code from your authenticator app."), true);
        m_overlay->codeField()->setFocus(Qt::OtherFocusReason);
        break;
    case ErrorCode::WrongPassword:
        m_overlay->showError(m_overlay->isSecondFactorVisible()
                                 ? tr("The password or the authenticator code is wrong.")
                                 : tr("The password is wrong."));
        break;
    default:
        m_overlay->showError(status.error().toString());
        break;
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
    emit closed();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // Once laid out (after any resize right after show), unless the user has a layout.
    if (!m_layoutRestored)
        QTimer::singleShot(0, this, &MainWindow::applyPreferredWidths);
}

void MainWindow::applyPreferredWidths()
{
    QList<QDockWidget*> docks;
    QList<int> widths;
    for (const auto& [dock, width] : m_preferredWidths) {
        docks << dock;
        widths << width;
    }
    if (!docks.isEmpty())
        resizeDocks(docks, widths, Qt::Horizontal);
    m_defaultState = saveState(LayoutStore::kLayoutVersion);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    if (m_overlay && m_overlay->isVisible())
        m_overlay->setGeometry(lockedArea());
}

}  // namespace fd::shell
