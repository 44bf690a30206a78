#include "shell/layout_store.h"

#include <QMainWindow>
#include <QSettings>

namespace fd::shell {

LayoutStore::LayoutStore(QSettings& settings, QString userId)
    : m_settings(settings), m_userId(std::move(userId))
{
}

QString LayoutStore::key(const char* name) const
{
    return QStringLiteral("layout/%1/%2").arg(m_userId, QLatin1String(name));
}

void LayoutStore::save(const QMainWindow& window)
{
    m_settings.setValue(key("geometry"), window.saveGeometry());
    m_settings.setValue(key("state"), window.saveState(kLayoutVersion));
    m_settings.sync();
}

bool LayoutStore::restore(QMainWindow& window) const
{
    if (!hasSaved())
        return false;
    window.restoreGeometry(m_settings.value(key("geometry")).toByteArray());
    return window.restoreState(m_settings.value(key("state")).toByteArray(), kLayoutVersion);
}

void LayoutStore::clear()
{
    m_settings.remove(QStringLiteral("layout/%1").arg(m_userId));
    m_settings.sync();
}

bool LayoutStore::hasSaved() const
{
    return m_settings.contains(key("state"));
}

}  // namespace fd::shell
