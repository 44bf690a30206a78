#pragma once

#include <QString>

class QCoreApplication;

namespace fd::i18n {

// Installs Frontdesk's catalog for `language` ("es"; built into the binary under :/i18n) and
// Qt's own for the standard dialogs, and makes it the default locale. English is the source
// language and needs neither. Returns false when Frontdesk has no catalog for `language`.
bool install(QCoreApplication& app, const QString& language);

// The language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as "es" or "en".
QString environmentLanguage();

}  // namespace fd::i18n
