#include "app/desktop/desktop_app.h"
#include "common/logging.h"
#include "shell/app_settings.h"
#include "shell/icons.h"
#include "shell/theme.h"
#include "translations/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(fd::desktop::main)
};

QSize parseSize(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    return QSize(parts[0].toInt(), parts[1].toInt());
}

int fail(const QString& message, int status = 1)
{
    std::fprintf(stderr, "frontdesk: %s\n", message.toLocal8Bit().constData());
    return status;
}

}  // namespace

int main(int argc, char** argv)
{
    fd::hardenProcess();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Frontdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Frontdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FD_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.frontdesk.Frontdesk"));
    QApplication::setQuitOnLastWindowClosed(false);  // logging out closes the window, then logs in again
    fd::shell::initResources();
    QApplication::setWindowIcon(fd::shell::icon(QStringLiteral("frontdesk")));

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Frontdesk: front-office software for medical practices"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), Main::tr("The practice database (created on first run; default: practice.db in the user's data folder)."),
                                QStringLiteral("PATH"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  Main::tr("Log in from FRONTDESK_USER/FRONTDESK_PASSWORD, save the window as a PNG "
                                     "and exit."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), Main::tr("Window size for --screenshot (default 1440x900)."),
                                  QStringLiteral("WxH"), QStringLiteral("1440x900"));
    const QCommandLineOption lang(QStringLiteral("lang"), Main::tr("Use this language (en, es) for this run."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption theme(QStringLiteral("theme"), Main::tr("Use this theme (system, light, dark) for this run."),
                                   QStringLiteral("NAME"));
    parser.addOptions({db, shot, size, lang, theme});
    parser.process(app);

    QSettings settings;
    const fd::shell::AppSettings preferences(settings);
    fd::i18n::install(app, parser.isSet(lang) ? parser.value(lang) : fd::shell::effectiveLanguage(preferences.language()));
    fd::shell::applyTheme(parser.isSet(theme) ? fd::shell::themeFromId(parser.value(theme)) : preferences.theme());

    // Without --db (started from the desktop menu) the practice lives in the user's data folder;
    // the first start there runs the setup.
    QString database = parser.value(db);
    if (database.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!QDir().mkpath(dir))
            return fail(Main::tr("Cannot create %1").arg(dir));
        database = dir + QStringLiteral("/practice.db");
    }
    fd::desktop::DesktopApp desktop(database, settings);

    if (parser.isSet(shot)) {
        const QSize windowSize = parseSize(parser.value(size));
        if (!windowSize.isValid() || windowSize.isEmpty())
            return fail(Main::tr("--size must look like 1440x900"), 2);
        if (fd::Status status = desktop.screenshot(parser.value(shot), windowSize); !status)
            return fail(status.error().toString());
        return 0;
    }

    QObject::connect(&desktop, &fd::desktop::DesktopApp::finished, &app, &QApplication::quit);
    if (!desktop.start())
        return 0;
    return QApplication::exec();
}
