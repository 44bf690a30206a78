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
const char* const kMaps[] = {"837.5010.X222.A1.xml", "835.5010.X221.A1.xml", "999.5010X231.A1.xml",
                             "277.5010.X214.xml", "277.5010.X212.xml"};
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
    FD_TRY(bytes);
    return parseXml(bytes.value(), name);
}
}  // namespace

Status GuideRegistry::load()
{
    auto elements = readXml(QStringLiteral("dataele.xml"));
    FD_TRY(elements);
    FD_TRY(m_dictionary.loadElements(elements.value()));
    auto codes = readXml(QStringLiteral("codes.xml"));
    FD_TRY(codes);
    FD_TRY(m_dictionary.loadCodeSets(codes.value()));
    GuideMapLoader mapLoader(m_dictionary);
    auto control = readXml(QStringLiteral("x12.control.00501.xml"));
    FD_TRY(control);
    m_control = mapLoader.controlSegments(control.value());
    for (const char* name : kMaps) {
        auto map = readXml(QString::fromLatin1(name));
        FD_TRY(map);
        auto guide = mapLoader.load(map.value(), QString::fromLatin1(name));
        FD_TRY(guide);
        // ST03 names the guide; some maps mark it unused although 5010 requires it.
        if (guide->header.elements.size() >= 3)
            guide->header.elements[2].usage = Usage::Situational;
        m_dictionary.learnLayouts(guide->root);
        m_guides.push_back(std::make_unique<Guide>(std::move(guide.value())));
    }
    const Guide& model = *m_guides.front();
    GuideTextLoader textLoader(m_dictionary);
    for (const char* name : kDescriptions) {
        auto text = readResource(QString::fromLatin1(name));
        FD_TRY(text);
        auto guide = textLoader.load(text.value(), QString::fromLatin1(name));
        FD_TRY(guide);
        guide->header = model.header;
        guide->header.elements[0].codes = {guide->transactionSet};
        guide->header.elements[2].codes = {guide->version};
        guide->trailer = model.trailer;
        m_guides.push_back(std::make_unique<Guide>(std::move(guide.value())));
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
