#include "shell/icons.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initFrontdeskResources()
{
    Q_INIT_RESOURCE(frontdesk);
}

namespace fd::shell {

void initResources()
{
    static const bool done = (initFrontdeskResources(), true);
    Q_UNUSED(done);
}

QIcon icon(const QString& name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

}  // namespace fd::shell
