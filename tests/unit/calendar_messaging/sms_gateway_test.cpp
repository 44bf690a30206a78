// The SMS gateway client against a fake Twilio-style gateway on loopback, and the status
// callback's signature checked against HMAC-SHA1 computed by Python, not by the code under
// test.
#include "calendar/core/messaging/reminder_dispatch.h"
#include "calendar/core/messaging/sms_gateway_client.h"
#include "calendar/core/messaging/sms_status_callback.h"
#include "smtp_test_server.h"
#include "storage/synced_rows.h"

#include "qt_string_maker.h"

#include <catch2/catch_test_macros.hpp>

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace fd;
using namespace fd::calendar::messaging;

namespace {

const QString kSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("test-auth-token-5f2b");
const QString kPatientPhone = QStringLiteral("+12025550142");

struct Request
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers;  // lower-case names
    QByteArray body;
};

// Answers every request with one canned reply and keeps what it received.
class FakeGateway
{
public:
    int status = 201;
    QByteArray reply;
    bool silent = false;  // accept, read, never answer
    QList<Request> requests;

    FakeGateway()
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { onData(socket); });
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/2010-04-01/Accounts/%2/Messages.json")
                        .arg(m_server.serverPort())
                        .arg(kSid));
    }

private:
    void onData(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request r;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                 lines[i].mid(colon + 1).trimmed());
        }
        const int length = r.headers.value("content-length").toInt();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        r.body = buffer.mid(headerEnd + 4, length);
        requests.append(r);
        m_buffers.remove(socket);
        if (silent)
            return;
        const QByteArray reason = status == 201 ? "Created" : "Error";
        socket->write(
            "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
            "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
            QByteArray::number(reply.size()) + "\r\n\r\n" + reply);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

SmsGatewaySettings settingsFor(const FakeGateway& gateway)
{
    SmsGatewaySettings s;
    s.messagesUrl = gateway.url();
    s.accountSid = kSid;
    s.fromNumber = QStringLiteral("+12025550100");
    s.statusCallbackUrl =
        QUrl(QStringLiteral("https://practice.example.org/sms/status?practice=7"));
    s.timeoutMs = 5000;
    return s;
}

Result<SmsSendResult> sendAndWait(SmsGatewayClient& client, const OutgoingSms& sms)
{
    SmsSendJob* job = client.send(sms);
    if (!job->isFinished()) {
        QSignalSpy spy(job, &SmsSendJob::finished);
        REQUIRE(spy.wait(15000));
    }
    REQUIRE(job->isFinished());
    return job->result();
}

SecureBytes token()
{
    return SecureBytes::fromByteArray(kToken.toUtf8());
}

// HMAC-SHA1, base64, by Python's hmac module: an independent reference.
QString pythonSignature(const QString& key, const QByteArray& data)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import sys,hmac,hashlib,base64; "
                 "print(base64.b64encode(hmac.new(sys.argv[1].encode(), sys.stdin.buffer.read(), "
                 "hashlib.sha1).digest()).decode())"),
             key});
    REQUIRE(p.waitForStarted(30000));
    p.write(data);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromLatin1(p.readAllStandardOutput().trimmed());
}

}  // namespace

TEST_CASE("SMS gateway: the POST carries basic auth and the form fields; the reply is parsed",
          "[sms]")
{
    FakeGateway gateway;
    gateway.reply = R"({"sid": "SM0f3c2e1d0a9b8c7d6e5f4a3b2c1d0e9f", "status": "queued",
                        "error_code": null, "error_message": null, "to": "+12025550142"})";
    QNetworkAccessManager network;
    SmsGatewayClient client(settingsFor(gateway), token(), &network);

    const QString body = QStringLiteral(
        "Clínica Río Azul: appt Mon 3/17 9:30 AM at North & Co. Reply C to confirm, R "
        "to reschedule; 100% + more");
    const auto sent = sendAndWait(client, {kPatientPhone, body});
    INFO((sent ? std::string() : sent.error().toString().toStdString()));
    REQUIRE(sent.ok());
    CHECK(sent->providerMessageId == QLatin1String("SM0f3c2e1d0a9b8c7d6e5f4a3b2c1d0e9f"));
    CHECK(sent->status == SmsStatus::Queued);
    CHECK(sent->errorCode.isEmpty());
    CHECK(sent->httpStatus == 201);

    REQUIRE(gateway.requests.size() == 1);
    const Request& r = gateway.requests.front();
    CHECK(r.method == "POST");
    CHECK(r.path == "/2010-04-01/Accounts/" + kSid.toLatin1() + "/Messages.json");
    CHECK(r.headers.value("authorization") ==
          "Basic " + (kSid + QLatin1Char(':') + kToken).toUtf8().toBase64());
    CHECK(r.headers.value("content-type") == "application/x-www-form-urlencoded");
    // Decoded by Qt's URL query (after the form's '+' for space), not by the client.
    QByteArray spaced = r.body;
    spaced.replace('+', "%20");
    const QUrlQuery form(QString::fromLatin1(spaced));
    CHECK(form.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded) == kPatientPhone);
    CHECK(form.queryItemValue(QStringLiteral("From"), QUrl::FullyDecoded) ==
          QLatin1String("+12025550100"));
    CHECK(form.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded) == body);
    CHECK(form.queryItemValue(QStringLiteral("StatusCallback"), QUrl::FullyDecoded) ==
          QLatin1String("https://practice.example.org/sms/status?practice=7"));
    CHECK_FALSE(form.hasQueryItem(QStringLiteral("MessagingServiceSid")));
}

TEST_CASE("SMS gateway: a messaging service replaces From", "[sms]")
{
    FakeGateway gateway;
    gateway.reply = R"({"sid": "SM1", "status": "accepted"})";
    QNetworkAccessManager network;
    SmsGatewaySettings settings = settingsFor(gateway);
    settings.messagingServiceSid = QStringLiteral("MG0123456789abcdef0123456789abcdef");
    SmsGatewayClient client(settings, token(), &network);
    const auto sent = sendAndWait(client, {kPatientPhone, QStringLiteral("hello")});
    REQUIRE(sent.ok());
    CHECK(sent->status == SmsStatus::Accepted);
    const QUrlQuery form(QString::fromLatin1(gateway.requests.front().body));
    CHECK(form.queryItemValue(QStringLiteral("MessagingServiceSid")) ==
          settings.messagingServiceSid);
    CHECK_FALSE(form.hasQueryItem(QStringLiteral("From")));
}

TEST_CASE("SMS gateway: refusals and silence are clear errors without the number", "[sms]")
{
    FakeGateway gateway;
    QNetworkAccessManager network;

    SECTION("a refused number")
    {
        gateway.status = 400;
        gateway.reply =
            R"({"code": 21211, "message": "The 'To' number +12025550142 is not a valid phone number.",
                            "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400})";
        SmsGatewayClient client(settingsFor(gateway), token(), &network);
        const auto sent = sendAndWait(client, {kPatientPhone, QStringLiteral("hello")});
        REQUIRE_FALSE(sent.ok());
        const QString text = sent.error().toString();
        INFO(text.toStdString());
        CHECK(sent.error().code == ErrorCode::InvalidInput);
        CHECK(text.contains(QLatin1String("127.0.0.1")));
        CHECK(text.contains(QLatin1String("HTTP 400")));
        CHECK(text.contains(QLatin1String("21211")));
        CHECK_FALSE(text.contains(QLatin1String("5550142")));
    }
    SECTION("a wrong token")
    {
        gateway.status = 401;
        gateway.reply = R"({"code": 20003, "message": "Authenticate", "status": 401})";
        SmsGatewayClient client(settingsFor(gateway), token(), &network);
        const auto sent = sendAndWait(client, {kPatientPhone, QStringLiteral("hello")});
        REQUIRE_FALSE(sent.ok());
        CHECK(sent.error().code == ErrorCode::WrongPassword);
        CHECK(sent.error().message.contains(QLatin1String("20003")));
    }
    SECTION("a gateway that never answers")
    {
        gateway.silent = true;
        SmsGatewaySettings settings = settingsFor(gateway);
        settings.timeoutMs = 500;
        SmsGatewayClient client(settings, token(), &network);
        const auto sent = sendAndWait(client, {kPatientPhone, QStringLiteral("hello")});
        REQUIRE_FALSE(sent.ok());
        CHECK(sent.error().code == ErrorCode::Unavailable);
        CHECK(sent.error().message.contains(QLatin1String("500 ms")));
    }
    SECTION("a bad number never leaves")
    {
        SmsGatewayClient client(settingsFor(gateway), token(), &network);
        const auto sent =
            sendAndWait(client, {QStringLiteral("555-0142"), QStringLiteral("hello")});
        REQUIRE_FALSE(sent.ok());
        CHECK(sent.error().code == ErrorCode::InvalidInput);
        CHECK(gateway.requests.isEmpty());
    }
    SECTION("plain http to another host is refused")
    {
        SmsGatewaySettings settings = settingsFor(gateway);
        settings.messagesUrl = QUrl(QStringLiteral("http://sms.example.org/Messages.json"));
        REQUIRE_FALSE(settings.validate().ok());
        CHECK(settings.validate().error().message.contains(QLatin1String("https")));
    }
}

TEST_CASE("SMS status callback: the signature matches an independent HMAC-SHA1", "[sms]")
{
    const QString url = QStringLiteral("https://practice.example.org/sms/status?practice=7");
    const QByteArray body =
        "SmsSid=SM0f3c&SmsStatus=delivered&MessageStatus=delivered&To=%2B12025550142&"
        "MessageSid=SM0f3c&AccountSid=" +
        kSid.toLatin1() + "&From=%2B12025550100&ApiVersion=2010-04-01";
    // Twilio's scheme written out by hand: the URL, then name+value sorted by name.
    const QByteArray signedData = url.toUtf8() + "AccountSid" + kSid.toLatin1() +
                                  "ApiVersion2010-04-01" + "From+12025550100" + "MessageSidSM0f3c" +
                                  "MessageStatusdelivered" + "SmsSidSM0f3c" + "SmsStatusdelivered" +
                                  "To+12025550142";
    const QString expected = pythonSignature(kToken, signedData);
    REQUIRE(expected.size() == 28);

    const auto fields = parseFormBody(body);
    REQUIRE(fields.ok());
    CHECK(twilioSignature(url, *fields, token()) == expected);

    const auto status = verifiedDeliveryStatus(url, body, expected.toLatin1(), token());
    INFO((status ? std::string() : status.error().toString().toStdString()));
    REQUIRE(status.ok());
    CHECK(status->providerMessageId == QLatin1String("SM0f3c"));
    CHECK(status->status == SmsStatus::Delivered);

    SECTION("a tampered parameter is refused")
    {
        QByteArray tampered = body;
        tampered.replace("MessageStatus=delivered", "MessageStatus=failed");
        const auto refused = verifiedDeliveryStatus(url, tampered, expected.toLatin1(), token());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Tampered);
    }
    SECTION("another URL, another token or no signature is refused")
    {
        CHECK(verifiedDeliveryStatus(url + QStringLiteral("8"), body, expected.toLatin1(), token())
                  .error()
                  .code == ErrorCode::Tampered);
        CHECK(verifiedDeliveryStatus(url, body, expected.toLatin1(),
                                     SecureBytes::fromByteArray("other"))
                  .error()
                  .code == ErrorCode::Tampered);
        CHECK(verifiedDeliveryStatus(url, body, QByteArray(), token()).error().code ==
              ErrorCode::Tampered);
    }
}

TEST_CASE("SMS status callback: statuses and error codes are read; bad ones are named", "[sms]")
{
    const auto failed = parseDeliveryStatus(
        *parseFormBody("MessageSid=SM9&MessageStatus=undelivered&ErrorCode=30003"));
    REQUIRE(failed.ok());
    CHECK(failed->status == SmsStatus::Undelivered);
    CHECK(failed->errorCode == QLatin1String("30003"));

    const auto unknown =
        parseDeliveryStatus(*parseFormBody("MessageSid=SM9&MessageStatus=teleported"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QLatin1String("teleported")));
    CHECK(unknown.error().message.contains(QLatin1String("SM9")));

    CHECK_FALSE(parseDeliveryStatus(*parseFormBody("MessageStatus=sent")).ok());
    const auto spaced = parseFormBody("Body=Reply+C%2B1&Empty=");
    REQUIRE(spaced.ok());
    CHECK(spaced->value(0).second == QLatin1String("Reply C+1"));
    CHECK(spaced->value(1).second.isEmpty());
}

TEST_CASE(
    "SMS reminder: posted once, logged with the gateway's sid, updated by the verified callback",
    "[sms]")
{
    fd::test::TempDir dir;
    auto created =
        storage::Database::create(dir.file(QStringLiteral("practice.db")), SecureBytes::random(32));
    REQUIRE(created.ok());
    REQUIRE((*created)->migrate({storage::storageMigrations(), messagingMigrations()}).ok());
    MessageLog log(**created);
    const QDateTime now(QDate(2025, 3, 14), QTime(15, 0), Qt::UTC);

    FakeGateway gateway;
    gateway.reply = R"({"sid": "SMa1", "status": "queued", "error_code": null})";
    QNetworkAccessManager network;
    SmsGatewayClient client(settingsFor(gateway), token(), &network);

    OutgoingReminder reminder;
    reminder.key = {QStringLiteral("appt-1"), QStringLiteral("2h"), Channel::Sms};
    reminder.destination = kPatientPhone;
    reminder.sms.text = QStringLiteral(
        "Riverside Family Clinic: reminder of your appointment today at 3:00 PM, North.");

    SmsSendJob* job = sendSmsReminder(reminder, client, log, now);
    REQUIRE(job);
    QSignalSpy spy(job, &SmsSendJob::finished);
    REQUIRE((job->isFinished() || spy.wait(15000)));
    CHECK(sendSmsReminder(reminder, client, log, now) == nullptr);  // claimed: never posted twice
    CHECK(gateway.requests.size() == 1);

    auto logged = log.find(reminder.key);
    REQUIRE(logged.ok());
    REQUIRE(logged->has_value());
    CHECK((*logged)->status == MessageStatus::Sent);
    CHECK((*logged)->providerMessageId == QLatin1String("SMa1"));

    const QString url = settingsFor(gateway).statusCallbackUrl.toString();
    const QByteArray body = "MessageSid=SMa1&MessageStatus=delivered&To=%2B12025550142";
    const QString signature = pythonSignature(
        kToken, url.toUtf8() + "MessageSidSMa1MessageStatusdeliveredTo+12025550142");
    const auto status = verifiedDeliveryStatus(url, body, signature.toLatin1(), token());
    REQUIRE(status.ok());
    REQUIRE(*log.applyDeliveryStatus(*status, now.addSecs(30)));
    CHECK((*log.find(reminder.key))->status == MessageStatus::Delivered);
}
