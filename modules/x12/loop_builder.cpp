#include "x12/loop_builder.h"

#include "x12/segment_key.h"

#include <algorithm>

namespace fd::x12 {

namespace {
const SegmentSpec* leadSegment(const GuideNode& node)
{
    return node.isLoop() ? node.loop->firstSegment() : &node.segment;
}

QString limitText(int limit)
{
    return limit == kUnbounded ? LoopBuilder::tr("any number") : QString::number(limit);
}
}  // namespace

LoopBuilder::LoopBuilder(const Guide& guide, Findings& findings, TreeMode mode)
    : m_findings(findings), m_keepTree(mode == TreeMode::Build)
{
    m_root.id = guide.root.id;
    m_stack.push_back(Frame{&guide.root, &m_root, -1, std::vector<int>(guide.root.children.size(), 0)});
}

QByteArray LoopBuilder::currentLoop() const
{
    return m_stack.back().spec->id;
}

void LoopBuilder::report(FindingKind kind, const Segment& trigger, const QByteArray& loop, const QString& message,
                         const QString& expected)
{
    Finding f;
    f.kind = kind;
    f.segmentNumber = trigger.number;
    f.segmentId = ownBytes(trigger.id);
    f.loop = loop;
    f.message = message;
    f.expected = expected;
    m_findings.push_back(std::move(f));
}

bool LoopBuilder::exceeded(const Frame& frame, int index) const
{
    const GuideNode& node = frame.spec->children[index];
    const int limit = node.isLoop() ? node.loop->maxRepeat : node.segment.maxUse;
    return limit != kUnbounded && frame.counts[index] >= limit;
}

LoopBuilder::Candidate LoopBuilder::search(const Segment& segment, bool allowExceeded) const
{
    const SegmentKey key = segmentKey(segment.id);
    // The qualifiers guides use are element 01 and HL03: taken once, not per candidate.
    QByteArrayView qualifiers[4];
    bool taken[4] = {};
    auto qualifier = [&](int element) {
        if (element >= 4)
            return componentView(segment, element, 1);
        if (!taken[element]) {
            qualifiers[element] = componentView(segment, element, 1);
            taken[element] = true;
        }
        return qualifiers[element];
    };
    for (int d = int(m_stack.size()) - 1; d >= 0; --d) {
        const Frame& f = m_stack[d];
        const LoopSpec& spec = *f.spec;
        const int from = qMax(f.pos, 0);
        // A child whose first segment has this segment's id: does the segment start it here?
        auto fits = [&](const LoopSpec::Lead& lead) {
            if (!lead.segment)
                return false;
            if (lead.qualifierElement != 0) {
                const QByteArrayView q = qualifier(lead.qualifierElement);
                if (lead.qualifier != 0 ? shortKey(q) != lead.qualifier
                                        : !containsCode(lead.segment->qualifierCodes, q))
                    return false;
            }
            // Within an open loop its own first segment only repeats through the parent.
            if (lead.child == 0 && d > 0 && !lead.isLoop)
                return false;
            return allowExceeded || lead.limit == kUnbounded || f.counts[lead.child] < lead.limit;
        };
        const auto& byPosition = spec.leadsByPosition;
        if (byPosition.size() != spec.children.size()) {
            if (const int i = searchUnindexed(f, from, segment, allowExceeded, d); i >= 0)
                return Candidate{d, i};
            continue;
        }
        // Usually the segment is the next child or close to it: look at a few first, then at
        // the children further on that this segment id may start.
        constexpr int kNear = 8;
        const int near = qMin(from + kNear, int(byPosition.size()));
        for (int i = from; i < near; ++i)
            if (byPosition[i].key == key && fits(byPosition[i]))
                return Candidate{d, i};
        LoopSpec::Lead probe;
        probe.key = key;
        probe.child = near;
        for (auto it = std::lower_bound(spec.leads.begin(), spec.leads.end(), probe);
             it != spec.leads.end() && it->key == key; ++it)
            if (fits(*it))
                return Candidate{d, it->child};
    }
    return {};
}

int LoopBuilder::searchUnindexed(const Frame& f, int from, const Segment& segment, bool allowExceeded, int depth) const
{
    const auto& kids = f.spec->children;
    for (int i = from; i < int(kids.size()); ++i) {
        const SegmentSpec* lead = leadSegment(kids[i]);
        if (!lead || !segmentMatches(*lead, segment.id, segment.component(lead->qualifierElement, 1)))
            continue;
        if (i == 0 && depth > 0 && !kids[i].isLoop())
            continue;
        if (allowExceeded || !exceeded(f, i))
            return i;
    }
    return -1;
}

void LoopBuilder::reportMissing(const Frame& frame, int from, int to, const Segment& trigger)
{
    const auto& kids = frame.spec->children;
    to = qMin(to, int(kids.size()));
    from = qMax(from, 0);
    if (from >= to)
        return;
    const auto& required = frame.spec->requiredChildren;
    const bool indexed = frame.spec->leadsByPosition.size() == kids.size();
    auto check = [&](int j) {
        const GuideNode& k = kids[j];
        if (frame.counts[j] > 0)
            return;
        if (k.isLoop() && k.loop->usage == Usage::Required)
            report(FindingKind::RequiredLoopMissing, trigger, frame.spec->id,
                   tr("required loop %1 missing").arg(QString::fromLatin1(k.loop->id)),
                   tr("loop %1 (%2)").arg(QString::fromLatin1(k.loop->id), k.loop->name));
        else if (!k.isLoop() && k.segment.usage == Usage::Required)
            report(FindingKind::RequiredSegmentMissing, trigger, frame.spec->id,
                   tr("required segment %1 missing").arg(QString::fromLatin1(k.segment.label())),
                   tr("segment %1 (%2)").arg(QString::fromLatin1(k.segment.label()), k.segment.name));
    };
    if (!indexed) {
        for (int j = from; j < to; ++j)
            check(j);
        return;
    }
    // Only required children can be missing: visit those, not every optional one between.
    for (auto it = std::lower_bound(required.begin(), required.end(), from); it != required.end() && *it < to; ++it)
        check(*it);
}

void LoopBuilder::close(int keepDepth, const Segment& trigger)
{
    while (int(m_stack.size()) - 1 > keepDepth) {
        const Frame& f = m_stack.back();
        reportMissing(f, f.pos + 1, int(f.spec->children.size()), trigger);
        if (f.node)
            m_shapes[f.spec] = Shape{int(f.node->segments.size()), int(f.node->loops.size())};
        m_spareCounts.push_back(std::move(m_stack.back().counts));
        m_stack.pop_back();
    }
}

std::vector<int> LoopBuilder::takeCounts(std::size_t size)
{
    // Loops open and close once per claim or line: reuse the counters of closed ones.
    std::vector<int> counts;
    if (!m_spareCounts.empty()) {
        counts = std::move(m_spareCounts.back());
        m_spareCounts.pop_back();
    }
    counts.assign(size, 0);
    return counts;
}

LoopBuilder::Placement LoopBuilder::accept(const Candidate& c, const Segment& segment, Segment* movable)
{
    close(c.depth, segment);
    Frame& f = m_stack[c.depth];
    if (c.index > f.pos)
        reportMissing(f, f.pos + 1, c.index, segment);
    const bool over = exceeded(f, c.index);
    f.pos = c.index;
    ++f.counts[c.index];
    const GuideNode& node = f.spec->children[c.index];
    if (!node.isLoop()) {
        if (over)
            report(FindingKind::SegmentRepeatExceeded, segment, f.spec->id,
                   tr("segment %1 repeats more often than allowed").arg(QString::fromLatin1(node.segment.label())),
                   tr("at most %1").arg(limitText(node.segment.maxUse)));
        if (!m_keepTree)
            return Placement{&node.segment, f.spec->id, &segment};
        f.node->appendSegment(movable ? std::move(*movable) : Segment(segment));
        return Placement{&node.segment, f.spec->id, &f.node->segments.back()};
    }
    const LoopSpec& spec = *node.loop;
    if (over)
        report(FindingKind::LoopRepeatExceeded, segment, spec.id,
               tr("loop %1 repeats more often than allowed").arg(QString::fromLatin1(spec.id)),
               tr("at most %1").arg(limitText(spec.maxRepeat)));
    Loop* child = nullptr;
    const Segment* placed = &segment;
    if (m_keepTree) {
        child = &f.node->appendLoop(spec.id);
        // Room for what the last loop of its kind held (up to a few): files repeat the same
        // shapes, and vectors grown one entry at a time are reallocated and left oversized.
        constexpr int kMostReserved = 16;
        const auto seen = m_shapes.find(&spec);
        const Shape shape = seen == m_shapes.end() ? Shape{4, 0} : seen->second;
        child->segments.reserve(qBound(1, shape.segments, kMostReserved));
        child->loops.reserve(qMin(shape.loops, kMostReserved));
        child->appendSegment(movable ? std::move(*movable) : Segment(segment));
        placed = &child->segments.back();
    }
    Frame inner{&spec, child, 0, takeCounts(spec.children.size())};
    inner.counts[0] = 1;
    m_stack.push_back(std::move(inner));
    return Placement{&spec.children.front().segment, spec.id, placed};
}

LoopBuilder::Placement LoopBuilder::add(const Segment& segment)
{
    return place(segment, nullptr);
}

LoopBuilder::Placement LoopBuilder::add(Segment&& segment)
{
    return place(segment, &segment);
}

LoopBuilder::Placement LoopBuilder::place(const Segment& segment, Segment* movable)
{
    Candidate c = search(segment, false);
    if (c.depth < 0)
        c = search(segment, true);
    if (c.depth >= 0)
        return accept(c, segment, movable);
    const QByteArray label = segment.label();
    report(FindingKind::UnexpectedSegment, segment, currentLoop(),
           tr("segment %1 not expected here (out of order, wrong qualifier or too many)").arg(QString::fromLatin1(label)),
           tr("a segment the guide allows after loop %1").arg(QString::fromLatin1(currentLoop())));
    return Placement{nullptr, currentLoop()};
}

Loop LoopBuilder::finish(const Segment& trailer)
{
    close(-1, trailer);
    m_stack.clear();
    return std::move(m_root);
}

}  // namespace fd::x12
