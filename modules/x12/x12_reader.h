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

struct ReadOptions
{
    int maxSegmentLength = 64 * 1024;
    TransactionHandler onTransaction;
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
