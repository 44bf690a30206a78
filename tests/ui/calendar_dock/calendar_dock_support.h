#pragma once

#include "calendar/dock/calendar_dock.h"
#include "calendar/dock/calendar_module.h"
#include "calendar/dock/core_calendar_source.h"
#include "calendar/ui/calendar_view.h"
#include "calendar_fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace fd::calendar::test {

// Monday after the fixture's "now" (Friday 2025-03-07 10:00 in New York).
inline const QDate kMonday(2025, 3, 10);

// The Calendar dock as the shell creates it, in a shown window over the fixture's practice,
// on Monday at 30-minute rows from 7:00.
struct DockHarness
{
    explicit DockHarness(CalendarFixture& fx, QSize size = {1300, 900})
    {
        fx.access->user.displayName = QStringLiteral("Dana Desk");
        REQUIRE(module.initialize(fx.registry).ok());
        REQUIRE(module.allModulesInitialized(fx.registry).ok());
        auto docks = module.docks();
        REQUIRE(docks.size() == 1);
        dock = qobject_cast<dock::CalendarDock*>(docks.front().create(&window));
        REQUIRE(dock);
        REQUIRE(dock->view());
        auto* layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(dock);
        window.resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        view()->setMinutesPerRow(30);  // 7:00 to 19:00 in view
        view()->setDate(kMonday);
        view()->verticalScrollBar()->setValue(0);
    }

    ui::CalendarView* view() const { return dock->view(); }
    QWidget* vp() const { return dock->view()->viewport(); }
    int column(const QString& providerId) const { return view()->columnIndex(providerId, kMonday); }

    // A press, moves in steps and a release, as a hand drags.
    void drag(const QPoint& from, const QPoint& to) const
    {
        QTest::mousePress(vp(), Qt::LeftButton, Qt::NoModifier, from);
        const int steps = 6;
        for (int i = 1; i <= steps; ++i) {
            const QPoint p = from + (to - from) * i / steps;
            QMouseEvent move(QEvent::MouseMove, p, vp()->mapToGlobal(p), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(vp(), &move);
        }
        QTest::mouseRelease(vp(), Qt::LeftButton, Qt::NoModifier, to);
    }

    // Drags an appointment by its top edge so its new start is the slot dropped on.
    void dragItemTo(const QString& id, const QString& providerId, const QTime& start) const
    {
        const QRect r = view()->itemRect(id);
        REQUIRE_FALSE(r.isEmpty());
        const QPoint grab(r.center().x(), r.top() + 2);
        const QPoint slot = view()->slotPoint(column(providerId), start);
        drag(grab, QPoint(slot.x(), view()->slotPoint(column(providerId), start).y()));
    }

    dock::CalendarModule module;
    QWidget window;
    dock::CalendarDock* dock = nullptr;
};

// Runs `act` once on the first modal dialog of type Dialog that shows while the watch lives
// (dialogs run their own event loop, so the test cannot act on them in line). Polls, so a
// dialog that opens after another one closed is found too.
template <typename Dialog>
class ModalWatch
{
public:
    explicit ModalWatch(std::function<void(Dialog*)> act) : m_act(std::move(act))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            m_timer.stop();
            m_ran = true;
            m_act(dialog);
        });
        m_timer.start(10);
    }
    bool ran() const { return m_ran; }

private:
    std::function<void(Dialog*)> m_act;
    QTimer m_timer;
    bool m_ran = false;
};

}  // namespace fd::calendar::test
