#include "billing/ui/unbilled_dock.h"

#include "billing/core/billing_permissions.h"
#include "billing/ui/billing_events.h"
#include "billing/ui/build_report_dialog.h"
#include "billing/ui/charge_entry_dialog.h"
#include "billing/ui/dock_parts.h"
#include "billing/ui/unbilled_model.h"
#include "practice/core/practice_types.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace fd::billing::ui {

namespace {

// A build is cut into at most this many calls, so the progress dialog moves and can stop.
constexpr qint64 kMaxBuildSteps = 100;

}  // namespace

UnbilledDock::UnbilledDock(BillingServices services, std::shared_ptr<BillingNames> names, BillingEvents* events,
                           QWidget* parent)
    : QWidget(parent), m_services(std::move(services)), m_names(std::move(names)), m_events(events)
{
    setObjectName(QStringLiteral("fd.billing.unbilled.dock"));
    if (!m_services.can(perm::kView)) {
        DockParts::fillDenied(this, QStringLiteral("fd.billing.unbilled.denied"), perm::kView);
        return;
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("fd.billing.unbilled.summary"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.billing.unbilled.message"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_model = new UnbilledModel(m_services, m_names, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("fd.billing.unbilled.table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(120);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(buildFilters());
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buildActions());
    DockParts::fillScrolled(this, content);
    connect(m_model, &UnbilledModel::loadFailed, this, [this](const QString& text) { showMessage(text); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UnbilledDock::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UnbilledDock::updateActions);
    if (m_events) {
        connect(m_events, &BillingEvents::chargesChanged, this, &UnbilledDock::refresh);
        connect(m_events, &BillingEvents::claimsChanged, this, &UnbilledDock::refresh);
    }
    setFocusProxy(m_table);
    refresh();
}

QWidget* UnbilledDock::buildFilters()
{
    auto* bar = new QWidget(this);
    m_from = DockParts::dateFilter(bar, QStringLiteral("fd.billing.unbilled.from"));
    m_to = DockParts::dateFilter(bar, QStringLiteral("fd.billing.unbilled.to"));
    m_provider = new QComboBox(bar);
    m_provider->setObjectName(QStringLiteral("fd.billing.unbilled.provider"));
    m_provider->addItem(tr("All providers"), QString());
    practice::ProviderFilter filter;
    filter.includeExternal = false;
    filter.role = int(practice::ClaimRole::Rendering);
    if (auto providers = m_services.providers->list(filter))
        for (const practice::Provider& p : providers.value())
            m_provider->addItem(p.displayName(), p.id);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Service from"), bar));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), bar));
    layout->addWidget(m_to);
    layout->addWidget(m_provider);
    layout->addStretch(1);
    connect(m_from, &QDateEdit::dateChanged, this, &UnbilledDock::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &UnbilledDock::refresh);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &UnbilledDock::refresh);
    return bar;
}

QWidget* UnbilledDock::buildActions()
{
    auto* bar = new QWidget(this);
    m_build = new QPushButton(tr("&Build claims…"), bar);
    m_build->setObjectName(QStringLiteral("fd.billing.unbilled.build"));
    m_build->setToolTip(tr("Draft claims from the billable charges of the date range"));
    m_create = new QPushButton(tr("Create claim from &selected"), bar);
    m_create->setObjectName(QStringLiteral("fd.billing.unbilled.create"));
    m_create->setToolTip(tr("One claim from the selected lines of one visit and payer"));
    m_charges = new QPushButton(tr("Enter c&harges…"), bar);
    m_charges->setObjectName(QStringLiteral("fd.billing.unbilled.charges"));
    m_charges->setToolTip(tr("Charges for an appointment of a day (Ctrl+Shift+E)"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_build);
    layout->addWidget(m_create);
    layout->addWidget(m_charges);
    layout->addStretch(1);
    // Permissions are checked before an action is offered: what the role lacks is not shown.
    m_build->setVisible(m_services.can(perm::kClaims));
    m_create->setVisible(m_services.can(perm::kClaims));
    m_charges->setVisible(m_services.can(perm::kCharges));
    connect(m_build, &QPushButton::clicked, this, [this] { buildClaims(); });
    connect(m_create, &QPushButton::clicked, this, &UnbilledDock::createClaimFromSelected);
    connect(m_charges, &QPushButton::clicked, this, &UnbilledDock::openChargeEntry);
    return bar;
}

void UnbilledDock::setDateRange(const QDate& from, const QDate& to)
{
    if (!m_from)
        return;
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from.isValid() ? from : DockParts::anyDate());
    m_to->setDate(to.isValid() ? to : DockParts::anyDate());
    refresh();
}

void UnbilledDock::setProvider(const QString& providerId)
{
    if (m_provider)
        m_provider->setCurrentIndex(std::max(0, m_provider->findData(providerId)));
}

void UnbilledDock::refresh()
{
    if (!m_model)
        return;
    m_model->load(DockParts::filterDate(m_from), DockParts::filterDate(m_to), m_provider->currentData().toString());
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(UnbilledModel::Hold, QHeaderView::Stretch);
    updateSummary();
    updateActions();
}

void UnbilledDock::updateSummary()
{
    const int rows = m_model->rowCount();
    QString text = tr("%n charge(s), %1", nullptr, rows).arg(BillingText::money(m_model->total()));
    if (m_model->heldCount() > 0)
        text += tr("; %n held", nullptr, m_model->heldCount());
    if (m_model->hasMore())
        text += tr(" (more as you scroll)");
    m_summary->setText(text);
}

void UnbilledDock::updateActions()
{
    if (m_create)
        m_create->setEnabled(!selectedCharges().empty());
}

std::vector<UnbilledCharge> UnbilledDock::selectedCharges() const
{
    std::vector<UnbilledCharge> out;
    if (!m_table)
        return out;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        if (const UnbilledCharge* c = m_model->chargeAt(index.row()))
            out.push_back(*c);
    return out;
}

bool UnbilledDock::selectLine(const QString& lineId, bool add)
{
    const int row = m_model ? m_model->rowOf(lineId) : -1;
    if (row < 0)
        return false;
    const auto flags = (add ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect)
                       | QItemSelectionModel::Rows;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), flags);
    return true;
}

void UnbilledDock::showMessage(const QString& text, bool error)
{
    DockParts::styleMessage(m_message, text, error);
}

std::optional<BuildReport> UnbilledDock::buildClaims(const QDate& fromIn, const QDate& toIn, bool openReport)
{
    if (!m_model || !m_services.can(perm::kClaims))
        return std::nullopt;
    QDate from = fromIn.isValid() ? fromIn : DockParts::filterDate(m_from);
    QDate to = toIn.isValid() ? toIn : DockParts::filterDate(m_to);
    if (!to.isValid())
        to = m_services.today();
    if (!from.isValid()) {  // "any": from the oldest unbilled charge
        UnbilledFilter oldest;
        oldest.limit = 1;
        auto first = m_services.charges->unbilled(oldest);
        from = first && !first->empty() ? first->front().serviceDate : to;
    }
    if (from > to) {
        showMessage(tr("The date range runs backwards: %1 is after %2.")
                        .arg(BillingText::date(from), BillingText::date(to)));
        return std::nullopt;
    }
    const qint64 days = from.daysTo(to) + 1;
    const qint64 step = (days + kMaxBuildSteps - 1) / kMaxBuildSteps;
    QProgressDialog progress(tr("Building claims…"), tr("Stop"), 0, int(days), this);
    progress.setWindowTitle(tr("Build Claims"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    BuildReport total;
    bool failed = false;
    bool scrubbed = true;
    for (QDate day = from; day <= to && !progress.wasCanceled(); day = day.addDays(step)) {
        progress.setValue(int(from.daysTo(day)));
        progress.setLabelText(tr("Building claims for %1…").arg(BillingText::date(day)));
        auto part = m_services.claims->build(day, std::min(to, day.addDays(step - 1)));
        if (!part) {
            showMessage(part.error().message);
            failed = true;
            break;
        }
        // `scrub` stays parallel to `claims`, or empty when a part was built unscrubbed.
        scrubbed = scrubbed && part->scrub.size() == part->claims.size();
        if (scrubbed)
            total.scrub.insert(total.scrub.end(), part->scrub.begin(), part->scrub.end());
        std::move(part->claims.begin(), part->claims.end(), std::back_inserter(total.claims));
        std::move(part->held.begin(), part->held.end(), std::back_inserter(total.held));
    }
    progress.setValue(int(days));
    if (!scrubbed)
        total.scrub.clear();
    if (m_events)
        emit m_events->claimsChanged();
    else
        refresh();
    if (!failed)
        showMessage(tr("%n claim(s) made", nullptr, int(total.claims.size()))
                        + tr("; %n charge(s) held.", nullptr, int(total.held.size())),
                    false);
    if (openReport) {
        auto* dialog = new BuildReportDialog(total, *m_names, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    return total;
}

std::optional<Claim> UnbilledDock::createClaimFromSelected()
{
    const std::vector<UnbilledCharge> selected = selectedCharges();
    if (selected.empty() || !m_services.can(perm::kClaims))
        return std::nullopt;
    QStringList lineIds;
    for (const UnbilledCharge& c : selected)
        lineIds << c.lineId;
    auto claim = m_services.claims->createClaim(lineIds);
    if (!claim) {
        showMessage(claim.error().message);
        return std::nullopt;
    }
    if (m_events)
        emit m_events->claimsChanged();
    else
        refresh();
    showMessage(tr("Made claim %1 with %n line(s).", nullptr, int(claim->lines.size())).arg(claim->claimNumber),
                false);
    return claim.value();
}

ChargeEntryDialog* UnbilledDock::openChargeEntry()
{
    if (!m_services.can(perm::kCharges))
        return nullptr;
    const QDate day = DockParts::filterDate(m_to).isValid() ? DockParts::filterDate(m_to) : m_services.today();
    auto* dialog = new ChargeEntryDialog(m_services, m_names, day, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChargeEntryDialog::chargesEntered, this, [this] {
        if (m_events)
            emit m_events->chargesChanged();
        else
            refresh();
    });
    dialog->open();
    return dialog;
}

}  // namespace fd::billing::ui
