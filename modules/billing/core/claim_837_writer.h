#pragma once

#include "billing/core/billing_types.h"
#include "common/result.h"
#include "practice/core/practice_types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace fd::billing {

// A person or an organization as NM1 names them.
struct PartyName
{
    bool organization = false;
    QString last;  // or the organization's name
    QString first;
    QString middle;
    QString suffix;
};

struct ClaimProvider
{
    PartyName name;
    QString npi;
    QString taxonomy;
};

// Everything one claim of an 837P needs, resolved from the practice, the registry and the
// claim (ClaimExportService fills it).
struct ClaimEnvelope
{
    Claim claim;
    // 2000A/2010AA and 2010AB.
    ClaimProvider billing;
    QString billingTaxId;  // 9 digits
    practice::Address billingAddress;
    practice::Address payToAddress;  // empty: the billing address
    // 2000B/2010BA/2010BB.
    QString relationship = QStringLiteral("18");  // the patient's relationship to the subscriber
    QString groupNumber;
    QString planName;
    QString filingIndicator;  // SBR09
    QString memberId;
    PartyName subscriber;
    practice::Address subscriberAddress;
    QDate subscriberBirthDate;
    QString subscriberSex;  // M, F, U
    QString payerName;
    QString payerId;
    // 2000C/2010CA (relationship other than 18).
    PartyName patient;
    practice::Address patientAddress;
    QDate patientBirthDate;
    QString patientSex;
    // 2310A-D.
    std::optional<ClaimProvider> referring;
    std::optional<ClaimProvider> rendering;  // set only when it differs from the billing provider
    std::optional<ClaimProvider> supervising;
    std::optional<ClaimProvider> facility;  // name and NPI of the service location
    practice::Address facilityAddress;
};

struct Submitter
{
    QString name;
    QString id;  // 1000A NM109, ISA06, GS02
    QString contactName;
    QString phone;  // ten digits
    QString email;
    QString receiverName;
    QString receiverId;  // 1000B NM109, ISA08, GS03
};

struct ClaimBatch
{
    Submitter submitter;
    qint64 interchangeControlNumber = 0;  // ISA13
    qint64 groupControlNumber = 0;        // GS06
    QDateTime created;
    bool production = true;
    std::vector<ClaimEnvelope> claims;
};

// Writes 837P (005010X222A1) interchanges with the X12 library's segment writer, straight into
// bytes without a loop tree: one functional group,
// transaction sets of at most 5,000 claims, one 2000A per billing provider in each set, HL
// numbered in order. The claims are taken as given; what is missing that the guide requires
// (a billing NPI, an address, a member id) is refused naming the claim and the field.
class Claim837Writer
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::Claim837Writer)

public:
    static Result<QByteArray> write(const ClaimBatch& batch);
    // One transaction set, ST to SE, for some claims of a batch (BHT03 is `reference`).
    static Result<QByteArray> transactionSet(const ClaimBatch& batch, std::size_t first, std::size_t count,
                                             const QByteArray& controlNumber, const QByteArray& reference);
    // "125", "125.5", "0.07": X12 decimal (R) with no trailing zeros.
    static QByteArray amount(Money money);
};

}  // namespace fd::billing
