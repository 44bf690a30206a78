// The calendar view used with the mouse and the keyboard as the front desk does: items side by
// side where they overlap, drag to move (to another provider or day), resize, drag to create,
// the owner's refusal snapping an item back, the keyboard cursor, zoom, filters, the month
// counts and the pinboard.
#include "calendar/ui/calendar_pinboard.h"
#include "calendar_ui_support.h"

#include <QAction>
#include <QApplication>
#include <QScrollBar>
#include <QToolTip>

using namespace fd;
using namespace fd::calendar::ui;
using namespace fd::calendar::ui::test;

TEST_CASE("Overlapping appointments stand side by side in one provider's column", "[calendar_ui]")
{
    ViewHarness h;
    REQUIRE(h.view.columns().size() == 3);
    const QRect a = h.view.itemRect(QStringLiteral("a"));
    const QRect b = h.view.itemRect(QStringLiteral("b"));
    const QRect c = h.view.itemRect(QStringLiteral("c"));
    REQUIRE_FALSE(a.isEmpty());
    REQUIRE_FALSE(b.isEmpty());
    CHECK(a.right() < b.left());                       // no overlap on screen
    CHECK(std::abs(a.width() - b.width()) <= 1);       // equal lanes
    CHECK(b.top() > a.top());                          // 9:15 below 9:00
    CHECK(c.width() > a.width() * 18 / 10);            // alone in its column: one lane
    CHECK(a.height() == h.view.hourHeight() / 2 - 1);  // 30 minutes
    CHECK(c.left() > h.view.columnWidth());            // second column
}

TEST_CASE("Hit-testing finds items, their bottom edge, free slots, the header and the gutter",
          "[calendar_ui]")
{
    ViewHarness h;
    CalendarHit hit = h.view.hitTest(h.centerOf(QStringLiteral("a")));
    CHECK(hit.kind == CalendarHit::Item);
    CHECK(hit.itemId == QStringLiteral("a"));
    CHECK(hit.column == 0);

    const QRect c = h.view.itemRect(QStringLiteral("c"));
    hit = h.view.hitTest(QPoint(c.center().x(), c.bottom() - 1));
    CHECK(hit.kind == CalendarHit::ItemBottomEdge);
    CHECK(hit.itemId == QStringLiteral("c"));

    hit = h.view.hitTest(h.view.slotPoint(2, QTime(8, 0)));
    CHECK(hit.kind == CalendarHit::Slot);
    CHECK(hit.column == 2);
    CHECK(hit.minute / 15 == 8 * 4);
    CHECK(hit.date == kMonday);
    CHECK(hit.itemId.isEmpty());

    hit = h.view.hitTest(QPoint(int(h.view.slotPoint(1, QTime(8, 0)).x()), 10));
    CHECK(hit.kind == CalendarHit::Header);
    CHECK(hit.column == 1);
    CHECK(h.view.hitTest(QPoint(10, 300)).kind == CalendarHit::Gutter);
}

TEST_CASE(
    "Dragging an appointment to another provider asks to move it there, snapped to the zoom step",
    "[calendar_ui]")
{
    ViewHarness h;
    std::vector<MoveRequest> moves;
    QObject::connect(&h.view, &CalendarView::moveRequested, &h.view,
                     [&](const QString& id, const CalendarColumn& column, const QDateTime& start,
                         quint64 request) {
                         moves.push_back({id, column, start, request});
                         h.view.accept(request);
                     });
    const QRect before = h.view.itemRect(QStringLiteral("c"));
    // Grabbed at its middle (11:29), dropped with the pointer at 14:31: the start moves by the
    // same amount (14:02) and snaps to the nearest quarter hour.
    h.drag(before.center(), h.view.slotPoint(2, QTime(14, 30)));
    REQUIRE(moves.size() == 1);
    CHECK(moves[0].id == QStringLiteral("c"));
    CHECK(moves[0].column.resourceId == QStringLiteral("p3"));
    CHECK(moves[0].column.date == kMonday);
    CHECK(moves[0].start == QDateTime(kMonday, QTime(14, 0), QTimeZone::utc()));
    // Accepted: it stays where it was dropped, an hour long as before.
    const QRect after = h.view.itemRect(QStringLiteral("c"));
    CHECK(after.left() > before.left() + int(h.view.columnWidth()) / 2);
    CHECK(after.height() == before.height());
    CHECK(h.view.item(QStringLiteral("c"))->end ==
          QDateTime(kMonday, QTime(15, 0), QTimeZone::utc()));
    CHECK_FALSE(h.view.hasPendingRequests());
}

TEST_CASE("A refused move snaps back and the reason shows", "[calendar_ui]")
{
    ViewHarness h;
    const QString reason = QStringLiteral("Dr. Carla Nguyen is not at Main Street on Mondays");
    int asked = 0;
    QObject::connect(
        &h.view, &CalendarView::moveRequested, &h.view,
        [&](const QString&, const CalendarColumn&, const QDateTime&, quint64 request) {
            ++asked;
            // While the owner thinks it over, the proposal is what the view shows.
            CHECK(h.view.item(QStringLiteral("c"))->resourceId == QStringLiteral("p3"));
            h.view.refuse(request, reason);
        });
    const QRect before = h.view.itemRect(QStringLiteral("c"));
    h.drag(before.center(), h.view.slotPoint(2, QTime(14, 0)));
    CHECK(h.view.verticalScrollBar()->value() == 0);
    REQUIRE(asked == 1);
    CHECK(h.view.itemRect(QStringLiteral("c")) == before);
    CHECK(h.view.item(QStringLiteral("c"))->resourceId == QStringLiteral("p2"));
    CHECK(h.view.item(QStringLiteral("c"))->start ==
          QDateTime(kMonday, QTime(11, 0), QTimeZone::utc()));
    CHECK(h.view.bannerText() == reason);
    CHECK(h.view.accessibleDescription() == reason);
    // The banner goes after a while.
    QTRY_VERIFY_WITH_TIMEOUT(h.view.bannerText().isEmpty(), CalendarView::kBannerMs + 2000);
}

TEST_CASE("In the week view an appointment dragged to another day keeps its provider",
          "[calendar_ui]")
{
    ViewHarness h;
    h.view.columnFilter()->showOnly({QStringLiteral("p1")});
    h.view.setMode(CalendarView::Mode::Week);
    REQUIRE(h.view.columns().size() == 7);
    CHECK(h.view.columns().front().date == kMonday);
    CHECK(h.view.columns().back().date == kMonday.addDays(6));
    std::vector<MoveRequest> moves;
    QObject::connect(&h.view, &CalendarView::moveRequested, &h.view,
                     [&](const QString& id, const CalendarColumn& column, const QDateTime& start,
                         quint64 request) {
                         moves.push_back({id, column, start, request});
                     });
    const QRect a = h.view.itemRect(QStringLiteral("a"));
    REQUIRE_FALSE(a.isEmpty());
    // Down by the grab point's own offset: the start stays at 9:00, two days later.
    h.drag(a.center(), QPoint(h.view.slotPoint(2, QTime(9, 0)).x(), a.center().y()));
    REQUIRE(moves.size() == 1);
    CHECK(moves[0].column.resourceId == QStringLiteral("p1"));
    CHECK(moves[0].column.date == kMonday.addDays(2));
    CHECK(moves[0].start == QDateTime(kMonday.addDays(2), QTime(9, 0), QTimeZone::utc()));
    CHECK(h.view.hasPendingRequests());  // no answer yet: the proposal waits
}

TEST_CASE("Dragging over free time asks to book that range", "[calendar_ui]")
{
    ViewHarness h;
    int created = 0;
    CalendarColumn column;
    QDateTime start, end;
    QObject::connect(&h.view, &CalendarView::createRequested, &h.view,
                     [&](const CalendarColumn& c, const QDateTime& s, const QDateTime& e, quint64) {
                         ++created;
                         column = c;
                         start = s;
                         end = e;
                     });
    h.drag(h.view.slotPoint(1, QTime(13, 0)), h.view.slotPoint(1, QTime(14, 0)));
    REQUIRE(created == 1);
    CHECK(column.resourceId == QStringLiteral("p2"));
    CHECK(column.title == QStringLiteral("Dr. Ben Okafor"));
    CHECK(start == QDateTime(kMonday, QTime(13, 0), QTimeZone::utc()));
    CHECK(end == QDateTime(kMonday, QTime(14, 0), QTimeZone::utc()));

    // Upwards from the anchor works too, also further down the day.
    h.view.scrollToTime(QTime(13, 0));
    h.drag(h.view.slotPoint(1, QTime(16, 0)), h.view.slotPoint(1, QTime(15, 30)));
    REQUIRE(created == 2);
    CHECK(start == QDateTime(kMonday, QTime(15, 30), QTimeZone::utc()));
    CHECK(end == QDateTime(kMonday, QTime(16, 15), QTimeZone::utc()));
}

TEST_CASE("Dragging the bottom edge asks for a new end", "[calendar_ui]")
{
    ViewHarness h;
    QDateTime asked;
    QObject::connect(&h.view, &CalendarView::resizeRequested, &h.view,
                     [&](const QString& id, const QDateTime& end, quint64 request) {
                         CHECK(id == QStringLiteral("c"));
                         asked = end;
                         h.view.accept(request);
                     });
    const QRect c = h.view.itemRect(QStringLiteral("c"));
    h.drag(QPoint(c.center().x(), c.bottom() - 1), h.view.slotPoint(1, QTime(12, 30)));
    CHECK(asked == QDateTime(kMonday, QTime(12, 30), QTimeZone::utc()));
    CHECK(h.view.itemRect(QStringLiteral("c")).height() == h.view.hourHeight() * 3 / 2 - 1);
}

TEST_CASE("The keyboard moves the cursor, books the range and moves or cancels the selected item",
          "[calendar_ui]")
{
    ViewHarness h;
    h.view.setFocus();
    h.view.setCursor(0, QTime(7, 0), 15);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(&h.view, Qt::Key_Down);
    QTest::keyClick(&h.view, Qt::Key_Down, Qt::ShiftModifier);
    CHECK(h.view.cursor().startMinute == 8 * 60);
    CHECK(h.view.cursor().endMinute == 8 * 60 + 30);
    QDateTime start, end;
    QObject::connect(&h.view, &CalendarView::createRequested, &h.view,
                     [&](const CalendarColumn&, const QDateTime& s, const QDateTime& e, quint64) {
                         start = s;
                         end = e;
                     });
    QTest::keyClick(&h.view, Qt::Key_Return);
    CHECK(start == QDateTime(kMonday, QTime(8, 0), QTimeZone::utc()));
    CHECK(end == QDateTime(kMonday, QTime(8, 30), QTimeZone::utc()));

    // Down to 9:00 lands on appointment "a": Enter opens it.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(&h.view, Qt::Key_Down);
    CHECK(h.view.selectedItemId() == QStringLiteral("a"));
    QString opened;
    QObject::connect(&h.view, &CalendarView::openRequested, &h.view,
                     [&](const QString& id) { opened = id; });
    QTest::keyClick(&h.view, Qt::Key_Enter);
    CHECK(opened == QStringLiteral("a"));

    std::vector<MoveRequest> moves;
    QObject::connect(
        &h.view, &CalendarView::moveRequested, &h.view,
        [&](const QString& id, const CalendarColumn& column, const QDateTime& s, quint64 request) {
            moves.push_back({id, column, s, request});
            h.view.accept(request);
        });
    QTest::keyClick(&h.view, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(&h.view, Qt::Key_Right, Qt::ControlModifier);
    REQUIRE(moves.size() == 2);
    CHECK(moves[0].start == QDateTime(kMonday, QTime(9, 15), QTimeZone::utc()));
    CHECK(moves[0].column.resourceId == QStringLiteral("p1"));
    CHECK(moves[1].column.resourceId == QStringLiteral("p2"));
    CHECK(moves[1].start == QDateTime(kMonday, QTime(9, 15), QTimeZone::utc()));
    CHECK(h.view.selectedItemId() == QStringLiteral("a"));

    QString cancelled;
    QObject::connect(&h.view, &CalendarView::cancelRequested, &h.view,
                     [&](const QString& id, quint64 request) {
                         cancelled = id;
                         h.view.accept(request);
                     });
    QTest::keyClick(&h.view, Qt::Key_Delete);
    CHECK(cancelled == QStringLiteral("a"));
    CHECK(h.view.item(QStringLiteral("a"))->status == ItemStatus::Cancelled);
}

TEST_CASE("Zoom changes the height of an hour, from the actions and with Ctrl+wheel",
          "[calendar_ui]")
{
    ViewHarness h;
    CHECK(h.view.hourHeight() == 80);
    const int cHeight = h.view.itemRect(QStringLiteral("c")).height();
    h.view.zoomOutAction()->trigger();
    CHECK(h.view.minutesPerRow() == 20);
    CHECK(h.view.hourHeight() == 66);
    CHECK(h.view.itemRect(QStringLiteral("c")).height() < cHeight);

    const QPoint at = h.view.slotPoint(0, QTime(8, 0));
    QWheelEvent up(at, h.vp()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(h.vp(), &up);
    QApplication::sendEvent(h.vp(), &up);
    CHECK(h.view.minutesPerRow() == 10);
    CHECK(h.view.hourHeight() == 108);
    // The minute under the pointer stays under it.
    CHECK(std::abs(h.view.slotPoint(0, QTime(8, 0)).y() - at.y()) <= 2);

    h.view.setMinutesPerRow(60);
    CHECK(h.view.hourHeight() == 40);
    h.view.setMinutesPerRow(25);  // not a zoom level: ignored
    CHECK(h.view.minutesPerRow() == 60);
}

TEST_CASE("Provider and location filters choose the columns", "[calendar_ui]")
{
    ViewHarness h;
    CalendarColumnFilter* filter = h.view.columnFilter();
    CHECK(filter->rowCount() == 3);
    filter->setData(filter->index(1), Qt::Unchecked, Qt::CheckStateRole);
    REQUIRE(h.view.columns().size() == 2);
    CHECK(h.view.columns()[1].resourceId == QStringLiteral("p3"));
    CHECK(h.view.itemRect(QStringLiteral("c")).isEmpty());
    filter->setLocation(QStringLiteral("river"));
    REQUIRE(h.view.columns().size() == 1);
    CHECK(h.view.columns()[0].location == QStringLiteral("Riverside"));
    filter->setLocation(QString());
    filter->showAll();
    CHECK(h.view.columns().size() == 3);

    h.view.setMode(CalendarView::Mode::WorkWeek);
    CHECK(h.view.columns().size() == 15);  // three providers by five days, grouped by day
    CHECK(h.view.columns()[3].date == kMonday.addDays(1));
    h.view.setWeekGrouping(CalendarView::WeekGrouping::ByProvider);
    CHECK(h.view.columns()[3].resourceId == QStringLiteral("p1"));
    CHECK(h.view.columns()[5].resourceId == QStringLiteral("p2"));
}

TEST_CASE("The month view counts each day's appointments of the providers shown", "[calendar_ui]")
{
    ViewHarness h;
    std::vector<CalendarItem> items = h.source.items();
    for (int i = 0; i < 12; ++i)
        items.push_back(makeItem(QStringLiteral("t%1").arg(i), QStringLiteral("p3"),
                                 kMonday.addDays(1), QTime(8 + i / 2, (i % 2) * 30), 30));
    h.source.setItems(items);
    h.view.setMode(CalendarView::Mode::Month);
    CHECK(h.view.monthItemCount(kMonday) == 3);
    CHECK(h.view.monthItemCount(kMonday.addDays(1)) == 12);
    CHECK(h.view.monthItemCount(kMonday.addDays(2)) == 0);
    const QRect cell = h.view.monthCellRect(kMonday.addDays(1));
    REQUIRE_FALSE(cell.isEmpty());
    CHECK(h.view.hitTest(cell.center()).date == kMonday.addDays(1));
    h.view.columnFilter()->setResourceVisible(QStringLiteral("p1"), false);
    CHECK(h.view.monthItemCount(kMonday) == 1);
    CHECK_FALSE(h.view.viewport()->grab().isNull());

    // Enter on a day opens it in the day view.
    h.view.setFocus();
    QTest::keyClick(&h.view, Qt::Key_Right);
    QTest::keyClick(&h.view, Qt::Key_Return);
    CHECK(h.view.mode() == CalendarView::Mode::Day);
    CHECK(h.view.date() == kMonday.addDays(1));
}

TEST_CASE("The agenda lists the days' appointments under a heading per day", "[calendar_ui]")
{
    ViewHarness h;
    std::vector<CalendarItem> items = h.source.items();
    items.push_back(
        makeItem(QStringLiteral("w"), QStringLiteral("p2"), kMonday.addDays(2), QTime(10, 0), 20));
    h.source.setItems(items);
    h.view.setMode(CalendarView::Mode::Agenda);
    // Rows: Monday, a, b, c, Wednesday, w.
    CHECK(h.view.hitTest(QPoint(50, 5)).kind == CalendarHit::AgendaRow);
    CHECK(h.view.hitTest(QPoint(50, 5)).itemId.isEmpty());
    CHECK(h.view.hitTest(QPoint(50, CalendarView::kAgendaRowHeight + 5)).itemId ==
          QStringLiteral("a"));
    CHECK(h.view.hitTest(QPoint(50, 5 * CalendarView::kAgendaRowHeight + 5)).itemId ==
          QStringLiteral("w"));
    h.view.setFocus();
    QTest::keyClick(&h.view, Qt::Key_Down);
    QTest::keyClick(&h.view, Qt::Key_Down);
    CHECK(h.view.selectedItemId() == QStringLiteral("b"));
}

TEST_CASE("An appointment cut to the pinboard is pasted on another provider's slot",
          "[calendar_ui]")
{
    ViewHarness h;
    CalendarPinboard board;
    h.view.setPinboard(&board);
    h.view.selectItem(QStringLiteral("c"));
    h.view.cutSelection();
    REQUIRE(board.count() == 1);
    CHECK(board.pinned().front().id == QStringLiteral("c"));
    CHECK(h.view.item(QStringLiteral("c"))->resourceId ==
          QStringLiteral("p2"));  // still booked until pasted

    bool refuse = true;
    std::vector<MoveRequest> moves;
    QObject::connect(
        &h.view, &CalendarView::moveRequested, &h.view,
        [&](const QString& id, const CalendarColumn& column, const QDateTime& s, quint64 request) {
            moves.push_back({id, column, s, request});
            if (refuse)
                h.view.refuse(request, QStringLiteral("Taken"));
            else
                h.view.accept(request);
        });
    h.view.setCursor(2, QTime(15, 0), 15);
    h.view.setFocus();
    QTest::keyClick(&h.view, Qt::Key_V, Qt::ControlModifier);
    REQUIRE(moves.size() == 1);
    CHECK(moves[0].column.resourceId == QStringLiteral("p3"));
    CHECK(moves[0].start == QDateTime(kMonday, QTime(15, 0), QTimeZone::utc()));
    CHECK(board.count() == 1);  // refused: still pinned
    CHECK(h.view.item(QStringLiteral("c"))->resourceId == QStringLiteral("p2"));

    refuse = false;
    CHECK(h.view.pasteFromPinboard());
    CHECK(board.count() == 0);
    CHECK(h.view.item(QStringLiteral("c"))->resourceId == QStringLiteral("p3"));
    CHECK(h.view.item(QStringLiteral("c"))->end ==
          QDateTime(kMonday, QTime(16, 0), QTimeZone::utc()));
}

TEST_CASE("The current-time line is drawn across today's columns and the selection is described",
          "[calendar_ui]")
{
    ViewHarness h;
    const QImage image = h.vp()->grab().toImage();
    const int y = h.view.slotPoint(2, QTime(10, 20)).y() - 2;
    const QColor line = image.pixelColor(h.view.slotPoint(2, QTime(10, 20)).x(), y);
    CHECK(line.red() > 180);
    CHECK(line.green() < 90);

    h.view.selectItem(QStringLiteral("c"));
    CHECK(h.view.accessibleName() == QStringLiteral("Calendar"));
    CHECK(h.view.accessibleDescription().contains(QStringLiteral("Dr. Ben Okafor")));
    CHECK(h.view.accessibleDescription().contains(QStringLiteral("Patient c")));
}

TEST_CASE(
    "Thirty providers scroll sideways at the minimum column width; the header and gutter stay",
    "[calendar_ui]")
{
    ViewHarness h;
    std::vector<CalendarResource> many;
    for (int i = 0; i < 30; ++i)
        many.push_back(
            {QStringLiteral("p%1").arg(i + 1), QStringLiteral("Provider %1").arg(i + 1), {}, {}});
    h.source.setResources(many);
    h.view.reload();
    REQUIRE(h.view.columns().size() == 30);
    CHECK(h.view.columnWidth() == 120);
    CHECK(h.view.horizontalScrollBar()->maximum() >= 30 * 120 - h.vp()->width());
    h.view.horizontalScrollBar()->setValue(600);
    h.view.verticalScrollBar()->setValue(200);
    // Scrolled five columns to the right: the header names the sixth, the gutter still shows.
    const CalendarHit header = h.view.hitTest(QPoint(70, 10));
    CHECK(header.kind == CalendarHit::Header);
    CHECK(header.column == 5);
    CHECK(h.view.hitTest(QPoint(20, 300)).kind == CalendarHit::Gutter);
    CHECK(h.view.itemRect(QStringLiteral("c")).right() < 56);  // scrolled out under the gutter
}

TEST_CASE("A tooltip tells an appointment's details", "[calendar_ui]")
{
    ViewHarness h;
    std::vector<CalendarItem> items = h.source.items();
    items[2].overbook = true;
    items[2].status = ItemStatus::Arrived;
    h.source.setItems(items);
    h.view.reload();
    const QPoint at = h.centerOf(QStringLiteral("c"));
    QHelpEvent help(QEvent::ToolTip, at, h.vp()->mapToGlobal(at));
    QApplication::sendEvent(h.vp(), &help);
    const QString tip = QToolTip::text();
    CHECK(tip.contains(QStringLiteral("Patient c")));
    CHECK(tip.contains(QStringLiteral("Dr. Ben Okafor")));
    CHECK(tip.contains(QStringLiteral("Arrived")));
    CHECK(tip.contains(QStringLiteral("Overbooked")));
    CHECK(tip.contains(QStringLiteral("Follow-up")));
    QToolTip::hideText();
}

TEST_CASE("At a device pixel ratio of 2 the view paints the same picture twice as fine",
          "[calendar_ui]")
{
    ViewHarness h;
    QImage image(h.vp()->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::black);
    h.vp()->render(&image);
    // The current-time line lands at twice the logical position.
    const QPoint logical(h.view.slotPoint(2, QTime(10, 20)).x(),
                         h.view.slotPoint(2, QTime(10, 20)).y() - 2);
    const QColor line = image.pixelColor(logical * 2);
    CHECK(line.red() > 180);
    CHECK(line.green() < 90);
    // And an item's fill covers the rectangle of its logical place.
    const QRect c = h.view.itemRect(QStringLiteral("c"));
    CHECK(image.pixelColor(c.center() * 2) !=
          image.pixelColor(QPoint(c.right() + 6, c.center().y()) * 2));
}

TEST_CASE("While dragging a ghost shows the new place; Esc drops the drag", "[calendar_ui]")
{
    ViewHarness h;
    int asked = 0;
    QObject::connect(
        &h.view, &CalendarView::moveRequested, &h.view,
        [&](const QString&, const CalendarColumn&, const QDateTime&, quint64) { ++asked; });
    const QRect c = h.view.itemRect(QStringLiteral("c"));
    const QPoint target = h.view.slotPoint(2, QTime(13, 30));
    const QColor before = h.vp()->grab().toImage().pixelColor(target);

    QTest::mousePress(h.vp(), Qt::LeftButton, Qt::NoModifier, c.center());
    for (int i = 1; i <= 4; ++i) {
        const QPoint p = c.center() + (target - c.center()) * i / 4;
        QMouseEvent move(QEvent::MouseMove, p, h.vp()->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(h.vp(), &move);
    }
    CHECK(h.vp()->grab().toImage().pixelColor(target) != before);
    CHECK(h.view.itemRect(QStringLiteral("c")) == c);  // the item itself stays until the drop

    h.view.setFocus();
    QTest::keyClick(&h.view, Qt::Key_Escape);
    QTest::mouseRelease(h.vp(), Qt::LeftButton, Qt::NoModifier, target);
    CHECK(asked == 0);
    CHECK(h.vp()->grab().toImage().pixelColor(target) == before);
    CHECK(h.view.itemRect(QStringLiteral("c")) == c);
}

TEST_CASE("A click on free time moves the cursor; only a double-click or a drag asks to book",
          "[calendar_ui]")
{
    ViewHarness h;
    int created = 0;
    QObject::connect(
        &h.view, &CalendarView::createRequested, &h.view,
        [&](const CalendarColumn&, const QDateTime&, const QDateTime&, quint64) { ++created; });
    const QPoint slot = h.view.slotPoint(1, QTime(14, 0));
    QTest::mouseClick(h.vp(), Qt::LeftButton, Qt::NoModifier, slot);
    CHECK(created == 0);
    CHECK(h.view.cursor().column == 1);
    CHECK(h.view.cursor().startMinute == 14 * 60);
    QTest::mouseDClick(h.vp(), Qt::LeftButton, Qt::NoModifier, slot);
    CHECK(created == 1);
}
