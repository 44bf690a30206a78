#pragma once

#include "common/result.h"
#include "x12/data_dictionary.h"
#include "x12/guide.h"

#include <QCoreApplication>

namespace fd::x12 {

// Reads the hand-written guide descriptions (guides/*.guide) used where no machine-readable
// map exists (270/271 X279A1, 276 X212). One statement a line; indentation nests loops:
//
//   transaction 270 005010X279A1 HS Eligibility, Coverage or Benefit Inquiry
//   layout EB 1390 1207 1365 1336 1204 615 782 954 673 380 1073 1073 C003 C004 1203 C004
//   composite C003 235 234 1339 1339 1339 1339 352 234
//   element 1390 ID 1 2
//   seg BHT R 1 | 01 R 0022 | 02 R 01,13 | 03 R | 04 R
//   loop 2000A R >1 Information Source Level
//     seg HL R 1 | 01 R | 03 R 20 | 04 R 1
//
// A `seg` starts from the segment's layout (from the maps, or a `layout` line) with every
// element situational, then applies the listed positions: usage, codes (comma separated),
// `@set` for a code set of codes.xml, `^N` or `^>1` for repetitions, `13-01` for a component.
// A layout position `-` is an element without dictionary entry (checked as AN, any length).
class GuideTextLoader
{
    Q_DECLARE_TR_FUNCTIONS(fd::x12::GuideTextLoader)

public:
    explicit GuideTextLoader(DataDictionary& dictionary) : m_dictionary(dictionary) {}

    Result<Guide> load(const QByteArray& text, const QString& source);

private:
    Result<SegmentSpec> parseSegment(const QList<QByteArray>& words, const QByteArray& rest, int line) const;
    Status parseLayout(const QList<QByteArray>& words, int line);
    Status applyElement(SegmentSpec& spec, const QByteArray& clause, int line) const;
    ElementSpec elementFor(const QByteArray& dataElement, const QByteArray& refDes, int seq) const;
    Error error(const QString& source, int line, const QString& what) const;

    DataDictionary& m_dictionary;
    QString m_source;
};

}  // namespace fd::x12
