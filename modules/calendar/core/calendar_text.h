#pragma once

#include <QString>

namespace fd::calendar {

// Translates `text` in the "fd::calendar" context: the scheduling core's free functions call
// it; its classes have their own tr() (Q_DECLARE_TR_FUNCTIONS).
QString tr(const char* text);

}  // namespace fd::calendar
