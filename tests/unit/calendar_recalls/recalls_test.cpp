// Recalls: due and overdue, recalls set by a checked-out visit, linking to bookings, dismissal,
// contact attempts and the list's filters, merge and permissions.
#include "recalls_fixture.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/core/recall_permissions.h"
#include "patients/core/patient_merge.h"
#include "patients/core/patients_permissions.h"
#include "security/audit_actions.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::calendar;
using namespace fd::calendar::test;

namespace {

const QTimeZone kNewYork(QByteArrayLiteral("America/New_York"));

QDateTime newYork(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, kNewYork).toUTC();
}

// Books FU30 for the patient at a New York time and checks the visit out at its end.
Appointment checkedOutVisit(RecallsFixture& f, const QString& patient, const QDate& date,
                            const QTime& time)
{
    f.clock->set(newYork(date, time).addSecs(-3600));
    Appointment a = f.book(f.request(patient, date, time));
    f.clock->set(newYork(date, time).addSecs(1800));
    auto out = f.appointments().setStatus(a.id, a.rowVersion, AppointmentStatus::CheckedOut);
    INFO((out ? std::string() : out.error().toString().toStdString()));
    REQUIRE(out.ok());
    return out.value();
}

}  // namespace

TEST_CASE("Recall rules: due dates and the due/overdue split", "[recalls]")
{
    CHECK(recallDueDate(QDate(2025, 3, 7), 12) == QDate(2026, 3, 7));
    CHECK(recallDueDate(QDate(2025, 8, 31), 6) == QDate(2026, 2, 28));
    Recall r;
    r.dueDate = QDate(2025, 3, 7);
    CHECK(recallState(r, QDate(2025, 3, 7)) == RecallState::Due);  // due today: not overdue
    CHECK(recallState(r, QDate(2025, 3, 8)) == RecallState::Overdue);
    r.status = RecallStatus::Scheduled;
    CHECK(recallState(r, QDate(2025, 3, 8)) == RecallState::Scheduled);
    r.status = RecallStatus::Dismissed;
    CHECK(recallState(r, QDate(2025, 3, 8)) == RecallState::Dismissed);
    for (const char* id : {"due", "overdue", "scheduled", "done", "dismissed"})
        CHECK(recallStateId(*recallStateFromId(QString::fromLatin1(id))) == QLatin1String(id));
    CHECK_FALSE(contactMethodFromId(QStringLiteral("fax")).has_value());
}

TEST_CASE("Recalls by hand: overdue, due ranges, reasons and the list's filters", "[recalls]")
{
    RecallsFixture f;  // today is Friday 2025-03-07 in New York
    const Recall late = f.addRecall(f.aliceId, f.physicalId, QDate(2025, 2, 1));
    const Recall soon = f.addRecall(f.bobId, f.followUpId, QDate(2025, 4, 1));
    CHECK(late.status == RecallStatus::Open);
    CHECK(late.createdBy == QLatin1String("user-1"));
    CHECK(f.recalls().today() == QDate(2025, 3, 7));

    auto rows = f.list();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].recall.id == late.id);  // by due date
    CHECK(rows[0].state == RecallState::Overdue);
    CHECK(rows[0].reasonName == QLatin1String("Annual physical"));
    CHECK(rows[0].patientName == QLatin1String("Example, Alice"));
    CHECK(rows[1].state == RecallState::Due);

    RecallFilter overdue;
    overdue.overdueOnly = true;
    REQUIRE(f.list(overdue).size() == 1);
    CHECK(f.list(overdue)[0].recall.id == late.id);

    RecallFilter range;
    range.dueFrom = QDate(2025, 3, 1);
    range.dueTo = QDate(2025, 4, 1);  // inclusive
    REQUIRE(f.list(range).size() == 1);
    CHECK(f.list(range)[0].recall.id == soon.id);

    RecallFilter byReason;
    byReason.reasonId = f.followUpId;
    REQUIRE(f.list(byReason).size() == 1);
    CHECK(f.list(byReason)[0].recall.id == soon.id);

    // A contact attempt takes the recall off the "not contacted in 14 days" list until then.
    ContactAttempt call;
    call.recallId = late.id;
    call.method = ContactMethod::Phone;
    call.outcome = ContactOutcome::LeftMessage;
    call.note = QStringLiteral("Voicemail");
    auto logged = f.recalls().logContact(call);
    REQUIRE(logged.ok());
    CHECK(logged->patientId == f.aliceId);
    RecallFilter quiet;
    quiet.notContactedDays = 14;
    REQUIRE(f.list(quiet).size() == 1);
    CHECK(f.list(quiet)[0].recall.id == soon.id);
    f.clock->advanceSecs(15 * 86400);
    CHECK(f.list(quiet).size() == 2);
    auto contacts = f.recalls().contacts(late.id);
    REQUIRE(contacts.ok());
    REQUIRE(contacts->size() == 1);
    CHECK(contacts->front().method == ContactMethod::Phone);
    CHECK(contacts->front().outcome == ContactOutcome::LeftMessage);
    CHECK(contacts->front().note == QLatin1String("Voicemail"));

    // Bad input names the field and changes nothing.
    Recall noDate;
    noDate.patientId = f.aliceId;
    noDate.reasonId = f.physicalId;
    auto refused = f.recalls().add(noDate);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().details == QLatin1String("due_date"));
    noDate.dueDate = QDate(2025, 5, 1);
    noDate.reasonId = QStringLiteral("Dental cleaning");
    refused = f.recalls().add(noDate);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().details == QLatin1String("reason_id"));
    RecallReason bad;
    bad.name = QStringLiteral("Eye exam");
    bad.intervalMonths = 0;
    auto badReason = f.recalls().saveReason(bad);
    REQUIRE_FALSE(badReason.ok());
    CHECK(badReason.error().details == QLatin1String("interval_months"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_recalls")) == 2);
}

TEST_CASE("A checked-out visit of a trigger type sets its recall, once", "[recalls]")
{
    RecallsFixture f;
    const Appointment visit = checkedOutVisit(f, f.aliceId, QDate(2025, 3, 10), QTime(9, 0));
    auto rows = f.list();
    REQUIRE(rows.size() == 1);
    const Recall& r = rows[0].recall;
    CHECK(r.patientId == f.aliceId);
    CHECK(r.reasonId == f.followUpId);
    CHECK(r.dueDate == QDate(2025, 9, 10));  // six months after the visit's local date
    CHECK(r.sourceAppointmentId == visit.id);
    CHECK(r.providerId == f.lovelaceId);
    CHECK(r.isAutomatic());
    CHECK(rows[0].state == RecallState::Due);
    // Reconciling again (another list, another workstation) makes nothing more.
    CHECK(f.recalls().reconcile().value() == 0);
    CHECK(f.list().size() == 1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_recalls")) == 1);
    // The write was synced and audited with the patient.
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'calendar_recalls'")) ==
          1);
    bool audited = false;
    for (const auto& rec : f.audit->records)
        audited |= rec.action == security::audit::kCreate && rec.entity == "calendar_recalls" &&
                   rec.patientId == f.aliceId && rec.entityId == r.id;
    CHECK(audited);
    // A type without a trigger sets nothing.
    f.clock->set(newYork(QDate(2025, 3, 11), QTime(8, 0)));
    Appointment ecg = f.book(f.request(f.bobId, QDate(2025, 3, 11), QTime(10, 0), QStringLiteral("ECG15")));
    f.clock->set(newYork(QDate(2025, 3, 11), QTime(11, 0)));
    REQUIRE(f.appointments().setStatus(ecg.id, ecg.rowVersion, AppointmentStatus::CheckedOut).ok());
    CHECK(f.list().size() == 1);
}

TEST_CASE("A booking schedules a recall, a cancellation reopens it, the visit completes it",
          "[recalls]")
{
    RecallsFixture f;
    const Recall r = f.addRecall(f.bobId, f.followUpId, QDate(2025, 3, 1));
    // A booking of a type that does not satisfy the reason changes nothing.
    f.book(f.request(f.bobId, QDate(2025, 3, 12), QTime(9, 0), QStringLiteral("ECG15")));
    CHECK(f.list()[0].state == RecallState::Overdue);

    Appointment booked = f.book(f.request(f.bobId, QDate(2025, 3, 13), QTime(10, 0)));
    auto rows = f.list();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].state == RecallState::Scheduled);
    CHECK(rows[0].recall.appointmentId == booked.id);
    RecallFilter overdue;
    overdue.overdueOnly = true;
    CHECK(f.list(overdue).empty());

    auto cancelled = f.appointments().cancel(booked.id, booked.rowVersion, QStringLiteral("Sick"));
    REQUIRE(cancelled.ok());
    rows = f.list();
    CHECK(rows[0].state == RecallState::Overdue);
    CHECK(rows[0].recall.appointmentId.isEmpty());

    checkedOutVisit(f, f.bobId, QDate(2025, 3, 14), QTime(14, 0));
    CHECK(f.recall(r.id).status == RecallStatus::Open);  // until the next list or reconcile
    REQUIRE(f.recalls().reconcile().value() == 2);  // completed, and the next one set
    const Recall done = f.recall(r.id);
    CHECK(done.status == RecallStatus::Done);
    CHECK(done.closedAt.isValid());
    RecallFilter all;
    all.includeClosed = true;
    rows = f.list(all);
    REQUIRE(rows.size() == 2);  // the completed one and the next, set by the same visit
    const RecallRow* next = nullptr;
    for (const RecallRow& row : rows)
        if (row.recall.id != r.id)
            next = &row;
    REQUIRE(next);
    CHECK(next->recall.dueDate == QDate(2025, 9, 14));
    CHECK(next->state == RecallState::Due);
    CHECK(f.list().size() == 1);  // the default list leaves done ones out
}

TEST_CASE("Dismissing a recall needs a reason and closes it", "[recalls]")
{
    RecallsFixture f;
    const Recall r = f.addRecall(f.aliceId, f.physicalId, QDate(2025, 1, 15));
    auto refused = f.recalls().dismiss(r.id, r.rowVersion, QStringLiteral("   "));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().details == QLatin1String("reason"));
    auto dismissed = f.recalls().dismiss(r.id, r.rowVersion, QStringLiteral("Moved away"));
    REQUIRE(dismissed.ok());
    CHECK(dismissed->status == RecallStatus::Dismissed);
    CHECK(f.recall(r.id).dismissReason == QLatin1String("Moved away"));
    CHECK(f.list().empty());
    RecallFilter all;
    all.includeClosed = true;
    REQUIRE(f.list(all).size() == 1);
    CHECK(f.list(all)[0].state == RecallState::Dismissed);
    // A dismissed recall is not dismissed again.
    CHECK(f.recalls().dismiss(r.id, r.rowVersion, QStringLiteral("Again")).error().code ==
          ErrorCode::InvalidInput);
    // The dismissal is audited with the prior status.
    bool audited = false;
    for (const auto& rec : f.audit->records)
        audited |= rec.action == security::audit::kUpdate && rec.entityId == r.id &&
                   rec.detailsObject()
                           .value(QStringLiteral("prior"))
                           .toObject()
                           .value(QStringLiteral("status"))
                           .toString() == QLatin1String("open");
    CHECK(audited);
}

TEST_CASE("A patient merge moves recalls and their contacts to the survivor; undo moves them back",
          "[recalls]")
{
    RecallsFixture f;
    const Recall r = f.addRecall(f.bobId, f.physicalId, QDate(2025, 2, 1));
    ContactAttempt call;
    call.recallId = r.id;
    call.outcome = ContactOutcome::NoAnswer;
    REQUIRE(f.recalls().logContact(call).ok());
    auto merge = f.registry.get<patients::IPatientMerge>();
    REQUIRE(merge);
    auto merged = merge->merge(f.aliceId, f.bobId, QStringLiteral("Same person"));
    INFO((merged ? std::string() : merged.error().toString().toStdString()));
    REQUIRE(merged.ok());
    CHECK(f.recall(r.id).patientId == f.aliceId);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_recall_contacts WHERE patient_id = ?"),
                  {f.aliceId}) == 1);
    RecallFilter mine;
    mine.patientId = f.aliceId;
    CHECK(f.list(mine).size() == 1);
    REQUIRE(merge->undo(merged->id).ok());
    CHECK(f.recall(r.id).patientId == f.bobId);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_recall_contacts WHERE patient_id = ?"),
                  {f.bobId}) == 1);
}

TEST_CASE("Recall permissions are checked in the service and the list read is audited",
          "[recalls]")
{
    RecallsFixture f;
    const Recall r = f.addRecall(f.aliceId, f.physicalId, QDate(2025, 2, 1));
    declareRecallPermissions();

    f.grantRole(security::Role::Biller);
    auto denied = f.recalls().list({});
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);

    f.grantRole(security::Role::FrontDesk);
    f.access->granted += QSet<QString>{patients::perm::kRead, perm::kView};
    f.audit->records.clear();
    auto listed = f.recalls().list({});
    REQUIRE(listed.ok());
    CHECK(listed->size() == 1);
    bool listRead = false;
    for (const auto& rec : f.audit->records)
        listRead |= rec.action == security::audit::kRead && rec.entity == "calendar_recalls" &&
                    rec.details.value(QStringLiteral("rows")).toInt() == 1;
    CHECK(listRead);
    CHECK(f.recalls().dismiss(r.id, r.rowVersion, QStringLiteral("Declined")).ok());
    // Front desk works the list but does not set up reasons or run campaigns.
    RecallReason reason;
    reason.name = QStringLiteral("Eye exam");
    CHECK(f.recalls().saveReason(reason).error().code == ErrorCode::PermissionDenied);
    CHECK(f.recalls().setTrigger(QStringLiteral("NP60"), f.physicalId).error().code ==
          ErrorCode::PermissionDenied);
    CHECK_FALSE(f.access->can(perm::kRecallsCampaign));

    f.grantRole(security::Role::Provider);
    CHECK(f.access->can(perm::kRecallsView));
    Recall more;
    more.patientId = f.bobId;
    more.reasonId = f.physicalId;
    more.dueDate = QDate(2025, 6, 1);
    CHECK(f.recalls().add(more).error().code == ErrorCode::PermissionDenied);
}
