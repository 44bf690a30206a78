#pragma once

#include "common/result.h"
#include "x12/loop.h"
#include "x12/separators.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <utility>
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

// Writes segments one at a time straight into bytes, with X12Writer's rules: values cleaned
// to the basic character set, empty trailing elements and components dropped, the segment
// terminator (and line break) after each, segments counted for SE01. A transaction set is
// written this way without building its loop tree first. A value is one element or one
// component: a separator inside it is a forbidden character like any other (a space, or an
// error under Refuse), so data never adds structure. Under Refuse the first refused value
// is kept in status() and the segments go on being written.
class SegmentWriter
{
public:
    explicit SegmentWriter(WriterOptions options = {});

    SegmentWriter& begin(QByteArrayView id);
    // The next simple element: bytes (UTF-8), or text trimmed and cut to `max` characters
    // (max < 0: whole), or a whole number.
    SegmentWriter& add(QByteArrayView value);
    SegmentWriter& add(QStringView text, qsizetype max = -1);
    SegmentWriter& add(qint64 number);
    SegmentWriter& skip(int elements = 1);  // empty elements
    // The next element as a composite: component() then adds its components.
    SegmentWriter& composite();
    SegmentWriter& component(QByteArrayView value);
    SegmentWriter& component(QStringView text, qsizetype max = -1);
    // Ends the segment begun last.
    void end();

    int count() const { return m_count; }  // segments ended so far
    const Status& status() const { return m_status; }
    QByteArray& bytes() { return m_out; }
    QByteArray take() { return std::exchange(m_out, {}); }

private:
    void nextElement();
    void nextComponent();
    void closeComposite();
    // Appends a value (bytes or UTF-16) cleaned to the basic character set.
    template <typename View>
    void appendClean(View value);
    // Appends a value cleaned and moves where the element (and composite) end past it when
    // it wrote something.
    template <typename View>
    void put(View value);
    static QStringView cut(QStringView text, qsizetype max);  // trimmed, at most `max`
    void refuse(const Error& error);

    X12Writer m_writer;
    WriterOptions m_options;
    QByteArray m_out;
    QByteArray m_id;
    qsizetype m_end = 0;             // after the last element that wrote something
    qsizetype m_compositeEnd = -1;   // after the last component that wrote something; -1: none open
    bool m_firstComponent = false;
    int m_element = 0;
    int m_count = 0;
    Status m_status;
};

// Whether `c` is in the X12 basic character set (upper-case letters, digits, space and
// ! " & ' ( ) * + , - . / : ; ? =).
bool isBasicCharacter(char c);

}  // namespace fd::x12
