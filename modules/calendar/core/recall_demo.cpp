#include "calendar/core/recall_demo.h"

#include "calendar/core/calendar.h"
#include "calendar/core/recall_service.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace fd::calendar {

namespace {

// At most this many recalls made by hand, whatever the profile's size.
constexpr int kMaxManualRecalls = 400;

class RecallDemo final : public demo::IDemoContributor
{
public:
    QString entity() const override { return QStringLiteral("recalls"); }
    Result<qint64> generate(demo::DemoContext& context) override;

private:
    Result<RecallReason> reason(IRecallService& recalls, const char* name, int months,
                                const QStringList& types);
};

Result<RecallReason> RecallDemo::reason(IRecallService& recalls, const char* name, int months,
                                        const QStringList& types)
{
    RecallReason r;
    r.name = QCoreApplication::translate("fd::calendar", name);
    r.intervalMonths = months;
    r.typeIds = types;
    return recalls.saveReason(r);
}

Result<qint64> RecallDemo::generate(demo::DemoContext& context)
{
    auto recalls = context.services.get<IRecallService>();
    if (!recalls)
        return makeError(ErrorCode::Internal, QStringLiteral("the recall service is not registered"));
    auto physical = reason(*recalls, QT_TRANSLATE_NOOP("fd::calendar", "Annual physical"), 12,
                           {QStringLiteral("PE45")});
    FD_TRY(physical);
    FD_TRY(reason(*recalls, QT_TRANSLATE_NOOP("fd::calendar", "Follow-up"), 3,
                  {QStringLiteral("FU15"), QStringLiteral("FU30")}));
    FD_TRY(recalls->setTrigger(QStringLiteral("PE45"), physical->id));
    auto automatic = recalls->reconcile();
    FD_TRY(automatic);

    // Patients seen in the demo's past, in a stable order.
    auto q = storage::exec(
        context.database.connection(),
        QStringLiteral("SELECT DISTINCT patient_id FROM calendar_appointments WHERE deleted = 0 "
                       "AND status = 'checked_out' ORDER BY patient_id"));
    FD_TRY(q);
    QStringList seen;
    while (q->next())
        seen << q->value(0).toString();
    auto random = context.random(0x72656361);
    qint64 made = automatic.value();
    int manual = 0;
    for (const QString& patientId : seen) {
        if (manual >= kMaxManualRecalls)
            break;
        if (!random.chance(0.05))
            continue;
        Recall r;
        r.patientId = patientId;
        r.reasonId = physical->id;
        r.dueDate = context.today.addDays(-random.between(1, 180));
        auto added = recalls->add(r);
        FD_TRY(added);
        ++manual;
        ++made;
        if (random.chance(1.0 / 3)) {
            ContactAttempt c;
            c.recallId = added->id;
            c.method = ContactMethod::Phone;
            c.outcome = random.chance(0.5) ? ContactOutcome::LeftMessage : ContactOutcome::NoAnswer;
            FD_TRY(recalls->logContact(c));
        }
    }
    return made;
}

}  // namespace

std::shared_ptr<demo::IDemoContributor> makeRecallDemoContributor()
{
    return std::make_shared<RecallDemo>();
}

}  // namespace fd::calendar
