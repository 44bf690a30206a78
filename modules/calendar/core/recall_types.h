#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fd::calendar {

// Why a patient should come back (annual physical, diabetes follow-up): configurable per
// practice. A booked appointment of one of `typeIds` schedules the recall; its check-out
// completes it.
struct RecallReason
{
    QString id;
    qint64 rowVersion = 0;
    QString name;
    int intervalMonths = 12;  // the default due date after the visit that set it
    QStringList typeIds;      // appointment types that satisfy it
    bool active = true;
};

// "A checked-out visit of this appointment type sets a recall for that reason."
struct RecallTrigger
{
    QString id;
    qint64 rowVersion = 0;
    QString typeId;
    QString reasonId;
};

// What is stored. Due and overdue are both `Open`; which of the two is decided by the date
// (recallState below).
enum class RecallStatus { Open, Scheduled, Done, Dismissed };
QString recallStatusId(RecallStatus status);  // open, scheduled, done, dismissed
std::optional<RecallStatus> recallStatusFromId(const QString& id);

// What a person sees: due (the date has not passed), overdue, scheduled, done, dismissed.
enum class RecallState { Due, Overdue, Scheduled, Done, Dismissed };
QString recallStateId(RecallState state);  // due, overdue, scheduled, done, dismissed
std::optional<RecallState> recallStateFromId(const QString& id);

struct Recall
{
    QString id;
    qint64 rowVersion = 0;
    QString patientId;
    QString reasonId;
    QDate dueDate;
    RecallStatus status = RecallStatus::Open;
    QString providerId;         // who should see the patient; empty: any
    QString appointmentId;      // the booked (or completing) appointment
    QString sourceAppointmentId;  // the checked-out visit that set it; empty when made by hand
    QString dismissReason;
    QString note;
    QDateTime createdAt;
    QString createdBy;
    QDateTime closedAt;         // done or dismissed
    QDateTime lastContactAt;    // the latest logged contact attempt

    bool isAutomatic() const { return !sourceAppointmentId.isEmpty(); }
};

// Open recalls whose due date is before `today` are overdue.
RecallState recallState(const Recall& recall, const QDate& today);

// The due date a visit on `visitDate` sets: `intervalMonths` later (the 31st of a short month
// becomes its last day, as QDate::addMonths does).
QDate recallDueDate(const QDate& visitDate, int intervalMonths);

// How the practice tried to reach the patient about a recall.
enum class ContactMethod { Phone, Letter, Email, Sms };
QString contactMethodId(ContactMethod method);  // phone, letter, email, sms
std::optional<ContactMethod> contactMethodFromId(const QString& id);

// What came of it. Sent is what a campaign logs for a message accepted by the server.
enum class ContactOutcome { Reached, LeftMessage, NoAnswer, WrongNumber, Sent, Failed, Declined };
QString contactOutcomeId(ContactOutcome outcome);  // reached, left_message, no_answer,
                                                   // wrong_number, sent, failed, declined
std::optional<ContactOutcome> contactOutcomeFromId(const QString& id);

struct ContactAttempt
{
    QString id;
    QString recallId;
    QString patientId;
    QDateTime at;
    QString userId;
    ContactMethod method = ContactMethod::Phone;
    ContactOutcome outcome = ContactOutcome::Reached;
    QString note;
    bool campaign = false;  // sent by a recall campaign
};

struct RecallFilter
{
    QDate dueFrom;              // inclusive; null: no lower bound
    QDate dueTo;                // inclusive; null: no upper bound
    QString reasonId;
    QString providerId;
    QString patientId;
    bool overdueOnly = false;
    int notContactedDays = 0;   // > 0: no contact attempt in that many days
    bool includeClosed = false;  // done and dismissed too
    int limit = 500;
    int offset = 0;
};

// A row of the recall list: the recall and what the list shows beside it.
struct RecallRow
{
    Recall recall;
    RecallState state = RecallState::Due;
    QString reasonName;
    QString patientName;    // "Last, First"; empty when the patient is restricted
    QString accountNumber;
    bool restricted = false;  // the patient could not be opened (restricted, merged away)
};

}  // namespace fd::calendar
