#include "calendar/core/calendar_text.h"

#include <QCoreApplication>

namespace fd::calendar {

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::calendar", text);
}

}  // namespace fd::calendar
