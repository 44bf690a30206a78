#pragma once

#include "common/result.h"
#include "x12/data_dictionary.h"
#include "x12/guide.h"
#include "x12/xml_node.h"

namespace fd::x12 {

// Builds a Guide from a pyx12 map (the XML maps of the 5010 implementation guides): the
// segments and loops between ST and SE, with wrapper loops (HEADER, DETAIL, ...) flattened
// into their parent, and element types and lengths from the data element dictionary.
class GuideMapLoader
{
public:
    explicit GuideMapLoader(const DataDictionary& dictionary) : m_dictionary(dictionary) {}

    Result<Guide> load(const XmlNode& map, const QString& source) const;
    // The ISA/GS/GE/IEA/TA1 segments of the control map, keyed by id.
    std::vector<SegmentSpec> controlSegments(const XmlNode& map) const;

    SegmentSpec segment(const XmlNode& node) const;

private:
    ElementSpec element(const XmlNode& node) const;
    void addChildren(const XmlNode& node, LoopSpec& into) const;

    const DataDictionary& m_dictionary;
};

Usage parseUsage(const QByteArray& text);
int parseRepeat(const QByteArray& text);
// The pyx12 rule for recognising a segment: element 01 (or its first component) when it is a
// required ID with codes, HL03 for HL.
void deriveQualifier(SegmentSpec& spec);

}  // namespace fd::x12
