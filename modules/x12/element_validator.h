#pragma once

#include "x12/data_dictionary.h"
#include "x12/finding.h"
#include "x12/guide.h"
#include "x12/segment.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <array>
#include <unordered_map>
#include <vector>

namespace fd::x12 {

// Checks a placed segment's elements against its guide: usage, repetitions, composites,
// types (ID, AN, N0-N9, R, DT, TM), lengths, code lists, syntax rules, DTP date formats.
class ElementValidator
{
    Q_DECLARE_TR_FUNCTIONS(fd::x12::ElementValidator)

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
    // What checking a segment against a spec needs beyond the spec, worked out once per spec.
    struct Plan
    {
        struct Rule
        {
            const QByteArray* text;             // "P0506"
            QVarLengthArray<int, 8> positions;  // 5, 6
        };
        std::vector<Rule> rules;  // the syntax rules that apply (none names an unused element)
        int requiredEnd = 0;      // the elements after this many are all optional
    };
    const Plan& planFor(const SegmentSpec& spec);
    static Plan makePlan(const SegmentSpec& spec);
    void checkElement(const Where& w, const ElementSpec& spec, QByteArrayView value);
    void checkComposite(const Where& w, const ElementSpec& spec, QByteArrayView value);
    void checkValue(const Where& w, const ElementSpec& spec, QByteArrayView value);
    void checkSyntax(const Where& w, const SegmentSpec& spec, const Plan& plan);
    enum class Problem {
        RequiredElementMissing,
        ElementNotUsed,
        TooManyRepetitions,
        TooManyComponents,
        RequiredComponentMissing,
        ComponentNotUsed,
        InvalidNumber,
        InvalidDate,
        InvalidTime,
        TooLong,
        TooShort,
        InvalidCode,
        NotInCodeSet,
    };
    // Builds the finding: kept out of the checks, which run for every value of a file.
    Q_DECL_COLD_FUNCTION void reportProblem(const Where& w, const ElementSpec& spec, QByteArrayView value,
                                            Problem problem, qsizetype count = 0);
    void checkDateFormat(const Where& w);
    void report(const Where& w, FindingKind kind, const QByteArray& element, QByteArrayView value,
                const QString& message, const QString& expected = {});

    const DataDictionary& m_dictionary;
    Findings& m_findings;
    std::unordered_map<const SegmentSpec*, Plan> m_plans;  // node-based: plans stay put
    // The plans used last, by spec address: most lookups end here.
    std::array<std::pair<const SegmentSpec*, const Plan*>, 64> m_recentPlans{};
};

// Format checks shared with the writer and the views.
bool isValidDate(QByteArrayView value);  // CCYYMMDD or YYMMDD
bool isValidTime(QByteArrayView value);  // HHMM, HHMMSS, HHMMSSD, HHMMSSDD

}  // namespace fd::x12
