#pragma once

#include <QDialog>

#include <vector>

class QListWidget;
class QSettings;
class QStackedWidget;

namespace fd::shell {

class IModule;
class SettingsPage;

// The settings dialog: the shell's General page followed by each module's pages.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(QSettings& settings, const std::vector<IModule*>& modules, QWidget* parent = nullptr);

    const std::vector<SettingsPage*>& pages() const { return m_pages; }
    QListWidget* pageList() const { return m_list; }
    void showPage(int index);
    void applyAll();

private:
    void addPage(SettingsPage* page);

    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    std::vector<SettingsPage*> m_pages;
};

}  // namespace fd::shell
