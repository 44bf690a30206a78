#pragma once

#include "common/money.h"
#include "common/result.h"
#include "x12/interchange.h"

#include <QDate>

#include <optional>

namespace fd::x12 {

// A person or organisation named by an NM1 segment.
struct Party
{
    QByteArray entityCode;  // NM101: "85", "IL", "PR", "QC"
    QByteArray lastOrOrganization;
    QByteArray firstName;
    QByteArray idQualifier;  // NM108: "XX" (NPI), "MI", "PI"
    QByteArray id;           // NM109

    bool isEmpty() const { return entityCode.isEmpty(); }
    bool operator==(const Party&) const = default;
};

Party partyOf(const Segment* nm1);
QDate dateOf(QByteArrayView ccyymmdd);
std::optional<Money> moneyOf(QByteArrayView amount);
// The transaction's guide must be one of `sets`; an error names what was given instead.
Status expectTransaction(const Transaction& t, const QByteArray& set, const QByteArray& versionPrefix);

}  // namespace fd::x12
