#include "billing/ui/batches_dock.h"

#include "billing/core/billing_permissions.h"
#include "billing/ui/batches_model.h"
#include "billing/ui/billing_events.h"
#include "billing/ui/dock_parts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
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
    if (m_services.submission && m_services.can(perm::kSubmit)) {
        m_settle = new QPushButton(tr("&Settle…"), content);
        m_settle->setObjectName(QStringLiteral("fd.billing.batches.settle"));
        m_settle->setToolTip(tr("Record whether the clearinghouse received a batch left \"sending\""));
        m_settle->setEnabled(false);
        connect(m_settle, &QPushButton::clicked, this, &BatchesDock::settleInteractive);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_settle);
        buttons->addStretch(1);
        layout->addLayout(buttons);
    }
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

const BatchSummary* BatchesDock::selectedBatch() const
{
    return m_model ? m_model->batchAt(m_table->currentIndex().row()) : nullptr;
}

bool BatchesDock::settleSelected(BatchSettlement outcome, const QString& reason)
{
    const BatchSummary* batch = selectedBatch();
    if (!batch || !m_settle)
        return false;
    auto settled = m_services.submission->settleBatch(batch->id, outcome, reason);
    if (!settled) {
        DockParts::styleMessage(m_message, settled.error().message, true);
        return false;
    }
    const QString text =
        outcome == BatchSettlement::Uploaded
            ? tr("Batch %1 settled as delivered: its %n claim(s) are submitted.", nullptr, settled->claimCount)
                  .arg(settled->interchangeControlNumber)
            : tr("Batch %1 settled as not delivered: its %n claim(s) can go in a new batch.", nullptr,
                 settled->claimCount)
                  .arg(settled->interchangeControlNumber);
    if (m_events) {
        emit m_events->batchesChanged();
        emit m_events->claimsChanged();
    } else {
        refresh();
    }
    DockParts::styleMessage(m_message, text, false);
    return true;
}

void BatchesDock::settleInteractive()
{
    const BatchSummary* batch = selectedBatch();
    if (!batch)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Settle batch"),
                    tr("Batch %1 (%2) was left \"sending\". Did the clearinghouse receive it?")
                        .arg(batch->interchangeControlNumber)
                        .arg(batch->fileName),
                    QMessageBox::Cancel, this);
    QPushButton* got = ask.addButton(tr("Received"), QMessageBox::AcceptRole);
    QPushButton* lost = ask.addButton(tr("Not received"), QMessageBox::DestructiveRole);
    ask.exec();
    if (ask.clickedButton() != got && ask.clickedButton() != lost)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Settle batch"),
                                                 tr("What did the clearinghouse say?"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    settleSelected(ask.clickedButton() == got ? BatchSettlement::Uploaded : BatchSettlement::Failed, reason);
}

void BatchesDock::showClaims()
{
    const BatchSummary* batch = m_model->batchAt(m_table->currentIndex().row());
    if (m_settle)
        m_settle->setEnabled(batch && batch->status == batchStatusId(BatchStatus::Sending));
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
