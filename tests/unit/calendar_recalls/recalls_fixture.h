#pragma once

#include "calendar/core/recall_service.h"
#include "calendar_fixture.h"

namespace fd::calendar::test {

// The calendar fixture with the recall tables (and the message log), the recall services
// and the campaign, every recall permission granted, and two reasons: "Follow-up" (6 months,
// satisfied by FU30, set by a checked-out FU30) and "Annual physical" (12 months, satisfied
// by PE45, a 45-minute type this fixture adds).
class RecallsFixture : public CalendarFixture
{
public:
    RecallsFixture();

    IRecallService& recalls() const { return *registry.get<IRecallService>(); }
    void grantRecalls();
    // Adds a recall by hand and REQUIREs success.
    Recall addRecall(const QString& patientId, const QString& reasonId, const QDate& due);
    std::vector<RecallRow> list(const RecallFilter& filter = {});
    Recall recall(const QString& id);

    QString followUpId;
    QString physicalId;
};

}  // namespace fd::calendar::test
