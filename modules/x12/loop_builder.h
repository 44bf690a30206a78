#pragma once

#include "x12/finding.h"
#include "x12/guide.h"
#include "x12/loop.h"

#include <QCoreApplication>

#include <unordered_map>

namespace fd::x12 {

// Places the segments of one transaction set in the loop tree its guide describes: a segment
// goes to the innermost open loop that still expects it (same id and qualifier, at or after
// the current position), else starts a repetition of a loop whose first segment it is, else
// closes loops outward. Required parts skipped or never seen, repeats beyond the guide's
// limits and segments with no place are reported.
class LoopBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fd::x12::LoopBuilder)

public:
    // Build: segments go into the loop tree finish() hands over. Track: loops are followed
    // and checked the same way, but segments are not kept (the tree has the root only).
    enum class TreeMode { Build, Track };

    LoopBuilder(const Guide& guide, Findings& findings, TreeMode mode = TreeMode::Build);
    LoopBuilder(const LoopBuilder&) = delete;
    LoopBuilder& operator=(const LoopBuilder&) = delete;

    struct Placement
    {
        const SegmentSpec* spec = nullptr;  // nullptr: not expected here
        QByteArray loop;                    // the loop the segment now belongs to
        const Segment* placed = nullptr;    // the segment (in the tree when built), until the next add()
    };
    Placement add(const Segment& segment);
    // The same, moving the segment into the tree rather than sharing a copy of it.
    Placement add(Segment&& segment);
    // Closes every open loop (at SE or at the end of input) and hands over the tree.
    Loop finish(const Segment& trailer);
    QByteArray currentLoop() const;

private:
    struct Frame
    {
        const LoopSpec* spec;
        Loop* node;  // nullptr when the tree is not built
        int pos;
        std::vector<int> counts;
    };
    struct Candidate
    {
        int depth = -1;
        int index = -1;
    };
    Candidate search(const Segment& segment, bool allowExceeded) const;
    // The same for a loop without an index (LoopSpec::buildIndex): the child's index or -1.
    int searchUnindexed(const Frame& f, int from, const Segment& segment, bool allowExceeded, int depth) const;
    bool exceeded(const Frame& frame, int index) const;
    // `movable`: the same segment when its contents may be moved into the tree.
    Placement place(const Segment& segment, Segment* movable);
    Placement accept(const Candidate& c, const Segment& segment, Segment* movable);
    void close(int keepDepth, const Segment& trigger);
    std::vector<int> takeCounts(std::size_t size);
    void reportMissing(const Frame& frame, int from, int to, const Segment& trigger);
    void report(FindingKind kind, const Segment& trigger, const QByteArray& loop, const QString& message,
                const QString& expected = {});

    Findings& m_findings;
    bool m_keepTree;
    Loop m_root;
    std::vector<Frame> m_stack;
    std::vector<std::vector<int>> m_spareCounts;
    struct Shape
    {
        int segments = 0;
        int loops = 0;
    };
    std::unordered_map<const LoopSpec*, Shape> m_shapes;  // of the last loop closed, by kind
};

}  // namespace fd::x12
