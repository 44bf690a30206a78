// The Calendar dock as the front desk and the office manager use it: appointments from the
// core shown by provider; dragging moves them in the core; the rules refuse a double booking
// with their reason and the view keeps the appointment; a permitted user may overbook with a
// reason, others are not offered it; booking from the keyboard; find first available;
// cancelling with a reason and offering the freed time to the waitlist; what a role may not
// do is disabled.
#include "calendar/core/calendar_context.h"
#include "calendar/core/calendar_permissions.h"
#include "calendar/dock/appointment_dialog.h"
#include "calendar/dock/find_slot_dialog.h"
#include "calendar/dock/patient_picker.h"
#include "calendar/dock/waitlist_offer_dialog.h"
#include "calendar_dock_support.h"
#include "security/roles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QToolButton>

#include <algorithm>

using namespace fd;
using namespace fd::calendar;
using namespace fd::calendar::test;
using fd::calendar::dock::AppointmentDialog;
using fd::calendar::dock::FindSlotDialog;
using fd::calendar::dock::WaitlistOfferDialog;

namespace {

const QTimeZone kNewYork("America/New_York");

QDateTime newYork(const QDate& day, const QTime& time)
{
    return QDateTime(day, time, kNewYork).toUTC();
}

Appointment stored(CalendarFixture& fx, const QString& id)
{
    auto a = fx.appointments().get(id);
    REQUIRE(a.ok());
    return a.value();
}

void pickPatient(dock::PatientPicker* picker, const QString& text)
{
    picker->searchField()->setText(text);
    picker->searchNow();
    REQUIRE(picker->results()->count() >= 1);
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    REQUIRE_FALSE(picker->patientId().isEmpty());
}

}  // namespace

TEST_CASE("The dock shows the core's appointments, hours and blocks by provider", "[calendar_dock]")
{
    CalendarFixture fx;
    const Appointment a = fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    BookingRequest ecg = fx.request(fx.bobId, kMonday, QTime(14, 0), QStringLiteral("ECG15"));
    ecg.reason = QStringLiteral("Palpitations");
    const Appointment b = fx.book(ecg);
    DockHarness h(fx);

    REQUIRE(h.column(fx.lovelaceId) >= 0);
    REQUIRE(h.column(fx.hopperId) >= 0);
    const ui::CalendarItem* item = h.view()->item(a.id);
    REQUIRE(item);
    CHECK(item->title == QStringLiteral("Example, Alice"));
    CHECK(item->subtitle == QStringLiteral("Follow-up · Follow-up visit"));
    CHECK(item->resourceId == fx.lovelaceId);
    CHECK(item->start.toUTC() == newYork(kMonday, QTime(9, 0)));
    CHECK(item->start.time() == QTime(9, 0));  // shown in the practice's zone
    const ui::CalendarItem* other = h.view()->item(b.id);
    REQUIRE(other);
    CHECK(other->subtitle == QStringLiteral("ECG · Palpitations"));
    CHECK_FALSE(other->overbook);
    CHECK_FALSE(other->recurring);

    const ui::CalendarFetch fetched = h.dock->source()->fetch(kMonday, kMonday, {fx.lovelaceId});
    const auto lunch =
        std::find_if(fetched.backgrounds.begin(), fetched.backgrounds.end(), [](const auto& r) {
            return r.kind == ui::BackgroundKind::Block && r.label == QStringLiteral("Lunch");
        });
    REQUIRE(lunch != fetched.backgrounds.end());
    CHECK(lunch->start.time() == QTime(12, 0));
    CHECK(lunch->end.time() == QTime(13, 0));
    const auto open =
        std::count_if(fetched.backgrounds.begin(), fetched.backgrounds.end(),
                      [](const auto& r) { return r.kind == ui::BackgroundKind::Open; });
    CHECK(open == 2);  // 8-12 and 13-17
    // Hopper works 9-13 in Los Angeles: 12-16 in New York, where the practice's day is shown.
    const ui::CalendarFetch west = h.dock->source()->fetch(kMonday, kMonday, {fx.hopperId});
    REQUIRE(west.backgrounds.size() == 1);
    CHECK(west.backgrounds.front().start.time() == QTime(12, 0));
    CHECK(west.backgrounds.front().end.time() == QTime(16, 0));
}

TEST_CASE("Dragging an appointment to another time and to another provider moves it in the core",
          "[calendar_dock]")
{
    CalendarFixture fx;
    const Appointment a = fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    DockHarness h(fx);

    h.dragItemTo(a.id, fx.lovelaceId, QTime(10, 30));
    Appointment moved = stored(fx, a.id);
    CHECK(moved.start == newYork(kMonday, QTime(10, 30)));
    CHECK(moved.end == newYork(kMonday, QTime(11, 0)));
    CHECK(moved.providerId == fx.lovelaceId);
    CHECK(h.view()->item(a.id)->start.time() == QTime(10, 30));
    CHECK_FALSE(h.view()->hasPendingRequests());

    // To Grace Hopper at 13:00 New York time, 10:00 in her Los Angeles office.
    h.dragItemTo(a.id, fx.hopperId, QTime(13, 0));
    moved = stored(fx, a.id);
    CHECK(moved.providerId == fx.hopperId);
    CHECK(moved.locationId == fx.losAngelesId);
    CHECK(moved.start == newYork(kMonday, QTime(13, 0)));
    CHECK(h.view()->item(a.id)->resourceId == fx.hopperId);
    CHECK(h.dock->messageLabel()->text().contains(QStringLiteral("Moved")));

    auto history = fx.appointments().history(a.id);
    REQUIRE(history.ok());
    CHECK(std::count_if(history->begin(), history->end(), [](const HistoryEntry& e) {
              return e.action == QStringLiteral("moved");
          }) == 2);
}

TEST_CASE("A double booking is refused with the rule's reason and nothing changes",
          "[calendar_dock]")
{
    CalendarFixture fx;
    fx.grantRole(security::Role::FrontDesk);
    REQUIRE_FALSE(fx.access->can(perm::kOverbook));
    const Appointment a = fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    const Appointment b = fx.book(fx.request(fx.bobId, kMonday, QTime(10, 0)));
    DockHarness h(fx);

    ModalWatch<QInputDialog> prompt([](QInputDialog* d) { d->reject(); });
    h.dragItemTo(b.id, fx.lovelaceId, QTime(9, 0));
    QTest::qWait(100);
    CHECK_FALSE(prompt.ran());  // no overbook offered without the permission
    const QString reason = conflictMessage(ConflictCode::ProviderBusy);
    CHECK(h.dock->messageLabel()->text().contains(reason));
    CHECK(h.view()->bannerText().contains(reason));
    const Appointment after = stored(fx, b.id);
    CHECK(after.start == newYork(kMonday, QTime(10, 0)));
    CHECK_FALSE(after.overbooked);
    CHECK(h.view()->item(b.id)->start.time() == QTime(10, 0));  // back where it was
    CHECK(stored(fx, a.id).start == a.start);

    // The booking dialog does not show the overbook choice either.
    AppointmentDialog dialog(dock::DockServices::from(fx.registry), *h.dock->source(),
                             fx.lovelaceId, newYork(kMonday, QTime(9, 0)), 0, &h.window);
    CHECK(dialog.overbookBox()->isHidden());
    CHECK(dialog.overbookReasonEdit()->isHidden());
}

TEST_CASE("A user who may overbook is offered it, with a reason, and the appointment is flagged",
          "[calendar_dock]")
{
    CalendarFixture fx;
    fx.grantRole(security::Role::OfficeManager);
    REQUIRE(fx.access->can(perm::kOverbook));
    fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    const Appointment b = fx.book(fx.request(fx.bobId, kMonday, QTime(10, 0)));
    DockHarness h(fx);

    QString asked;
    ModalWatch<QInputDialog> prompt([&asked](QInputDialog* d) {
        asked = d->labelText();
        d->setTextValue(QStringLiteral("Worked in: urgent follow-up"));
        d->accept();
    });
    h.dragItemTo(b.id, fx.lovelaceId, QTime(9, 0));
    REQUIRE(prompt.ran());
    CHECK(asked.contains(conflictMessage(ConflictCode::ProviderBusy)));
    const Appointment after = stored(fx, b.id);
    CHECK(after.start == newYork(kMonday, QTime(9, 0)));
    CHECK(after.overbooked);
    CHECK(after.overbookReason == QStringLiteral("Worked in: urgent follow-up"));
    REQUIRE(h.view()->item(b.id));
    CHECK(h.view()->item(b.id)->overbook);
    CHECK(std::any_of(
        fx.audit->records.begin(), fx.audit->records.end(),
        [](const security::AuditRecord& r) { return r.action == calendar::audit::kOverbook; }));

    // Declining the offer leaves the appointment where it was.
    const Appointment c = fx.book(fx.request(fx.aliceId, kMonday, QTime(15, 0)));
    h.dock->refresh();
    ModalWatch<QInputDialog> decline([](QInputDialog* d) { d->reject(); });
    h.dragItemTo(c.id, fx.lovelaceId, QTime(9, 0));
    REQUIRE(decline.ran());
    CHECK(stored(fx, c.id).start == newYork(kMonday, QTime(15, 0)));
    CHECK(h.view()->item(c.id)->start.time() == QTime(15, 0));

    // In the booking dialog the overbook needs its reason.
    AppointmentDialog dialog(dock::DockServices::from(fx.registry), *h.dock->source(),
                             fx.lovelaceId, newYork(kMonday, QTime(9, 0)), 0, &h.window);
    CHECK_FALSE(dialog.overbookBox()->isHidden());
    dialog.patientPicker()->setPatient(fx.bobId, QStringLiteral("Sample, Bob"));
    CHECK_FALSE(dialog.submit());
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("Overbook")));
    dialog.overbookBox()->setChecked(true);
    CHECK_FALSE(dialog.submit());
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("reason")));
    dialog.overbookReasonEdit()->setText(QStringLiteral("Same-day request from the provider"));
    REQUIRE(dialog.submit());
    REQUIRE(dialog.result());
    CHECK(dialog.result()->overbooked);
}

TEST_CASE("Enter on a free slot opens the booking dialog and books there", "[calendar_dock]")
{
    CalendarFixture fx;
    fx.grantRole(security::Role::FrontDesk);
    DockHarness h(fx);
    h.view()->setFocus();
    h.view()->setCursor(h.column(fx.lovelaceId), QTime(14, 0), 30);

    QString provider;
    QTime start;
    ModalWatch<AppointmentDialog> booking([&](AppointmentDialog* d) {
        provider = d->providerBox()->currentData().toString();
        start = d->timeEdit()->time();
        pickPatient(d->patientPicker(), QStringLiteral("Sample"));
        d->typeBox()->setCurrentIndex(
            d->typeBox()->findData(fx.admin().type(QStringLiteral("FU30"))->id));
        d->reasonEdit()->setText(QStringLiteral("Blood pressure check"));
        QTest::mouseClick(d->bookButton(), Qt::LeftButton);
    });
    QTest::keyClick(h.view(), Qt::Key_Return);
    REQUIRE(booking.ran());
    CHECK(provider == fx.lovelaceId);
    CHECK(start == QTime(14, 0));

    AppointmentFilter filter;
    filter.from = newYork(kMonday, QTime(0, 0));
    filter.to = newYork(kMonday.addDays(1), QTime(0, 0));
    filter.patientId = fx.bobId;
    auto booked = fx.appointments().list(filter);
    REQUIRE(booked.ok());
    REQUIRE(booked->size() == 1);
    const Appointment& b = booked->front();
    CHECK(b.start == newYork(kMonday, QTime(14, 0)));
    CHECK(b.end == newYork(kMonday, QTime(14, 30)));  // the type's length
    CHECK(b.providerId == fx.lovelaceId);
    CHECK(b.reason == QStringLiteral("Blood pressure check"));
    REQUIRE(h.view()->item(b.id));
    CHECK(h.view()->item(b.id)->title == QStringLiteral("Sample, Bob"));
    CHECK(h.view()->selectedItemId() == b.id);
}

TEST_CASE("Find first available lists the earliest slots and books the chosen one",
          "[calendar_dock]")
{
    CalendarFixture fx;
    fx.grantRole(security::Role::FrontDesk);
    fx.book(fx.request(fx.bobId, kMonday, QTime(13, 0)));
    DockHarness h(fx);
    REQUIRE(h.dock->findButton()->isEnabled());

    std::vector<FoundSlot> found;
    ModalWatch<FindSlotDialog> finding([&](FindSlotDialog* d) {
        pickPatient(d->patientPicker(), QStringLiteral("Example"));
        d->typeBox()->setCurrentIndex(
            d->typeBox()->findData(fx.admin().type(QStringLiteral("FU30"))->id));
        d->providerBox()->setCurrentIndex(d->providerBox()->findData(fx.lovelaceId));
        d->dayPartBox(kMorning)->setChecked(false);
        d->fromEdit()->setDate(kMonday);
        d->toEdit()->setDate(kMonday.addDays(4));
        QTest::mouseClick(d->searchButton(), Qt::LeftButton);
        found = d->foundSlots();
        if (!found.empty())
            QTest::mouseClick(d->bookButton(), Qt::LeftButton);
        else
            d->reject();
    });
    QTest::mouseClick(h.dock->findButton(), Qt::LeftButton);
    REQUIRE(finding.ran());
    REQUIRE_FALSE(found.empty());
    // Afternoons only; 13:00 is Bob's, so the first free time is 13:30 after lunch.
    CHECK(found.front().providerId == fx.lovelaceId);
    CHECK(found.front().date == kMonday);
    CHECK(found.front().localStart == QTime(13, 30));

    AppointmentFilter filter;
    filter.from = newYork(kMonday, QTime(0, 0));
    filter.to = newYork(kMonday.addDays(1), QTime(0, 0));
    filter.patientId = fx.aliceId;
    auto booked = fx.appointments().list(filter);
    REQUIRE(booked.ok());
    REQUIRE(booked->size() == 1);
    CHECK(booked->front().start == newYork(kMonday, QTime(13, 30)));
    CHECK(h.view()->date() == kMonday);
    CHECK(h.view()->item(booked->front().id));
}

TEST_CASE("Delete asks for the reason and cancels; the waitlist is offered the freed time",
          "[calendar_dock]")
{
    CalendarFixture fx;
    fx.grantRole(security::Role::FrontDesk);
    const Appointment a = fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    WaitlistEntry wait;
    wait.patientId = fx.bobId;
    wait.typeId = fx.admin().type(QStringLiteral("FU30"))->id;
    auto waiting = fx.service<IWaitlistService>()->add(wait);
    REQUIRE(waiting.ok());
    DockHarness h(fx);

    // Without a reason nothing is cancelled.
    h.view()->selectItem(a.id);
    h.view()->setFocus();
    {
        ModalWatch<QInputDialog> noReason([](QInputDialog* d) { d->reject(); });
        QTest::keyClick(h.view(), Qt::Key_Delete);
        REQUIRE(noReason.ran());
    }
    CHECK(stored(fx, a.id).status == AppointmentStatus::Scheduled);
    CHECK(h.view()->item(a.id)->status == ui::ItemStatus::Scheduled);

    QStringList proposals;
    ModalWatch<QInputDialog> reason([](QInputDialog* d) {
        d->setTextValue(QStringLiteral("Feeling better"));
        d->accept();
    });
    ModalWatch<WaitlistOfferDialog> offer([&proposals](WaitlistOfferDialog* d) {
        for (int i = 0; i < d->matchList()->count(); ++i)
            proposals << d->matchList()->item(i)->text();
        QTest::mouseClick(d->bookButton(), Qt::LeftButton);
    });
    h.view()->selectItem(a.id);
    QTest::keyClick(h.view(), Qt::Key_Delete);
    REQUIRE(reason.ran());
    const Appointment cancelled = stored(fx, a.id);
    CHECK(cancelled.status == AppointmentStatus::Cancelled);
    CHECK(cancelled.cancelReason == QStringLiteral("Feeling better"));
    CHECK(h.view()->item(a.id)->status == ui::ItemStatus::Cancelled);

    REQUIRE(offer.ran());
    REQUIRE(proposals.size() == 1);
    CHECK(proposals.front().contains(QStringLiteral("Sample, Bob")));
    AppointmentFilter filter;
    filter.from = newYork(kMonday, QTime(0, 0));
    filter.to = newYork(kMonday.addDays(1), QTime(0, 0));
    filter.patientId = fx.bobId;
    REQUIRE(fx.appointments().list(filter)->size() == 1);
    CHECK(fx.appointments().list(filter)->front().start == newYork(kMonday, QTime(9, 0)));
    auto still = fx.service<IWaitlistService>()->waiting();
    REQUIRE(still.ok());
    CHECK(still->empty());  // Bob came off the list as booked
}

TEST_CASE("The appointment menu offers what the role may do, series edits for recurring ones",
          "[calendar_dock]")
{
    CalendarFixture fx;
    SeriesRequest weekly;
    weekly.first = fx.request(fx.aliceId, kMonday, QTime(11, 0));
    weekly.rule.count = 4;
    auto series = fx.service<ISeriesService>()->create(weekly);
    REQUIRE(series.ok());
    const QString first = series->booked.front().id;
    fx.grantRole(security::Role::Provider);  // sees the schedule, books nothing
    {
        DockHarness h(fx);
        CHECK_FALSE(h.dock->bookButton()->isEnabled());
        CHECK_FALSE(h.dock->findButton()->isEnabled());
        REQUIRE(h.view()->item(first));
        CHECK(h.view()->item(first)->recurring);
        std::unique_ptr<QMenu> menu(h.dock->contextMenuFor(first, &h.window));
        CHECK_FALSE(
            menu->findChild<QAction*>(QStringLiteral("fd.calendar.item.edit"))->isEnabled());
        CHECK_FALSE(
            menu->findChild<QAction*>(QStringLiteral("fd.calendar.item.cancel"))->isEnabled());
        CHECK(menu->findChild<QAction*>(QStringLiteral("fd.calendar.item.history"))->isEnabled());
        CHECK_FALSE(menu->findChild<QAction*>(QStringLiteral("fd.calendar.series.change.all"))
                        ->isEnabled());
    }

    fx.grantRole(security::Role::FrontDesk);
    DockHarness h(fx);
    std::unique_ptr<QMenu> menu(h.dock->contextMenuFor(first, &h.window));
    QAction* following =
        menu->findChild<QAction*>(QStringLiteral("fd.calendar.series.cancel.following"));
    REQUIRE(following);
    REQUIRE(following->isEnabled());
    const QString second = series->booked.at(1).id;
    // Cancelling this and the following occurrences from the second on.
    std::unique_ptr<QMenu> secondMenu(h.dock->contextMenuFor(second, &h.window));
    ModalWatch<QInputDialog> reason([](QInputDialog* d) {
        d->setTextValue(QStringLiteral("Treatment finished"));
        d->accept();
    });
    secondMenu->findChild<QAction*>(QStringLiteral("fd.calendar.series.cancel.following"))
        ->trigger();
    REQUIRE(reason.ran());
    CHECK(stored(fx, first).status == AppointmentStatus::Scheduled);
    for (size_t i = 1; i < series->booked.size(); ++i) {
        const Appointment later = stored(fx, series->booked[i].id);
        CHECK(later.status == AppointmentStatus::Cancelled);
    }
}
