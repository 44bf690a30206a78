#include "billing/ui/batches_dock.h"

#include "billing/core/billing_permissions.h"
#include "billing/ui/batches_model.h"
#include "billing/ui/billing_events.h"
#include "billing/ui/dock_parts.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::billing::ui {

namespace {

QTableView* listView(QWidget* parent, const QString& objectName, QAbstractItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setMinimumHeight(90);
    return view;
}

}  // namespace

BatchesDock::BatchesDock(BillingServices services, std::shared_ptr<BillingNames> names, BillingEvents* events,
                         QWidget* parent)
    : QWidget(parent), m_services(std::move(services)), m_names(std::move(names)), m_events(events)
{
    setObjectName(QStringLiteral("fd.billing.batches.dock"));
    if (!m_services.can(perm::kView)) {
        DockParts::fillDenied(this, QStringLiteral("fd.billing.batches.denied"), perm::kView);
        return;
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.billing.batches.message"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_model = new BatchesModel(m_services, this);
    m_table = listView(this, QStringLiteral("fd.billing.batches.table"), m_model);
    m_claims = new BatchClaimsModel(m_names, this);
    m_claimsTable = listView(this, QStringLiteral("fd.billing.batches.claims"), m_claims);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_claimsTable);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    DockParts::fillScrolled(this, content);
    connect(m_model, &BatchesModel::loadFailed, this,
            [this](const QString& text) { DockParts::styleMessage(m_message, text, true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BatchesDock::showClaims);
    if (m_events) {
        connect(m_events, &BillingEvents::batchesChanged, this, &BatchesDock::refresh);
        connect(m_events, &BillingEvents::claimsChanged, this, &BatchesDock::showClaims);
    }
    setFocusProxy(m_table);
    refresh();
}

void BatchesDock::refresh()
{
    if (!m_model)
        return;
    m_model->load();
    m_table->resizeColumnsToContents();
    m_claims->setClaims({});
    if (m_model->rowCount() > 0)
        selectBatch(0);
}

bool BatchesDock::selectBatch(int row)
{
    if (!m_model || !m_model->batchAt(row))
        return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showClaims();
    return true;
}

void BatchesDock::showClaims()
{
    const BatchSummary* batch = m_model->batchAt(m_table->currentIndex().row());
    if (!batch) {
        m_claims->setClaims({});
        return;
    }
    auto claims = m_services.batches->claimsOf(batch->id);
    if (!claims) {
        DockParts::styleMessage(m_message, claims.error().message, true);
        m_claims->setClaims({});
        return;
    }
    DockParts::styleMessage(m_message, {}, false);
    m_claims->setClaims(std::move(claims.value()));
    m_claimsTable->resizeColumnsToContents();
}

}  // namespace fd::billing::ui
