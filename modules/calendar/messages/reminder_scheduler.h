#pragma once

#include "calendar/core/messaging/reminders.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace fd::security {
class IAccessControl;
}  // namespace fd::security

namespace fd::calendar::messages {

// Runs the due reminders on their own, from a timer, on the one workstation the reminder
// settings name (docs/REMINDERS.md). It lives with the Messages module, which the shell
// destroys at logout and at quit, so runs go on while the session is locked and end with it.
// A tick while a run is still going is skipped; a user who may not send runs nothing.
// It logs nothing about patients: the dock shows the counts of the last run.
class ReminderScheduler final : public QObject
{
    Q_OBJECT

public:
    // `deviceId`: this workstation's id in the practice database (storage::Database).
    ReminderScheduler(std::shared_ptr<messaging::IReminderService> service,
                      std::shared_ptr<security::IAccessControl> access, QString deviceId,
                      QObject* parent = nullptr);
    ~ReminderScheduler() override;

    // Starts the timer at the settings' interval (or the override); says why when it does
    // not run on this workstation.
    void start();
    void stop();
    // FOR TESTS: ticks every `ms` milliseconds instead of the settings' minutes (0: settings).
    void setIntervalOverride(int ms);

    // What the timer calls: reads the settings, then runs the due reminders when this
    // workstation is the sender and the user may send, unless a run is still going.
    void tick();

    bool isActive() const { return m_timer.isActive(); }
    bool isRunning() const { return m_running; }
    int intervalMs() const { return m_timer.interval(); }
    int runs() const { return m_runs; }
    int skippedTicks() const { return m_skipped; }
    QString deviceId() const { return m_deviceId; }
    QString statusText() const { return m_status; }
    bool statusIsProblem() const { return m_problem; }

signals:
    void statusChanged(const QString& text, bool problem);
    void ticked();
    void tickSkipped();
    void runFinished();

private:
    enum class Decision
    {
        Run,
        Idle,     // off, or another workstation sends
        Refused,  // this workstation sends, but not for this user, or the settings failed
    };
    Decision evaluate();
    void applyInterval(int minutes);
    void runDue();
    // `lastRun`: the text is a run's result, kept until something else is to be said.
    void setStatus(const QString& text, bool problem, bool lastRun = false);

    std::shared_ptr<messaging::IReminderService> m_service;
    std::shared_ptr<security::IAccessControl> m_access;
    QString m_deviceId;
    QTimer m_timer;
    int m_overrideMs = 0;
    bool m_running = false;
    int m_runs = 0;
    int m_skipped = 0;
    QString m_status;
    bool m_problem = false;
    bool m_lastRunShown = false;
};

}  // namespace fd::calendar::messages
