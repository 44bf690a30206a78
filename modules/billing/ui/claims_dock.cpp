#include "billing/ui/claims_dock.h"

#include "billing/core/billing_permissions.h"
#include "billing/ui/billing_events.h"
#include "billing/ui/claim_detail_pane.h"
#include "billing/ui/claims_model.h"
#include "billing/ui/dock_parts.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

namespace fd::billing::ui {

namespace {

// The tabs in order; index 0 is every status.
const ClaimStatus kTabs[] = {ClaimStatus::Draft, ClaimStatus::Ready, ClaimStatus::Submitted, ClaimStatus::Accepted,
                             ClaimStatus::Rejected};

}  // namespace

ClaimsDock::ClaimsDock(BillingServices services, std::shared_ptr<BillingNames> names, BillingEvents* events,
                       QWidget* parent)
    : QWidget(parent), m_services(std::move(services)), m_names(std::move(names)), m_events(events)
{
    setObjectName(QStringLiteral("fd.billing.claims.dock"));
    if (!m_services.can(perm::kView))
        buildDenied();
    else
        buildScreen();
    watchHost();
}

void ClaimsDock::buildDenied()
{
    DockParts::fillDenied(this, QStringLiteral("fd.billing.claims.denied"), perm::kView);
}

void ClaimsDock::buildScreen()
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.billing.claims.message"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_model = new ClaimsModel(m_services, m_names, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("fd.billing.claims.table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ClaimsModel::Patient, QHeaderView::Stretch);
    m_table->setMinimumHeight(120);
    m_table->setColumnHidden(ClaimsModel::Findings, !m_services.scrubber);
    m_detail = new ClaimDetailPane(m_services, m_names, this);
    m_detail->setMinimumHeight(100);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("fd.billing.claims.split"));
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(buildFilters());
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addWidget(buildActions());
    DockParts::fillScrolled(this, content);

    connect(m_model, &ClaimsModel::loadFailed, this, [this](const QString& text) { showMessage(text); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateActions();
    });
    if (m_events)
        connect(m_events, &BillingEvents::claimsChanged, this, &ClaimsDock::refresh);
    setFocusProxy(m_table);
    refresh();
}

QWidget* ClaimsDock::buildFilters()
{
    auto* bar = new QWidget(this);
    m_tabs = new QTabBar(bar);
    m_tabs->setObjectName(QStringLiteral("fd.billing.claims.status"));
    m_tabs->setDrawBase(false);
    m_tabs->addTab(tr("&All"));
    m_tabs->addTab(tr("&Draft"));
    m_tabs->addTab(tr("Read&y"));
    m_tabs->addTab(tr("&Submitted"));
    m_tabs->addTab(tr("A&ccepted"));
    m_tabs->addTab(tr("Re&jected"));
    m_from = DockParts::dateFilter(bar, QStringLiteral("fd.billing.claims.from"));
    m_to = DockParts::dateFilter(bar, QStringLiteral("fd.billing.claims.to"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    layout->addStretch(1);
    layout->addWidget(new QLabel(tr("Service from"), bar));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), bar));
    layout->addWidget(m_to);
    connect(m_tabs, &QTabBar::currentChanged, this, &ClaimsDock::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &ClaimsDock::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ClaimsDock::refresh);
    return bar;
}

void ClaimsDock::setStatusFilter(std::optional<ClaimStatus> status)
{
    int tab = 0;
    for (int i = 0; status && i < int(std::size(kTabs)); ++i)
        if (kTabs[i] == *status)
            tab = i + 1;
    if (m_tabs)
        m_tabs->setCurrentIndex(tab);
}

std::optional<ClaimStatus> ClaimsDock::statusFilter() const
{
    const int tab = m_tabs ? m_tabs->currentIndex() : 0;
    if (tab <= 0)
        return std::nullopt;
    return kTabs[tab - 1];
}

void ClaimsDock::setDateRange(const QDate& from, const QDate& to)
{
    if (!m_from)
        return;
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from.isValid() ? from : DockParts::anyDate());
    m_to->setDate(to.isValid() ? to : DockParts::anyDate());
    refresh();
}

void ClaimsDock::refresh()
{
    if (!m_model)
        return;
    const std::vector<Claim> selected = selectedClaims();
    if (!m_checking) {
        const bool endpoint = readStatusEndpoint();  // the endpoint may have been set up since
        m_checkStatus->setVisible(endpoint);
        m_checkLines->setVisible(endpoint);
    }
    m_model->load(statusFilter(), DockParts::filterDate(m_from), DockParts::filterDate(m_to));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ClaimsModel::Patient, QHeaderView::Stretch);
    if (selected.empty() || !selectClaim(selected.front().id))
        m_detail->clearClaim();
    updateActions();
}

bool ClaimsDock::selectClaim(const QString& claimId)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOf(claimId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

std::vector<Claim> ClaimsDock::selectedClaims() const
{
    std::vector<Claim> out;
    if (!m_table)
        return out;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        if (const Claim* c = m_model->claimAt(index.row()))
            out.push_back(*c);
    return out;
}

void ClaimsDock::showSelected()
{
    const std::vector<Claim> selected = selectedClaims();
    if (selected.size() == 1) {
        m_detail->setNotes(findingsHtml(selected.front()));
        m_detail->showClaim(selected.front());
    } else {
        m_detail->clearClaim();
    }
}

QString ClaimsDock::findingsHtml(const Claim& claim) const
{
    if (!m_services.scrubber)
        return {};
    const std::optional<ClaimScrubResult> r = m_model->findings(claim.id);
    if (!r)
        return QStringLiteral("<p><i>%1</i></p>").arg(tr("Not scrubbed yet.").toHtmlEscaped());
    if (r->findings.empty())
        return QStringLiteral("<p><i>%1</i></p>")
            .arg(tr("Scrubbed %1: no findings.").arg(BillingText::dateTime(r->scrubbedAt)).toHtmlEscaped());
    QString html = QStringLiteral("<p><b>%1</b></p><ul>")
                       .arg(tr("Scrubber findings (%1)").arg(BillingText::dateTime(r->scrubbedAt)).toHtmlEscaped());
    for (const ScrubFinding& f : r->findings) {
        const QString kind = f.severity == ScrubSeverity::Error
                                 ? tr("Error")
                                 : (f.acknowledged ? tr("Warning, acknowledged") : tr("Warning"));
        html += QStringLiteral("<li style='color:%1'>%2 [%3]: %4 %5</li>")
                    .arg(f.severity == ScrubSeverity::Error ? QStringLiteral("#b3261e") : QStringLiteral("#9a4d00"),
                         kind.toHtmlEscaped(), f.ruleId.toHtmlEscaped(), f.message.toHtmlEscaped(),
                         f.fix.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

void ClaimsDock::showMessage(const QString& text, bool error)
{
    DockParts::styleMessage(m_message, text, error);
}

void ClaimsDock::changed(const QString& selectId)
{
    // The other docks reload on the hub's signals; this one reloads here, keeping the claim.
    if (m_events)
        emit m_events->chargesChanged();
    m_model->reload();
    if (!selectId.isEmpty())
        selectClaim(selectId);
    showSelected();
    updateActions();
}

}  // namespace fd::billing::ui
