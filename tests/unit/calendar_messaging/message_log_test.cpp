// The message log on an encrypted database: one row per (appointment, rule, channel), claims
// that never let a reminder go twice, statuses from verified callbacks, STOP and replies.
#include "calendar/core/messaging/message_log.h"
#include "calendar/core/messaging/reply_handler.h"
#include "common/secure_bytes.h"
#include "qt_string_maker.h"
#include "storage/synced_rows.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>

using namespace fd;
using namespace fd::calendar::messaging;

namespace {

struct LogFixture
{
    LogFixture()
    {
        auto created = storage::Database::create(dir.file(QStringLiteral("practice.db")),
                                                 SecureBytes::random(32));
        REQUIRE(created.ok());
        db = std::move(created.value());
        auto migrated = db->migrate({storage::storageMigrations(), messagingMigrations()});
        INFO((migrated ? std::string() : migrated.error().toString().toStdString()));
        REQUIRE(migrated.ok());
        log = std::make_unique<MessageLog>(*db);
    }
    fd::test::TempDir dir;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<MessageLog> log;
    QDateTime now{QDate(2025, 3, 14), QTime(15, 0), Qt::UTC};
};

const ReminderKey kSmsKey{QStringLiteral("appt-1"), QStringLiteral("3d"), Channel::Sms};
const QString kNumber = QStringLiteral("+12025550142");

}  // namespace

TEST_CASE("Message log: a key is claimed once, also under a retry", "[message-log]")
{
    LogFixture f;
    CHECK(f.db->schemaVersion(QStringLiteral("calendar_messaging")) == 2);
    REQUIRE(f.db->migrate({messagingMigrations()}).ok());  // running again changes nothing

    auto first = f.log->claim(kSmsKey, kNumber, f.now);
    REQUIRE(first.ok());
    CHECK(*first);
    auto retry = f.log->claim(kSmsKey, kNumber, f.now.addSecs(60));
    REQUIRE(retry.ok());
    CHECK_FALSE(*retry);

    REQUIRE(f.log->markSent(kSmsKey, QStringLiteral("SM1"), f.now).ok());
    CHECK_FALSE(*f.log->claim(kSmsKey, kNumber, f.now.addSecs(120)));
    const auto found = f.log->find(kSmsKey);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->status == MessageStatus::Sent);
    CHECK((*found)->providerMessageId == QLatin1String("SM1"));
    CHECK((*found)->attempts == 1);

    // The database refuses a second row for the key, whoever writes it.
    auto dup = storage::exec(
        f.db->connection(),
        QStringLiteral("INSERT INTO reminder_messages (id, appointment_id, rule_id, channel, "
                       "destination, status, created_at, updated_at) VALUES "
                       "('x', 'appt-1', '3d', 'sms', '', 'queued', '', '')"));
    CHECK_FALSE(dup.ok());

    // Another channel or rule of the same appointment is its own key.
    CHECK(*f.log->claim({QStringLiteral("appt-1"), QStringLiteral("3d"), Channel::Email},
                        QStringLiteral("a@example.org"), f.now));
    CHECK(*f.log->claim({QStringLiteral("appt-1"), QStringLiteral("2h"), Channel::Sms}, kNumber,
                        f.now));
}

TEST_CASE("Message log: only a failure before the message left is tried again, three times at most",
          "[message-log]")
{
    LogFixture f;
    REQUIRE(*f.log->claim(kSmsKey, kNumber, f.now));
    REQUIRE(f.log->markFailed(kSmsKey, QStringLiteral("unavailable"), true, f.now).ok());
    CHECK(*f.log->claim(kSmsKey, kNumber, f.now));
    REQUIRE(f.log->markFailed(kSmsKey, QStringLiteral("unavailable"), true, f.now).ok());
    CHECK(*f.log->claim(kSmsKey, kNumber, f.now));
    REQUIRE(f.log->markFailed(kSmsKey, QStringLiteral("unavailable"), true, f.now).ok());
    CHECK_FALSE(*f.log->claim(kSmsKey, kNumber, f.now));
    CHECK((*f.log->find(kSmsKey))->attempts == 3);

    const ReminderKey other{QStringLiteral("appt-2"), QStringLiteral("3d"), Channel::Sms};
    REQUIRE(*f.log->claim(other, kNumber, f.now));
    REQUIRE(f.log->markFailed(other, QStringLiteral("invalid_input"), false, f.now).ok());
    CHECK_FALSE(*f.log->claim(other, kNumber, f.now));

    const ReminderKey missing{QStringLiteral("appt-9"), QStringLiteral("3d"), Channel::Sms};
    const auto notThere = f.log->markSent(missing, QStringLiteral("SM9"), f.now);
    REQUIRE_FALSE(notThere.ok());
    CHECK(notThere.error().code == ErrorCode::NotFound);
    CHECK(notThere.error().message.contains(QLatin1String("appt-9")));
}

TEST_CASE("Message log: skips and logged keys feed the planner", "[message-log]")
{
    LogFixture f;
    REQUIRE(*f.log->claim(kSmsKey, kNumber, f.now));
    const ReminderKey skipped{QStringLiteral("appt-2"), QStringLiteral("2h"), Channel::Sms};
    REQUIRE(f.log->logSkipped(skipped, SkipReason::QuietHoursUntilStart, f.now).ok());
    REQUIRE(
        f.log->logSkipped(skipped, SkipReason::Superseded, f.now).ok());  // kept as first logged
    CHECK((*f.log->find(skipped))->status == MessageStatus::Skipped);
    CHECK((*f.log->find(skipped))->error == QLatin1String("quiet_hours"));
    CHECK_FALSE(*f.log->claim(skipped, kNumber, f.now));

    const auto keys = f.log->loggedKeys(
        {QStringLiteral("appt-1"), QStringLiteral("appt-2"), QStringLiteral("appt-3")});
    REQUIRE(keys.ok());
    CHECK(*keys == QSet<ReminderKey>{kSmsKey, skipped});

    QStringList many;
    for (int i = 0; i < 1200; ++i)
        many << QStringLiteral("bulk-%1").arg(i);
    for (int i = 0; i < 1200; i += 7)
        REQUIRE(*f.log->claim({many[i], QStringLiteral("3d"), Channel::Email},
                              QStringLiteral("a@example.org"), f.now));
    CHECK(f.log->loggedKeys(many)->size() == (1200 + 6) / 7);
}

TEST_CASE("Message log: verified callbacks move the status forward only", "[message-log]")
{
    LogFixture f;
    REQUIRE(*f.log->claim(kSmsKey, kNumber, f.now));
    REQUIRE(f.log->markSent(kSmsKey, QStringLiteral("SM1"), f.now).ok());

    const auto delivered =
        f.log->applyDeliveryStatus({QStringLiteral("SM1"), SmsStatus::Delivered, QString()}, f.now);
    INFO((delivered ? std::string() : delivered.error().toString().toStdString()));
    REQUIRE(delivered.ok());
    CHECK(*delivered);
    CHECK((*f.log->find(kSmsKey))->status == MessageStatus::Delivered);
    // A late "sent" arriving after "delivered" changes nothing.
    CHECK(*f.log->applyDeliveryStatus({QStringLiteral("SM1"), SmsStatus::Sent, QString()}, f.now));
    CHECK((*f.log->find(kSmsKey))->status == MessageStatus::Delivered);
    CHECK_FALSE(*f.log->applyDeliveryStatus(
        {QStringLiteral("SM404"), SmsStatus::Delivered, QString()}, f.now));

    const ReminderKey other{QStringLiteral("appt-2"), QStringLiteral("3d"), Channel::Sms};
    REQUIRE(*f.log->claim(other, kNumber, f.now));
    REQUIRE(f.log->markSent(other, QStringLiteral("SM2"), f.now).ok());
    REQUIRE(*f.log->applyDeliveryStatus(
        {QStringLiteral("SM2"), SmsStatus::Undelivered, QStringLiteral("30003")}, f.now));
    const auto undelivered = *f.log->find(other);
    CHECK(undelivered->status == MessageStatus::Undelivered);
    CHECK(undelivered->error == QLatin1String("30003"));
    CHECK_FALSE(*f.log->claim(other, kNumber, f.now));  // it left: never sent again by itself
}

TEST_CASE("Replies: STOP blocks the number until START; C and R find the appointment",
          "[message-log]")
{
    LogFixture f;
    auto templates = ReminderTemplates::shipped();
    REQUIRE(templates.ok());
    ReminderRenderer renderer(std::make_shared<const ReminderTemplates>(std::move(*templates)));
    ReplyHandler handler(*f.log, renderer, QStringLiteral("Riverside Family Clinic"),
                         QStringLiteral("(202) 555-0100"));

    REQUIRE(*f.log->claim(kSmsKey, kNumber, f.now));
    REQUIRE(f.log->markSent(kSmsKey, QStringLiteral("SM1"), f.now).ok());
    const ReminderKey later{QStringLiteral("appt-7"), QStringLiteral("3d"), Channel::Sms};
    REQUIRE(*f.log->claim(later, kNumber, f.now.addSecs(3600)));
    REQUIRE(f.log->markSent(later, QStringLiteral("SM7"), f.now.addSecs(3600)).ok());

    auto confirm =
        handler.handle({kNumber, QStringLiteral(" c "), f.now.addSecs(7200)}, Language::English);
    REQUIRE(confirm.ok());
    CHECK(confirm->action == ReplyAction::ConfirmAppointment);
    CHECK(confirm->appointmentId == QLatin1String("appt-7"));
    CHECK(confirm->autoReply.isEmpty());

    auto reschedule =
        handler.handle({kNumber, QStringLiteral("R"), f.now.addSecs(7200)}, Language::English);
    CHECK(reschedule->action == ReplyAction::RequestReschedule);
    CHECK(reschedule->appointmentId == QLatin1String("appt-7"));

    auto stranger = handler.handle({QStringLiteral("+12025550177"), QStringLiteral("C"), f.now},
                                   Language::English);
    CHECK(stranger->action == ReplyAction::StaffInbox);
    CHECK(stranger->appointmentId.isEmpty());

    auto chat =
        handler.handle({kNumber, QStringLiteral("Can I bring my son?"), f.now}, Language::English);
    CHECK(chat->action == ReplyAction::StaffInbox);
    CHECK(chat->kind == ReplyKind::Other);

    auto help = handler.handle({kNumber, QStringLiteral("HELP"), f.now}, Language::Spanish);
    CHECK(help->action == ReplyAction::SentHelp);
    CHECK(help->autoReply.contains(QLatin1String("(202) 555-0100")));
    CHECK(help->autoReply.contains(QLatin1String("Responda STOP")));

    auto stop = handler.handle({kNumber, QStringLiteral("Stop"), f.now}, Language::English);
    CHECK(stop->action == ReplyAction::OptedOut);
    CHECK(stop->autoReply.contains(QLatin1String("START")));
    CHECK(f.log->optedOutNumbers()->contains(kNumber));

    auto start =
        handler.handle({kNumber, QStringLiteral("UNSTOP"), f.now.addSecs(60)}, Language::English);
    CHECK(start->action == ReplyAction::OptedIn);
    CHECK_FALSE(f.log->optedOutNumbers()->contains(kNumber));
}

TEST_CASE("Message log: the file on disk is encrypted", "[message-log]")
{
    LogFixture f;
    REQUIRE(*f.log->claim(kSmsKey, kNumber, f.now));
    REQUIRE(f.log->markSent(kSmsKey, QStringLiteral("SM1"), f.now).ok());
    QFile file(f.dir.file(QStringLiteral("practice.db")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK_FALSE(bytes.contains(kNumber.toLatin1()));
}
