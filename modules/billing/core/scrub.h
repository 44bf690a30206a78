#pragma once

#include "billing/core/billing_types.h"
#include "common/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace fd::billing {

// The claim scrubber (docs/CLAIM_SCRUBBER.md): rules with stable ids run over a claim and the
// facts it needs. An error keeps the claim from ready, export and submission; a warning must
// be acknowledged by a biller first.
enum class ScrubSeverity { Error, Warning };
QString scrubSeverityId(ScrubSeverity severity);  // "error", "warning"

struct ScrubFinding
{
    QString ruleId;  // "NPI-CHECK", "COVERAGE-ACTIVE", ...
    ScrubSeverity severity = ScrubSeverity::Error;
    QString claimId;
    QString claimNumber;
    int lineNumber = 0;  // LX01 of the line it concerns; 0: the claim as a whole
    QString field;       // "rendering_provider.npi", "lines[2].modifiers", "diagnoses[1]"
    QString message;     // plain language, naming the claim, the line and the field
    QString fix;         // what to change
    bool acknowledged = false;  // a warning a biller acknowledged
    QString acknowledgedBy;
    QDateTime acknowledgedAt;
};

struct ClaimScrubResult
{
    QString claimId;
    QString claimNumber;
    ClaimStatus status = ClaimStatus::Draft;
    QDateTime scrubbedAt;
    std::vector<ScrubFinding> findings;

    int errors() const;
    int warnings() const;
    int unacknowledgedWarnings() const;
    // No error and every warning acknowledged: the claim may go to ready and be sent.
    bool sendable() const { return errors() == 0 && unacknowledgedWarnings() == 0; }
};

// A payer's own billing rules the practice records (per practice payer).
struct PayerBillingRule
{
    QString payerId;
    bool requireReferring = false;  // claims need a referring provider (2310A)
};

struct NcciImportResult
{
    int rows = 0;      // edit rows read from the file
    int inserted = 0;  // new pairs
    int replaced = 0;  // pairs updated (same column 1, column 2 and effective date)
    QString fileName;
};

// Scrubs claims and keeps the latest findings of each. Reads need billing.view; scrubbing and
// acknowledging billing.claims; the NCCI tables and payer rules billing.setup.
class IClaimScrubber
{
public:
    virtual ~IClaimScrubber() = default;

    // Scrubs the claims given (every draft and ready claim when empty) in one pass over facts
    // read in bulk, stores each claim's findings (replacing the earlier ones) and returns them.
    virtual Result<std::vector<ClaimScrubResult>> scrub(const QStringList& claimIds = {}) = 0;
    // The findings stored by the last scrub of a claim (empty when never scrubbed).
    virtual Result<ClaimScrubResult> findings(const QString& claimId) = 0;
    // Records that the current user saw a warning of a claim's last scrub and sends the claim
    // anyway (who and when, audited). An error cannot be acknowledged.
    virtual Status acknowledgeWarning(const QString& claimId, const QString& ruleId) = 0;
    // Scrubs the claims afresh and refuses (InvalidInput listing the findings) when one has an
    // error or an unacknowledged warning. Claim status changes and submission call it.
    virtual Status requireSendable(const QStringList& claimIds) = 0;

    // Imports a CMS NCCI procedure-to-procedure file (practitioner PTP, tab-separated or the
    // text export); all or nothing, a bad line named in the error.
    virtual Result<NcciImportResult> importNcci(const QString& path) = 0;
    virtual Result<qint64> ncciEditCount() = 0;

    virtual Result<PayerBillingRule> payerRule(const QString& payerId) = 0;
    virtual Result<PayerBillingRule> savePayerRule(const PayerBillingRule& rule) = 0;
};

}  // namespace fd::billing
