#pragma once

#include "billing/core/claim_837_writer.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fd::billing {

// Everything one 270 inquiry needs, resolved from the practice, the payer and the coverage
// (EligibilityService fills it).
struct Eligibility270Request
{
    // Envelope: the clearinghouse's ids and control numbers allocated once by the caller.
    QString senderId;    // ISA06, GS02
    QString receiverId;  // ISA08, GS03
    qint64 interchangeControl = 0;  // ISA13 and GS06
    QDateTime created;
    bool production = false;
    // 2100A: the information source (the payer).
    QString payerName;
    QString payerId;
    // 2100B: the information receiver (the practice or the provider).
    PartyName provider;
    QString providerNpi;
    QString providerTaxId;  // TRN03 is "1" and these nine digits
    // 2000C/2100C: the subscriber, who holds the member id.
    QString traceNumber;  // TRN02, echoed in the 271
    QString memberId;
    PartyName subscriber;
    QDate subscriberBirthDate;
    QString subscriberSex;  // M, F, U or empty
    // 2000D/2100D when the patient is not the subscriber.
    bool dependent = false;
    PartyName patient;
    QDate patientBirthDate;
    QString patientSex;
    QDate serviceDate;         // DTP*291
    QStringList serviceTypes;  // EQ01 repetitions; empty: 30 (health benefit plan coverage)
};

// Writes 270 (005010X279A1) inquiries: one interchange, one group (HS), one transaction set
// with the payer (HL 20), the provider (HL 21), the subscriber (HL 22) and, for a dependent,
// HL 23; the trace number and EQ at the patient's level. What the guide requires and is
// missing (member id, NPI, a dependent's birth date) is refused naming the field.
class Eligibility270Writer
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::Eligibility270Writer)

public:
    static Result<QByteArray> write(const Eligibility270Request& request);
    static Status check(const Eligibility270Request& request);
};

}  // namespace fd::billing
