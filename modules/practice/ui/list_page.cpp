#include "practice/ui/list_page.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::practice::ui {

ListPage::ListPage(const QString& name, QStringList headers, Hooks hooks, bool canEdit, QWidget* parent)
    : QWidget(parent),
      m_hooks(std::move(hooks)),
      m_model(new PracticeTableModel(std::move(headers), this)),
      m_view(new QTableView(this)),
      m_status(new QLabel(this)),
      m_add(new QPushButton(tr("&Add..."), this)),
      m_edit(new QPushButton(tr("&Edit..."), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(name);
    m_view->setObjectName(name + QStringLiteral(".table"));
    m_add->setObjectName(name + QStringLiteral(".add"));
    m_edit->setObjectName(name + QStringLiteral(".edit"));
    m_remove->setObjectName(name + QStringLiteral(".remove"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_status->setWordWrap(true);
    for (QPushButton* b : {m_add, m_edit, m_remove})
        b->setEnabled(canEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    layout->addWidget(m_status);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_hooks.add(this))
            reload();
    });
    connect(m_edit, &QPushButton::clicked, this, &ListPage::editSelected);
    connect(m_view, &QTableView::doubleClicked, this, [this, canEdit] {
        if (canEdit)
            editSelected();
    });
    connect(m_remove, &QPushButton::clicked, this, &ListPage::removeSelected);
    reload();
}

void ListPage::reload()
{
    auto rows = m_hooks.load();
    if (!rows) {
        m_status->setText(rows.error().message);
        m_model->setRows({});
        return;
    }
    m_status->setText(tr("%n record(s)", nullptr, int(rows->size())));
    m_model->setRows(std::move(rows.value()));
    m_view->resizeColumnsToContents();
}

QString ListPage::selectedId() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->idAt(rows.first().row());
}

void ListPage::editSelected()
{
    const QString id = selectedId();
    if (!id.isEmpty() && m_hooks.edit(this, id))
        reload();
}

void ListPage::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove"), tr("Remove the selected record?")) != QMessageBox::Yes)
        return;
    if (auto removed = m_hooks.remove(id); !removed)
        m_status->setText(removed.error().message);
    else
        reload();
}

}  // namespace fd::practice::ui
