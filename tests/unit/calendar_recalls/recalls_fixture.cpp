#include "recalls_fixture.h"

#include "calendar/core/messaging/message_log.h"
#include "calendar/core/recall_campaign/recall_campaign_registration.h"
#include "calendar/core/recall_permissions.h"
#include "calendar/core/recall_registration.h"

#include "required.h"

#include <catch2/catch_test_macros.hpp>

namespace fd::calendar::test {

namespace {

using fd::test::required;

}  // namespace

RecallsFixture::RecallsFixture()
{
    auto migrated = db->migrate({recallMigrations(), messaging::messagingMigrations()});
    INFO((migrated.ok() ? std::string() : migrated.error().toString().toStdString()));
    REQUIRE(migrated.ok());
    registerRecallCampaign(registry);
    grantRecalls();
    AppointmentType pe;
    pe.code = QStringLiteral("PE45");
    pe.name = QStringLiteral("Annual physical");
    pe.durationMinutes = 45;
    required(admin().saveType(pe));
    RecallReason followUp;
    followUp.name = QStringLiteral("Follow-up");
    followUp.intervalMonths = 6;
    followUp.typeIds = {QStringLiteral("FU30")};
    followUpId = required(recalls().saveReason(followUp)).id;
    RecallReason physical;
    physical.name = QStringLiteral("Annual physical");
    physical.intervalMonths = 12;
    physical.typeIds = {QStringLiteral("PE45")};
    physicalId = required(recalls().saveReason(physical)).id;
    required(recalls().setTrigger(QStringLiteral("FU30"), QStringLiteral("Follow-up")));
    audit->records.clear();
}

void RecallsFixture::grantRecalls()
{
    access->granted += QSet<QString>{perm::kRecallsView, perm::kRecallsWork, perm::kRecallsSetup,
                        perm::kRecallsCampaign};
}

Recall RecallsFixture::addRecall(const QString& patientId, const QString& reasonId,
                                 const QDate& due)
{
    Recall r;
    r.patientId = patientId;
    r.reasonId = reasonId;
    r.dueDate = due;
    return required(recalls().add(r));
}

std::vector<RecallRow> RecallsFixture::list(const RecallFilter& filter)
{
    return required(recalls().list(filter));
}

Recall RecallsFixture::recall(const QString& id)
{
    return required(recalls().get(id));
}

}  // namespace fd::calendar::test
