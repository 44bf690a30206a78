#pragma once

#include "x12/segment.h"

#include <QByteArray>

#include <functional>
#include <vector>

namespace fd::x12 {

// One repetition of a loop in a parsed transaction: its own segments and child loops, in the
// order they appeared. The transaction itself is the root loop "ST".
class Loop
{
public:
    QByteArray id;
    std::vector<Segment> segments;
    std::vector<Loop> loops;

    void appendSegment(Segment segment);
    Loop& appendLoop(const QByteArray& loopId);

    // The first own segment with this id (and first element, when given), or nullptr.
    const Segment* segment(const QByteArray& segmentId, const QByteArray& qualifier = {}) const;
    std::vector<const Segment*> segmentsWith(const QByteArray& segmentId, const QByteArray& qualifier = {}) const;
    const Loop* loop(const QByteArray& loopId) const;
    std::vector<const Loop*> loopsWith(const QByteArray& loopId) const;
    // Every loop with this id below this one, in document order (2300 under 2000B and 2000C).
    std::vector<const Loop*> descendants(const QByteArray& loopId) const;

    // Visits own segments and child loops' segments in document order.
    void forEachSegment(const std::function<void(const Segment&, const Loop&)>& visit) const;
    int segmentCount() const;

    bool operator==(const Loop& o) const { return id == o.id && segments == o.segments && loops == o.loops && m_order == o.m_order; }

private:
    // Document order: >= 0 is an index into segments, < 0 is -(index into loops) - 1. A
    // std::vector, not QVarLengthArray: with Qt 6.4 the fuzzer found the latter's heap buffer
    // leaked once loops holding more than its inline entries were moved.
    std::vector<int> m_order;
};

}  // namespace fd::x12
