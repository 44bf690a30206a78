#include "calendar/messages/reminder_scheduler.h"

#include "common/logging.h"
#include "security/interfaces.h"

#include <QLocale>
#include <QPointer>

namespace fd::calendar::messages {

using namespace messaging;

ReminderScheduler::ReminderScheduler(std::shared_ptr<IReminderService> service,
                                     std::shared_ptr<security::IAccessControl> access,
                                     QString deviceId, QObject* parent)
    : QObject(parent),
      m_service(std::move(service)),
      m_access(std::move(access)),
      m_deviceId(std::move(deviceId))
{
    m_timer.setObjectName(QStringLiteral("reminderSchedulerTimer"));
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    m_timer.setInterval(AutoRunSettings().intervalMinutes * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::tick);
}

ReminderScheduler::~ReminderScheduler()
{
    m_timer.stop();
}

void ReminderScheduler::setIntervalOverride(int ms)
{
    m_overrideMs = ms > 0 ? ms : 0;
    if (m_overrideMs > 0)
        m_timer.setInterval(m_overrideMs);
}

void ReminderScheduler::applyInterval(int minutes)
{
    const int ms = m_overrideMs > 0 ? m_overrideMs : minutes * 60 * 1000;
    if (ms > 0 && m_timer.interval() != ms)
        m_timer.setInterval(ms);  // from the next tick
}

void ReminderScheduler::start()
{
    // The timer ticks even where this workstation is not the sender: each tick reads the
    // settings, so choosing this workstation later starts the runs without a new login.
    // Without the send permission the user never runs reminders: no timer at all.
    const Decision decision = evaluate();
    if (decision == Decision::Refused &&
        (m_deviceId.isEmpty() || !m_access || !m_access->can(perm::kRemindersSend)))
        return;  // evaluate() said why
    m_timer.start();
}

void ReminderScheduler::stop()
{
    m_timer.stop();
}

ReminderScheduler::Decision ReminderScheduler::evaluate()
{
    if (m_deviceId.isEmpty()) {
        setStatus(tr("Reminders cannot be sent automatically: this workstation's id could not "
                     "be read from the practice database."),
                  true);
        return Decision::Refused;
    }
    auto settings = m_service->settings();
    if (!settings) {
        setStatus(tr("Automatic reminder runs: the reminder settings could not be read (%1).")
                      .arg(settings.error().message),
                  true);
        return Decision::Refused;
    }
    const AutoRunSettings& autoRun = settings->autoRun;
    applyInterval(autoRun.intervalMinutes);
    if (!autoRun.enabled()) {
        setStatus(tr("Reminders are not sent automatically: no workstation is chosen in "
                     "Settings ▸ Reminders."),
                  false);
        return Decision::Idle;
    }
    if (autoRun.deviceId != m_deviceId) {
        setStatus(tr("Reminders are sent automatically from another workstation (%1).")
                      .arg(autoRun.workstation.isEmpty() ? autoRun.deviceId : autoRun.workstation),
                  false);
        return Decision::Idle;
    }
    if (!m_access || !m_access->can(perm::kRemindersSend)) {
        setStatus(tr("This workstation sends reminders automatically, but the logged-in user "
                     "may not send reminders: no automatic runs until a user who may logs in."),
                  true);
        return Decision::Refused;
    }
    if (!m_lastRunShown)
        setStatus(tr("Reminders are sent automatically from this workstation every %n "
                     "minute(s).",
                     nullptr, autoRun.intervalMinutes),
                  false);
    return Decision::Run;
}

void ReminderScheduler::tick()
{
    emit ticked();
    if (m_running) {
        ++m_skipped;  // the run before is still going (it waits on the servers)
        emit tickSkipped();
        return;
    }
    if (evaluate() != Decision::Run)
        return;
    // The run starts from the event loop, not inside the timer's slot: Qt does not fire a timer
    // again while its own slot is still going, so a run inside it would hold the timer. From
    // here the timer goes on ticking while the run waits on the servers, and those ticks skip.
    m_running = true;
    QMetaObject::invokeMethod(this, &ReminderScheduler::runDue, Qt::QueuedConnection);
}

void ReminderScheduler::runDue()
{
    ++m_runs;
    // The run waits on the servers in a local event loop; the module may be destroyed meanwhile
    // (the session ended): the service is kept alive for the run, `this` is checked after it.
    QPointer<ReminderScheduler> self(this);
    const std::shared_ptr<IReminderService> service = m_service;
    const auto report = service->run({});
    if (!self)
        return;
    m_running = false;
    const QString when = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    if (!report) {
        // The code only: the message may name an appointment.
        qCWarning(lcShell) << "automatic reminder run failed:"
                           << errorCodeName(report.error().code);
        setStatus(tr("Last automatic run: %1, failed: %2").arg(when, report.error().message),
                  true, true);
    } else {
        const int failed = report->count(RunOutcome::Failed);
        setStatus(tr("Last automatic run: %1, %2 sent, %3 failed, %4 skipped, %5 waiting for "
                     "the allowed hours.")
                      .arg(when)
                      .arg(report->count(RunOutcome::Sent))
                      .arg(failed)
                      .arg(report->count(RunOutcome::Skipped) +
                           report->count(RunOutcome::AlreadyClaimed))
                      .arg(report->count(RunOutcome::Deferred)),
                  failed > 0, true);
    }
    emit runFinished();
}

void ReminderScheduler::setStatus(const QString& text, bool problem, bool lastRun)
{
    m_lastRunShown = lastRun;
    if (text == m_status && problem == m_problem)
        return;
    m_status = text;
    m_problem = problem;
    emit statusChanged(text, problem);
}

}  // namespace fd::calendar::messages
