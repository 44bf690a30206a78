#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace fd::x12 {

enum class Usage { Required, Situational, NotUsed };

constexpr int kUnbounded = -1;

// One element (or component of a composite) as an implementation guide constrains it.
struct ElementSpec
{
    QByteArray refDes;        // "NM109", "CLM05-01"
    QByteArray dataElement;   // "67", "C023"
    QString name;
    Usage usage = Usage::Situational;
    int seq = 0;              // position in the segment or composite
    QByteArray type;          // AN, ID, DT, TM, R, N0..N9, B; empty for a composite
    int minLength = 0;
    int maxLength = 0;        // 0: unchecked
    QList<QByteArray> codes;  // the guide's own list; empty means any value of the type
    QByteArray externalCodes; // a code set id from codes.xml ("pos", "states")
    int repeat = 1;           // repetitions allowed (kUnbounded for ">1")
    std::vector<ElementSpec> components;  // non-empty for a composite

    bool isComposite() const { return !components.empty(); }
};

// A segment at one place of a guide: NM1*85 in loop 2010AA, say.
struct SegmentSpec
{
    QByteArray id;
    QString name;
    Usage usage = Usage::Situational;
    int maxUse = 1;
    std::vector<ElementSpec> elements;
    QList<QByteArray> syntax;  // "P0506", "R0203", "C0403", "L010203", "E0102"

    // How a segment in a file is recognised as this one: its id, plus the qualifier codes the
    // guide fixes for element 01 (or its first component), or HL03 for HL.
    int qualifierElement = 0;  // 0: id alone decides
    QList<QByteArray> qualifierCodes;
    QByteArray label() const;  // "NM1*85" or "NM1"
};

struct LoopSpec;

// A child of a loop: a segment or a nested loop, in the order the guide lists them.
struct GuideNode
{
    SegmentSpec segment;
    std::unique_ptr<LoopSpec> loop;

    bool isLoop() const { return loop != nullptr; }
};

struct LoopSpec
{
    QByteArray id;  // "2300"; the transaction's root is "ST"
    QString name;
    Usage usage = Usage::Situational;
    int maxRepeat = 1;
    std::vector<GuideNode> children;
    // What placing a segment needs to know of each child, gathered by buildIndex() so that it
    // compares integers rather than strings and reads a few bytes rather than whole specs.
    struct Lead
    {
        quint32 key = 0;  // segmentKey() of the child's first segment, 0 when it has none
        int child = 0;
        const SegmentSpec* segment = nullptr;  // the child's first segment
        int qualifierElement = 0;  // as in the segment spec
        quint64 qualifier = 0;     // shortKey() of its only qualifier code, else 0
        int limit = 1;             // repeats (loop) or uses (segment) allowed, kUnbounded
        bool isLoop = false;

        bool operator<(const Lead& o) const { return key != o.key ? key < o.key : child < o.child; }
    };
    std::vector<Lead> leads;            // by key, then position: the children a segment may start
    std::vector<Lead> leadsByPosition;  // the same in the children's order
    // The indexes of the required children, in order; filled by buildIndex().
    std::vector<int> requiredChildren;

    // The loop's first segment, which opens each repetition.
    const SegmentSpec* firstSegment() const;
    // Fills leads, leadsByPosition and requiredChildren here and in every nested loop; call it
    // once the loop is complete and will not move (a Guide in its place in the registry).
    void buildIndex();
};

// A transaction set described by its implementation guide.
struct Guide
{
    QByteArray transactionSet;  // "837"
    QByteArray version;         // "005010X222A1"
    QByteArray functionalId;    // GS01: "HC"
    QString name;
    QString source;             // which map or description it was built from
    SegmentSpec header;         // ST
    SegmentSpec trailer;        // SE
    LoopSpec root;              // the segments and loops between ST and SE
};

bool segmentMatches(const SegmentSpec& spec, const QByteArray& id, const QByteArray& qualifier);

}  // namespace fd::x12
