#include "billing/ui/settings_fields.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace fd::billing::ui {

QLineEdit* SettingsFields::line(QWidget* parent, const QString& objectName,
                                const QString& placeholder)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLineEdit* SettingsFields::secret(QWidget* parent, const QString& objectName)
{
    QLineEdit* edit = line(parent, objectName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QWidget* SettingsFields::withBrowse(QLineEdit* edit, const QString& caption, bool folder)
{
    auto* row = new QWidget(edit->parentWidget());
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    auto* browse = new QPushButton(tr("Browse…"), row);
    browse->setObjectName(edit->objectName() + QStringLiteral("Browse"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, caption, folder] {
        const QString chosen = folder
                                   ? QFileDialog::getExistingDirectory(edit, caption, edit->text())
                                   : QFileDialog::getOpenFileName(edit, caption, edit->text());
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    return row;
}

QString SettingsFields::storedText()
{
    return tr("(stored; leave empty to keep)");
}

void SettingsFields::showStored(QLineEdit* edit, bool stored)
{
    edit->setPlaceholderText(stored ? storedText() : QString());
}

SecureBytes SettingsFields::secretOf(const QLineEdit* edit)
{
    QByteArray bytes = edit->text().toUtf8();
    SecureBytes secret = SecureBytes::fromByteArray(bytes);
    wipeBytes(bytes);
    return secret;
}

Result<int> SettingsFields::port(const QString& text, const QString& what)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 1 || value > 65535)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 \"%2\" is not a number from 1 to 65535.").arg(what, text.trimmed()),
                         QStringLiteral("port"));
    return value;
}

}  // namespace fd::billing::ui
