#pragma once

#include "x12/finding.h"
#include "x12/guide.h"
#include "x12/loop.h"

namespace fd::x12 {

// Places the segments of one transaction set in the loop tree its guide describes: a segment
// goes to the innermost open loop that still expects it (same id and qualifier, at or after
// the current position), else starts a repetition of a loop whose first segment it is, else
// closes loops outward. Required parts skipped or never seen, repeats beyond the guide's
// limits and segments with no place are reported.
class LoopBuilder
{
public:
    LoopBuilder(const Guide& guide, Findings& findings);
    LoopBuilder(const LoopBuilder&) = delete;
    LoopBuilder& operator=(const LoopBuilder&) = delete;

    struct Placement
    {
        const SegmentSpec* spec = nullptr;  // nullptr: not expected here
        QByteArray loop;                    // the loop the segment now belongs to
    };
    Placement add(const Segment& segment);
    // Closes every open loop (at SE or at the end of input) and hands over the tree.
    Loop finish(const Segment& trailer);
    QByteArray currentLoop() const;

private:
    struct Frame
    {
        const LoopSpec* spec;
        Loop* node;
        int pos;
        std::vector<int> counts;
    };
    struct Candidate
    {
        int depth = -1;
        int index = -1;
    };
    Candidate search(const Segment& segment, bool allowExceeded) const;
    bool exceeded(const Frame& frame, int index) const;
    Placement accept(const Candidate& c, const Segment& segment);
    void close(int keepDepth, const Segment& trigger);
    void reportMissing(const Frame& frame, int from, int to, const Segment& trigger);
    void report(FindingKind kind, const Segment& trigger, const QByteArray& loop, const QString& message,
                const QString& expected = {});

    Findings& m_findings;
    Loop m_root;
    std::vector<Frame> m_stack;
};

}  // namespace fd::x12
