#pragma once

#include "common/result.h"
#include "x12/interchange.h"

#include <QString>

#include <functional>

class QIODevice;

namespace fd::x12 {

// Receives each transaction as soon as its SE is read; when set, the Document keeps the
// envelopes but not the transactions, so memory follows the largest transaction set.
using TransactionHandler = std::function<void(const Interchange&, const FunctionalGroup&, Transaction&&)>;

// Receives each segment of a transaction set once it is placed in its loop and checked: the
// transaction being read (envelope fields and guide, no tree), the segment (valid during the
// call only; copy what you keep) and the id of its loop, as findings name it ("2300").
using SegmentHandler = std::function<void(const Transaction&, const Segment&, const QByteArray& loop)>;

struct ReadOptions
{
    int maxSegmentLength = 64 * 1024;
    TransactionHandler onTransaction;
    // When set, transaction sets are not built into loop trees (Transaction::root stays empty):
    // each segment goes to this handler instead, with the same checks and findings, and memory
    // stays the same whatever the size of the file or of a transaction set. For the largest
    // files; see ProfessionalClaimStream for claims read this way.
    SegmentHandler onSegment;
};

// Reads X12 5010 interchanges: separators from each ISA, envelopes checked (control numbers,
// counts), each transaction set placed in the loop tree of its guide and its elements checked.
// Any input gives a Document with findings; only an unreadable file is an Error.
class X12Reader
{
public:
    using Options = ReadOptions;

    static Result<Document> readFile(const QString& path, const Options& options = {});
    static Document readBytes(const QByteArray& bytes, const Options& options = {});
    static Document read(QIODevice& device, const Options& options = {});
};

}  // namespace fd::x12
