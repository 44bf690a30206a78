#pragma once

#include "x12/view_support.h"

#include <vector>

namespace fd::x12 {

// One EB segment with what the billing core asks of it.
struct Benefit
{
    QByteArray information;        // EB01: 1 active, 6 inactive, A co-insurance, B co-payment, C deductible, ...
    QByteArray coverageLevel;      // EB02: IND, FAM, ...
    QList<QByteArray> serviceTypes;  // EB03 repetitions: 30, 98, ...
    QByteArray insuranceType;      // EB04
    QByteArray planDescription;    // EB05
    QByteArray timePeriod;         // EB06: 23 calendar year, 29 remaining, 27 visit, ...
    std::optional<Money> amount;   // EB07
    QByteArray percent;            // EB08 (0.2 = 20%)
    QByteArray quantityQualifier;  // EB09
    QByteArray quantity;           // EB10
    QByteArray authorizationRequired;  // EB11: Y, N, U
    QByteArray inNetwork;          // EB12: Y in network, N out of network, W not applicable, U unknown
    QList<QByteArray> messages;    // MSG01
    QDate from;                    // DTP*291/346/... first date
};

struct EligibilityMember
{
    QByteArray level;              // "subscriber" or "dependent"
    Party name;                    // NM1*IL or NM1*03
    QDate birthDate;               // DMG02
    QList<QByteArray> rejections;  // AAA03 reject reasons
    std::vector<Benefit> benefits;
};

struct EligibilityResponse
{
    Party source;                  // 2100A payer
    Party receiver;                // 2100B provider
    QList<QByteArray> rejections;  // AAA at source or receiver level
    std::vector<EligibilityMember> members;
};

// The benefits of a 271 (005010X279) transaction, per subscriber and dependent.
Result<EligibilityResponse> eligibilityOf(const Transaction& transaction);

}  // namespace fd::x12
