// The Messages dock and the Reminders settings page over the real reminder service on an
// encrypted practice database: the log with its filters, retry only of what never left, reply
// import and the staff list, settings saved with their secrets kept out of sight.
#include "calendar/core/messaging/message_log.h"
#include "calendar/core/messaging/messaging_registration.h"
#include "calendar/messages/message_log_model.h"
#include "calendar/messages/messages_dock.h"
#include "calendar/messages/messages_module.h"
#include "calendar/messages/messaging_settings_page.h"
#include "calendar/messages/reply_table_model.h"
#include "calendar_fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace fd;
using namespace fd::calendar;
using namespace fd::calendar::messaging;
using namespace fd::calendar::messages;

namespace {

struct MessagesFixture : fd::calendar::test::CalendarFixture
{
    MessagesFixture()
    {
        REQUIRE(db->migrate({messagingMigrations()}).ok());
        registerMessagingServices(registry);
        grantAll();
        access->granted.insert(perm::kMessagesView);
        access->granted.insert(perm::kRemindersSend);
        access->granted.insert(perm::kRemindersSettings);
        service = registry.get<IReminderService>();
        REQUIRE(service);
        // Three logged reminders: an email sent, a text that failed after the gateway may
        // have taken it, a text that failed before it left.
        MessageLog log(*db);
        const QDateTime at = clock->nowUtc().addSecs(-3600);
        const ReminderKey sent{QStringLiteral("a-1"), QStringLiteral("before-4320m"), Channel::Email};
        const ReminderKey unsure{QStringLiteral("a-2"), QStringLiteral("before-120m"), Channel::Sms};
        const ReminderKey never{QStringLiteral("a-3"), QStringLiteral("before-120m"), Channel::Sms};
        REQUIRE(*log.claim(sent, QStringLiteral("pat@example.org"), at));
        REQUIRE(log.markSent(sent, QStringLiteral("<m1@example.org>"), at).ok());
        REQUIRE(*log.claim(unsure, QStringLiteral("+12025550101"), at));
        REQUIRE(log.markFailed(unsure, QStringLiteral("Unavailable"), false, at).ok());
        REQUIRE(*log.claim(never, QStringLiteral("+12025550102"), at));
        REQUIRE(log.markFailed(never, QStringLiteral("Unavailable"), true, at).ok());
    }
    std::shared_ptr<IReminderService> service;
};

int rowOf(const MessageLogModel& model, const QString& appointmentId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.message(row)->key.appointmentId == appointmentId)
            return row;
    }
    return -1;
}

}  // namespace

TEST_CASE("Messages dock: the log, its filters and retry", "[ui][messages]")
{
    MessagesFixture f;
    MessagesDock dock(f.service);
    auto* from = dock.findChild<QDateEdit*>(QStringLiteral("fromDate"));
    auto* to = dock.findChild<QDateEdit*>(QStringLiteral("toDate"));
    REQUIRE(from);
    REQUIRE(to);
    from->setDate(QDate(2025, 3, 1));
    to->setDate(QDate(2025, 3, 31));
    CHECK(dock.logModel()->rowCount() == 3);

    auto* channel = dock.findChild<QComboBox*>(QStringLiteral("channelFilter"));
    channel->setCurrentIndex(channel->findData(int(Channel::Sms)));
    CHECK(dock.logModel()->rowCount() == 2);
    auto* status = dock.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    channel->setCurrentIndex(0);
    status->setCurrentIndex(status->findData(int(MessageStatus::Sent)));
    REQUIRE(dock.logModel()->rowCount() == 1);
    CHECK(dock.logModel()->data(dock.logModel()->index(0, MessageLogModel::ChannelColumn),
                                Qt::DisplayRole) == QStringLiteral("Email"));
    CHECK(dock.logModel()->data(dock.logModel()->index(0, MessageLogModel::RuleColumn),
                                Qt::DisplayRole) == QStringLiteral("3d before"));
    status->setCurrentIndex(0);
    to->setDate(QDate(2025, 3, 5));
    CHECK(dock.logModel()->rowCount() == 0);
    to->setDate(QDate(2025, 3, 31));

    auto* retry = dock.findChild<QPushButton*>(QStringLiteral("retry"));
    CHECK_FALSE(retry->isEnabled());
    dock.logView()->selectRow(rowOf(*dock.logModel(), QStringLiteral("a-1")));
    CHECK_FALSE(retry->isEnabled());  // sent: nothing to retry
    dock.logView()->selectRow(rowOf(*dock.logModel(), QStringLiteral("a-2")));
    REQUIRE(retry->isEnabled());
    retry->click();
    // It may have reached the gateway: sending again could deliver it twice.
    auto* line = dock.findChild<QLabel*>(QStringLiteral("statusLine"));
    CHECK(line->text().contains(QStringLiteral("cannot be sent again")));
    const int unsure = rowOf(*dock.logModel(), QStringLiteral("a-2"));
    CHECK(dock.logModel()->message(unsure)->status == MessageStatus::Failed);
    CHECK(dock.logModel()->message(unsure)->attempts == 1);
}

TEST_CASE("Messages dock: imported replies for staff until handled", "[ui][messages]")
{
    MessagesFixture f;
    MessagesDock dock(f.service);
    const QString file = f.dir.file(QStringLiteral("replies.csv"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("from,body,received_at\n+12025550150,\"Can I bring my son?\",2025-03-07T14:00:00Z\n"
              "+12025550151,R,2025-03-07T14:05:00Z\n");
    out.close();
    dock.importReplies(file);
    auto* line = dock.findChild<QLabel*>(QStringLiteral("statusLine"));
    CHECK(line->text().contains(QStringLiteral("2 reply(ies) imported")));
    // Neither number was ever texted a reminder: both go to staff.
    REQUIRE(dock.replyModel()->rowCount() == 2);
    dock.importReplies(file);
    CHECK(line->text().contains(QStringLiteral("2 imported before")));
    CHECK(dock.replyModel()->rowCount() == 2);

    auto* resolve = dock.findChild<QPushButton*>(QStringLiteral("resolve"));
    CHECK_FALSE(resolve->isEnabled());
    dock.replyView()->selectRow(0);
    REQUIRE(resolve->isEnabled());
    resolve->click();
    CHECK(dock.replyModel()->rowCount() == 1);
}

TEST_CASE("Reminders settings page: saves the settings, keeps secrets, names a bad row",
          "[ui][messages]")
{
    MessagesFixture f;
    MessagesModule module;
    REQUIRE(module.initialize(f.registry).ok());
    REQUIRE(module.allModulesInitialized(f.registry).ok());
    REQUIRE(module.docks().front().objectName == QStringLiteral("fd.calendar.messages"));
    QWidget parent;
    const auto pages = module.createSettingsPages(&parent);
    REQUIRE(pages.size() == 1);
    auto* page = qobject_cast<MessagingSettingsPage*>(pages.front());
    REQUIRE(page);

    page->findChild<QCheckBox*>(QStringLiteral("emailOn"))->setChecked(true);
    page->findChild<QLineEdit*>(QStringLiteral("smtpHost"))->setText(QStringLiteral("smtp.example.org"));
    page->findChild<QLineEdit*>(QStringLiteral("smtpUser"))->setText(QStringLiteral("clinic"));
    page->findChild<QLineEdit*>(QStringLiteral("smtpPassword"))->setText(QStringLiteral("pw-1"));
    page->findChild<QLineEdit*>(QStringLiteral("smtpFrom"))->setText(QStringLiteral("desk@example.org"));
    auto* schedules = page->findChild<QTableWidget*>(QStringLiteral("schedules"));
    REQUIRE(schedules->rowCount() == 1);  // the default: 3 days and 2 hours before
    CHECK(schedules->item(0, 2)->text() == QStringLiteral("3d:email+sms,2h:sms"));
    schedules->item(0, 2)->setText(QStringLiteral("2d:email, 3h:sms"));
    page->apply();
    INFO(page->message().toStdString());
    auto saved = f.service->settings();
    REQUIRE(saved.ok());
    CHECK(saved->emailEnabled);
    CHECK(saved->smtp.host == QStringLiteral("smtp.example.org"));
    REQUIRE(saved->schedules.size() == 1);
    REQUIRE(saved->schedules[0].rules.size() == 2);
    CHECK(saved->schedules[0].rules[0].offsetMinutes == 2 * 24 * 60);
    CHECK(saved->schedules[0].rules[1].channels == QList<Channel>{Channel::Sms});
    CHECK(f.service->secretsSet()->contains(QStringLiteral("smtp_password")));
    CHECK(page->findChild<QLineEdit*>(QStringLiteral("smtpPassword"))->text().isEmpty());
    // The audit names the changed parts and the secret, never its value.
    bool audited = false;
    for (const auto& r : f.audit->records) {
        if (r.entity == QStringLiteral("messaging_settings")) {
            audited = true;
            CHECK_FALSE(QJsonDocument(r.details).toJson().contains("pw-1"));
        }
    }
    CHECK(audited);

    // Saved again with the password field empty: the stored password stays.
    page->findChild<QLineEdit*>(QStringLiteral("fromName"))->setText(QStringLiteral("Front Desk"));
    page->apply();
    CHECK(f.service->secretsSet()->contains(QStringLiteral("smtp_password")));
    CHECK(f.service->settings()->fromName == QStringLiteral("Front Desk"));

    schedules->item(0, 2)->setText(QStringLiteral("3x:email"));
    const auto refused = page->settingsFromForm();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("row 1")));
    page->apply();
    CHECK(f.service->settings()->schedules[0].rules[0].offsetMinutes == 2 * 24 * 60);
}

TEST_CASE("The practice's senders come from the reminder settings, for whoever may send",
          "[messages][transports]")
{
    MessagesFixture f;
    auto none = f.service->transports();
    REQUIRE(none.ok());
    CHECK_FALSE(none->smtp);  // nothing set up yet
    CHECK_FALSE(none->sms);

    MessagingSettings settings = f.service->settings().value();
    settings.emailEnabled = true;
    settings.smtp.host = QStringLiteral("smtp.example.org");
    settings.smtp.username = QStringLiteral("clinic");
    settings.smtp.fromAddress = QStringLiteral("desk@example.org");
    MessagingSecrets secrets;
    secrets.smtpPassword = SecureBytes::fromByteArray(QByteArrayLiteral("pw-2"));
    const Status saved = f.service->saveSettings(settings, std::move(secrets));
    INFO((saved.ok() ? std::string() : saved.error().message.toStdString()));
    REQUIRE(saved.ok());
    auto built = f.service->transports();
    REQUIRE(built.ok());
    REQUIRE(built->smtp);
    CHECK(built->smtp->settings().host == QStringLiteral("smtp.example.org"));
    CHECK(built->smtp->settings().fromAddress == QStringLiteral("desk@example.org"));
    CHECK_FALSE(built->sms);  // the gateway is still not set up

    f.access->granted.remove(perm::kRemindersSend);
    auto refused = f.service->transports();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
}
