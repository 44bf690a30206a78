#pragma once

#include "x12/finding.h"
#include "x12/guide.h"
#include "x12/loop.h"
#include "x12/segment.h"
#include "x12/separators.h"

#include <vector>

namespace fd::x12 {

// One transaction set (ST to SE) and its loop tree.
struct Transaction
{
    QByteArray transactionSet;  // ST01
    QByteArray controlNumber;   // ST02
    QByteArray version;         // ST03, else GS08
    const Guide* guide = nullptr;  // nullptr when no guide describes it
    Loop root;                  // loop "ST": the segments between ST and SE
};

struct FunctionalGroup
{
    Segment header;  // GS
    QByteArray functionalId;
    QByteArray controlNumber;
    QByteArray version;
    std::vector<Transaction> transactions;
};

struct Interchange
{
    Segment header;  // ISA
    Separators separators;
    QByteArray controlNumber;  // ISA13
    std::vector<Segment> acknowledgments;  // TA1 segments
    std::vector<FunctionalGroup> groups;
};

// Everything read from one file: the envelopes with their transactions (unless a streaming
// handler took them) and every finding.
struct Document
{
    std::vector<Interchange> interchanges;
    Findings findings;
    qint64 segmentCount = 0;

    bool hasErrors() const { return errorCount(findings) > 0; }
    // The transaction sets read, "837" or "270, 271".
    QStringList transactionSets() const;
};

}  // namespace fd::x12
