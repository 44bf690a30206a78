#pragma once

#include "accounts/core/ledger_types.h"
#include "calendar/core/calendar.h"
#include "patients/core/patient_types.h"

#include <QCoreApplication>

#include <array>
#include <optional>
#include <vector>

namespace fd::calendar {

// The six steps of the day, in order (AppointmentStatus Scheduled .. CheckedOut).
inline constexpr int kFlowSteps = 6;

// Minutes a patient is late once the start has passed by this much without arrival.
inline constexpr int kLateAfterMinutes = 10;

// The wait figures of one appointment at one moment; -1 where a figure does not apply.
struct WaitFigures
{
    int minutesSinceArrival = -1;  // in the office: to now; checked out: the whole visit
    int minutesInStatus = -1;      // while in the office (arrived, roomed, with provider)
    int minutesLate = -1;          // not arrived 10+ minutes after the start
    bool late() const { return minutesLate >= 0; }
};

// When each step of the day was reached (the latest change into it), from the history.
struct StatusTimes
{
    std::array<QDateTime, kFlowSteps> at;  // by AppointmentStatus (Scheduled = 0)
    QDateTime lastChange;                  // the latest status change of any kind

    QDateTime of(AppointmentStatus status) const;
    // When the patient came in: arrived, or the first later step reached if arrival was skipped.
    QDateTime arrival() const;
};

StatusTimes statusTimesOf(const Appointment& appointment, const std::vector<HistoryEntry>& history);
WaitFigures waitFiguresOf(const Appointment& appointment, const StatusTimes& times,
                          const QDateTime& now);

// One row of the flow board.
struct FlowRow
{
    Appointment appointment;
    QString patientName;  // empty text of the registry's refusal for a restricted patient
    QString accountNumber;
    bool patientHidden = false;  // the user may not open this patient
    QString providerName;
    QString locationName;
    QString typeCode;
    QString typeName;
    QString typeColor;
    QDateTime localStart;  // in the location's zone
    QDateTime localEnd;
    StatusTimes times;
    WaitFigures wait;
};

struct FlowQuery
{
    QDate date;                    // local to each appointment's location
    QString locationId;            // empty: every location
    QString providerId;            // empty: every provider
    bool includeCancelled = true;  // cancelled and no-show rows
};

// A coverage as check-in shows it.
struct CoverageOnDay
{
    patients::Coverage coverage;
    QString payerName;
    bool activeOnDay = false;
};

// What check-in asks the desk to confirm and to collect.
struct CheckInInfo
{
    Appointment appointment;
    patients::Patient patient;
    QDate day;                          // the appointment's local date
    QDateTime localStart;               // in the location's zone
    QDateTime demographicsConfirmedAt;  // null: never confirmed at a check-in
    QString demographicsConfirmedBy;
    QDateTime insuranceConfirmedAt;
    QString insuranceConfirmedBy;
    std::vector<CoverageOnDay> coverages;  // every coverage, flagged active on the day
    accounts::Balance balance;
    std::optional<Money> expectedCopay;  // from the primary coverage in effect; none: self-pay
    QString copayCoverageId;
    Money copayAlreadyTaken;  // copays recorded at earlier check-ins of this appointment

    Money balanceDue() const { return balance.patient - balance.credit; }
};

struct CheckInRequest
{
    QString appointmentId;
    bool confirmDemographics = false;
    bool confirmInsurance = false;
    Money copay;  // zero: none taken
    accounts::PaymentMethod method = accounts::PaymentMethod::Cash;
    QString reference;  // check number, card reference (never the card number)
    QString clientId;   // UUID; the same id again returns the first check-in (empty: a new one)
};

struct CheckInRecord
{
    QString id;
    QString appointmentId;
    QString patientId;
    QDateTime at;
    QString userId;
    bool demographicsConfirmed = false;
    bool insuranceConfirmed = false;
    QStringList coverageIds;  // the coverages in effect that were confirmed
    std::optional<Money> expectedCopay;
    Money copay;
    QString method;
    QString ledgerEntryId;
    QString clientId;
};

struct CheckInResult
{
    CheckInRecord record;
    Appointment appointment;
    bool repeated = false;  // the client id was seen: nothing new was posted
};

// How long until the follow-up: a count of days, weeks or months.
struct FollowUpInterval
{
    enum class Unit
    {
        Days,
        Weeks,
        Months
    };
    int count = 0;
    Unit unit = Unit::Weeks;

    QDate after(const QDate& day) const;
    bool isValid() const { return count > 0 && count <= 1000; }
    QString id() const;  // "2w", "3m", "10d"
    // "2w", "2 weeks", "3m", "3 months", "10d", "10 days"; nullopt otherwise.
    static std::optional<FollowUpInterval> parse(const QString& text);
};

struct FollowUpRequest
{
    QString typeId;      // id or code; empty: the visit's type
    QString providerId;  // empty: the visit's provider
    QString locationId;  // empty: the visit's location
    FollowUpInterval interval;
    int dayParts = kAnyDayPart;
    int searchDays = 28;  // how far past the target date to look
    int limit = 5;
};

struct FollowUpProposal
{
    QDate target;  // the visit's day plus the interval
    QString typeId;
    std::vector<FoundSlot> found;  // earliest first
};

struct CheckOutResult
{
    Appointment visit;
    std::optional<Appointment> followUp;
};

}  // namespace fd::calendar
