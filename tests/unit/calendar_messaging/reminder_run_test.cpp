// A reminder run end to end against the real SMTP server on loopback: chosen, written in the
// patient's language and time, sent through STARTTLS and AUTH, logged, and never sent twice.
#include "calendar/core/messaging/reminder_dispatch.h"
#include "common/secure_bytes.h"
#include "mail_reader.h"
#include "qt_string_maker.h"
#include "smtp_test_server.h"
#include "storage/synced_rows.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::calendar::messaging;
using namespace fd::calendar::messaging::test;

namespace {

const QTimeZone kChicago("America/Chicago");
const QTimeZone kLosAngeles("America/Los_Angeles");

ReminderCandidate spanishPatient()
{
    ReminderCandidate c;
    c.appointmentId = QStringLiteral("0b6f2a52-5d0e-4b8e-9a57-2f1c3d4e5f60");
    c.start = QDateTime(QDate(2025, 3, 17), QTime(9, 30), kChicago);  // 07:30 in Los Angeles
    c.patientTimeZone = kLosAngeles;
    c.language = Language::Spanish;
    c.contact.email = QStringLiteral("maria.lopez@example.org");
    c.contact.emailConsent = true;
    c.practiceName = QStringLiteral("Clínica Familiar Río Azul");
    c.practicePhone = QStringLiteral("(202) 555-0100");
    c.providerDisplayName = QStringLiteral("Dra. Ana Morales");
    c.locationShortName = QStringLiteral("Norte");
    c.locationAddress = QStringLiteral("100 Main St\nSpringfield, IL 62701");
    c.appointmentTypeName = QStringLiteral("Control de diabetes");
    return c;
}

struct RunFixture
{
    RunFixture()
    {
        auto created = storage::Database::create(dir.file(QStringLiteral("practice.db")),
                                                 SecureBytes::random(32));
        REQUIRE(created.ok());
        db = std::move(created.value());
        REQUIRE(db->migrate({storage::storageMigrations(), messagingMigrations()}).ok());
        log = std::make_unique<MessageLog>(*db);
        auto t = ReminderTemplates::shipped();
        REQUIRE(t.ok());
        renderer = std::make_unique<ReminderRenderer>(
            std::make_shared<const ReminderTemplates>(std::move(*t)));
    }
    PlanContext contextAt(const QDateTime& now, const QStringList& appointmentIds)
    {
        PlanContext ctx;
        ctx.now = now;
        ctx.rules = {
            {QStringLiteral("3d"), 3 * 24 * 60, {Channel::Email}, QStringLiteral("reminder")}};
        auto keys = log->loggedKeys(appointmentIds);
        REQUIRE(keys.ok());
        ctx.alreadyLogged = *keys;
        return ctx;
    }
    fd::test::TempDir dir;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<MessageLog> log;
    std::unique_ptr<ReminderRenderer> renderer;
};

SmtpSettings settingsFor(int port, const QString& caFile)
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.username = QStringLiteral("reminders");
    s.caFile = caFile;
    s.fromAddress = QStringLiteral("reminders@clinic.example.org");
    s.connectTimeoutMs = 5000;
    s.timeoutMs = 20000;
    return s;
}

}  // namespace

TEST_CASE("Reminder run: the email arrives once, in Spanish, at the patient's local time",
          "[smtp][reminders]")
{
    RunFixture f;
    fd::test::TempDir certDir;
    const TestCertificates certs = makeTestCertificates(certDir);
    SmtpTestServer server(certDir, {certs.serverCert, certs.serverKey, QStringLiteral("reminders"),
                                    QStringLiteral("s3cret")});
    INFO(server.startError().toStdString());
    REQUIRE(server.started());
    const SmtpSender sender(settingsFor(server.port(), certs.caFile),
                            SecureBytes::fromByteArray("s3cret"));

    const std::vector<ReminderCandidate> candidates{spanishPatient()};
    const QStringList ids{candidates[0].appointmentId};
    // Three days before, 09:00 in Los Angeles: inside the allowed hours.
    const QDateTime now(QDate(2025, 3, 14), QTime(9, 0), kLosAngeles);

    for (int run = 0; run < 2; ++run) {
        const PreparedReminders prepared =
            prepareReminders(candidates, f.contextAt(now, ids), *f.renderer);
        CHECK(prepared.problems.isEmpty());
        CHECK(prepared.due.size() == (run == 0 ? 1u : 0u));
        for (const OutgoingReminder& r : prepared.due) {
            const auto sent =
                sendEmailReminder(r, candidates[size_t(r.candidate)], sender, *f.log, now);
            INFO((sent ? std::string() : sent.error().toString().toStdString()));
            REQUIRE(sent.ok());
            CHECK(*sent);
            // The same reminder handed over again (a retry, a second workstation) is refused.
            CHECK_FALSE(
                *sendEmailReminder(r, candidates[size_t(r.candidate)], sender, *f.log, now));
        }
    }

    REQUIRE(server.messages().size() == 1);
    CHECK(server.recipients(0) == QStringList{QStringLiteral("maria.lopez@example.org")});
    const QJsonObject mail = readMail(server.message(0));
    CHECK(mail.value(QStringLiteral("subject")).toString() ==
          QStringLiteral("Recordatorio de su cita: lunes 17 de marzo a las 7:30 a. m."));
    const QString text = mail.value(QStringLiteral("text")).toString();
    CHECK(text.contains(QStringLiteral(
        "Le recordamos su cita con Dra. Ana Morales el lunes 17 de marzo a las 7:30 a. m.")));
    CHECK(text.contains(
        QStringLiteral("Para confirmar o cambiar esta cita, llámenos al (202) 555-0100.")));
    CHECK(text.contains(QStringLiteral("100 Main St")));
    CHECK_FALSE(text.contains(QStringLiteral("diabetes"), Qt::CaseInsensitive));
    CHECK(mail.value(QStringLiteral("from_name")).toString() ==
          QStringLiteral("Clínica Familiar Río Azul"));

    const auto logged = f.log->find({ids[0], QStringLiteral("3d"), Channel::Email});
    REQUIRE(logged.ok());
    REQUIRE(logged->has_value());
    CHECK((*logged)->status == MessageStatus::Sent);
    CHECK(mail.value(QStringLiteral("message_id")).toString() ==
          QLatin1Char('<') + (*logged)->providerMessageId + QLatin1Char('>'));
}

TEST_CASE("Reminder run: a server that cannot be reached leaves the reminder for the next run",
          "[smtp][reminders]")
{
    RunFixture f;
    SmtpSettings settings = settingsFor(9, QString());  // nothing listens on the discard port
    settings.connectTimeoutMs = 2000;
    const SmtpSender sender(settings, SecureBytes::fromByteArray("s3cret"));
    const std::vector<ReminderCandidate> candidates{spanishPatient()};
    const QDateTime now(QDate(2025, 3, 14), QTime(9, 0), kLosAngeles);
    const PreparedReminders prepared =
        prepareReminders(candidates, f.contextAt(now, {}), *f.renderer);
    REQUIRE(prepared.due.size() == 1);
    const auto sent = sendEmailReminder(prepared.due[0], candidates[0], sender, *f.log, now);
    REQUIRE_FALSE(sent.ok());
    CHECK(sent.error().code == ErrorCode::Unavailable);
    CHECK_FALSE(sent.error().toString().contains(QLatin1String("maria.lopez")));
    const auto logged = *f.log->find(prepared.due[0].key);
    CHECK(logged->status == MessageStatus::Failed);
    CHECK(logged->error == errorCodeName(ErrorCode::Unavailable));
    // Retryable: the next claim takes it again.
    CHECK(*f.log->claim(prepared.due[0].key, prepared.due[0].destination, now.addSecs(600)));
}
