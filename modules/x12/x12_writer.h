#pragma once

#include "common/result.h"
#include "x12/loop.h"
#include "x12/separators.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace fd::x12 {

// What to do with characters outside the X12 basic character set (after upper-casing and
// removing accents): replace them with a space, or refuse to write.
enum class CharacterPolicy { Replace, Refuse };

struct WriterOptions
{
    Separators separators;          // '*', '^', ':', '~' unless the receiver wants others
    bool lineBreakAfterSegment = false;
    CharacterPolicy characters = CharacterPolicy::Replace;
};

// A transaction set to write: the segments between ST and SE as a loop tree (loop ids are not
// written; only the segments' order matters).
struct OutgoingTransaction
{
    QByteArray transactionSet;  // "837"
    QByteArray controlNumber;   // ST02, 4 to 9 characters, unique in the group
    QByteArray version;         // "005010X222A1"
    Loop body;
    // ST to SE as X12Writer::writeTransaction wrote them (with the same options), written as
    // they are instead of the body: large transaction sets can be written on several threads.
    QByteArray written;
};

struct OutgoingGroup
{
    QByteArray functionalId;    // "HC" for 837, "HP" for 835, ...
    QByteArray senderCode;      // GS02
    QByteArray receiverCode;    // GS03
    QByteArray controlNumber;   // GS06, 1 to 9 digits
    QByteArray version;         // GS08
    std::vector<OutgoingTransaction> transactions;
};

struct OutgoingInterchange
{
    QByteArray senderQualifier = "ZZ";
    QByteArray senderId;        // at most 15 characters
    QByteArray receiverQualifier = "ZZ";
    QByteArray receiverId;
    QByteArray controlNumber;   // ISA13, 1 to 9 digits; allocated by the caller
    QDateTime created;          // ISA09/10 and GS04/05
    bool acknowledgmentRequested = false;  // ISA14: ask for a TA1
    bool production = true;     // ISA15 P or T
    std::vector<OutgoingGroup> groups;
};

// Writes interchanges: fixed-width ISA, the caller's control numbers, SE01/GE01/IEA01 counted,
// the chosen separators, the X12 basic character set, one line or a line per segment.
class X12Writer
{
    Q_DECLARE_TR_FUNCTIONS(fd::x12::X12Writer)

public:
    explicit X12Writer(WriterOptions options = {});

    Result<QByteArray> write(const OutgoingInterchange& interchange) const;
    // One transaction set, ST to SE with SE01 counted; it touches nothing shared, so several
    // can be written at once.
    Result<QByteArray> writeTransaction(const OutgoingTransaction& transaction) const;

    // One element value in the basic character set: upper-cased, accents removed, anything
    // else replaced by a space (Replace) or an error (Refuse). Separators count as forbidden.
    Result<QByteArray> cleanValue(const QByteArray& utf8) const;

private:
    Status writeSegment(QByteArray& out, const Segment& segment) const;
    Result<QByteArray> element(const Segment& segment, int pos) const;
    Status writeIsa(QByteArray& out, const OutgoingInterchange& interchange) const;

    WriterOptions m_options;
};

// Whether `c` is in the X12 basic character set (upper-case letters, digits, space and
// ! " & ' ( ) * + , - . / : ; ? =).
bool isBasicCharacter(char c);

}  // namespace fd::x12
