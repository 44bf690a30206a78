#include "app/desktop/desktop_app.h"

#include "app/common/cores.h"
#include "app/desktop/first_run_wizard.h"
#include "app/desktop/login_dialog.h"
#include "app/desktop/module_list.h"
#include "app/desktop/practice_shell_session.h"
#include "common/logging.h"
#include "shell/main_window.h"
#include "shell/module_host.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QPixmap>
#include <QSettings>
#include <QTimer>
#include <QWindow>

namespace fd::desktop {

namespace {
const QString kLastUserKey = QStringLiteral("login/lastUser");
}

DesktopApp::DesktopApp(QString databasePath, QSettings& settings, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_settings(settings)
{
}

DesktopApp::~DesktopApp()
{
    closeSession();
}

Result<std::unique_ptr<security::PracticeSession>> DesktopApp::loginFromEnvironment(const QString& databasePath)
{
    const QString user = qEnvironmentVariable("FRONTDESK_USER");
    const QString password = qEnvironmentVariable("FRONTDESK_PASSWORD");
    if (user.isEmpty() || password.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Set FRONTDESK_USER and FRONTDESK_PASSWORD to log in without the dialog"));
    return security::PracticeSession::login(databasePath, user, password, qEnvironmentVariable("FRONTDESK_TOTP"));
}

bool DesktopApp::start()
{
    if (!QFileInfo::exists(m_databasePath))
        return runFirstRun();
    if (!qEnvironmentVariableIsSet("FRONTDESK_USER") || !qEnvironmentVariableIsSet("FRONTDESK_PASSWORD"))
        return runLogin();
    auto session = loginFromEnvironment(m_databasePath);
    if (!session)
        return runLogin(LoginDialog::describe(session.error()));
    Status opened = adopt(std::move(session.value()));
    if (opened)
        opened = openWindow();
    if (opened)
        return true;
    closeSession();
    return runLogin(opened.error().toString());
}

bool DesktopApp::runFirstRun()
{
    FirstRunWizard wizard(m_databasePath, [this](const practice::PracticeProfile& profile,
                                                 const security::PracticeSetup& setup) {
        return createPractice(profile, setup);
    });
    wizard.exec();
    // Once the practice exists the window opens, however the last page was closed: the
    // recovery key page cannot be finished without ticking "written down".
    if (!wizard.isCreated())
        return false;
    if (Status status = openWindow(); !status) {
        closeSession();
        return runLogin(status.error().toString());
    }
    return true;
}

bool DesktopApp::runLogin(const QString& message)
{
    LoginDialog dialog(m_databasePath, [this](const QString& user, const QString& password, const QString& code) {
        return security::PracticeSession::login(m_databasePath, user, password, code);
    });
    dialog.setUsername(m_settings.value(kLastUserKey).toString());
    dialog.setMessage(message);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return false;
        m_settings.setValue(kLastUserKey, dialog.usernameField()->text().trimmed());
        Status status = adopt(dialog.takeSession());
        if (status)
            status = openWindow();
        if (status)
            return true;
        closeSession();
        dialog.setMessage(status.error().toString());
    }
}

Status DesktopApp::adopt(std::unique_ptr<security::PracticeSession> session)
{
    closeSession();
    m_session = std::move(session);
    m_registry = std::make_unique<ServiceRegistry>();
    m_session->registerServices(*m_registry);
    FD_TRY(app::startCores(m_session->database(), *m_registry));
    return {};
}

Result<QString> DesktopApp::createPractice(const practice::PracticeProfile& profile,
                                           const security::PracticeSetup& setup)
{
    FD_TRY(practice::validate(profile));
    // A retry after the profile failed to save finds the practice already created: only the
    // profile is saved again, with the recovery key kept from the first attempt.
    if (!m_session) {
        auto created = security::PracticeSession::create(m_databasePath, setup);
        if (!created)
            return created.error();
        m_pendingRecoveryKey = created->recoveryKey;
        FD_TRY(adopt(std::move(created->session)));
    }
    auto profiles = m_registry->get<practice::IPracticeProfile>();
    if (!profiles)
        return makeError(ErrorCode::Internal, tr("The practice profile service is missing"));
    FD_TRY(profiles->save(profile));
    QString recoveryKey = m_pendingRecoveryKey;
    m_pendingRecoveryKey.fill(QLatin1Char('0'));
    m_pendingRecoveryKey.clear();
    return recoveryKey;
}

QString DesktopApp::practiceName() const
{
    if (auto profiles = m_registry->get<practice::IPracticeProfile>()) {
        if (auto profile = profiles->profile(); profile && !profile->name.isEmpty())
            return profile->name;
    }
    return QFileInfo(m_databasePath).completeBaseName();
}

Status DesktopApp::openWindow()
{
    m_modules = std::make_unique<shell::ModuleHost>(createModules());
    FD_TRY(m_modules->start(*m_registry));
    m_shellSession = std::make_unique<PracticeShellSession>(*m_session, practiceName());
    auto offered = m_modules->offered([this](const QString& p) { return m_session->access().can(p); });
    m_window = std::make_unique<shell::MainWindow>(*m_shellSession, offered, m_settings);
    connect(m_window.get(), &shell::MainWindow::logoutRequested, this, [this] {
        // Queued: the window emitting this is about to be destroyed.
        QTimer::singleShot(0, this, [this] {
            logout();
            if (!runLogin())
                emit finished();
        });
    });
    connect(m_window.get(), &shell::MainWindow::closed, this, [this] {
        QTimer::singleShot(0, this, [this] {
            closeSession();
            emit finished();
        });
    });
    m_window->show();
    return {};
}

void DesktopApp::logout()
{
    if (m_window)
        m_window->saveLayout();
    closeSession();
}

void DesktopApp::closeSession()
{
    // Screens and modules first (they hold services), then the session, which takes its
    // services back out of the registry and wipes the key, then the registry itself.
    if (m_window) {
        m_window->disconnect(this);
        m_window->hide();
        m_window.reset();
    }
    m_shellSession.reset();
    m_modules.reset();
    if (m_session) {
        if (Status status = m_session->logout(); !status)
            qCWarning(lcShell) << "logout:" << errorCodeName(status.error().code);
        m_session.reset();
    }
    m_registry.reset();
}

Status DesktopApp::screenshot(const QString& path, QSize size)
{
    auto session = loginFromEnvironment(m_databasePath);
    if (!session)
        return session.error();
    FD_TRY(adopt(std::move(session.value())));
    FD_TRY(openWindow());
    m_window->resize(size);
    QWindow* handle = m_window->windowHandle();
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && !(handle && handle->isExposed())) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        handle = m_window->windowHandle();
    }
    // A few more turns so queued layout requests, model fetches and the first paint settle.
    QDeadlineTimer settle(400);
    while (!settle.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    const QPixmap shot = m_window->grab();
    closeSession();
    if (shot.isNull() || !shot.save(path, "PNG"))
        return makeError(ErrorCode::Io, tr("Cannot save the screenshot to %1").arg(path));
    return {};
}

}  // namespace fd::desktop
