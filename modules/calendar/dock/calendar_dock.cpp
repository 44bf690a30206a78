#include "calendar/dock/calendar_dock.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/dock/core_calendar_source.h"
#include "calendar/ui/calendar_column_filter.h"
#include "calendar/ui/calendar_view.h"
#include "shell/icons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace fd::calendar::dock {

using ui::CalendarView;

namespace {
constexpr int kFirstHour = 7;
constexpr int kLastHour = 19;
}  // namespace

CalendarDock::CalendarDock(DockServices services, QWidget* parent)
    : QWidget(parent), m_services(std::move(services))
{
    setObjectName(QStringLiteral("fd.calendar.dock"));
    if (!m_services.complete() || !m_services.can(perm::kView))
        buildDenied();
    else
        buildScreen();
}

CalendarDock::~CalendarDock()
{
    // The view refers to the source until it goes.
    delete m_view;
}

void CalendarDock::buildDenied()
{
    auto* label =
        new QLabel(tr("Your role does not include seeing the schedule (permission \"%1\"). Ask the "
                      "practice administrator if you need it.")
                       .arg(perm::kView),
                   this);
    label->setObjectName(QStringLiteral("fd.calendar.denied"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
}

void CalendarDock::buildScreen()
{
    m_source = std::make_unique<CoreCalendarSource>(m_services);
    m_view = new CalendarView(this);
    m_view->setObjectName(QStringLiteral("fd.calendar.view"));
    if (m_services.clock)
        m_view->setClock(m_services.clock);
    m_view->setVisibleHours(kFirstHour, kLastHour);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.calendar.message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_view, &CalendarView::createRequested, this, &CalendarDock::onCreate);
    connect(m_view, &CalendarView::moveRequested, this, &CalendarDock::onMove);
    connect(m_view, &CalendarView::resizeRequested, this, &CalendarDock::onResize);
    connect(m_view, &CalendarView::cancelRequested, this,
            [this](const QString& id, quint64 request) { cancelAppointment(id, request); });
    connect(m_view, &CalendarView::openRequested, this, &CalendarDock::editAppointment);
    connect(m_view, &CalendarView::dateChanged, this, &CalendarDock::syncToolbar);
    connect(m_view, &CalendarView::modeChanged, this, &CalendarDock::syncToolbar);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const ui::CalendarHit hit = m_view->hitTest(pos);
        if (hit.itemId.isEmpty())
            return;
        m_view->selectItem(hit.itemId);
        std::unique_ptr<QMenu> menu(contextMenuFor(hit.itemId, this));
        menu->exec(m_view->viewport()->mapToGlobal(pos));
    });
    reloadPractice();
    m_view->setDate(today());  // in the practice's zone, known once loaded
    m_view->scrollToTime(QTime(kFirstHour + 1, 0));
    setFocusProxy(m_view);
}

QWidget* CalendarDock::buildToolbar()
{
    auto* bar = new QWidget(this);
    auto tool = [bar](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QToolButton(bar);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    m_today = tool(QStringLiteral("fd.calendar.today"), tr("&Today"), tr("Show today"));
    m_previous = tool(QStringLiteral("fd.calendar.previous"), QStringLiteral("◀"),
                      tr("Previous day, week or month (Page Up)"));
    m_next = tool(QStringLiteral("fd.calendar.next"), QStringLiteral("▶"),
                  tr("Next day, week or month (Page Down)"));
    m_previous->setAccessibleName(tr("Previous"));
    m_next->setAccessibleName(tr("Next"));
    m_date = new QDateEdit(today(), bar);
    m_date->setObjectName(QStringLiteral("fd.calendar.date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd MM/dd/yyyy"));
    m_mode = new QComboBox(bar);
    m_mode->setObjectName(QStringLiteral("fd.calendar.mode"));
    m_mode->addItem(tr("Day"), int(CalendarView::Mode::Day));
    m_mode->addItem(tr("Work week"), int(CalendarView::Mode::WorkWeek));
    m_mode->addItem(tr("Week"), int(CalendarView::Mode::Week));
    m_mode->addItem(tr("Month"), int(CalendarView::Mode::Month));
    m_mode->addItem(tr("Agenda"), int(CalendarView::Mode::Agenda));
    auto* zoomOut = tool(QStringLiteral("fd.calendar.zoomOut"), QString(), QString());
    zoomOut->setDefaultAction(m_view->zoomOutAction());
    auto* zoomIn = tool(QStringLiteral("fd.calendar.zoomIn"), QString(), QString());
    zoomIn->setDefaultAction(m_view->zoomInAction());
    m_location = new QComboBox(bar);
    m_location->setObjectName(QStringLiteral("fd.calendar.location"));

    auto* providers = tool(QStringLiteral("fd.calendar.providers"), tr("&Providers"),
                           tr("Choose the providers shown"));
    providers->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(providers);
    m_providers = new QListView(menu);
    m_providers->setObjectName(QStringLiteral("fd.calendar.providerList"));
    m_providers->setModel(m_view->columnFilter());
    m_providers->setMinimumSize(260, 280);
    auto* listAction = new QWidgetAction(menu);
    listAction->setDefaultWidget(m_providers);
    menu->addAction(listAction);
    menu->addAction(tr("Show &all"), m_view->columnFilter(), &ui::CalendarColumnFilter::showAll);
    providers->setMenu(menu);

    m_book = tool(QStringLiteral("fd.calendar.book"), tr("&Book…"),
                  tr("Book at the selected time (Enter)"));
    m_find = tool(QStringLiteral("fd.calendar.find"), tr("&Find First Available…"),
                  tr("The earliest free times for a type, provider and location"));
    m_export = tool(QStringLiteral("fd.calendar.export"), tr("E&xport…"),
                    tr("A provider's schedule as an iCalendar or FHIR file"));
    m_book->setEnabled(m_services.can(perm::kBook));
    m_find->setEnabled(m_services.can(perm::kBook));
    m_export->setEnabled(m_services.ics || m_services.fhirExport);

    // Two rows, so that the dock fits beside the others on a 1280-pixel screen: where and when,
    // then what is shown and what to do.
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(4, 2, 4, 2);
    rows->setSpacing(2);
    auto* layout = new QHBoxLayout;
    layout->addWidget(m_today);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_date);
    layout->addWidget(m_mode);
    layout->addWidget(zoomOut);
    layout->addWidget(zoomIn);
    layout->addStretch(1);
    auto* second = new QHBoxLayout;
    second->addWidget(m_location);
    second->addWidget(providers);
    second->addStretch(1);
    second->addWidget(m_book);
    second->addWidget(m_find);
    second->addWidget(m_export);
    rows->addLayout(layout);
    rows->addLayout(second);

    connect(m_today, &QToolButton::clicked, this, &CalendarDock::goToday);
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(+1); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (d != m_view->date())
            m_view->setDate(d);
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setMode(CalendarView::Mode(m_mode->currentData().toInt())); });
    connect(m_location, &QComboBox::currentIndexChanged, this,
            [this] { m_view->columnFilter()->setLocation(m_location->currentData().toString()); });
    connect(m_book, &QToolButton::clicked, this, &CalendarDock::bookAtCursor);
    connect(m_find, &QToolButton::clicked, this, &CalendarDock::findFirstAvailable);
    connect(m_export, &QToolButton::clicked, this, &CalendarDock::exportSchedule);
    return bar;
}

QDate CalendarDock::today() const
{
    const QTimeZone zone = m_source ? m_source->displayZone() : QTimeZone::systemTimeZone();
    return m_services.nowUtc().toTimeZone(zone).date();
}

void CalendarDock::reloadPractice()
{
    if (!m_source)
        return;
    if (auto loaded = m_source->loadPractice(); !loaded)
        showMessage(loaded.error().message);
    const QString keep = m_location->currentData().toString();
    {
        const QSignalBlocker blocker(m_location);
        m_location->clear();
        m_location->addItem(tr("All locations"), QString());
        for (const practice::Location& l : m_source->locations())
            m_location->addItem(l.name, l.id);
        m_location->setCurrentIndex(std::max(0, m_location->findData(keep)));
    }
    m_view->setDataSource(m_source.get());
    syncToolbar();
    if (!m_source->lastError().isEmpty())
        showMessage(m_source->lastError());
}

void CalendarDock::refresh()
{
    if (!m_view)
        return;
    m_view->reload();
    if (!m_source->lastError().isEmpty())
        showMessage(m_source->lastError());
}

void CalendarDock::focusCalendar()
{
    if (m_view)
        m_view->setFocus();
}

void CalendarDock::goToday()
{
    m_view->setDate(today());
    m_view->scrollToTime(m_services.nowUtc().toTimeZone(m_source->displayZone()).time());
}

void CalendarDock::step(int direction)
{
    switch (m_view->mode()) {
        case CalendarView::Mode::Day:
            m_view->setDate(m_view->date().addDays(direction));
            break;
        case CalendarView::Mode::WorkWeek:
        case CalendarView::Mode::Week:
        case CalendarView::Mode::Agenda:
            m_view->setDate(m_view->date().addDays(7 * direction));
            break;
        case CalendarView::Mode::Month:
            m_view->setDate(m_view->date().addMonths(direction));
            break;
    }
}

void CalendarDock::syncToolbar()
{
    const QSignalBlocker dateBlocker(m_date);
    const QSignalBlocker modeBlocker(m_mode);
    m_date->setDate(m_view->date());
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(m_view->mode()))));
}

void CalendarDock::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;")
                                   : QStringLiteral("color: #1e6b34;"));
    m_message->setVisible(!text.isEmpty());
}

}  // namespace fd::calendar::dock
