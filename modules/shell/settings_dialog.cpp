#include "shell/settings_dialog.h"

#include "shell/general_settings_page.h"
#include "shell/module.h"
#include "shell/settings_page.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fd::shell {

SettingsDialog::SettingsDialog(QSettings& settings, const std::vector<IModule*>& modules, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("fd.shell.settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_list = new QListWidget(this);
    m_list->setIconSize(QSize(20, 20));
    m_list->setMaximumWidth(200);
    m_stack = new QStackedWidget(this);

    addPage(new GeneralSettingsPage(settings, m_stack));
    for (IModule* module : modules) {
        for (SettingsPage* page : module->createSettingsPages(m_stack))
            addPage(page);
    }

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        applyAll();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::applyAll);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto* row = new QHBoxLayout;
    row->addWidget(m_list);
    row->addWidget(m_stack, 1);
    auto* box = new QVBoxLayout(this);
    box->addLayout(row);
    box->addWidget(buttons);
    m_list->setCurrentRow(0);
    resize(720, 440);
}

void SettingsDialog::addPage(SettingsPage* page)
{
    m_pages.push_back(page);
    m_stack->addWidget(page);
    new QListWidgetItem(page->pageIcon(), page->title(), m_list);
}

void SettingsDialog::showPage(int index)
{
    m_list->setCurrentRow(index);
}

void SettingsDialog::applyAll()
{
    for (SettingsPage* page : m_pages)
        page->apply();
}

}  // namespace fd::shell
