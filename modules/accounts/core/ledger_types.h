#pragma once

#include "common/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fd::accounts {

// What an entry of the ledger records. Each kind moves the three buckets of the account in a
// fixed way (docs/ACCOUNTS.md): what insurance is expected to pay, what the patient owes, and
// the patient's unapplied credit.
enum class EntryKind
{
    Charge,
    InsurancePayment,
    PatientPayment,
    Adjustment,
    Transfer,
    Refund,
    Reversal,
    CreditApplication,
};
QString entryKindId(EntryKind kind);  // charge, insurance_payment, patient_payment, ...
std::optional<EntryKind> entryKindFromId(const QString& id);

// Who is expected to pay an amount of a service line.
enum class Bucket
{
    Insurance,
    Patient
};
QString bucketId(Bucket bucket);  // insurance, patient
std::optional<Bucket> bucketFromId(const QString& id);

// How money changed hands. A card is recorded by a reference (last four digits, the
// terminal's approval code), never by its number.
enum class PaymentMethod
{
    Cash,
    Check,
    Card,
    Eft
};
QString paymentMethodId(PaymentMethod method);  // cash, check, card, eft
std::optional<PaymentMethod> paymentMethodFromId(const QString& id);

// One row of the ledger. Amounts are positive as entered; the deltas are the signed effects
// on the buckets, computed by the ledger from the kind, so every balance is a plain sum.
struct LedgerEntry
{
    QString id;
    EntryKind kind = EntryKind::Charge;
    QDateTime postedAt;   // UTC
    QDate effectiveDate;  // service date of a charge, payment or deposit date of a payment
    QString patientId;
    QString guarantorId;  // the guarantor's id, or the patient's own id when they have none
    QString claimId;
    QString lineId;
    Money amount;
    Money insuranceDelta;
    Money patientDelta;
    Money creditDelta;
    QString method;       // payment method id, '' when none
    QString reference;    // check number, card reference, EFT trace
    QString payerId;      // insurance payments
    QString reasonGroup;  // adjustments: CARC group CO, PR, OI, PI
    QString reasonCode;   // adjustments: CARC code ("45")
    QString note;
    QString reversedEntryId;
    QString clientId;
    QString createdBy;
    // Charges only.
    QString code;
    QStringList modifiers;
    int units = 0;
    QString providerId;
    QString locationId;
    QString description;

    Money running;  // filled by ILedger::entries(): the account balance after this entry
};

// A new service line and its charge.
struct ChargeRequest
{
    QString patientId;
    QString lineId;  // empty: a new id is made
    QString claimId;
    QDate serviceDate;
    QString code;  // CPT/HCPCS
    QStringList modifiers;
    int units = 1;
    QString providerId;
    QString locationId;
    QString description;
    Money amount;
    Bucket responsibility = Bucket::Patient;  // Insurance when the patient's plan is billed
    bool applyCredit = true;                  // apply unapplied credit to what the patient owes
    QString note;
    QString clientId;
};

// Money from the patient at the desk or by mail. With a line it pays the line's patient
// balance and any excess becomes credit; without one it is all unapplied credit.
struct PatientPaymentRequest
{
    QString patientId;
    QString lineId;
    Money amount;
    PaymentMethod method = PaymentMethod::Cash;
    QString reference;
    QDate paymentDate;  // invalid: today
    QString note;
    QString clientId;
};

struct InsurancePaymentRequest
{
    QString patientId;
    QString lineId;
    QString payerId;
    Money amount;
    PaymentMethod method = PaymentMethod::Eft;
    QString reference;
    QDate depositDate;  // invalid: today
    QString note;
    QString clientId;
};

// A write-off of part of a line's insurance or patient balance, with its CARC reason.
struct AdjustmentRequest
{
    QString patientId;
    QString lineId;
    Bucket bucket = Bucket::Insurance;
    Money amount;
    QString reasonGroup;  // CO, PR, OI, PI
    QString reasonCode;   // "45"
    QString note;
    QDate date;  // invalid: today
    QString clientId;
};

// Moves part of a line's balance from one payer to the other (insurance denied or applied
// the amount to the deductible: insurance -> patient).
struct TransferRequest
{
    QString patientId;
    QString lineId;
    Bucket from = Bucket::Insurance;
    Money amount;
    bool applyCredit = true;
    QString note;
    QDate date;  // invalid: today
    QString clientId;
};

struct RefundRequest
{
    QString patientId;
    Money amount;
    PaymentMethod method = PaymentMethod::Check;
    QString reference;
    QString note;
    QDate date;  // invalid: today
    QString clientId;
};

struct EntryFilter
{
    QDate from;  // effective date, inclusive; invalid: open
    QDate to;    // inclusive
    int offset = 0;
    int limit = 500;
};

// What is owed, split into age bands by days since the amount became due from that payer:
// insurance ages from the service date, the patient's part from the day it became theirs.
struct Aging
{
    Money days0to30;
    Money days31to60;
    Money days61to90;
    Money days91to120;
    Money over120;

    void add(Money amount, int days);
    Money total() const { return days0to30 + days31to60 + days61to90 + days91to120 + over120; }
};

struct Balance
{
    Money insurance;  // pending with insurance
    Money patient;    // owed by the patient
    Money credit;     // unapplied credit
    Aging insuranceAging;
    Aging patientAging;

    Money total() const { return insurance + patient - credit; }
};

struct LineBalance
{
    QString lineId;
    QString patientId;  // the account that owns the line now (the survivor after a merge)
    QString guarantorId;
    QString claimId;
    QDate serviceDate;
    QString code;
    Money charged;
    Money paid;
    Money adjusted;
    Money insurance;
    Money patient;
    QDate insuranceSince;
    QDate patientSince;
    QDateTime lastActivity;
};

// One summary value that disagrees with what the entries say.
struct CheckDifference
{
    QString summary;  // ledger_line_balances, ledger_patient_balances, ledger_guarantor_balances,
                      // ledger_totals, or "invariant" (charged - paid - adjusted != insurance +
                      // patient)
    QString key;    // line, patient or guarantor id; "practice" for the totals
    QString field;  // insurance, patient, credit, charged, paid, adjusted, row
    qint64 expected = 0;
    qint64 stored = 0;
};

struct CheckReport
{
    qint64 entries = 0;
    qint64 lines = 0;
    std::vector<CheckDifference> differences;
    bool clean() const { return differences.empty(); }
};

}  // namespace fd::accounts
