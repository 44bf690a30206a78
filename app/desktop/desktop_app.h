#pragma once

#include "common/result.h"
#include "common/service_registry.h"
#include "practice/core/practice_profile.h"
#include "security/practice_session.h"

#include <QObject>
#include <QSize>

#include <memory>

class QSettings;

namespace fd::shell {
class MainWindow;
class ModuleHost;
}  // namespace fd::shell

namespace fd::desktop {

class PracticeShellSession;

// The workstation's life: first run or login, the logged-in window with its modules, lock,
// logout back to login, quit. One practice session at a time; logging out drops the window,
// the modules and every service before the session wipes its key.
class DesktopApp final : public QObject
{
    Q_OBJECT
public:
    DesktopApp(QString databasePath, QSettings& settings, QObject* parent = nullptr);
    ~DesktopApp() override;

    // Shows the first-run wizard or the login dialog (FRONTDESK_USER/FRONTDESK_PASSWORD log in
    // without it), then the window. False when the user cancelled.
    bool start();
    // Logs in from the environment, shows the window at `size`, waits for it to be laid out and
    // painted, saves it as PNG and logs out.
    Status screenshot(const QString& path, QSize size);

    // Parts of start(), public for tests.
    Status adopt(std::unique_ptr<security::PracticeSession> session);
    Result<QString> createPractice(const practice::PracticeProfile& profile, const security::PracticeSetup& setup);
    Status openWindow();
    void logout();
    shell::MainWindow* window() const { return m_window.get(); }
    security::PracticeSession* session() const { return m_session.get(); }

    static Result<std::unique_ptr<security::PracticeSession>> loginFromEnvironment(const QString& databasePath);

signals:
    void finished();

private:
    bool runFirstRun();
    bool runLogin(const QString& message = {});
    QString practiceName() const;
    void closeSession();

    QString m_databasePath;
    QSettings& m_settings;
    std::unique_ptr<security::PracticeSession> m_session;
    std::unique_ptr<ServiceRegistry> m_registry;
    std::unique_ptr<shell::ModuleHost> m_modules;
    std::unique_ptr<PracticeShellSession> m_shellSession;
    std::unique_ptr<shell::MainWindow> m_window;
    QString m_pendingRecoveryKey;  // between creating the practice and saving its profile
};

}  // namespace fd::desktop
