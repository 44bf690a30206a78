#include "demo/demo_generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace fd::demo {

DemoProfile profileFor(DemoSize size)
{
    DemoProfile p;
    p.size = size;
    switch (size) {
    case DemoSize::Small:
        break;
    case DemoSize::Medium:
        p.providers = 10;
        p.locations = 2;
        p.patients = 25000;
        p.monthsBack = 12;
        p.monthsAhead = 1;
        break;
    case DemoSize::Large:
        p.providers = 40;
        p.locations = 4;
        p.patients = 250000;
        p.monthsBack = 60;
        p.monthsAhead = 1;
        break;
    }
    return p;
}

Result<DemoSize> parseDemoSize(const QString& text)
{
    if (text == QStringLiteral("small"))
        return DemoSize::Small;
    if (text == QStringLiteral("medium"))
        return DemoSize::Medium;
    if (text == QStringLiteral("large"))
        return DemoSize::Large;
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("fd::demo", "Unknown demo size \"%1\" (small, medium or large)").arg(text));
}

QString demoSizeName(DemoSize size)
{
    switch (size) {
    case DemoSize::Small: return QStringLiteral("small");
    case DemoSize::Medium: return QStringLiteral("medium");
    case DemoSize::Large: return QStringLiteral("large");
    }
    return QStringLiteral("small");
}

void DemoGenerator::add(std::shared_ptr<IDemoContributor> contributor)
{
    m_contributors.push_back(std::move(contributor));
}

Result<std::vector<DemoStep>> DemoGenerator::run(DemoContext& context,
                                                 const std::function<void(const DemoStep&)>& progress)
{
    std::vector<DemoStep> steps;
    for (const auto& c : m_contributors) {
        QElapsedTimer timer;
        timer.start();
        auto made = c->generate(context);
        if (!made)
            return makeError(made.error().code,
                             QCoreApplication::translate("fd::demo", "Demo data for %1 failed").arg(c->entity()),
                             made.error().toString());
        DemoStep step{c->entity(), made.value(), timer.elapsed()};
        if (progress)
            progress(step);
        steps.push_back(step);
    }
    return steps;
}

}  // namespace fd::demo
