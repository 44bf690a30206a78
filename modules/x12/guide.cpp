#include "x12/guide.h"

namespace fd::x12 {

QByteArray SegmentSpec::label() const
{
    if (qualifierCodes.size() == 1)
        return id + '*' + qualifierCodes.first();
    return id;
}

const SegmentSpec* LoopSpec::firstSegment() const
{
    for (const auto& child : children) {
        if (child.isLoop())
            return child.loop->firstSegment();
        return &child.segment;
    }
    return nullptr;
}

bool segmentMatches(const SegmentSpec& spec, const QByteArray& id, const QByteArray& qualifier)
{
    if (spec.id != id)
        return false;
    return spec.qualifierElement == 0 || spec.qualifierCodes.contains(qualifier);
}

}  // namespace fd::x12
