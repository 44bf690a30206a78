#include "shell/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace fd::shell {

QString themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme themeFromId(const QString& id)
{
    if (id == QLatin1String("light"))
        return Theme::Light;
    if (id == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xf4, 0xf5, 0xf7);
    const QColor text(0x1d, 0x23, 0x2b);
    const QColor accent(0x1f, 0x6f, 0xb2);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf1, 0xf5));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x87, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xe9, 0xec, 0xf0));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xdc, 0xe0, 0xe5));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbe, 0xc6));
    p.setColor(QPalette::Dark, QColor(0x8a, 0x92, 0x9c));
    p.setColor(QPalette::Shadow, QColor(0x4a, 0x50, 0x58));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3d, 0x9a));
    const QColor disabled(0x9a, 0xa0, 0xa8);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x26, 0x29, 0x2e);
    const QColor base(0x1c, 0x1e, 0x22);
    const QColor text(0xe3, 0xe6, 0xea);
    const QColor accent(0x3d, 0x8e, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x24, 0x27, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x37, 0x3d));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x92, 0x9b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x35, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x40, 0x45, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x36, 0x3a, 0x40));
    p.setColor(QPalette::Mid, QColor(0x2c, 0x2f, 0x34));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8e, 0xe0));
    const QColor disabled(0x6c, 0x72, 0x7a);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3f, 0x46));
    return p;
}

void applyTheme(Theme theme)
{
    // The platform palette is captured once, before the first change, so "System" can
    // return to it later in the same run.
    static const QPalette systemPalette = QApplication::palette();
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    switch (theme) {
    case Theme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Theme::System:
        QApplication::setPalette(systemPalette);
        break;
    }
}

}  // namespace fd::shell
