#include "admin/ui/roles_view.h"

#include "admin/ui/roles_model.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::admin {

RolesView::RolesView(std::shared_ptr<security::IAccessControl> access, QWidget* parent) : QWidget(parent)
{
    m_model = new RolesModel(std::move(access), this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    // Descriptions wrap inside a column of their own width so the role columns stay in view
    // in a narrow dock; rows grow to fit.
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(0, 240);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* note = new QLabel(m_model->isEditable()
                                ? tr("Tick a box to let a role do something; each change is recorded in the audit trail.")
                                : tr("Only an administrator can change what each role may do."),
                            this);
    note->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    connect(m_model, &RolesModel::failed, this, [this](const QString& message) {
        m_message->setText(message);
        m_message->show();
    });

    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_table);
    box->addWidget(note);
    box->addWidget(m_message);
}

}  // namespace fd::admin
