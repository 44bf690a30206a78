#include "x12/loop.h"

#include "x12/segment_key.h"

namespace fd::x12 {

static_assert(std::is_nothrow_move_constructible_v<Loop>, "vectors of loops must grow by moving");

void Loop::appendSegment(Segment segment)
{
    m_order.push_back(int(segments.size()));
    segments.push_back(std::move(segment));
}

Loop& Loop::appendLoop(const QByteArray& loopId)
{
    m_order.push_back(-int(loops.size()) - 1);
    Loop& child = loops.emplace_back();
    child.id = loopId;
    return child;
}

namespace {
bool isSegment(const Segment& s, const QByteArray& segmentId, const QByteArray& qualifier)
{
    return sameBytes(s.id, segmentId) && (qualifier.isEmpty() || sameBytes(componentView(s, 1, 1), qualifier));
}
}  // namespace

const Segment* Loop::segment(const QByteArray& segmentId, const QByteArray& qualifier) const
{
    for (const auto& s : segments)
        if (isSegment(s, segmentId, qualifier))
            return &s;
    return nullptr;
}

std::vector<const Segment*> Loop::segmentsWith(const QByteArray& segmentId, const QByteArray& qualifier) const
{
    std::vector<const Segment*> out;
    for (const auto& s : segments)
        if (isSegment(s, segmentId, qualifier))
            out.push_back(&s);
    return out;
}

const Loop* Loop::loop(const QByteArray& loopId) const
{
    for (const auto& l : loops)
        if (sameBytes(l.id, loopId))
            return &l;
    return nullptr;
}

std::vector<const Loop*> Loop::loopsWith(const QByteArray& loopId) const
{
    std::vector<const Loop*> out;
    for (const auto& l : loops)
        if (sameBytes(l.id, loopId))
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
