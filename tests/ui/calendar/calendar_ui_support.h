#pragma once

#include "calendar/ui/calendar_column_filter.h"
#include "calendar/ui/calendar_view.h"
#include "common/clock.h"

#include <catch2/catch_test_macros.hpp>

#include <QTest>

namespace fd::calendar::ui::test {

inline const QDate kMonday(2026, 11, 23);

inline CalendarItem makeItem(const QString& id, const QString& resource, const QDate& day,
                             const QTime& start, int minutes, const QString& title = QString())
{
    CalendarItem item;
    item.id = id;
    item.resourceId = resource;
    item.start = QDateTime(day, start, QTimeZone::utc());
    item.end = item.start.addSecs(minutes * 60);
    item.title = title.isEmpty() ? QStringLiteral("Patient %1").arg(id) : title;
    item.subtitle = QStringLiteral("Follow-up");
    return item;
}

// A shown view over three providers (two at Main Street, one at Riverside) on Monday
// 2026-11-23, 07:00-19:00 at 15-minute rows, the clock at 10:20 that day.
struct ViewHarness
{
    ViewHarness()
    {
        source.setResources({{QStringLiteral("p1"), QStringLiteral("Dr. Ana Ruiz"),
                              QStringLiteral("main"), QStringLiteral("Main Street")},
                             {QStringLiteral("p2"), QStringLiteral("Dr. Ben Okafor"),
                              QStringLiteral("main"), QStringLiteral("Main Street")},
                             {QStringLiteral("p3"), QStringLiteral("Dr. Carla Nguyen"),
                              QStringLiteral("river"), QStringLiteral("Riverside")}});
        source.setItems(
            {makeItem(QStringLiteral("a"), QStringLiteral("p1"), kMonday, QTime(9, 0), 30),
             makeItem(QStringLiteral("b"), QStringLiteral("p1"), kMonday, QTime(9, 15), 30),
             makeItem(QStringLiteral("c"), QStringLiteral("p2"), kMonday, QTime(11, 0), 60)});
        view.setClock(clock);
        view.setVisibleHours(7, 19);
        view.setMinutesPerRow(15);
        view.setDate(kMonday);
        view.setDataSource(&source);
        view.resize(900, 700);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.verticalScrollBar()->setValue(0);
    }

    QWidget* vp() { return view.viewport(); }
    QPoint centerOf(const QString& id) { return view.itemRect(id).center(); }

    // A press, moves in steps (so the drag starts and follows) and a release, as a hand does it.
    void drag(const QPoint& from, const QPoint& to)
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

    std::shared_ptr<FixedClock> clock =
        std::make_shared<FixedClock>(QDateTime(kMonday, QTime(10, 20), QTimeZone::utc()));
    MemoryCalendarSource source;
    CalendarView view;
};

struct MoveRequest
{
    QString id;
    CalendarColumn column;
    QDateTime start;
    quint64 request = 0;
};

}  // namespace fd::calendar::ui::test
