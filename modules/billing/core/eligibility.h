#pragma once

#include "common/money.h"
#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

// Eligibility: 270 requests, 271 benefits, the verification list (docs/ELIGIBILITY.md).
namespace fd::billing {

enum class EligibilityStatus { Active, Inactive, Error, NotChecked };
QString eligibilityStatusId(EligibilityStatus status);  // active, inactive, error, not_checked
std::optional<EligibilityStatus> eligibilityStatusFromId(const QString& id);

enum class Network { In, Out, NotApplicable, Unknown };  // EB12 Y, N, W, U or absent
QString networkId(Network network);                        // in, out, both, unknown

// One money or percent benefit of a 271 (EB01 B copay, A coinsurance, C deductible,
// G out-of-pocket), for a service type and a time period.
struct BenefitAmount
{
    QString kind;          // copay | coinsurance | deductible | out_of_pocket
    QString serviceType;   // EB03: "30", "98"; empty when the payer gave none
    QString coverageLevel; // EB02: IND, FAM, ...
    QString timePeriod;    // EB06 code: 23 calendar year, 29 remaining, 22 service year, 27 visit
    Network network = Network::Unknown;
    std::optional<Money> amount;  // EB07
    std::optional<int> percentBasisPoints;  // EB08 0.2 -> 2000 (20.00%)
    QStringList messages;  // MSG01
};

// What a 271 says about one member, in the project's words.
struct EligibilityBenefits
{
    EligibilityStatus status = EligibilityStatus::NotChecked;
    QString planName;            // EB05 of the status benefit (or the first that names one)
    QString memberName;          // as the payer spells it
    QDate coverageFrom;          // DTP*346 / 291 on the status benefit
    std::vector<BenefitAmount> amounts;
    QStringList errors;          // AAA rejections in plain language, with the payer's code
    QStringList rejectCodes;     // AAA03: 72, 75, ...

    // The in-network copay of a service type (the first of `types` found), or without network.
    std::optional<Money> copay(const QStringList& types) const;
    std::optional<Money> deductibleRemaining() const;  // C with period 29, individual first
    const BenefitAmount* find(const QString& kind, const QString& serviceType, const QString& period) const;
};

// How a request reaches the payer.
enum class CheckChannel { RealTime, File };

// One stored check: the request, the answer, the benefits read from it.
struct EligibilityCheck
{
    QString id;
    QString coverageId;
    QString patientId;
    QString payerId;
    QDateTime checkedAt;
    QString checkedBy;       // user id
    CheckChannel channel = CheckChannel::RealTime;
    QString traceNumber;     // TRN02 of the 270
    qint64 interchangeControl = 0;
    EligibilityStatus status = EligibilityStatus::NotChecked;
    QByteArray request;      // the 270
    QByteArray response;     // the 271 (empty while waiting for a file)
    EligibilityBenefits benefits;
};

// The clearinghouse's CAQH CORE real-time endpoint. The password is write-only: read back as
// hasPassword.
struct EligibilityEndpoint
{
    QString url;              // https://...
    QString envelope = QStringLiteral("soap");  // soap | mime
    QString senderId;         // CORE SenderID, ISA06, GS02
    QString receiverId;       // CORE ReceiverID, ISA08, GS03
    QString username;
    QString password;         // only when setting it
    bool hasPassword = false;
    QString caBundlePath;     // extra CA certificates (PEM) to trust, e.g. a test CA
    int timeoutSeconds = 30;
    bool production = false;  // ISA15 P or T
};

struct VerificationItem
{
    QString id;
    qint64 rowVersion = 0;
    QDate day;
    QString appointmentId;
    QDateTime appointmentStart;  // UTC
    QString patientId;
    // Read from the registry when the list is read: the current name after a merge or an
    // edit, and none for a restricted patient this user may not open (patientHidden).
    QString patientName;
    bool patientHidden = false;
    QString coverageId;
    QString payerId;
    QString payerName;
    EligibilityStatus status = EligibilityStatus::NotChecked;
    QString checkId;             // the check this row shows, if any
    std::optional<Money> copay;  // office visit copay found
    QString message;             // why error / not checked
    bool verifiedByPhone = false;
    QString verifiedBy;
    QDateTime verifiedAt;
    QString note;
};

struct BatchOptions
{
    QDate day;            // null: tomorrow
    int skipWithinDays = 7;  // a coverage checked this recently is not asked again
};

struct BatchResult
{
    int appointments = 0;
    int checked = 0;
    int skipped = 0;      // checked within the window: the list shows that result
    int errors = 0;
    int notChecked = 0;   // no coverage, a payer without x12_270, no endpoint
};

class IEligibilityService
{
public:
    virtual ~IEligibilityService() = default;

    // Real-time: writes the 270, sends it to the endpoint, stores the check with the 271.
    // A failed exchange stores nothing and returns the error.
    virtual Result<EligibilityCheck> checkNow(const QString& coverageId, const QStringList& serviceTypes = {}) = 0;
    // File exchange: a check waiting for its answer, with the 270 to send.
    virtual Result<EligibilityCheck> write270(const QString& coverageId, const QStringList& serviceTypes = {}) = 0;
    // Reads a 271 file; each answer is matched to its waiting check by TRN02. Nothing stored
    // when the file is not a readable 271 or matches no check.
    virtual Result<std::vector<EligibilityCheck>> import271(const QByteArray& content) = 0;

    virtual Result<std::optional<EligibilityCheck>> latest(const QString& coverageId) = 0;
    virtual Result<std::vector<EligibilityCheck>> history(const QString& coverageId) = 0;

    virtual Result<BatchResult> runBatch(const BatchOptions& options) = 0;
    virtual Result<std::vector<VerificationItem>> verificationList(const QDate& day) = 0;
    virtual Result<VerificationItem> markVerified(const QString& itemId, qint64 rowVersion, const QString& note) = 0;

    virtual Result<EligibilityEndpoint> endpoint() = 0;
    virtual Status setEndpoint(const EligibilityEndpoint& endpoint) = 0;
};

}  // namespace fd::billing
