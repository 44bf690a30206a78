#include "calendar/recalls/recalls_dock.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/core/recall_permissions.h"
#include "calendar/recalls/recall_list_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::calendar::ui {

RecallsDock::RecallsDock(RecallsServices services, QWidget* parent)
    : QWidget(parent), m_services(std::move(services))
{
    setObjectName(QStringLiteral("fd.calendar.recalls.widget"));
    m_model = new RecallListModel(m_services.recalls, this);
    m_view = new QTableView(this);
    m_view->setMinimumHeight(48);  // the dock shares its height with others on a laptop screen
    m_view->setObjectName(QStringLiteral("recallList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    connect(m_model, &RecallListModel::loadFailed, this, &RecallsDock::showError);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecallsDock::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &RecallsDock::logContactInteractive);

    auto makeButton = [this](const QString& name, const QString& text, void (RecallsDock::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_contact = makeButton(QStringLiteral("logContact"), tr("Log &Contact…"),
                           &RecallsDock::logContactInteractive);
    m_schedule = makeButton(QStringLiteral("schedule"), tr("&Schedule…"),
                            &RecallsDock::scheduleInteractive);
    m_dismiss = makeButton(QStringLiteral("dismiss"), tr("&Dismiss…"),
                           &RecallsDock::dismissInteractive);
    m_campaign = makeButton(QStringLiteral("campaign"), tr("C&ampaign…"),
                            &RecallsDock::campaignInteractive);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_contact);
    actions->addWidget(m_schedule);
    actions->addWidget(m_dismiss);
    actions->addStretch();
    actions->addWidget(m_campaign);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildFilterBar());
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    refresh();
}

RecallsDock::~RecallsDock() = default;

QLayout* RecallsDock::buildFilterBar()
{
    auto* bar = new QHBoxLayout;
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonFilter"));
    m_reason->addItem(tr("All reasons"), QString());
    if (auto reasons = m_services.recalls->reasons(); reasons)
        for (const RecallReason& r : reasons.value())
            m_reason->addItem(r.name, r.id);
    m_overdue = new QCheckBox(tr("&Overdue only"), this);
    m_overdue->setObjectName(QStringLiteral("overdueOnly"));
    m_dueBeforeOn = new QCheckBox(tr("Due &before"), this);
    m_dueBeforeOn->setObjectName(QStringLiteral("dueBeforeOn"));
    m_dueBefore = new QDateEdit(m_services.recalls->today().addMonths(1), this);
    m_dueBefore->setObjectName(QStringLiteral("dueBefore"));
    m_dueBefore->setCalendarPopup(true);
    m_dueBefore->setEnabled(false);
    m_notContacted = new QSpinBox(this);
    m_notContacted->setObjectName(QStringLiteral("notContacted"));
    m_notContacted->setRange(0, 365);
    m_notContacted->setSpecialValueText(tr("any time"));
    m_notContacted->setPrefix(tr("not contacted in "));
    m_notContacted->setSuffix(tr(" days"));
    bar->addWidget(m_reason);
    bar->addWidget(m_overdue);
    bar->addWidget(m_dueBeforeOn);
    bar->addWidget(m_dueBefore);
    bar->addWidget(m_notContacted);
    bar->addStretch();
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RecallsDock::refresh);
    connect(m_overdue, &QCheckBox::toggled, this, &RecallsDock::refresh);
    connect(m_dueBeforeOn, &QCheckBox::toggled, m_dueBefore, &QDateEdit::setEnabled);
    connect(m_dueBeforeOn, &QCheckBox::toggled, this, &RecallsDock::refresh);
    connect(m_dueBefore, &QDateEdit::dateChanged, this, &RecallsDock::refresh);
    connect(m_notContacted, &QSpinBox::valueChanged, this, &RecallsDock::refresh);
    return bar;
}

RecallFilter RecallsDock::filter() const
{
    RecallFilter f;
    f.reasonId = m_reason->currentData().toString();
    f.overdueOnly = m_overdue->isChecked();
    if (m_dueBeforeOn->isChecked())
        f.dueTo = m_dueBefore->date().addDays(-1);
    f.notContactedDays = m_notContacted->value();
    return f;
}

void RecallsDock::refresh()
{
    const QString selected = selectedRecallId();
    const Status loaded = m_model->reload(filter());
    if (!loaded)
        showError(loaded.error().message);
    else
        m_status->setText(tr("%n recall(s)", nullptr, m_model->rowCount()));
    if (!selected.isEmpty())
        selectRecall(selected);
    updateButtons();
}

void RecallsDock::showError(const QString& message)
{
    m_status->setText(message);
}

const RecallRow* RecallsDock::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(rows.front().row());
}

QString RecallsDock::selectedRecallId() const
{
    const RecallRow* row = selectedRow();
    return row ? row->recall.id : QString();
}

bool RecallsDock::selectRecall(const QString& recallId)
{
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->rowAt(i)->recall.id == recallId) {
            m_view->selectRow(i);
            return true;
        }
    return false;
}

void RecallsDock::updateButtons()
{
    const RecallRow* row = selectedRow();
    const bool open = row && !row->restricted &&
                      (row->recall.status == RecallStatus::Open ||
                       row->recall.status == RecallStatus::Scheduled);
    const bool work = m_services.can(perm::kRecallsWork);
    m_contact->setEnabled(open && work);
    m_dismiss->setEnabled(open && work);
    m_schedule->setEnabled(row && row->recall.status == RecallStatus::Open && !row->restricted &&
                           m_services.can(perm::kBook));
    m_campaign->setEnabled(m_services.can(perm::kRecallsCampaign));
}

}  // namespace fd::calendar::ui
