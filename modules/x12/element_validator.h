#pragma once

#include "x12/data_dictionary.h"
#include "x12/finding.h"
#include "x12/guide.h"
#include "x12/segment.h"

namespace fd::x12 {

// Checks a placed segment's elements against its guide: usage, repetitions, composites,
// types (ID, AN, N0-N9, R, DT, TM), lengths, code lists, syntax rules, DTP date formats.
class ElementValidator
{
public:
    ElementValidator(const DataDictionary& dictionary, Findings& findings)
        : m_dictionary(dictionary), m_findings(findings)
    {
    }

    void validate(const Segment& segment, const SegmentSpec& spec, const QByteArray& loop);

private:
    struct Where
    {
        const Segment& segment;
        const QByteArray& loop;
    };
    void checkElement(const Where& w, const ElementSpec& spec, const QByteArray& value);
    void checkComposite(const Where& w, const ElementSpec& spec, const QByteArray& value);
    void checkValue(const Where& w, const ElementSpec& spec, const QByteArray& value);
    void checkSyntax(const Where& w, const SegmentSpec& spec);
    void checkDateFormat(const Where& w);
    void report(const Where& w, FindingKind kind, const QByteArray& element, const QByteArray& value,
                const QString& message, const QString& expected = {});

    const DataDictionary& m_dictionary;
    Findings& m_findings;
};

// Format checks shared with the writer and the views.
bool isValidDate(const QByteArray& value);  // CCYYMMDD or YYMMDD
bool isValidTime(const QByteArray& value);  // HHMM, HHMMSS, HHMMSSD, HHMMSSDD

}  // namespace fd::x12
