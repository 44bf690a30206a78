#include "x12/loop_builder.h"

#include <QCoreApplication>

namespace fd::x12 {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fd::x12", text);
}

const SegmentSpec* leadSegment(const GuideNode& node)
{
    return node.isLoop() ? node.loop->firstSegment() : &node.segment;
}

bool matches(const SegmentSpec& spec, const Segment& segment)
{
    return segmentMatches(spec, segment.id, spec.qualifierElement ? segment.component(spec.qualifierElement, 1) : QByteArray());
}

QString limitText(int limit)
{
    return limit == kUnbounded ? tr("any number") : QString::number(limit);
}
}  // namespace

LoopBuilder::LoopBuilder(const Guide& guide, Findings& findings) : m_findings(findings)
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
    f.segmentId = trigger.id;
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
    for (int d = int(m_stack.size()) - 1; d >= 0; --d) {
        const Frame& f = m_stack[d];
        const auto& kids = f.spec->children;
        for (int i = qMax(f.pos, 0); i < int(kids.size()); ++i) {
            const SegmentSpec* lead = leadSegment(kids[i]);
            if (!lead || !matches(*lead, segment))
                continue;
            // Within an open loop its own first segment only repeats through the parent.
            if (i == 0 && d > 0 && !kids[i].isLoop())
                continue;
            if (!allowExceeded && exceeded(f, i))
                continue;
            return Candidate{d, i};
        }
    }
    return {};
}

void LoopBuilder::reportMissing(const Frame& frame, int from, int to, const Segment& trigger)
{
    const auto& kids = frame.spec->children;
    for (int j = qMax(from, 0); j < to && j < int(kids.size()); ++j) {
        const GuideNode& k = kids[j];
        if (frame.counts[j] > 0)
            continue;
        if (k.isLoop() && k.loop->usage == Usage::Required)
            report(FindingKind::RequiredLoopMissing, trigger, frame.spec->id,
                   tr("required loop %1 missing").arg(QString::fromLatin1(k.loop->id)),
                   tr("loop %1 (%2)").arg(QString::fromLatin1(k.loop->id), k.loop->name));
        else if (!k.isLoop() && k.segment.usage == Usage::Required)
            report(FindingKind::RequiredSegmentMissing, trigger, frame.spec->id,
                   tr("required segment %1 missing").arg(QString::fromLatin1(k.segment.label())),
                   tr("segment %1 (%2)").arg(QString::fromLatin1(k.segment.label()), k.segment.name));
    }
}

void LoopBuilder::close(int keepDepth, const Segment& trigger)
{
    while (int(m_stack.size()) - 1 > keepDepth) {
        const Frame& f = m_stack.back();
        reportMissing(f, f.pos + 1, int(f.spec->children.size()), trigger);
        m_stack.pop_back();
    }
}

LoopBuilder::Placement LoopBuilder::accept(const Candidate& c, const Segment& segment)
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
        f.node->appendSegment(segment);
        return Placement{&node.segment, f.spec->id};
    }
    const LoopSpec& spec = *node.loop;
    if (over)
        report(FindingKind::LoopRepeatExceeded, segment, spec.id,
               tr("loop %1 repeats more often than allowed").arg(QString::fromLatin1(spec.id)),
               tr("at most %1").arg(limitText(spec.maxRepeat)));
    Loop& child = f.node->appendLoop(spec.id);
    child.appendSegment(segment);
    Frame inner{&spec, &child, 0, std::vector<int>(spec.children.size(), 0)};
    inner.counts[0] = 1;
    m_stack.push_back(std::move(inner));
    return Placement{&spec.children.front().segment, spec.id};
}

LoopBuilder::Placement LoopBuilder::add(const Segment& segment)
{
    Candidate c = search(segment, false);
    if (c.depth < 0)
        c = search(segment, true);
    if (c.depth >= 0)
        return accept(c, segment);
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
