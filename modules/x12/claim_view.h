#pragma once

#include "x12/text_blocks.h"
#include "x12/view_support.h"
#include "x12/x12_reader.h"

#include <functional>
#include <optional>
#include <vector>

namespace fd::x12 {

// One 2400 service line of a professional claim.
struct ClaimServiceLine
{
    int lineNumber = 0;               // LX01
    QByteArray procedureQualifier;    // SV101-01: "HC"
    QByteArray procedureCode;         // SV101-02
    QList<QByteArray> modifiers;      // SV101-03..06
    Money charge;                     // SV102
    QByteArray unitQualifier;         // SV103: "UN", "MJ"
    QByteArray units;                 // SV104
    QByteArray placeOfService;        // SV105 (when it differs from CLM05-01)
    QList<int> diagnosisPointers;     // SV107
    QDate serviceDate;                // DTP*472 (start of a range)
    QByteArray lineControlNumber;     // REF*6R

    bool operator==(const ClaimServiceLine&) const = default;
};

// One 2300 claim with the parties of the loops above it (2000A billing provider, 2000B
// subscriber, 2000C patient).
struct ProfessionalClaim
{
    QByteArray claimId;               // CLM01, the practice's claim number
    Money totalCharge;                // CLM02
    QByteArray placeOfService;        // CLM05-01
    QByteArray frequencyCode;         // CLM05-03: 1 original, 7 replacement, 8 void
    QList<QByteArray> diagnoses;      // HI codes, principal first ("ABK:J0300" kept as qualifier + code)
    QList<QByteArray> diagnosisQualifiers;
    Party billingProvider;            // 2010AA
    Party subscriber;                 // 2010BA
    Party payer;                      // 2010BB
    Party patient;                    // 2010CA, empty when the subscriber is the patient
    QByteArray payerClaimControlNumber;  // REF*F8 for replacements
    std::vector<ClaimServiceLine> lines;

    bool operator==(const ProfessionalClaim&) const = default;
};

// The claims of an 837P (005010X222) transaction, in file order.
Result<std::vector<ProfessionalClaim>> professionalClaims(const Transaction& transaction);

// The same claims from a reader that builds no tree (ReadOptions::onSegment), each handed over
// as soon as its last segment is read, for files too large to hold: memory follows one claim,
// not the file. Transaction sets other than 837P are ignored.
//
//     ProfessionalClaimStream claims([&](ProfessionalClaim&& c) { ... });
//     ReadOptions options;
//     claims.attachTo(options);  // the stream must outlive the read
//     auto doc = X12Reader::readFile(path, options);
class ProfessionalClaimStream
{
public:
    using ClaimHandler = std::function<void(ProfessionalClaim&&)>;

    explicit ProfessionalClaimStream(ClaimHandler onClaim);

    // Sets options.onSegment to addSegment() and makes options.onTransaction call finish()
    // before the handler it had, if any.
    void attachTo(ReadOptions& options);
    void addSegment(const Transaction& transaction, const Segment& segment, const QByteArray& loop);
    // Hands over the open claim, if any: at the end of each transaction set.
    void finish();

private:
    // What the current levels and claim have taken already: the first of each counts.
    struct Has
    {
        enum : unsigned {
            Billing = 1,
            Subscriber = 2,
            Payer = 4,
            Patient = 8,
            ControlNumber = 16,
            LineService = 32,
            LineDate = 64,
            LineReference = 128,
        };
    };

    void level(const QByteArray& loop);
    void takeParty(Party& party, const Segment& nm1, unsigned flag);
    void claimSegment(quint32 key, const Segment& s);
    void lineSegment(quint32 key, const Segment& s);

    ClaimHandler m_onClaim;
    Party m_billing;
    Party m_subscriber;
    Party m_payer;
    Party m_patient;
    bool m_inPatient = false;  // inside a 2000C patient level
    unsigned m_has = 0;
    std::optional<ProfessionalClaim> m_claim;
    TextBlocks m_texts;  // for components, which are not whole elements
};

}  // namespace fd::x12
