#pragma once

#include "translations/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace fd::test {

// Installs Frontdesk's catalog for `language` (fd::i18n::install, as the programs do) for one
// test, then removes it and restores the default locale, so that the tests run after it in the
// same process still see English. installed() is false when there is no such catalog.
// Link fd_translations to use it.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString& language) : m_savedLocale(QLocale())
    {
        QCoreApplication* app = QCoreApplication::instance();
        const QList<QTranslator*> before = app->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
        m_ok = i18n::install(*app, language);
        for (QTranslator* t : app->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
            if (!before.contains(t))
                m_installed << t;
        }
    }
    ~ScopedLanguage()
    {
        for (QTranslator* t : m_installed) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(m_savedLocale);
    }
    bool installed() const { return m_ok; }

    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QLocale m_savedLocale;
    QList<QTranslator*> m_installed;
    bool m_ok = false;
};

}  // namespace fd::test
