#include "x12/guide.h"

#include "x12/segment_key.h"

#include <algorithm>

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

void LoopSpec::buildIndex()
{
    leadsByPosition.clear();
    leadsByPosition.reserve(children.size());
    requiredChildren.clear();
    for (std::size_t i = 0; i < children.size(); ++i) {
        GuideNode& child = children[i];
        const SegmentSpec* first = child.isLoop() ? child.loop->firstSegment() : &child.segment;
        Lead lead;
        lead.child = int(i);
        lead.isLoop = child.isLoop();
        lead.limit = child.isLoop() ? child.loop->maxRepeat : child.segment.maxUse;
        if (first) {
            lead.key = segmentKey(first->id);
            lead.segment = first;
            lead.qualifierElement = first->qualifierElement;
            if (first->qualifierCodes.size() == 1)
                lead.qualifier = shortKey(first->qualifierCodes.front());
        }
        leadsByPosition.push_back(lead);
        if ((child.isLoop() ? child.loop->usage : child.segment.usage) == Usage::Required)
            requiredChildren.push_back(int(i));
        if (child.isLoop())
            child.loop->buildIndex();
    }
    leads = leadsByPosition;
    std::sort(leads.begin(), leads.end());
}

bool segmentMatches(const SegmentSpec& spec, const QByteArray& id, const QByteArray& qualifier)
{
    if (spec.id != id)
        return false;
    return spec.qualifierElement == 0 || spec.qualifierCodes.contains(qualifier);
}

}  // namespace fd::x12
