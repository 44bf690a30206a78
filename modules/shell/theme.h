#pragma once

#include <QPalette>
#include <QString>

namespace fd::shell {

enum class Theme { System, Light, Dark };

QString themeId(Theme theme);  // "system", "light", "dark"
Theme themeFromId(const QString& id);

QPalette lightPalette();
QPalette darkPalette();

// Fusion style with the chosen palette. "System" goes back to the palette the application
// started with (the platform's).
void applyTheme(Theme theme);

}  // namespace fd::shell
