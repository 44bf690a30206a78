#pragma once

#include "shell/module.h"
#include "shell/settings_page.h"
#include "shell/shell_session.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSet>
#include <QVBoxLayout>

namespace fd::shell::fakes {

// A session with one password (and optionally a second factor), no database behind it.
class FakeSession final : public IShellSession
{
public:
    QString id = QStringLiteral("user-1");
    QString name = QStringLiteral("alice");
    QString password = QStringLiteral("correct horse");
    QString totp;  // non-empty: unlock asks for it
    QSet<QString> granted;
    bool locked = false;
    int lockCalls = 0;

    QString userId() const override { return id; }
    QString username() const override { return name; }
    QString roleName() const override { return QStringLiteral("Administrator"); }
    QString practiceName() const override { return QStringLiteral("Maple Street Clinic"); }
    bool can(const QString& permission) const override { return granted.contains(permission); }
    bool isLocked() const override { return locked; }
    Status lock() override
    {
        ++lockCalls;
        locked = true;
        return {};
    }
    Status unlock(const QString& pw, const QString& code) override
    {
        if (pw != password)
            return makeError(ErrorCode::WrongPassword, QStringLiteral("wrong password"));
        if (!totp.isEmpty() && code.isEmpty())
            return makeError(ErrorCode::SecondFactorRequired, QStringLiteral("code needed"));
        if (!totp.isEmpty() && code != totp)
            return makeError(ErrorCode::WrongPassword, QStringLiteral("wrong code"));
        locked = false;
        return {};
    }
};

class FakePage final : public SettingsPage
{
public:
    explicit FakePage(QWidget* parent) : SettingsPage(parent) { new QLabel(QStringLiteral("page"), this); }
    QString title() const override { return QStringLiteral("Test page"); }
    QIcon pageIcon() const override { return {}; }
    void apply() override { ++applied; }
    int applied = 0;
};

// Two docks ("fd.test.notes" for everyone, "fd.test.secret" behind a permission), each with
// a line edit, and actions in both contexts sharing Ctrl+D.
class FakeModule final : public IModule
{
public:
    int notesRuns = 0;
    int secretRuns = 0;
    int greetRuns = 0;
    QPointer<QLineEdit> notesEdit;
    QPointer<QLineEdit> secretEdit;

    QString id() const override { return QStringLiteral("fd.test"); }
    QString displayName() const override { return QStringLiteral("Testing"); }
    QIcon icon() const override { return {}; }
    Status initialize(ServiceRegistry&) override { return {}; }
    Status allModulesInitialized(ServiceRegistry&) override { return {}; }

    std::vector<DockSpec> docks() override
    {
        DockSpec notes;
        notes.objectName = QStringLiteral("fd.test.notes");
        notes.title = QStringLiteral("Notes");
        notes.create = [this](QWidget* parent) { return makeEdit(parent, notesEdit); };
        DockSpec secret;
        secret.objectName = QStringLiteral("fd.test.secret");
        secret.title = QStringLiteral("Secret");
        secret.permission = QStringLiteral("test.secret");
        secret.area = Qt::RightDockWidgetArea;
        secret.create = [this](QWidget* parent) { return makeEdit(parent, secretEdit); };
        return {notes, secret};
    }

    std::vector<ActionSpec> actions() override
    {
        ActionSpec greet;
        greet.id = QStringLiteral("fd.test.greet");
        greet.text = QStringLiteral("Greet the desk");
        greet.trigger = [this] { ++greetRuns; };
        ActionSpec notes;
        notes.id = QStringLiteral("fd.test.notes.duplicate");
        notes.text = QStringLiteral("Duplicate note");
        notes.shortcut = QKeySequence(QStringLiteral("Ctrl+D"));
        notes.context = QStringLiteral("fd.test.notes");
        notes.trigger = [this] { ++notesRuns; };
        ActionSpec secret;
        secret.id = QStringLiteral("fd.test.secret.duplicate");
        secret.text = QStringLiteral("Duplicate secret");
        secret.shortcut = QKeySequence(QStringLiteral("Ctrl+D"));
        secret.context = QStringLiteral("fd.test.secret");
        secret.permission = QStringLiteral("test.secret");
        secret.trigger = [this] { ++secretRuns; };
        ActionSpec show;
        show.id = QStringLiteral("fd.test.showNotes");
        show.text = QStringLiteral("Show notes");
        show.showsDock = QStringLiteral("fd.test.notes");
        show.menu = MenuPlacement::View;
        return {greet, notes, secret, show};
    }

    std::vector<SettingsPage*> createSettingsPages(QWidget* parent) override { return {new FakePage(parent)}; }

private:
    static QWidget* makeEdit(QWidget* parent, QPointer<QLineEdit>& slot)
    {
        auto* box = new QWidget(parent);
        auto* edit = new QLineEdit(box);
        auto* layout = new QVBoxLayout(box);
        layout->addWidget(edit);
        layout->addStretch();
        slot = edit;
        return box;
    }
};

}  // namespace fd::shell::fakes
