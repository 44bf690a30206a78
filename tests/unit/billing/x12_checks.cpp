#include "x12_checks.h"

#include "test_support.h"
#include "x12/element_validator.h"
#include "x12/guide_map_loader.h"
#include "x12/guide_registry.h"
#include "x12/loop_builder.h"
#include "x12/semantic_checker.h"
#include "x12/x12_reader.h"
#include "x12/xml_node.h"
#include "x12_validation.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QSet>

#include <optional>

namespace fd::billing::test {

namespace {

using namespace fd::x12;

QString firstFinding(const Findings& findings)
{
    return findings.empty() ? QString() : findings.front().toText();
}

qint64 cents(const QByteArray& amount)
{
    const QList<QByteArray> parts = amount.split('.');
    qint64 value = parts.at(0).toLongLong() * 100;
    if (parts.size() > 1)
        value += parts.at(1).leftJustified(2, '0').left(2).toLongLong();
    return value;
}

// The pyx12 map as published (not the copy compiled into the library).
const Guide& sharedMapGuide()
{
    static std::unique_ptr<Guide> guide;
    if (!guide) {
        const QString path = fd::test::x12SamplesDir() + QStringLiteral("/pyx12-maps/837.5010.X222.A1.xml");
        QFile file(path);
        INFO(path.toStdString());
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto xml = parseXml(file.readAll(), path);
        REQUIRE(xml.ok());
        auto registry = GuideRegistry::instance();
        REQUIRE(registry.ok());
        auto loaded = GuideMapLoader((*registry)->dictionary()).load(xml.value(), path);
        INFO((loaded.ok() ? std::string() : loaded.error().toString().toStdString()));
        REQUIRE(loaded.ok());
        guide = std::make_unique<Guide>(std::move(loaded.value()));
        guide->root.buildIndex();
    }
    return *guide;
}

void walkSharedMap(const Transaction& t)
{
    const Guide& guide = sharedMapGuide();
    auto registry = GuideRegistry::instance();
    Findings findings;
    LoopBuilder builder(guide, findings);
    ElementValidator elements((*registry)->dictionary(), findings);
    t.root.forEachSegment([&](const Segment& s, const Loop&) {
        const auto placed = builder.add(s);
        if (placed.spec)
            elements.validate(*placed.placed, *placed.spec, placed.loop);
    });
    builder.finish(Segment::make("SE", {QByteArray::number(t.root.segmentCount() + 2), t.controlNumber}));
    INFO(firstFinding(findings).toStdString());
    CHECK(findings.empty());
}

void checkClaimsAndHl(const Transaction& t)
{
    int nextHl = 1;
    QSet<QByteArray> seen;
    std::optional<Segment> claim;
    qint64 lines = 0;
    auto closeClaim = [&]() {
        if (claim)
            CHECK(cents(claim->element(2)) == lines);
        claim.reset();
        lines = 0;
    };
    t.root.forEachSegment([&](const Segment& s, const Loop&) {
        if (s.id == "HL") {
            closeClaim();
            CHECK(s.element(1) == QByteArray::number(nextHl++));
            if (!s.element(2).isEmpty())
                CHECK(seen.contains(s.element(2)));
            seen.insert(s.element(1));
        } else if (s.id == "CLM") {
            closeClaim();
            claim = s;
        } else if (s.id == "SV1") {
            lines += cents(s.element(2));
        } else if (s.id == "NM1" && s.element(1) == "85") {
            CHECK(s.element(8) == "XX");
            CHECK(SemanticChecker::isValidNpi(s.element(9)));
        }
    });
    closeClaim();
}

}  // namespace

void requireValid837(const QByteArray& content, int claims)
{
    // (a) the project's reader, guides and semantic checker
    const Document d = X12Reader::readBytes(content);
    INFO(firstFinding(d.findings).toStdString());
    REQUIRE(d.findings.empty());
    int clm = 0;
    for (const Interchange& x : d.interchanges)
        for (const FunctionalGroup& g : x.groups)
            for (const Transaction& t : g.transactions) {
                clm += int(t.root.descendants("2300").size());
                // (c) the published pyx12 map; CLM02, HL numbering, NPI
                walkSharedMap(t);
                checkClaimsAndHl(t);
            }
    CHECK(clm == claims);

    // (b) node-x12, strict
    const QString report = fd::test::validateX12(content, QStringLiteral("claims.837"));
    CHECK(report.contains(QStringLiteral(" %1 claim(s)").arg(claims)));
}

}  // namespace fd::billing::test
