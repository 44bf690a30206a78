#include "command.h"

#include "common/logging.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdlib>
#include <cstring>

// frontdeskctl: the administration and batch tool. It renders documents (PDF reports), which
// Qt Charts only does inside a QApplication, so it runs one on the offscreen platform.
int main(int argc, char** argv)
{
    fd::hardenProcess();
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Frontdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("frontdeskctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FD_VERSION));
    return fd::cli::dispatch(QCoreApplication::arguments());
}
