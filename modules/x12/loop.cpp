#include "x12/loop.h"

namespace fd::x12 {

void Loop::appendSegment(Segment segment)
{
    m_order.push_back(int(segments.size()));
    segments.push_back(std::move(segment));
}

Loop& Loop::appendLoop(const QByteArray& loopId)
{
    m_order.push_back(-int(loops.size()) - 1);
    loops.emplace_back();
    loops.back().id = loopId;
    return loops.back();
}

const Segment* Loop::segment(const QByteArray& segmentId, const QByteArray& qualifier) const
{
    for (const auto& s : segments)
        if (s.id == segmentId && (qualifier.isEmpty() || s.component(1, 1) == qualifier))
            return &s;
    return nullptr;
}

std::vector<const Segment*> Loop::segmentsWith(const QByteArray& segmentId, const QByteArray& qualifier) const
{
    std::vector<const Segment*> out;
    for (const auto& s : segments)
        if (s.id == segmentId && (qualifier.isEmpty() || s.component(1, 1) == qualifier))
            out.push_back(&s);
    return out;
}

const Loop* Loop::loop(const QByteArray& loopId) const
{
    for (const auto& l : loops)
        if (l.id == loopId)
            return &l;
    return nullptr;
}

std::vector<const Loop*> Loop::loopsWith(const QByteArray& loopId) const
{
    std::vector<const Loop*> out;
    for (const auto& l : loops)
        if (l.id == loopId)
            out.push_back(&l);
    return out;
}

std::vector<const Loop*> Loop::descendants(const QByteArray& loopId) const
{
    std::vector<const Loop*> out;
    for (int entry : m_order) {
        if (entry >= 0)
            continue;
        const Loop& child = loops[-entry - 1];
        if (child.id == loopId)
            out.push_back(&child);
        const auto deeper = child.descendants(loopId);
        out.insert(out.end(), deeper.begin(), deeper.end());
    }
    return out;
}

void Loop::forEachSegment(const std::function<void(const Segment&, const Loop&)>& visit) const
{
    for (int entry : m_order) {
        if (entry >= 0)
            visit(segments[entry], *this);
        else
            loops[-entry - 1].forEachSegment(visit);
    }
}

int Loop::segmentCount() const
{
    int n = int(segments.size());
    for (const auto& l : loops)
        n += l.segmentCount();
    return n;
}

}  // namespace fd::x12
