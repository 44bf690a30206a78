#include "billing/ui/rejections_dock.h"

#include "billing/core/billing_permissions.h"
#include "billing/ui/billing_events.h"
#include "billing/ui/dock_parts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::billing::ui {

RejectionsModel::RejectionsModel(std::shared_ptr<BillingNames> names, QObject* parent)
    : QAbstractTableModel(parent), m_names(std::move(names))
{
}

void RejectionsModel::setRows(std::vector<Rejection> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const Rejection* RejectionsModel::rejectionAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int RejectionsModel::rowOf(const QString& rejectionId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == rejectionId)
            return int(i);
    return -1;
}

int RejectionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectionsModel::data(const QModelIndex& index, int role) const
{
    const Rejection* r = index.isValid() ? rejectionAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == Qt::ToolTipRole && (index.column() == Reason || index.column() == State))
        return r->note.isEmpty() ? r->reason : tr("%1\nNote: %2").arg(r->reason, r->note);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case RejectedOn: return BillingText::date(r->rejectedOn);
    case Claim: return r->claimNumber;
    case Patient: return m_names->patient(r->patientId);
    case Source: return r->source;
    case Code: return r->code;
    case Reason: return r->reason;
    case State:
        if (r->state == QStringLiteral("open"))
            return tr("Open");
        if (r->state == QStringLiteral("resubmitted"))
            return tr("Resubmitted");
        if (r->state == QStringLiteral("resolved"))
            return tr("Resolved");
        return r->state;
    case ColumnCount: break;
    }
    return {};
}

QVariant RejectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RejectedOn: return tr("Rejected");
    case Claim: return tr("Claim");
    case Patient: return tr("Patient");
    case Source: return tr("From");
    case Code: return tr("Code");
    case Reason: return tr("Reason");
    case State: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

RejectionsDock::RejectionsDock(BillingServices services, std::shared_ptr<IRejectionQueue> queue,
                               std::shared_ptr<BillingNames> names, BillingEvents* events, QWidget* parent)
    : QWidget(parent), m_services(std::move(services)), m_queue(std::move(queue)), m_names(std::move(names)),
      m_events(events)
{
    setObjectName(QStringLiteral("fd.billing.rejections.dock"));
    if (!m_services.can(perm::kView) || !m_queue)
        DockParts::fillDenied(this, QStringLiteral("fd.billing.rejections.denied"), perm::kView);
    else
        buildScreen();
}

void RejectionsDock::buildScreen()
{
    m_openOnly = new QCheckBox(tr("&Open only"), this);
    m_openOnly->setObjectName(QStringLiteral("fd.billing.rejections.openOnly"));
    m_openOnly->setChecked(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.billing.rejections.message"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_model = new RejectionsModel(m_names, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("fd.billing.rejections.table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(120);
    m_resubmit = new QPushButton(tr("Co&rrect and resubmit…"), this);
    m_resubmit->setObjectName(QStringLiteral("fd.billing.rejections.resubmit"));
    m_resubmit->setToolTip(tr("The rejected claim's charges become a new draft claim to correct and send"));
    m_resolve = new QPushButton(tr("Re&solve…"), this);
    m_resolve->setObjectName(QStringLiteral("fd.billing.rejections.resolve"));
    m_resolve->setToolTip(tr("Close the rejection without a new claim, with a note"));
    m_resubmit->setVisible(m_services.can(perm::kClaims));
    m_resolve->setVisible(m_services.can(perm::kClaims));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_resubmit);
    actions->addWidget(m_resolve);
    actions->addStretch(1);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_openOnly);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    DockParts::fillScrolled(this, content);
    connect(m_openOnly, &QCheckBox::toggled, this, &RejectionsDock::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RejectionsDock::updateActions);
    connect(m_resubmit, &QPushButton::clicked, this, [this] { ask(true); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { ask(false); });
    if (m_events)
        connect(m_events, &BillingEvents::claimsChanged, this, &RejectionsDock::refresh);
    setFocusProxy(m_table);
    refresh();
}

void RejectionsDock::refresh()
{
    if (!m_model)
        return;
    auto rows = m_queue->list(m_openOnly->isChecked());
    if (!rows) {
        DockParts::styleMessage(m_message, rows.error().message, true);
        m_model->setRows({});
    } else {
        m_model->setRows(std::move(rows.value()));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(RejectionsModel::Reason, QHeaderView::Stretch);
    updateActions();
}

bool RejectionsDock::selectRejection(const QString& rejectionId)
{
    const int row = m_model ? m_model->rowOf(rejectionId) : -1;
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

const Rejection* RejectionsDock::selected() const
{
    return m_model ? m_model->rejectionAt(m_table->currentIndex().row()) : nullptr;
}

void RejectionsDock::updateActions()
{
    const Rejection* r = selected();
    const bool open = r && r->state == QStringLiteral("open");
    m_resubmit->setEnabled(open);
    m_resolve->setEnabled(open);
}

bool RejectionsDock::work(bool resubmit, const QString& note)
{
    const Rejection* r = selected();
    if (!r || !m_services.can(perm::kClaims))
        return false;
    const QString claimNumber = r->claimNumber;
    auto done = resubmit ? m_queue->resubmit(r->id, note.trimmed()) : m_queue->resolve(r->id, note.trimmed());
    if (!done) {
        DockParts::styleMessage(m_message, done.error().message, true);
        return false;
    }
    DockParts::styleMessage(m_message,
                            resubmit ? tr("Claim %1: a new draft claim was made from its charges.").arg(claimNumber)
                                     : tr("Claim %1: the rejection is resolved.").arg(claimNumber),
                            false);
    if (m_events)
        emit m_events->claimsChanged();  // reloads this dock too
    else
        refresh();
    return true;
}

bool RejectionsDock::resubmitSelected(const QString& note)
{
    return work(true, note);
}

bool RejectionsDock::resolveSelected(const QString& note)
{
    return work(false, note);
}

void RejectionsDock::ask(bool resubmit)
{
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, resubmit ? tr("Correct and Resubmit") : tr("Resolve Rejection"),
        resubmit ? tr("Note (what will be corrected):") : tr("Note (why no new claim is needed):"),
        QLineEdit::Normal, {}, &ok);
    if (ok)
        work(resubmit, note);
}

}  // namespace fd::billing::ui
