// A patient merge moves the merged-away patient's check-in records with their appointments,
// and its undo puts back exactly those (a check-in the survivor gains later stays).
#include "accounts/core/accounts_permissions.h"
#include "common/uuid.h"
#include "frontdesk_fixture.h"
#include "patients/core/patient_merge.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::calendar;
using fd::calendar::test::FrontdeskFixture;

namespace {

QString errorOf(const auto& result)
{
    return result.ok() ? QString() : result.error().toString();
}

CheckInRequest selfPayCheckIn(const Appointment& a)
{
    CheckInRequest r;
    r.appointmentId = a.id;
    r.confirmDemographics = true;
    r.confirmInsurance = true;
    r.clientId = newUuid();
    return r;
}

qint64 checkInsOf(FrontdeskFixture& fx, const QString& patientId)
{
    return fx.count(
        QStringLiteral(
            "SELECT COUNT(*) FROM calendar_checkins WHERE patient_id = ? AND deleted = 0"),
        {patientId});
}

}  // namespace

TEST_CASE("A merge moves the check-in records to the survivor; its undo moves them back",
          "[frontdesk][merge]")
{
    FrontdeskFixture fx;
    const QString twin = fx.addPatient(QStringLiteral("Bobby"), QStringLiteral("Sample"));
    const Appointment theirs = fx.bookToday(twin, QTime(11, 0));
    fx.at(QTime(10, 50));
    auto checked = fx.desk().checkIn(selfPayCheckIn(theirs));
    INFO(errorOf(checked).toStdString());
    REQUIRE(checked.ok());
    REQUIRE(checkInsOf(fx, twin) == 1);
    const QString versionOf =
        QStringLiteral("SELECT row_version FROM calendar_checkins WHERE id = ?");
    const qint64 before = fx.count(versionOf, {checked->record.id});

    auto merge = fx.service<patients::IPatientMerge>();
    auto merged = merge->merge(fx.bobId, twin, QStringLiteral("same person"));
    INFO(errorOf(merged).toStdString());
    REQUIRE(merged.ok());
    CHECK(checkInsOf(fx, twin) == 0);
    CHECK(checkInsOf(fx, fx.bobId) == 1);
    // The moved record is a synced change: its version went up.
    CHECK(fx.count(versionOf, {checked->record.id}) > before);

    // A check-in the survivor gains after the merge stays with the survivor on undo.
    const Appointment later = fx.bookToday(fx.bobId, QTime(11, 30));
    fx.at(QTime(11, 20));
    REQUIRE(fx.desk().checkIn(selfPayCheckIn(later)).ok());

    auto undone = merge->undo(merged->id);
    INFO(errorOf(undone).toStdString());
    REQUIRE(undone.ok());
    CHECK(checkInsOf(fx, twin) == 1);
    CHECK(checkInsOf(fx, fx.bobId) == 1);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM calendar_checkins WHERE id = ? AND "
                                  "patient_id = ?"),
                   {checked->record.id, twin}) == 1);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM calendar_checkin_merge_moves")) == 0);
}
