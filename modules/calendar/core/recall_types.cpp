#include "calendar/core/recall_types.h"

#include "calendar/core/id_tables.h"

#include <array>
#include <utility>

namespace fd::calendar {

namespace {

using ids::fromId;
using ids::idOf;

constexpr std::array<std::pair<RecallStatus, const char*>, 4> kStatuses{{
    {RecallStatus::Open, "open"},
    {RecallStatus::Scheduled, "scheduled"},
    {RecallStatus::Done, "done"},
    {RecallStatus::Dismissed, "dismissed"},
}};

constexpr std::array<std::pair<RecallState, const char*>, 5> kStates{{
    {RecallState::Due, "due"},
    {RecallState::Overdue, "overdue"},
    {RecallState::Scheduled, "scheduled"},
    {RecallState::Done, "done"},
    {RecallState::Dismissed, "dismissed"},
}};

constexpr std::array<std::pair<ContactMethod, const char*>, 4> kMethods{{
    {ContactMethod::Phone, "phone"},
    {ContactMethod::Letter, "letter"},
    {ContactMethod::Email, "email"},
    {ContactMethod::Sms, "sms"},
}};

constexpr std::array<std::pair<ContactOutcome, const char*>, 7> kOutcomes{{
    {ContactOutcome::Reached, "reached"},
    {ContactOutcome::LeftMessage, "left_message"},
    {ContactOutcome::NoAnswer, "no_answer"},
    {ContactOutcome::WrongNumber, "wrong_number"},
    {ContactOutcome::Sent, "sent"},
    {ContactOutcome::Failed, "failed"},
    {ContactOutcome::Declined, "declined"},
}};

}  // namespace

QString recallStatusId(RecallStatus status)
{
    return idOf(kStatuses, status);
}

std::optional<RecallStatus> recallStatusFromId(const QString& id)
{
    return fromId(kStatuses, id);
}

QString recallStateId(RecallState state)
{
    return idOf(kStates, state);
}

std::optional<RecallState> recallStateFromId(const QString& id)
{
    return fromId(kStates, id);
}

QString contactMethodId(ContactMethod method)
{
    return idOf(kMethods, method);
}

std::optional<ContactMethod> contactMethodFromId(const QString& id)
{
    return fromId(kMethods, id);
}

QString contactOutcomeId(ContactOutcome outcome)
{
    return idOf(kOutcomes, outcome);
}

std::optional<ContactOutcome> contactOutcomeFromId(const QString& id)
{
    return fromId(kOutcomes, id);
}

RecallState recallState(const Recall& recall, const QDate& today)
{
    switch (recall.status) {
    case RecallStatus::Scheduled:
        return RecallState::Scheduled;
    case RecallStatus::Done:
        return RecallState::Done;
    case RecallStatus::Dismissed:
        return RecallState::Dismissed;
    case RecallStatus::Open:
        break;
    }
    return recall.dueDate.isValid() && recall.dueDate < today ? RecallState::Overdue
                                                              : RecallState::Due;
}

QDate recallDueDate(const QDate& visitDate, int intervalMonths)
{
    return visitDate.addMonths(intervalMonths);
}

}  // namespace fd::calendar
