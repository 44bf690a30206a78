#pragma once

#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fd::billing {

// Where a claim is in its life (docs/BILLING.md): draft -> ready -> submitted ->
// accepted | rejected; ready may go back to draft for changes.
enum class ClaimStatus { Draft, Ready, Submitted, Accepted, Rejected };
QString claimStatusId(ClaimStatus status);  // draft, ready, submitted, accepted, rejected
std::optional<ClaimStatus> claimStatusFromId(const QString& id);
bool canMoveClaim(ClaimStatus from, ClaimStatus to);

// CLM05-3, the claim frequency type code.
enum class Frequency { Original = 1, Replacement = 7, Void = 8 };
QString frequencyCode(Frequency frequency);  // "1", "7", "8"
std::optional<Frequency> frequencyFromCode(const QString& code);

// One service line of an encounter: a CPT/HCPCS code with its charge, posted to the ledger as
// one charge entry whose line id is this id.
struct ServiceLine
{
    QString id;  // also the ledger's service line id
    qint64 rowVersion = 0;
    QString encounterId;
    QString patientId;
    QDate serviceDate;
    int position = 0;  // 1-based order within the encounter
    QString code;
    QStringList modifiers;  // at most four, two characters each
    int units = 1;
    Money amount;  // price from the charge master times the units
    QList<int> pointers;  // 1 to 4 positions (1-based) in the encounter's diagnoses
    bool selfPay = false;  // the patient pays in full; never on a claim
    QString coverageId;    // billed to this coverage instead of the primary; empty: primary
    QString description;
    QString ledgerEntryId;  // empty until the ledger took the charge
};

// A visit's charges: who, when, where, the diagnoses and the lines.
struct Encounter
{
    QString id;
    qint64 rowVersion = 0;
    QString patientId;
    QString appointmentId;  // empty for charges not from the calendar
    QDate serviceDate;
    QString locationId;
    QString placeOfService;  // from the location
    QString renderingProviderId;
    QString supervisingProviderId;
    QString referringProviderId;
    QString priorAuthorization;
    QStringList diagnoses;  // ICD-10-CM without the dot, in order; the first is principal
    std::vector<ServiceLine> lines;
    QDateTime createdAt;
    QString createdBy;

    Money total() const;
};

// What a person enters for one line; the price comes from the charge master.
struct LineInput
{
    QString code;
    QStringList modifiers;
    int units = 1;
    QList<int> pointers;  // empty: {1}
    bool selfPay = false;
    QString coverageId;
};

struct EncounterInput
{
    QString patientId;
    QString appointmentId;  // when set: patient, date, location and rendering provider from it
    QDate serviceDate;
    QString locationId;
    QString renderingProviderId;
    QString supervisingProviderId;
    QString referringProviderId;
    QString priorAuthorization;
    QStringList diagnoses;  // with or without the dot
    std::vector<LineInput> lines;  // empty with an appointment: the superbill's lines
};

// The default codes of an appointment type, for one provider or (empty) any provider.
struct SuperbillItem
{
    QString code;
    QStringList modifiers;
    int units = 1;
};

struct Superbill
{
    QString appointmentTypeId;
    QString providerId;  // empty: every provider without a superbill of their own
    std::vector<SuperbillItem> items;
};

// A charge no claim carries yet, as the biller's list shows it.
struct UnbilledCharge
{
    QString lineId;
    QString encounterId;
    QString patientId;
    QDate serviceDate;
    QString code;
    QStringList modifiers;
    int units = 1;
    Money amount;
    QString renderingProviderId;
    QString hold;  // why it cannot be billed now ("no coverage", "restricted"); empty: billable
};

struct UnbilledFilter
{
    QDate from;  // service date, inclusive; invalid: open
    QDate to;
    int limit = 1000;
};

struct ClaimLine
{
    QString id;
    QString chargeId;  // the ServiceLine (and ledger line) it bills
    int lineNumber = 0;  // LX01
    QString code;
    QStringList modifiers;
    int units = 1;
    Money amount;
    QList<int> pointers;  // positions (1-based) in the claim's diagnoses
    QDate serviceDate;
};

// A claim to one payer. payerOrder is the payer's place (1 primary, 2 secondary, 3 tertiary:
// SBR01 P/S/T); claims to a later payer will carry the earlier payers' adjudication in loops
// 2320/2330 (docs/BILLING.md).
struct Claim
{
    QString id;
    qint64 rowVersion = 0;
    QString claimNumber;  // CLM01
    QString patientId;
    QString encounterId;
    QString coverageId;
    QString payerId;
    int payerOrder = 1;
    Frequency frequency = Frequency::Original;
    QString originalClaimId;           // for a replacement or void: the claim it corrects
    QString payerClaimControlNumber;   // REF*F8 for 7 and 8
    ClaimStatus status = ClaimStatus::Draft;
    QDate serviceDate;
    QString locationId;
    QString placeOfService;
    QString renderingProviderId;
    QString supervisingProviderId;
    QString referringProviderId;
    QString priorAuthorization;
    QStringList diagnoses;  // HI: the first is ABK, the rest ABF
    std::vector<ClaimLine> lines;
    QString batchId;
    QDateTime createdAt;
    QString createdBy;  // the user who built it (its history starts there: "made, draft")

    Money total() const;
};

struct ClaimFilter
{
    std::optional<ClaimStatus> status;
    QDate from;  // service date
    QDate to;
    QString patientId;
    int limit = 1000;
};

struct ClaimHistoryEntry
{
    QString claimId;
    QDateTime at;
    QString userId;
    QString fromStatus;  // empty when the claim was made
    QString toStatus;
    QString note;
};

// What claims build made and what it left out, with the reason.
// What the scrubber found on one claim as it was built (the findings are stored with it).
struct BuiltClaimScrub
{
    int errors = 0;
    int warnings = 0;  // not yet acknowledged
};

struct BuildReport
{
    std::vector<Claim> claims;
    std::vector<UnbilledCharge> held;
    // The claims are scrubbed as they are built, in the same transaction, when the scrubber's
    // tables are installed: one entry per claim, in the order of `claims`; empty otherwise.
    std::vector<BuiltClaimScrub> scrub;
};

// The limits of one 837P claim (005010X222A1): 50 service lines, 12 diagnoses.
inline constexpr int kMaxLinesPerClaim = 50;
inline constexpr int kMaxDiagnosesPerClaim = 12;
inline constexpr int kMaxClaimsPerTransaction = 5000;
inline constexpr int kMaxClaimNumberLength = 20;

// Formats: CPT (4 digits then a digit, F, T or U) or HCPCS Level II (a letter A-V and 4 digits);
// a modifier is two letters or digits; ICD-10-CM is a letter, a digit, a letter or digit, then
// up to four letters or digits, with or without the dot after the third character.
bool isProcedureCode(const QString& code);
bool isModifier(const QString& modifier);
bool isIcd10CmFormat(const QString& code);
QString normalizeIcd10(const QString& code);  // upper case, dot removed

}  // namespace fd::billing
