#include "command.h"

#include "common/logging.h"

#include "translations/translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <cstring>

// frontdeskctl: the administration and batch tool. It renders documents (PDF reports), which
// Qt Charts only does inside a QApplication, so it runs one on the offscreen platform.
int main(int argc, char** argv)
{
    fd::hardenProcess();
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // Qt wants a private runtime directory and complains on stderr without one (cron, CI).
    if (!std::getenv("XDG_RUNTIME_DIR")) {
        const std::string dir = "/tmp/frontdesk-runtime-" + std::to_string(::getuid());
        ::mkdir(dir.c_str(), 0700);
        ::setenv("XDG_RUNTIME_DIR", dir.c_str(), 1);
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Frontdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("frontdeskctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FD_VERSION));
    fd::i18n::install(app, fd::i18n::environmentLanguage());  // LANG=es_US.UTF-8 speaks Spanish
    return fd::cli::dispatch(QCoreApplication::arguments());
}
