#include "calendar/frontdesk/frontdesk_dock.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/core/frontdesk_permissions.h"
#include "calendar/frontdesk/checkin_dialog.h"
#include "calendar/frontdesk/checkout_dialog.h"
#include "calendar/frontdesk/flow_board_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd::calendar::frontdesk {

FrontdeskDock::FrontdeskDock(FrontdeskServices services, QWidget* parent)
    : QWidget(parent), m_services(std::move(services))
{
    setObjectName(QStringLiteral("fd.calendar.frontdesk.widget"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    m_model = new FlowBoardModel(m_services, this);
    m_table = new QTableView(this);
    m_table->setMinimumHeight(48);  // the dock shares its height with others on a laptop screen
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    layout->addWidget(buildActions());
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_message);

    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &FrontdeskDock::tick);
    m_tick->start();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FrontdeskDock::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        const FlowRow* row = selectedRow();
        if (row && (row->appointment.status == AppointmentStatus::Scheduled ||
                    row->appointment.status == AppointmentStatus::Confirmed))
            arriveSelected();
    });
    fillFilters();
    m_date->setDate(m_services.today());
    refresh();
}

QWidget* FrontdeskDock::buildFilters()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_prev = new QToolButton(bar);
    m_prev->setText(QStringLiteral("‹"));
    m_prev->setToolTip(tr("Previous day"));
    m_date = new QDateEdit(bar);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(tr("ddd d MMM yyyy"));
    m_next = new QToolButton(bar);
    m_next->setText(QStringLiteral("›"));
    m_next->setToolTip(tr("Next day"));
    m_today = new QPushButton(tr("&Today"), bar);
    m_provider = new QComboBox(bar);
    m_location = new QComboBox(bar);
    m_showCancelled = new QCheckBox(tr("Cancelled and no-shows"), bar);
    m_showCancelled->setChecked(true);
    m_summary = new QLabel(bar);
    // The dock shares a 1280-pixel screen with others: long names and the count give way first.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    for (QComboBox* box : {m_provider, m_location}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    row->addWidget(m_prev);
    row->addWidget(m_date);
    row->addWidget(m_next);
    row->addWidget(m_today);
    row->addSpacing(12);
    row->addWidget(m_provider);
    row->addWidget(m_location);
    row->addWidget(m_showCancelled);
    row->addStretch();
    row->addWidget(m_summary);
    connect(m_prev, &QToolButton::clicked, this, [this] { setDate(date().addDays(-1)); });
    connect(m_next, &QToolButton::clicked, this, [this] { setDate(date().addDays(1)); });
    connect(m_today, &QPushButton::clicked, this, [this] { setDate(m_services.today()); });
    connect(m_date, &QDateEdit::dateChanged, this, &FrontdeskDock::refresh);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &FrontdeskDock::refresh);
    connect(m_location, &QComboBox::currentIndexChanged, this, &FrontdeskDock::refresh);
    connect(m_showCancelled, &QCheckBox::toggled, this, &FrontdeskDock::refresh);
    return bar;
}

QWidget* FrontdeskDock::buildActions()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_confirm = new QPushButton(tr("&Confirm"), bar);
    m_arrive = new QPushButton(tr("&Arrive…"), bar);
    m_room = new QPushButton(tr("&Room"), bar);
    m_withProvider = new QPushButton(tr("&With Provider"), bar);
    m_checkOut = new QPushButton(tr("Check &Out…"), bar);
    m_noShow = new QPushButton(tr("&No-show"), bar);
    for (QPushButton* b : {m_confirm, m_arrive, m_room, m_withProvider, m_checkOut, m_noShow})
        row->addWidget(b);
    row->addStretch();
    connect(m_confirm, &QPushButton::clicked, this,
            [this] { moveSelected(AppointmentStatus::Confirmed); });
    connect(m_arrive, &QPushButton::clicked, this, [this] { arriveSelected(); });
    connect(m_room, &QPushButton::clicked, this,
            [this] { moveSelected(AppointmentStatus::Roomed); });
    connect(m_withProvider, &QPushButton::clicked, this,
            [this] { moveSelected(AppointmentStatus::WithProvider); });
    connect(m_checkOut, &QPushButton::clicked, this, [this] { checkOutSelected(); });
    connect(m_noShow, &QPushButton::clicked, this,
            [this] { moveSelected(AppointmentStatus::NoShow); });
    return bar;
}

void FrontdeskDock::fillFilters()
{
    const QSignalBlocker blockProvider(m_provider);
    const QSignalBlocker blockLocation(m_location);
    m_provider->addItem(tr("All providers"), QString());
    if (auto providers = m_services.providers->list())
        for (const practice::Provider& p : providers.value())
            m_provider->addItem(p.displayName(), p.id);
    m_location->addItem(tr("All locations"), QString());
    if (auto locations = m_services.locations->list())
        for (const practice::Location& l : locations.value())
            m_location->addItem(l.name, l.id);
}

void FrontdeskDock::setDate(const QDate& date)
{
    m_date->setDate(date);  // refreshes through dateChanged
}

QDate FrontdeskDock::date() const
{
    return m_date->date();
}

void FrontdeskDock::refresh()
{
    const FlowRow* row = selectedRow();
    reloadKeeping(row ? row->appointment.id : QString());
}

void FrontdeskDock::reloadKeeping(const QString& appointmentId)
{
    FlowQuery query;
    query.date = date();
    query.providerId = m_provider->currentData().toString();
    query.locationId = m_location->currentData().toString();
    query.includeCancelled = m_showCancelled->isChecked();
    if (!m_model->load(query))
        m_message->setText(m_model->lastError());
    else
        m_message->clear();
    m_table->resizeColumnsToContents();
    if (!appointmentId.isEmpty())
        selectAppointment(appointmentId);
    updateSummary();
    updateActions();
}

void FrontdeskDock::tick()
{
    m_model->tick();
    updateSummary();
}

bool FrontdeskDock::selectAppointment(const QString& appointmentId)
{
    const int row = m_model->rowOf(appointmentId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

const FlowRow* FrontdeskDock::selectedRow() const
{
    if (!m_table || !m_table->selectionModel())
        return nullptr;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
}

void FrontdeskDock::updateSummary()
{
    const int total = int(m_model->rows().size());
    QString text = tr("%n appointment(s)", nullptr, total);
    text += tr(", %n in the office", nullptr, m_model->inOfficeCount());
    const int late = m_model->lateCount();
    if (late > 0)
        text += tr(", %n late", nullptr, late);
    m_summary->setText(text);
}

void FrontdeskDock::updateActions()
{
    const FlowRow* row = selectedRow();
    const AppointmentStatus s = row ? row->appointment.status : AppointmentStatus::Cancelled;
    const bool flow = m_services.can(perm::kFlow);
    const bool open = row && holdsTime(s) && s != AppointmentStatus::CheckedOut;
    const bool waiting = s == AppointmentStatus::Scheduled || s == AppointmentStatus::Confirmed;
    m_confirm->setEnabled(flow && row && s == AppointmentStatus::Scheduled);
    m_arrive->setEnabled(flow && m_services.can(perm::kCheckIn) && row && waiting);
    m_room->setEnabled(flow && open && int(s) < int(AppointmentStatus::Roomed));
    m_withProvider->setEnabled(flow && open && int(s) < int(AppointmentStatus::WithProvider));
    m_checkOut->setEnabled(flow && m_services.can(perm::kCheckOut) && open);
    m_noShow->setEnabled(m_services.can(perm::kCancel) && row && waiting &&
                         row->appointment.start <= m_services.now());
}

bool FrontdeskDock::moveSelected(AppointmentStatus status)
{
    const FlowRow* row = selectedRow();
    if (!row)
        return false;
    const QString id = row->appointment.id;
    auto moved = m_services.desk->advance(id, status);
    if (!moved) {
        m_message->setText(moved.error().message);
        return false;
    }
    reloadKeeping(id);
    return true;
}

CheckInDialog* FrontdeskDock::arriveSelected()
{
    const FlowRow* row = selectedRow();
    if (!row || !m_arrive->isEnabled())
        return nullptr;
    const QString id = row->appointment.id;
    auto* dialog = new CheckInDialog(m_services, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] { reloadKeeping(id); });
    m_checkIn = dialog;
    dialog->open();
    return dialog;
}

CheckOutDialog* FrontdeskDock::checkOutSelected()
{
    const FlowRow* row = selectedRow();
    if (!row || !m_checkOut->isEnabled())
        return nullptr;
    const QString id = row->appointment.id;
    auto* dialog = new CheckOutDialog(m_services, *row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] { reloadKeeping(id); });
    m_checkOutDialog = dialog;
    dialog->open();
    return dialog;
}

}  // namespace fd::calendar::frontdesk
