#pragma once

#include "common/result.h"
#include "common/secure_bytes.h"

#include <QCoreApplication>
#include <QString>

class QLineEdit;
class QWidget;

namespace fd::billing::ui {

// The fields the billing settings pages share: plain and secret lines, a path with a Browse
// button, the "stored" hint of a secret, and a port read from text.
class SettingsFields
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ui::SettingsFields)

public:
    static QLineEdit* line(QWidget* parent, const QString& objectName,
                           const QString& placeholder = {});
    // Typed text is hidden; nothing is ever loaded into it.
    static QLineEdit* secret(QWidget* parent, const QString& objectName);
    // The field in a row with a Browse button choosing a file (or a folder).
    static QWidget* withBrowse(QLineEdit* edit, const QString& caption, bool folder);
    // "(stored; leave empty to keep)" as the secret's placeholder when one is stored.
    static void showStored(QLineEdit* edit, bool stored);
    static QString storedText();
    // The typed secret, the QString's UTF-8 copy wiped.
    static SecureBytes secretOf(const QLineEdit* edit);
    // A port from 1 to 65535, or an error naming `what` ("The SFTP port").
    static Result<int> port(const QString& text, const QString& what);
};

}  // namespace fd::billing::ui
