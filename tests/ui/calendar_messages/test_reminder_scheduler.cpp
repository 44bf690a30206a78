// Automatic reminder runs (ReminderScheduler) over the real reminder service and the real SMTP
// server on loopback: the chosen workstation sends each due reminder once over several ticks;
// another workstation, or a user who may not send, sends nothing; a tick during a run is
// skipped.
#include "calendar/core/messaging/messaging_registration.h"
#include "calendar/messages/message_log_model.h"
#include "calendar/messages/messages_dock.h"
#include "calendar/messages/messages_module.h"
#include "calendar/messages/messaging_settings_page.h"
#include "calendar/messages/reminder_scheduler.h"
#include "calendar_fixture.h"
#include "common/secure_bytes.h"
#include "patients/core/patients.h"
#include "practice/core/practice_profile.h"
#include "smtp_test_server.h"

#include <catch2/catch_test_macros.hpp>

#include <QCheckBox>
#include <QDateEdit>
#include <QEventLoop>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSpinBox>

#include <algorithm>

using namespace fd;
using namespace fd::calendar;
using namespace fd::calendar::messaging;
using namespace fd::calendar::messages;
using fd::calendar::messaging::test::SmtpTestServer;

namespace {

const QString kOtherDevice = QStringLiteral("5a1d3c9e-0000-4000-8000-0000000000f2");
constexpr int kTickMs = 50;

template <typename T>
T need(Result<T> r)
{
    INFO((r.ok() ? std::string() : r.error().toString().toStdString()));
    REQUIRE(r.ok());
    return std::move(r.value());
}

void need(const Status& s)
{
    INFO((s.ok() ? std::string() : s.error().toString().toStdString()));
    REQUIRE(s.ok());
}

// Alice and Bob (email with consent) booked for Monday 2025-03-10 at 9:00 and 9:30 in New
// York; at the fixture's "now" (Friday 10:00 New York) the "3 days before" email is due.
struct SchedulerFixture : fd::calendar::test::CalendarFixture
{
    SchedulerFixture()
    {
        REQUIRE(db->migrate({messagingMigrations()}).ok());
        registerMessagingServices(registry);
        grantAll();
        access->granted.insert(perm::kMessagesView);
        access->granted.insert(perm::kRemindersSend);
        access->granted.insert(perm::kRemindersSettings);
        practice::PracticeProfile profile;
        profile.name = QStringLiteral("Río Azul Family Clinic");
        profile.phone = QStringLiteral("(518) 555-0100");
        profile.timeZone = QStringLiteral("America/New_York");
        need(registry.get<practice::IPracticeProfile>()->save(profile));
        auto patients = registry.get<patients::IPatientService>();
        for (auto [id, email] : {std::pair{aliceId, QStringLiteral("alice@example.org")},
                                 std::pair{bobId, QStringLiteral("bob@example.org")}}) {
            auto p = need(patients->get(id));
            p.email = email;
            p.emailConsent = true;
            p.preferredLanguage = QStringLiteral("en");
            need(patients->update(p));
        }
        book(request(aliceId, QDate(2025, 3, 10), QTime(9, 0)));
        book(request(bobId, QDate(2025, 3, 10), QTime(9, 30)));
        service = registry.get<IReminderService>();
        REQUIRE(service);
        thisDevice = db->deviceId();
        REQUIRE_FALSE(thisDevice.isEmpty());
        certs = messaging::test::makeTestCertificates(certDir);
        server = std::make_unique<SmtpTestServer>(
            certDir, SmtpTestServer::Options{certs.serverCert, certs.serverKey,
                                             QStringLiteral("reminders"), QStringLiteral("s3cret")});
        INFO(server->startError().toStdString());
        REQUIRE(server->started());
    }

    // Email through the loopback server, "3 days before" only; runs from `device`.
    void configure(const QString& device, const QString& workstation)
    {
        MessagingSettings s = need(service->settings());
        s.emailEnabled = true;
        s.smtp.host = QStringLiteral("127.0.0.1");
        s.smtp.port = server->port();
        s.smtp.username = QStringLiteral("reminders");
        s.smtp.caFile = certs.caFile;
        s.smtp.fromAddress = QStringLiteral("frontdesk@clinic.example.org");
        s.schedules[0].rules = need(parseRulesText(QStringLiteral("3d:email")));
        s.autoRun.deviceId = device;
        s.autoRun.workstation = workstation;
        s.autoRun.intervalMinutes = 1;
        MessagingSecrets secrets;
        secrets.smtpPassword = SecureBytes::fromByteArray(QByteArrayLiteral("s3cret"));
        const Status saved = service->saveSettings(s, std::move(secrets));
        INFO((saved.ok() ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved.ok());
    }

    QStringList recipients() const
    {
        QStringList all;
        for (int i = 0; i < server->messages().size(); ++i)
            all << server->recipients(i);
        all.sort();
        return all;
    }

    std::shared_ptr<IReminderService> service;
    QString thisDevice;
    fd::test::TempDir certDir;
    messaging::test::TestCertificates certs;
    std::unique_ptr<SmtpTestServer> server;
};

// Waits until `spy` has `count` signals (each wait has its own generous deadline).
bool waitFor(QSignalSpy& spy, int count)
{
    while (spy.count() < count) {
        if (!spy.wait(30000))
            return false;
    }
    return true;
}

// The real service, whose first run waits until the scheduler skipped a tick, and which
// counts how many runs were going at once.
class HeldService final : public IReminderService
{
public:
    explicit HeldService(std::shared_ptr<IReminderService> inner) : m_inner(std::move(inner)) {}
    ReminderScheduler* scheduler = nullptr;
    int depth = 0;
    int maxDepth = 0;
    bool heldUntilSkip = false;

    Result<RunReport> run(const RunOptions& options) override
    {
        ++depth;
        maxDepth = std::max(maxDepth, depth);
        if (!heldUntilSkip && scheduler) {
            QSignalSpy skipped(scheduler, &ReminderScheduler::tickSkipped);
            heldUntilSkip = skipped.wait(30000);  // the timer goes on ticking meanwhile
        }
        auto report = m_inner->run(options);
        --depth;
        return report;
    }
    Result<MessagingSettings> settings() override { return m_inner->settings(); }
    Result<QStringList> secretsSet() override { return m_inner->secretsSet(); }
    Status saveSettings(const MessagingSettings& s, MessagingSecrets secrets,
                        const QStringList& clear) override
    {
        return m_inner->saveSettings(s, std::move(secrets), clear);
    }
    Result<RunItem> retry(const QString& id) override { return m_inner->retry(id); }
    Status sendTest(const TestMessage& m) override { return m_inner->sendTest(m); }
    Result<MessageTransports> transports() override { return m_inner->transports(); }
    Result<ReplyImportReport> importReplies(const QString& p) override
    {
        return m_inner->importReplies(p);
    }
    Result<StatusImportReport> importStatusCallbacks(const QString& p) override
    {
        return m_inner->importStatusCallbacks(p);
    }
    Result<std::vector<LoggedMessage>> messages(const MessageFilter& f) override
    {
        return m_inner->messages(f);
    }
    Result<std::vector<ReplyRecord>> openReplies(bool all) override
    {
        return m_inner->openReplies(all);
    }
    Status resolveReply(const QString& id) override { return m_inner->resolveReply(id); }

private:
    std::shared_ptr<IReminderService> m_inner;
};

}  // namespace

TEST_CASE("Automatic runs: the chosen workstation sends each due reminder once",
          "[ui][messages][scheduler][smtp]")
{
    SchedulerFixture f;
    f.configure(f.thisDevice, QStringLiteral("front-1"));
    MessagesModule module;
    REQUIRE(module.initialize(f.registry).ok());
    REQUIRE(module.allModulesInitialized(f.registry).ok());
    ReminderScheduler* scheduler = module.scheduler();
    REQUIRE(scheduler);
    CHECK(scheduler->isActive());
    CHECK(scheduler->intervalMs() == 60 * 1000);  // the settings' minute
    QWidget parent;
    auto* dock = qobject_cast<MessagesDock*>(module.docks().front().create(&parent));
    REQUIRE(dock);
    CHECK(dock->automaticStatus().contains(QStringLiteral("from this workstation every 1 minute")));
    dock->findChild<QDateEdit*>(QStringLiteral("fromDate"))->setDate(QDate(2025, 3, 1));
    dock->findChild<QDateEdit*>(QStringLiteral("toDate"))->setDate(QDate(2025, 3, 31));
    CHECK(dock->logModel()->rowCount() == 0);

    QStringList statuses;
    QObject::connect(scheduler, &ReminderScheduler::statusChanged,
                     [&](const QString& text, bool) { statuses << text; });
    QSignalSpy runs(scheduler, &ReminderScheduler::runFinished);
    scheduler->setIntervalOverride(kTickMs);
    REQUIRE(waitFor(runs, 3));
    scheduler->stop();

    CHECK(f.recipients() ==
          QStringList{QStringLiteral("alice@example.org"), QStringLiteral("bob@example.org")});
    auto logged = need(f.service->messages({}));
    CHECK(logged.size() == 2);
    for (const LoggedMessage& m : logged)
        CHECK(m.status == MessageStatus::Sent);
    REQUIRE_FALSE(statuses.isEmpty());
    CHECK(statuses.first().startsWith(QStringLiteral("Last automatic run: ")));
    CHECK(statuses.first().contains(QStringLiteral(", 2 sent, 0 failed, 0 skipped")));
    CHECK(dock->automaticStatus().contains(QStringLiteral(", 0 sent, 0 failed")));
    CHECK(dock->logModel()->rowCount() == 2);  // refreshed after the runs
}

TEST_CASE("Automatic runs: a workstation not chosen sends nothing", "[ui][messages][scheduler]")
{
    SchedulerFixture f;
    f.configure(kOtherDevice, QStringLiteral("front-2"));
    MessagesModule module;
    REQUIRE(module.initialize(f.registry).ok());
    REQUIRE(module.allModulesInitialized(f.registry).ok());
    ReminderScheduler* scheduler = module.scheduler();
    REQUIRE(scheduler);
    QWidget parent;
    auto* dock = qobject_cast<MessagesDock*>(module.docks().front().create(&parent));
    QSignalSpy ticks(scheduler, &ReminderScheduler::ticked);
    scheduler->setIntervalOverride(kTickMs);
    REQUIRE(waitFor(ticks, 3));
    scheduler->stop();
    CHECK(scheduler->runs() == 0);
    CHECK(f.server->messages().isEmpty());
    CHECK(need(f.service->messages({})).empty());
    CHECK(dock->automaticStatus() ==
          QStringLiteral("Reminders are sent automatically from another workstation (front-2)."));

    // The settings page shows who sends, and checking the box moves the runs here.
    const auto pages = module.createSettingsPages(&parent);
    REQUIRE(pages.size() == 1);
    auto* page = qobject_cast<MessagingSettingsPage*>(pages.front());
    auto* here = page->findChild<QCheckBox*>(QStringLiteral("autoRunHere"));
    REQUIRE(here);
    CHECK_FALSE(here->isChecked());
    here->setChecked(true);
    page->findChild<QSpinBox*>(QStringLiteral("autoRunMinutes"))->setValue(7);
    page->apply();
    INFO(page->message().toStdString());
    const MessagingSettings saved = need(f.service->settings());
    CHECK(saved.autoRun.deviceId == f.thisDevice);
    CHECK(saved.autoRun.intervalMinutes == 7);
    CHECK(saved.autoRun.workstation == QStringLiteral("test"));
}

TEST_CASE("Automatic runs: a user who may not send runs nothing and the dock says why",
          "[ui][messages][scheduler]")
{
    SchedulerFixture f;
    f.configure(f.thisDevice, QStringLiteral("front-1"));
    f.access->granted.remove(perm::kRemindersSend);
    MessagesModule module;
    REQUIRE(module.initialize(f.registry).ok());
    REQUIRE(module.allModulesInitialized(f.registry).ok());
    ReminderScheduler* scheduler = module.scheduler();
    REQUIRE(scheduler);
    CHECK_FALSE(scheduler->isActive());
    QWidget parent;
    auto* dock = qobject_cast<MessagesDock*>(module.docks().front().create(&parent));
    CHECK(dock->automaticStatus().contains(QStringLiteral("may not send reminders")));
    scheduler->tick();
    scheduler->tick();
    CHECK(scheduler->runs() == 0);
    CHECK(f.access->denied == 0);  // not even attempted
    CHECK(f.server->messages().isEmpty());
    CHECK(need(f.service->messages({})).empty());
}

TEST_CASE("Automatic runs: a tick while a run is going is skipped", "[ui][messages][scheduler][smtp]")
{
    SchedulerFixture f;
    f.configure(f.thisDevice, QStringLiteral("front-1"));
    auto held = std::make_shared<HeldService>(f.service);
    ReminderScheduler scheduler(held, f.access, f.thisDevice);
    held->scheduler = &scheduler;
    scheduler.setIntervalOverride(kTickMs);
    QSignalSpy runs(&scheduler, &ReminderScheduler::runFinished);
    scheduler.start();
    REQUIRE(scheduler.isActive());
    REQUIRE(waitFor(runs, 2));
    scheduler.stop();
    CHECK(held->heldUntilSkip);
    CHECK(scheduler.skippedTicks() >= 1);
    CHECK(held->maxDepth == 1);  // never two runs at once
    CHECK(f.recipients() ==
          QStringList{QStringLiteral("alice@example.org"), QStringLiteral("bob@example.org")});
}

TEST_CASE("Automatic run settings: off by default, every 1 to 60 minutes, kept in the JSON",
          "[messages][scheduler][settings]")
{
    MessagingSettings s = MessagingSettings::defaults();
    CHECK_FALSE(s.autoRun.enabled());
    CHECK(s.autoRun.intervalMinutes == 5);
    for (int minutes : {0, 61}) {
        s.autoRun.intervalMinutes = minutes;
        const Status refused = s.validate();
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("every %1 minutes").arg(minutes)));
    }
    s.autoRun = {kOtherDevice, QStringLiteral("front-2"), 15};
    const MessagingSettings back = need(MessagingSettings::fromJson(s.toJson()));
    CHECK(back.autoRun.deviceId == kOtherDevice);
    CHECK(back.autoRun.workstation == QStringLiteral("front-2"));
    CHECK(back.autoRun.intervalMinutes == 15);
    // Settings saved before automatic runs existed: off, every 5 minutes.
    QJsonObject older = s.toJson();
    older.remove(QStringLiteral("auto_run"));
    const MessagingSettings old = need(MessagingSettings::fromJson(older));
    CHECK_FALSE(old.autoRun.enabled());
    CHECK(old.autoRun.intervalMinutes == 5);
    QJsonObject bad = s.toJson();
    bad[QStringLiteral("auto_run")] = QJsonObject{{QStringLiteral("interval_minutes"), 90}};
    CHECK_FALSE(MessagingSettings::fromJson(bad).ok());
}
