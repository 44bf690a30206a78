#pragma once

#include "common/result.h"

#include <QIcon>
#include <QKeySequence>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QAction;

namespace fd::shell {

// Where the shell puts an action. The shell owns the menus; a module only says which one.
enum class MenuPlacement {
    None,    // palette and shortcut only
    File,
    View,
    Module,  // the module's own menu, titled with its display name
    Help,
};

struct ActionSpec
{
    QString id;          // "fd.admin.showAudit": unique, stable
    QString text;        // translated
    QIcon icon;
    QKeySequence shortcut;
    // Empty: global (whole window). Otherwise a dock's objectName: the shortcut only fires
    // while focus is inside that dock, so docks may reuse the same keys.
    QString context;
    QString permission;  // empty: every logged-in user
    MenuPlacement menu = MenuPlacement::Module;
    bool toolbar = false;
    // When set, the shell shows, raises and focuses that dock (the View menu's quick access).
    QString showsDock;
    std::function<void()> trigger;
};

// Every command of the window, by id: shortcuts, menus, toolbar and the command palette all
// read from here, so permission filtering and context are decided once.
class ActionRegistry final : public QObject
{
    Q_OBJECT
public:
    using PermissionCheck = std::function<bool(const QString& permission)>;

    explicit ActionRegistry(QObject* parent = nullptr);
    ~ActionRegistry() override;

    // Conflict when the id is taken or the shortcut is already bound in the same context
    // (a global shortcut collides with every context). `category` names the module in the
    // command palette.
    Result<QAction*> add(ActionSpec spec, const QString& category = {});

    QAction* action(const QString& id) const;
    const ActionSpec* spec(const QString& id) const;
    QString category(const QString& id) const;
    QStringList ids() const;  // registration order

    // Actions not allowed are hidden and disabled everywhere and never triggered.
    void setPermissionCheck(PermissionCheck check);
    bool isAllowed(const QString& id) const;
    QStringList allowedIds() const;

    // While suspended (the window is locked) no action runs, whatever its shortcut.
    void setSuspended(bool suspended);
    bool isSuspended() const { return m_suspended; }

    // Runs an allowed action (the palette and tests use this); false when it did not run.
    bool trigger(const QString& id);

signals:
    void actionTriggered(const QString& id);

private:
    struct Entry
    {
        ActionSpec spec;
        QString category;
        QAction* action = nullptr;
    };
    const Entry* find(const QString& id) const;
    QString shortcutConflict(const ActionSpec& spec) const;
    void run(const QString& id);

    std::vector<std::unique_ptr<Entry>> m_entries;
    std::map<QString, Entry*> m_byId;
    PermissionCheck m_check;
    bool m_suspended = false;
};

}  // namespace fd::shell
