#include "shell/action_registry.h"

#include <QAction>

namespace fd::shell {

ActionRegistry::ActionRegistry(QObject* parent) : QObject(parent) {}

ActionRegistry::~ActionRegistry() = default;

const ActionRegistry::Entry* ActionRegistry::find(const QString& id) const
{
    auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : it->second;
}

QString ActionRegistry::shortcutConflict(const ActionSpec& spec) const
{
    if (spec.shortcut.isEmpty())
        return {};
    for (const auto& entry : m_entries) {
        const ActionSpec& other = entry->spec;
        if (other.shortcut != spec.shortcut)
            continue;
        const bool overlaps = other.context.isEmpty() || spec.context.isEmpty()
                              || other.context == spec.context;
        if (overlaps)
            return other.id;
    }
    return {};
}

Result<QAction*> ActionRegistry::add(ActionSpec spec, const QString& category)
{
    if (spec.id.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("An action needs an id"));
    if (find(spec.id))
        return makeError(ErrorCode::Conflict, tr("The action id %1 is registered twice").arg(spec.id));
    if (const QString other = shortcutConflict(spec); !other.isEmpty())
        return makeError(ErrorCode::Conflict,
                         tr("The shortcut %1 of %2 is already used by %3")
                             .arg(spec.shortcut.toString(QKeySequence::NativeText), spec.id, other));

    auto entry = std::make_unique<Entry>();
    entry->category = category;
    entry->action = new QAction(spec.icon, spec.text, this);
    entry->action->setObjectName(spec.id);
    entry->action->setShortcut(spec.shortcut);
    entry->action->setShortcutContext(spec.context.isEmpty() ? Qt::WindowShortcut
                                                             : Qt::WidgetWithChildrenShortcut);
    const QString id = spec.id;
    connect(entry->action, &QAction::triggered, this, [this, id] { run(id); });
    entry->spec = std::move(spec);
    QAction* action = entry->action;
    m_byId[id] = entry.get();
    m_entries.push_back(std::move(entry));
    if (m_check) {
        const bool allowed = isAllowed(id);
        action->setVisible(allowed);
        action->setEnabled(allowed);
    }
    return action;
}

QAction* ActionRegistry::action(const QString& id) const
{
    const Entry* entry = find(id);
    return entry ? entry->action : nullptr;
}

const ActionSpec* ActionRegistry::spec(const QString& id) const
{
    const Entry* entry = find(id);
    return entry ? &entry->spec : nullptr;
}

QString ActionRegistry::category(const QString& id) const
{
    const Entry* entry = find(id);
    return entry ? entry->category : QString();
}

QStringList ActionRegistry::ids() const
{
    QStringList out;
    for (const auto& entry : m_entries)
        out << entry->spec.id;
    return out;
}

void ActionRegistry::setPermissionCheck(PermissionCheck check)
{
    m_check = std::move(check);
    for (const auto& entry : m_entries) {
        const bool allowed = isAllowed(entry->spec.id);
        entry->action->setVisible(allowed);
        entry->action->setEnabled(allowed);
    }
}

bool ActionRegistry::isAllowed(const QString& id) const
{
    const Entry* entry = find(id);
    if (!entry)
        return false;
    if (entry->spec.permission.isEmpty() || !m_check)
        return true;
    return m_check(entry->spec.permission);
}

QStringList ActionRegistry::allowedIds() const
{
    QStringList out;
    for (const auto& entry : m_entries) {
        if (isAllowed(entry->spec.id))
            out << entry->spec.id;
    }
    return out;
}

void ActionRegistry::setSuspended(bool suspended)
{
    m_suspended = suspended;
}

bool ActionRegistry::trigger(const QString& id)
{
    const Entry* entry = find(id);
    if (!entry || m_suspended || !isAllowed(id) || !entry->action->isEnabled())
        return false;
    entry->action->trigger();
    return true;
}

void ActionRegistry::run(const QString& id)
{
    // The permission is checked again here: a shortcut must not bypass what the menus hide.
    const Entry* entry = find(id);
    if (!entry || m_suspended || !isAllowed(id))
        return;
    if (entry->spec.trigger)
        entry->spec.trigger();
    emit actionTriggered(id);
}

}  // namespace fd::shell
