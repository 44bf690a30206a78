#include "translations/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fd::i18n {

bool install(QCoreApplication& app, const QString& language)
{
    if (language.isEmpty() || language == QLatin1String("en"))
        return true;
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral("frontdesk_%1").arg(language), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QLocale::setDefault(QLocale(language));
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

QString environmentLanguage()
{
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(name);
        if (value.isEmpty())
            continue;
        const QString code = QString::fromLatin1(value).section(QLatin1Char(':'), 0, 0).left(2).toLower();
        if (code == QLatin1String("c") || code == QLatin1String("po"))  // C, POSIX
            return QStringLiteral("en");
        return code;
    }
    return QStringLiteral("en");
}

}  // namespace fd::i18n
