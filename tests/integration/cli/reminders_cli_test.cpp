// frontdeskctl reminders run, import-replies and messages list, end to end: a practice file
// with a booked appointment, the real SMTP server (aiosmtpd, STARTTLS and AUTH) on loopback
// and an SMS gateway of the test's own (a small Python HTTP server) on loopback.
#include "cli_practice.h"
#include "cli_runner.h"
#include "mail_reader.h"
#include "smtp_test_server.h"
#include "test_support.h"

#include "app/common/cores.h"
#include "calendar/core/calendar.h"
#include "patients/core/patients.h"
#include "practice/core/locations.h"
#include "practice/core/providers.h"
#include "security/practice_session.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimeZone>
#include <QUrlQuery>

using fd::test::need;
using fd::test::runCli;
using fd::test::withPracticeServices;
using namespace fd;
using namespace fd::calendar::messaging::test;

namespace {

const QString kPassword = QStringLiteral("reminders cli password 7");
const QTimeZone kChicago("America/Chicago");

QProcessEnvironment env()
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_PASSWORD"), kPassword);
    return e;
}

fd::test::CliRun cli(const QStringList& args, const QString& db)
{
    return runCli(args + QStringList{QStringLiteral("--db"), db}, env());
}

QJsonObject jsonOf(const fd::test::CliRun& run)
{
    INFO(run.err.toStdString());
    return QJsonDocument::fromJson(run.out).object();
}

// A Twilio-style Messages endpoint: each POST is written as one JSON line (path, basic auth,
// form fields) and answered with a new sid, status queued.
const char* const kGatewayScript = R"PY(
import base64, json, sys, urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer
log = sys.argv[1]
count = [0]
class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get('Content-Length', '0'))).decode()
        count[0] += 1
        with open(log, 'a') as f:
            f.write(json.dumps({'path': self.path, 'auth': self.headers.get('Authorization', ''),
                                'form': dict(urllib.parse.parse_qsl(body))}) + '\n')
        answer = json.dumps({'sid': 'SM%032d' % count[0], 'status': 'queued'}).encode()
        self.send_response(201)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)
    def log_message(self, *args):
        pass
server = HTTPServer(('127.0.0.1', 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
)PY";

class SmsGateway
{
public:
    explicit SmsGateway(const fd::test::TempDir& dir)
        : m_log(dir.file(QStringLiteral("sms-posts.jsonl")))
    {
        const QString script = dir.file(QStringLiteral("sms_gateway.py"));
        QFile f(script);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kGatewayScript);
        f.close();
        m_process.start(QStringLiteral("python3"), {script, m_log});
        REQUIRE(m_process.waitForReadyRead(20000));
        m_port = m_process.readLine().trimmed().toInt();
        REQUIRE(m_port > 0);
    }
    ~SmsGateway()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    int port() const { return m_port; }
    QList<QJsonObject> posts() const
    {
        QList<QJsonObject> out;
        QFile f(m_log);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                out << QJsonDocument::fromJson(line).object();
        }
        return out;
    }

private:
    QString m_log;
    QProcess m_process;
    int m_port = 0;
};

struct Booked
{
    QString appointmentId;
    QDateTime start;
};

// A practice in Chicago with one Spanish-speaking patient living in Los Angeles, who agreed
// to email and texts, and her appointment on a Monday at 09:30 Chicago time (07:30 for her).
Booked makePractice(const QString& db)
{
    auto init = runCli({QStringLiteral("init"), QStringLiteral("--db"), db,
                        QStringLiteral("--practice"), QStringLiteral("Clínica Río Azul"),
                        QStringLiteral("--admin"), QStringLiteral("alice"), QStringLiteral("--json")},
                       env());
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    Booked booked;
    withPracticeServices(db, QStringLiteral("alice"), kPassword, [&](ServiceRegistry& registry) {
        practice::Location l;
        l.name = QStringLiteral("Norte");
        l.address = {QStringLiteral("100 Main St"), {}, QStringLiteral("Chicago"),
                     QStringLiteral("IL"), QStringLiteral("60601")};
        l.timeZone = QStringLiteral("America/Chicago");
        l.phone = QStringLiteral("3125550100");
        const QString location = need(registry.get<practice::ILocationService>()->save(l)).id;
        practice::Provider p;
        p.firstName = QStringLiteral("Ana");
        p.lastName = QStringLiteral("Morales");
        p.npi = QStringLiteral("1234567893");
        p.taxonomy = QStringLiteral("207Q00000X");
        p.locationIds = {location};
        const QString provider = need(registry.get<practice::IProviderService>()->save(p)).id;
        calendar::ScheduleTemplate t;
        t.providerId = provider;
        t.locationId = location;
        t.name = QStringLiteral("Week");
        t.effectiveFrom = QDate(2020, 1, 1);
        for (int d = 1; d <= 5; ++d)
            t.hours.push_back({d, calendar::WeekParity::Every, QTime(8, 0), QTime(17, 0)});
        need(registry.get<calendar::IScheduleAdmin>()->saveTemplate(t));
        calendar::AppointmentType fu;
        fu.code = QStringLiteral("FU30");
        fu.name = QStringLiteral("Control de diabetes");
        fu.durationMinutes = 30;
        need(registry.get<calendar::IScheduleAdmin>()->saveType(fu));

        patients::Patient patient;
        patient.firstName = QStringLiteral("María");
        patient.lastName = QStringLiteral("Recordatorio");
        patient.birthDate = QDate(1980, 5, 6);
        patient.sex = patients::AdministrativeSex::Female;
        patient.address = {QStringLiteral("5 Palm Ave"), {}, QStringLiteral("Los Angeles"),
                           QStringLiteral("CA"), QStringLiteral("90012")};
        patient.phones = {{QStringLiteral("mobile"), QStringLiteral("2135550142"), true}};
        patient.email = QStringLiteral("maria.recordatorio@example.org");
        patient.emailConsent = true;
        patient.preferredLanguage = QStringLiteral("es");
        const QString patientId =
            need(registry.get<patients::IPatientService>()->create(patient)).patient.id;

        QDate monday = QDate::currentDate().addDays(8);
        while (monday.dayOfWeek() != 1)
            monday = monday.addDays(1);
        calendar::BookingRequest request;
        request.patientId = patientId;
        request.providerId = provider;
        request.locationId = location;
        request.typeId = QStringLiteral("FU30");
        request.start = QDateTime(monday, QTime(9, 30), kChicago).toUTC();
        const auto appointment = need(registry.get<calendar::IAppointmentService>()->book(request));
        booked = {appointment.id, appointment.start};
    });
    return booked;
}

QString appointmentStatus(const QString& db, const QString& id)
{
    QString status;
    withPracticeServices(db, QStringLiteral("alice"), kPassword, [&](ServiceRegistry& registry) {
        status = calendar::statusId(need(registry.get<calendar::IAppointmentService>()->get(id)).status);
    });
    return status;
}

}  // namespace

TEST_CASE("reminders run: sent once by email and text, in the patient's language and time; "
          "replies confirm",
          "[cli][reminders][smtp]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    const Booked booked = makePractice(db);

    const TestCertificates certs = makeTestCertificates(dir);
    SmtpTestServer smtp(dir, {certs.serverCert, certs.serverKey, QStringLiteral("reminders"),
                              QStringLiteral("s3cret-smtp")});
    INFO(smtp.startError().toStdString());
    REQUIRE(smtp.started());
    SmsGateway gateway(dir);

    const QString smtpPassword = dir.file(QStringLiteral("smtp.secret"));
    const QString smsToken = dir.file(QStringLiteral("sms.secret"));
    for (const auto& [path, value] : {std::pair{smtpPassword, QByteArray("s3cret-smtp\n")},
                                      std::pair{smsToken, QByteArray("token-0123456789\n")}}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(value);
    }
    const QString endpoint =
        QStringLiteral("http://127.0.0.1:%1/2010-04-01/Accounts/AC0001/Messages.json")
            .arg(gateway.port());
    auto set = cli({QStringLiteral("reminders"), QStringLiteral("settings"), QStringLiteral("set"),
                    QStringLiteral("--email"), QStringLiteral("on"),
                    QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--smtp-port"), QString::number(smtp.port()),
                    QStringLiteral("--smtp-user"), QStringLiteral("reminders"),
                    QStringLiteral("--smtp-password-file"), smtpPassword,
                    QStringLiteral("--smtp-ca-file"), certs.caFile,
                    QStringLiteral("--smtp-from"), QStringLiteral("citas@clinic.example.org"),
                    QStringLiteral("--sms"), QStringLiteral("on"),
                    QStringLiteral("--sms-endpoint"), endpoint,
                    QStringLiteral("--sms-account"), QStringLiteral("AC0001"),
                    QStringLiteral("--sms-token-file"), smsToken,
                    QStringLiteral("--sms-from"), QStringLiteral("+13125550101"),
                    QStringLiteral("--schedules"), QStringLiteral("*=3d:email+sms,2h:sms"),
                    QStringLiteral("--json")},
                   db);
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    const QJsonObject shown = jsonOf(set);
    CHECK(shown.value(QStringLiteral("secrets_set")).toArray().size() == 2);
    CHECK_FALSE(set.out.contains("s3cret-smtp"));
    CHECK_FALSE(set.out.contains("token-0123456789"));

    // Friday 11:00 in Chicago, 09:00 for the patient: the 3-day reminder is due.
    const QString at =
        booked.start.toTimeZone(kChicago).addDays(-3).addSecs(90 * 60).toString(Qt::ISODate);

    SECTION("a dry run sends nothing and says what would go")
    {
        auto dry = cli({QStringLiteral("reminders"), QStringLiteral("run"),
                        QStringLiteral("--dry-run"), QStringLiteral("--at"), at,
                        QStringLiteral("--json")},
                       db);
        INFO(dry.err.toStdString());
        REQUIRE(dry.exitCode == 0);
        const QJsonObject report = jsonOf(dry);
        CHECK(report.value(QStringLiteral("would_send")).toInt() == 2);
        CHECK(report.value(QStringLiteral("sent")).toInt() == 0);
        CHECK(smtp.messages().isEmpty());
        CHECK(gateway.posts().isEmpty());
        auto list = cli({QStringLiteral("messages"), QStringLiteral("list"),
                         QStringLiteral("--json")},
                        db);
        REQUIRE(list.exitCode == 0);
        CHECK(QJsonDocument::fromJson(list.out).array().isEmpty());
    }

    SECTION("a run sends each reminder once; a second run sends nothing; C confirms")
    {
        for (int run = 0; run < 2; ++run) {
            auto sent = cli({QStringLiteral("reminders"), QStringLiteral("run"),
                             QStringLiteral("--at"), at, QStringLiteral("--json")},
                            db);
            INFO(sent.err.toStdString());
            INFO(sent.out.toStdString());
            REQUIRE(sent.exitCode == 0);
            const QJsonObject report = jsonOf(sent);
            CHECK(report.value(QStringLiteral("sent")).toInt() == (run == 0 ? 2 : 0));
            CHECK(report.value(QStringLiteral("failed")).toInt() == 0);
        }
        REQUIRE(smtp.messages().size() == 1);
        CHECK(smtp.recipients(0) ==
              QStringList{QStringLiteral("maria.recordatorio@example.org")});
        const QJsonObject mail = readMail(smtp.message(0));
        const QString subject = mail.value(QStringLiteral("subject")).toString();
        CHECK(subject.startsWith(QStringLiteral("Recordatorio de su cita: lunes")));
        CHECK(subject.endsWith(QStringLiteral("a las 7:30 a. m.")));  // her time, not 9:30
        const QString text = mail.value(QStringLiteral("text")).toString();
        CHECK_FALSE(text.contains(QStringLiteral("diabetes"), Qt::CaseInsensitive));
        CHECK(mail.value(QStringLiteral("from_name")).toString() == QStringLiteral("Clínica Río Azul"));

        const auto posts = gateway.posts();
        REQUIRE(posts.size() == 1);
        const QJsonObject form = posts[0].value(QStringLiteral("form")).toObject();
        CHECK(form.value(QStringLiteral("To")).toString() == QStringLiteral("+12135550142"));
        CHECK(form.value(QStringLiteral("From")).toString() == QStringLiteral("+13125550101"));
        CHECK(form.value(QStringLiteral("Body")).toString().contains(QStringLiteral("7:30")));
        CHECK(posts[0].value(QStringLiteral("auth")).toString() ==
              QStringLiteral("Basic ") +
                  QString::fromLatin1(QByteArray("AC0001:token-0123456789").toBase64()));

        auto list = cli({QStringLiteral("messages"), QStringLiteral("list"),
                         QStringLiteral("--json")},
                        db);
        REQUIRE(list.exitCode == 0);
        const QJsonArray logged = QJsonDocument::fromJson(list.out).array();
        REQUIRE(logged.size() == 2);
        for (const QJsonValue& m : logged) {
            CHECK(m.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("sent"));
            CHECK(m.toObject().value(QStringLiteral("rule_id")).toString() ==
                  QStringLiteral("before-4320m"));
        }

        // Replies: C from her number confirms; a text from a number never texted is for staff.
        const QString replies = dir.file(QStringLiteral("replies.csv"));
        {
            QFile f(replies);
            REQUIRE(f.open(QIODevice::WriteOnly));
            const QString received = booked.start.addDays(-3).addSecs(3 * 3600).toString(Qt::ISODate);
            f.write(QStringLiteral("from,body,received_at\n"
                                   "(213) 555-0142, c ,%1\n"
                                   "+13125550177,\"Hello, is parking free?\",%1\n")
                        .arg(received)
                        .toUtf8());
        }
        for (int import = 0; import < 2; ++import) {
            auto imported = cli({QStringLiteral("reminders"), QStringLiteral("import-replies"),
                                 replies, QStringLiteral("--json")},
                                db);
            INFO(imported.err.toStdString());
            REQUIRE(imported.exitCode == 0);
            const QJsonObject report = jsonOf(imported);
            CHECK(report.value(QStringLiteral("read")).toInt() == 2);
            CHECK(report.value(QStringLiteral("imported")).toInt() == (import == 0 ? 2 : 0));
            CHECK(report.value(QStringLiteral("already_imported")).toInt() == (import == 0 ? 0 : 2));
            const QJsonArray rows = report.value(QStringLiteral("replies")).toArray();
            REQUIRE(rows.size() == 2);
            CHECK(rows[0].toObject().value(QStringLiteral("outcome")).toString() ==
                  QStringLiteral("confirmed"));
            CHECK(rows[0].toObject().value(QStringLiteral("appointment_id")).toString() ==
                  booked.appointmentId);
            CHECK(rows[1].toObject().value(QStringLiteral("action")).toString() ==
                  QStringLiteral("staff"));
            CHECK(rows[1].toObject().value(QStringLiteral("line")).toInt() == 3);
        }
        CHECK(appointmentStatus(db, booked.appointmentId) == QStringLiteral("confirmed"));
        auto open = cli({QStringLiteral("reminders"), QStringLiteral("replies"),
                         QStringLiteral("--json")},
                        db);
        REQUIRE(open.exitCode == 0);
        CHECK(QJsonDocument::fromJson(open.out).array().size() == 1);

        // A bad line names itself and changes nothing.
        const QString bad = dir.file(QStringLiteral("bad.csv"));
        {
            QFile f(bad);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("from,body,received_at\n+13125550178,STOP,2025-03-14T15:04:05Z\n"
                    "+13125550179,R,yesterday\n");
        }
        auto refused = cli({QStringLiteral("reminders"), QStringLiteral("import-replies"), bad}, db);
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains("bad.csv line 3"));
        CHECK(refused.err.contains("received_at"));
    }
}
