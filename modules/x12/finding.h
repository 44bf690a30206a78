#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace fd::x12 {

enum class Severity { Error, Warning };

// What kind of problem a finding is, so that callers (and tests) can act on it without
// parsing the message.
enum class FindingKind {
    NotX12,                  // no ISA at the start
    IsaLayout,               // ISA not 106 characters, unusable separators
    UnsupportedVersion,      // not 00501 / not a 5010 guide
    UnknownGuide,            // no description for this transaction set and version
    InvalidSegmentId,
    SegmentTooLong,
    Truncated,               // input ends inside a segment or envelope
    TrailingDelimiters,
    TooManyElements,
    UnexpectedSegment,       // out of order, wrong qualifier, not in the guide
    SegmentRepeatExceeded,
    LoopRepeatExceeded,
    RequiredSegmentMissing,
    RequiredLoopMissing,
    RequiredElementMissing,
    RequiredComponentMissing,
    ElementNotUsed,
    TooShort,
    TooLong,
    InvalidNumber,
    InvalidDate,
    InvalidTime,
    InvalidCode,
    InvalidCharacter,
    SyntaxRule,              // paired / required-one-of / conditional element rules
    EnvelopeMismatch,        // control numbers or counts in trailers
    EnvelopeStructure,       // missing trailer, segment outside an envelope
    HierarchyError,          // HL numbering and parents
    SequenceError,           // LX numbering
    NpiCheckDigit,
    AmountMismatch,          // CLM02 against the service lines
    RetiredCode,             // CARC no longer valid
    ObsoleteQualifier,       // ICD-9 qualifiers in a 5010 claim
};

QString findingKindName(FindingKind kind);

// One problem in an input file, located the way an X12 analyst looks for it.
struct Finding
{
    Severity severity = Severity::Error;
    FindingKind kind = FindingKind::UnexpectedSegment;
    qint64 segmentNumber = 0;  // position in the file, ISA = 1; 0 for the file as a whole
    QByteArray segmentId;
    QByteArray loop;           // "2300", "HEADER", "ISA"
    QByteArray element;        // "NM109", "HI01-02"
    QByteArray value;
    QString message;           // translated
    QString expected;          // translated; empty when nothing more specific can be said

    bool isError() const { return severity == Severity::Error; }
    // "segment 9 (NM1) loop 2010AA element NM109: NPI fails the check digit; value '1234567890';
    //  expected ..."
    QString toText() const;
    QJsonObject toJson() const;
};

using Findings = std::vector<Finding>;

int errorCount(const Findings& findings);

}  // namespace fd::x12
