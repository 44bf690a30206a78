// The SMTP sender against a real SMTP server (aiosmtpd) on loopback, with STARTTLS under a
// test CA and AUTH: the message arrives once and reads back as written; every failure is a
// clear error that names the server and never the recipient.
#include "calendar/core/messaging/smtp_sender.h"
#include "mail_reader.h"
#include "smtp_test_server.h"

#include "qt_string_maker.h"

#include <catch2/catch_test_macros.hpp>

#include <QElapsedTimer>
#include <QJsonObject>

using namespace fd;
using namespace fd::calendar::messaging;
using namespace fd::calendar::messaging::test;

namespace {

const QString kUser = QStringLiteral("reminders");
const QString kPassword = QStringLiteral("correct horse battery staple");
const QString kRecipient = QStringLiteral("pat.jones@example.org");

SmtpSettings settingsFor(int port, const QString& caFile)
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = SmtpSecurity::StartTls;
    s.username = kUser;
    s.caFile = caFile;
    s.fromAddress = QStringLiteral("reminders@clinic.example.org");
    s.connectTimeoutMs = 10000;
    s.timeoutMs = 20000;
    return s;
}

EmailMessage spanishMessage()
{
    EmailMessage m;
    m.fromName = QStringLiteral("Clínica Familiar Río Azul");
    m.toAddress = kRecipient;
    m.subject = QStringLiteral(
        "Recordatorio: su cita del lunes 17 de marzo a las 9:30 a. m. — "
        "Clínica Familiar Río Azul, confirme respondiendo C");
    m.textBody = QStringLiteral(
        "Hola,\nSu cita es el lunes, 17 de marzo a las 9:30 a. m. en Norte.\n"
        ".\nResponda C para confirmar o R para cambiarla. ¡Gracias!\n");
    m.htmlBody =
        QStringLiteral("<p>Su cita es el <b>lunes, 17 de marzo</b> a las 9:30&nbsp;a.&nbsp;m.</p>");
    return m;
}

SecureBytes secret(const QString& text)
{
    return SecureBytes::fromByteArray(text.toUtf8());
}

const QDateTime kNow(QDate(2025, 3, 14), QTime(15, 0), Qt::UTC);

}  // namespace

TEST_CASE("SMTP: a message sent with STARTTLS and AUTH arrives once, as written", "[smtp]")
{
    fd::test::TempDir dir;
    const TestCertificates certs = makeTestCertificates(dir);
    SmtpTestServer server(dir, {certs.serverCert, certs.serverKey, kUser, kPassword});
    INFO(server.startError().toStdString());
    REQUIRE(server.started());

    for (SmtpAuthMechanism mechanism : {SmtpAuthMechanism::Plain, SmtpAuthMechanism::Login}) {
        SmtpSettings settings = settingsFor(server.port(), certs.caFile);
        settings.auth = mechanism;
        const int before = int(server.messages().size());
        SmtpSender sender(settings, secret(kPassword));
        const auto sent = sender.send(spanishMessage(), kNow);
        INFO((sent ? std::string() : sent.error().toString().toStdString()));
        REQUIRE(sent.ok());
        CHECK(sent->serverReply.startsWith(QLatin1String("250")));

        REQUIRE(server.messages().size() == before + 1);
        CHECK(server.recipients(before) == QStringList{kRecipient});
        const QJsonObject mail = readMail(server.message(before));
        CHECK(mail.value(QStringLiteral("subject")).toString() == spanishMessage().subject);
        CHECK(mail.value(QStringLiteral("text")).toString() == spanishMessage().textBody);
        CHECK(mail.value(QStringLiteral("html")).toString().trimmed() == spanishMessage().htmlBody);
        CHECK(mail.value(QStringLiteral("from_name")).toString() == spanishMessage().fromName);
        CHECK(mail.value(QStringLiteral("from_address")).toString() == settings.fromAddress);
        CHECK(mail.value(QStringLiteral("to")).toString() == kRecipient);
        CHECK(mail.value(QStringLiteral("message_id")).toString() ==
              QLatin1Char('<') + sent->messageId + QLatin1Char('>'));
        CHECK(mail.value(QStringLiteral("date_utc")).toString() ==
              QLatin1String("2025-03-14T15:00:00+00:00"));
        CHECK(mail.value(QStringLiteral("content_type")).toString() ==
              QLatin1String("multipart/alternative"));
        CHECK(mail.value(QStringLiteral("defects")).toInt() == 0);
    }
}

TEST_CASE("SMTP: a wrong password fails with the server and message id, not the recipient",
          "[smtp]")
{
    fd::test::TempDir dir;
    const TestCertificates certs = makeTestCertificates(dir);
    SmtpTestServer server(dir, {certs.serverCert, certs.serverKey, kUser, kPassword});
    INFO(server.startError().toStdString());
    REQUIRE(server.started());

    SmtpSender sender(settingsFor(server.port(), certs.caFile),
                      secret(QStringLiteral("wrong password")));
    const auto sent = sender.send(spanishMessage(), kNow);
    REQUIRE_FALSE(sent.ok());
    const QString text = sent.error().toString();
    INFO(text.toStdString());
    CHECK(sent.error().code == ErrorCode::WrongPassword);
    CHECK(text.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())));
    CHECK(text.contains(QLatin1String("AUTH")));
    CHECK(text.contains(QLatin1String("535")));
    CHECK_FALSE(text.contains(kRecipient));
    CHECK_FALSE(text.contains(QLatin1String("Río Azul")));
    CHECK(server.messages().isEmpty());
}

TEST_CASE("SMTP: a server that offers no STARTTLS gets nothing (no plaintext fallback)", "[smtp]")
{
    fd::test::TempDir dir;
    const TestCertificates certs = makeTestCertificates(dir);
    SmtpTestServer server(dir, {QString(), QString(), QString(), QString()});
    INFO(server.startError().toStdString());
    REQUIRE(server.started());

    SmtpSettings settings = settingsFor(server.port(), certs.caFile);
    settings.username.clear();
    SmtpSender sender(settings, SecureBytes());
    const auto sent = sender.send(spanishMessage(), kNow);
    REQUIRE_FALSE(sent.ok());
    INFO(sent.error().toString().toStdString());
    CHECK(sent.error().code == ErrorCode::Unavailable);
    CHECK(sent.error().toString().contains(QLatin1String("STARTTLS")));
    CHECK(server.messages().isEmpty());

    SECTION("the same server is reached only when the settings say none, on loopback")
    {
        settings.security = SmtpSecurity::NoneForTestsOnly;
        const auto plain = SmtpSender(settings, SecureBytes()).send(spanishMessage(), kNow);
        INFO((plain ? std::string() : plain.error().toString().toStdString()));
        REQUIRE(plain.ok());
        CHECK(server.messages().size() == 1);
    }
}

TEST_CASE("SMTP: a server certificate from another CA is refused", "[smtp]")
{
    fd::test::TempDir dir;
    const TestCertificates certs = makeTestCertificates(dir);
    SmtpTestServer server(dir, {certs.serverCert, certs.serverKey, kUser, kPassword});
    INFO(server.startError().toStdString());
    REQUIRE(server.started());

    SmtpSender sender(settingsFor(server.port(), certs.otherCaFile), secret(kPassword));
    const auto sent = sender.send(spanishMessage(), kNow);
    REQUIRE_FALSE(sent.ok());
    INFO(sent.error().toString().toStdString());
    CHECK(sent.error().code == ErrorCode::Unavailable);
    CHECK(sent.error().message.contains(QLatin1String("STARTTLS")));
    CHECK(server.messages().isEmpty());
}

TEST_CASE("SMTP: a server that does not answer fails within the timeout", "[smtp]")
{
    SmtpSettings settings = settingsFor(9, QString());  // discard port: nothing listens
    settings.connectTimeoutMs = 2000;
    settings.timeoutMs = 3000;
    QElapsedTimer timer;
    timer.start();
    const auto sent = SmtpSender(settings, secret(kPassword)).send(spanishMessage(), kNow);
    REQUIRE_FALSE(sent.ok());
    CHECK(sent.error().code == ErrorCode::Unavailable);
    CHECK(sent.error().message.contains(QLatin1String("127.0.0.1:9")));
    CHECK(timer.elapsed() < 10000);
}

TEST_CASE("SMTP settings: bad values are named; none is for loopback only", "[smtp]")
{
    SmtpSettings s = settingsFor(587, QString());
    s.host = QStringLiteral("mail.example.org");
    CHECK(s.validate().ok());

    s.security = SmtpSecurity::NoneForTestsOnly;
    REQUIRE_FALSE(s.validate().ok());
    CHECK(s.validate().error().message.contains(QLatin1String("mail.example.org:587")));

    s.security = SmtpSecurity::StartTls;
    s.port = 70000;
    CHECK(s.validate().error().message.contains(QLatin1String("70000")));
    s.port = 587;
    s.fromAddress = QStringLiteral("not an address");
    CHECK(s.validate().error().message.contains(QLatin1String("not an address")));

    s.fromAddress = QStringLiteral("reminders@clinic.example.org");
    const auto back = SmtpSettings::fromJson(s.toJson());
    REQUIRE(back.ok());
    CHECK(back->toJson() == s.toJson());
    CHECK_FALSE(s.toJson().contains(QStringLiteral("password")));

    QJsonObject json = s.toJson();
    json[QStringLiteral("security")] = QStringLiteral("ssl3");
    const auto bad = SmtpSettings::fromJson(json);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QLatin1String("ssl3")));
}
