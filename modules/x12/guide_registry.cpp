#include "x12/guide_registry.h"

#include "x12/guide_map_loader.h"
#include "x12/guide_text_loader.h"
#include "x12/xml_node.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>

namespace fd::x12 {

namespace {
// Maps taken from pyx12 (BSD licence, guides/LICENSE.pyx12); the 277 X212 map is re-nested by
// tools/fix_277_x212_map.py because the original cannot place the HL levels.
// The version is stated here because not every map lists it in ST03.
struct MapFile
{
    const char* name;
    const char* version;
};
const MapFile kMaps[] = {{"837.5010.X222.A1.xml", "005010X222A1"}, {"835.5010.X221.A1.xml", "005010X221A1"},
                         {"999.5010X231.A1.xml", "005010X231A1"}, {"277.5010.X214.xml", "005010X214"},
                         {"277.5010.X212.xml", "005010X212"}};
// Written by hand from the guides' structure: no machine-readable map exists for them.
const char* const kDescriptions[] = {"270.5010.X279.A1.guide", "271.5010.X279.A1.guide", "276.5010.X212.guide"};

Result<QByteArray> readResource(const QString& name)
{
    QFile f(QStringLiteral(":/fd/x12/guides/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("fd::x12", "guide resource %1 is missing from the build").arg(name));
    return f.readAll();
}

Result<XmlNode> readXml(const QString& name)
{
    auto bytes = readResource(name);
    if (!bytes)
        return bytes.error();
    return parseXml(bytes.value(), name);
}
}  // namespace

Status GuideRegistry::load()
{
    auto elements = readXml(QStringLiteral("dataele.xml"));
    if (!elements)
        return elements.error();
    FD_TRY(m_dictionary.loadElements(elements.value()));
    auto codes = readXml(QStringLiteral("codes.xml"));
    if (!codes)
        return codes.error();
    FD_TRY(m_dictionary.loadCodeSets(codes.value()));
    GuideMapLoader mapLoader(m_dictionary);
    auto control = readXml(QStringLiteral("x12.control.00501.xml"));
    if (!control)
        return control.error();
    m_control = mapLoader.controlSegments(control.value());
    // GS08 is matched against the guides, ISA12 by the reader (which names the version it
    // rejects), so neither needs a code list here.
    for (auto& segment : m_control) {
        if (segment.id == "GS" && segment.elements.size() >= 8)
            segment.elements[7].codes.clear();
        if (segment.id == "ISA" && segment.elements.size() >= 12)
            segment.elements[11].codes.clear();
    }
    for (const auto& [name, version] : kMaps) {
        auto map = readXml(QString::fromLatin1(name));
        if (!map)
            return map.error();
        auto guide = mapLoader.load(map.value(), QString::fromLatin1(name));
        if (!guide)
            return guide.error();
        guide->version = version;
        // ST03 names the guide; some maps mark it unused although 5010 requires it. Which
        // versions are acceptable is decided by the guide lookup, not by a code list.
        if (guide->header.elements.size() >= 3) {
            guide->header.elements[2].usage = Usage::Situational;
            guide->header.elements[2].codes.clear();
        }
        // The X212 map gives GS01 'RA' (payment order); a 277 travels in an 'HN' group.
        if (guide->transactionSet == "277")
            guide->functionalId = "HN";
        m_dictionary.learnLayouts(guide->root);
        m_guides.push_back(std::make_unique<Guide>(std::move(guide.value())));
        m_guides.back()->root.buildIndex();
    }
    const Guide& model = *m_guides.front();
    GuideTextLoader textLoader(m_dictionary);
    for (const char* name : kDescriptions) {
        auto text = readResource(QString::fromLatin1(name));
        if (!text)
            return text.error();
        auto guide = textLoader.load(text.value(), QString::fromLatin1(name));
        if (!guide)
            return guide.error();
        guide->header = model.header;
        guide->header.elements[0].codes = {guide->transactionSet};
        guide->trailer = model.trailer;
        m_guides.push_back(std::make_unique<Guide>(std::move(guide.value())));
        m_guides.back()->root.buildIndex();
    }
    return {};
}

Result<const GuideRegistry*> GuideRegistry::instance()
{
    static const auto loaded = []() -> std::pair<std::unique_ptr<GuideRegistry>, std::optional<Error>> {
        std::unique_ptr<GuideRegistry> r(new GuideRegistry);
        Status s = r->load();
        if (!s.ok())
            return {nullptr, s.error()};
        return {std::move(r), std::nullopt};
    }();
    if (loaded.second)
        return *loaded.second;
    return static_cast<const GuideRegistry*>(loaded.first.get());
}

const Guide* GuideRegistry::find(const QByteArray& transactionSet, const QByteArray& version) const
{
    for (const auto& g : m_guides)
        if (g->transactionSet == transactionSet && g->version == version)
            return g.get();
    return nullptr;
}

const Guide* GuideRegistry::closest(const QByteArray& transactionSet, const QByteArray& version) const
{
    // Only a later addendum of the same 5010 guide (X222A2 for X222A1) is close enough.
    for (const auto& g : m_guides)
        if (g->transactionSet == transactionSet && version.size() >= 10 && g->version.left(10) == version.left(10))
            return g.get();
    return nullptr;
}

const SegmentSpec* GuideRegistry::control(const QByteArray& id) const
{
    for (const auto& s : m_control)
        if (s.id == id)
            return &s;
    return nullptr;
}

}  // namespace fd::x12
