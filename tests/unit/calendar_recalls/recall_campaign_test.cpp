// Recall campaigns against the real SMTP server on loopback: one message per patient, in the
// patient's language, never in the patient's quiet hours, never without consent or against a
// confidential choice or STOP, and not again within the interval.
#include "recalls_fixture.h"

#include "calendar/core/messaging/message_log.h"
#include "calendar/core/messaging/smtp_sender.h"
#include "calendar/core/recall_campaign/recall_campaign.h"
#include "calendar/core/recall_permissions.h"
#include "common/secure_bytes.h"
#include "mail_reader.h"
#include "patients/core/patients.h"
#include "practice/core/practice_profile.h"
#include "smtp_test_server.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::calendar;
using namespace fd::calendar::test;
using fd::calendar::messaging::test::SmtpTestServer;

namespace {

template <typename T>
T need(Result<T> r)
{
    INFO((r.ok() ? std::string() : r.error().toString().toStdString()));
    REQUIRE(r.ok());
    return std::move(r.value());
}

struct CampaignFixture : RecallsFixture
{
    CampaignFixture()
    {
        practice::PracticeProfile profile;
        profile.name = QStringLiteral("Río Azul Family Clinic");
        profile.phone = QStringLiteral("(518) 555-0100");
        profile.timeZone = QStringLiteral("America/New_York");
        auto saved = registry.get<practice::IPracticeProfile>()->save(profile);
        INFO((saved ? std::string() : saved.error().toString().toStdString()));
        REQUIRE(saved.ok());
        patients = registry.get<patients::IPatientService>();
        // Alice: English, email with consent (New York, the practice's zone).
        setContact(aliceId, QStringLiteral("alice@example.org"), true, {}, false,
                   QStringLiteral("en"), {});
        // Bob: an address but no consent.
        setContact(bobId, QStringLiteral("bob@example.org"), false, {}, false,
                   QStringLiteral("en"), {});
        // Maria: Spanish, email with consent; her visits are in Los Angeles.
        mariaId = addPatient(QStringLiteral("Maria"), QStringLiteral("Lopez"));
        setContact(mariaId, QStringLiteral("maria.lopez@example.org"), true, {}, false,
                   QStringLiteral("es-US"), {});
        Appointment la = book(laRequest(mariaId));
        Q_UNUSED(la);
        // Carla: prefers texts, but texted STOP.
        carlaId = addPatient(QStringLiteral("Carla"), QStringLiteral("Sample"));
        setContact(carlaId, {}, false, QStringLiteral("518-555-0123"), true, QStringLiteral("en"),
                   QStringLiteral("sms"));
        messaging::MessageLog log(*db);
        REQUIRE(log.setOptedOut(QStringLiteral("+15185550123"), true, QStringLiteral("STOP"),
                                clock->nowUtc())
                    .ok());
        // Dana: email consent, but asked to be reached by mail only.
        danaId = addPatient(QStringLiteral("Dana"), QStringLiteral("Example"));
        setContact(danaId, QStringLiteral("dana@example.com"), true, {}, false,
                   QStringLiteral("en"), {});
        patients::PrivacyChoices choices;
        choices.patientId = danaId;
        choices.allowedChannels = {QStringLiteral("mail")};
        need(registry.get<patients::IPatientPrivacy>()->saveChoices(choices));

        for (const QString& p : {aliceId, bobId, mariaId, carlaId, danaId})
            recallIds.insert(p, addRecall(p, physicalId, QDate(2025, 2, 1)).id);
    }

    void setContact(const QString& id, const QString& email, bool emailConsent,
                    const QString& mobile, bool smsConsent, const QString& language,
                    const QString& preferred)
    {
        auto p = need(patients->get(id));
        p.email = email;
        p.emailConsent = emailConsent;
        p.phones.clear();
        if (!mobile.isEmpty())
            p.phones.append({QStringLiteral("mobile"), mobile, smsConsent});
        p.preferredLanguage = language;
        p.preferredContact = preferred;
        need(patients->update(p));
    }

    // NP60 with Grace Hopper in Los Angeles, Monday 2025-03-10 at 10:00 local.
    BookingRequest laRequest(const QString& patient) const
    {
        BookingRequest r;
        r.patientId = patient;
        r.providerId = hopperId;
        r.locationId = losAngelesId;
        r.typeId = QStringLiteral("NP60");
        r.start = QDateTime(QDate(2025, 3, 10), QTime(10, 0),
                            QTimeZone(QByteArrayLiteral("America/Los_Angeles")))
                      .toUTC();
        return r;
    }

    Result<CampaignReport> run(bool dryRun, const messaging::SmtpSender* smtp = nullptr)
    {
        CampaignOptions options;
        options.dryRun = dryRun;
        return registry.get<IRecallCampaign>()->run(options, {smtp, nullptr});
    }

    const CampaignItem& itemOf(const CampaignReport& report, const QString& patientId) const
    {
        for (const CampaignItem& i : report.items)
            if (i.patientId == patientId)
                return i;
        FAIL("no campaign item for the patient");
        return report.items.front();
    }

    std::shared_ptr<patients::IPatientService> patients;
    QString mariaId;
    QString carlaId;
    QString danaId;
    QHash<QString, QString> recallIds;
};

messaging::SmtpSettings settingsFor(int port, const QString& caFile)
{
    messaging::SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.username = QStringLiteral("recalls");
    s.caFile = caFile;
    s.fromAddress = QStringLiteral("frontdesk@clinic.example.org");
    s.connectTimeoutMs = 5000;
    s.timeoutMs = 20000;
    return s;
}

}  // namespace

TEST_CASE("Recall campaign dry run: who would get what, by which channel, and why not",
          "[recalls][campaign]")
{
    CampaignFixture f;  // Friday 2025-03-07 15:00 UTC: 10:00 in New York, 07:00 in Los Angeles
    const CampaignReport report = need(f.run(true));
    CHECK(report.dryRun);
    CHECK(report.recalls == 5);
    REQUIRE(report.items.size() == 5);

    const CampaignItem& alice = f.itemOf(report, f.aliceId);
    CHECK(alice.outcome == CampaignOutcome::WouldSend);
    CHECK(alice.channel == messaging::Channel::Email);
    CHECK(alice.preview == QLatin1String("Time to schedule your next visit"));
    CHECK(f.itemOf(report, f.bobId).reason == QLatin1String("no_consent"));
    CHECK(f.itemOf(report, f.carlaId).reason == QLatin1String("opted_out"));
    CHECK(f.itemOf(report, f.danaId).reason == QLatin1String("confidential_choice"));
    const CampaignItem& maria = f.itemOf(report, f.mariaId);
    CHECK(maria.outcome == CampaignOutcome::Deferred);  // 07:00 where she is
    CHECK(maria.language == messaging::Language::Spanish);
    CHECK(maria.sendAt == QDateTime(QDate(2025, 3, 7), QTime(16, 0), Qt::UTC));  // 08:00 PST
    // A dry run sends and logs nothing.
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_recall_messages")) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_recall_contacts")) == 0);

    // Campaigns need their own permission.
    f.access->granted.remove(perm::kRecallsCampaign);
    CHECK(f.run(true).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("Recall campaign: each message arrives once, in the patient's language, outside quiet "
          "hours",
          "[recalls][campaign][smtp]")
{
    CampaignFixture f;
    fd::test::TempDir certDir;
    const auto certs = messaging::test::makeTestCertificates(certDir);
    SmtpTestServer server(certDir, {certs.serverCert, certs.serverKey, QStringLiteral("recalls"),
                                    QStringLiteral("s3cret")});
    INFO(server.startError().toStdString());
    REQUIRE(server.started());
    const messaging::SmtpSender sender(settingsFor(server.port(), certs.caFile),
                                       SecureBytes::fromByteArray("s3cret"));

    // 10:00 in New York: Alice gets hers; Maria (07:00 in Los Angeles) waits.
    CampaignReport first = need(f.run(false, &sender));
    INFO(first.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(first.problems.isEmpty());
    CHECK(f.itemOf(first, f.aliceId).outcome == CampaignOutcome::Sent);
    CHECK(f.itemOf(first, f.mariaId).outcome == CampaignOutcome::Deferred);
    CHECK(first.count(CampaignOutcome::Sent) == 1);
    REQUIRE(server.messages().size() == 1);
    CHECK(server.recipients(0) == QStringList{QStringLiteral("alice@example.org")});
    QJsonObject mail = messaging::test::readMail(server.message(0));
    CHECK(mail.value(QStringLiteral("subject")).toString() ==
          QLatin1String("Time to schedule your next visit"));
    CHECK(mail.value(QStringLiteral("text")).toString().contains(QLatin1String("(518) 555-0100")));
    // Minimum necessary: the reason is never written.
    CHECK_FALSE(mail.value(QStringLiteral("text")).toString().contains(QLatin1String("physical"),
                                                                        Qt::CaseInsensitive));
    // Claimed and logged once, with the Message-ID; never in the appointment reminders' log
    // (a reply to a recall is not about an appointment).
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_recall_messages WHERE status = "
                                 "'sent' AND recall_id = ? AND '<' || provider_message_id || '>' = ?"),
                  {f.recallIds.value(f.aliceId), mail.value(QStringLiteral("message_id")).toString()}) ==
          1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM reminder_messages")) == 0);
    auto contacts = need(f.recalls().contacts(f.recallIds.value(f.aliceId)));
    REQUIRE(contacts.size() == 1);
    CHECK(contacts[0].campaign);
    CHECK(contacts[0].method == ContactMethod::Email);
    CHECK(contacts[0].outcome == ContactOutcome::Sent);

    // 08:30 in Los Angeles: Maria's arrives in Spanish; Alice is not written to again.
    f.clock->set(QDateTime(QDate(2025, 3, 7), QTime(16, 30), Qt::UTC));
    CampaignReport second = need(f.run(false, &sender));
    CHECK(f.itemOf(second, f.mariaId).outcome == CampaignOutcome::Sent);
    CHECK(f.itemOf(second, f.aliceId).reason == QLatin1String("recently_sent"));
    REQUIRE(server.messages().size() == 2);
    CHECK(server.recipients(1) == QStringList{QStringLiteral("maria.lopez@example.org")});
    mail = messaging::test::readMail(server.message(1));
    CHECK(mail.value(QStringLiteral("subject")).toString() ==
          QStringLiteral("Es hora de programar su próxima visita"));
    CHECK(mail.value(QStringLiteral("from_name")).toString() ==
          QStringLiteral("Río Azul Family Clinic"));

    // A third run the same day sends nothing; nor does one 29 days later.
    CampaignReport third = need(f.run(false, &sender));
    CHECK(third.count(CampaignOutcome::Sent) == 0);
    f.clock->advanceSecs(29 * 86400);
    CHECK(need(f.run(false, &sender)).count(CampaignOutcome::Sent) == 0);
    CHECK(server.messages().size() == 2);
    // Once the interval has passed the still-overdue patients are written to again.
    f.clock->advanceSecs(2 * 86400);
    CampaignReport later = need(f.run(false, &sender));
    CHECK(later.count(CampaignOutcome::Sent) == 2);
    CHECK(server.messages().size() == 4);
    // Patients without consent were never written to.
    for (int i = 0; i < server.messages().size(); ++i)
        for (const QString& r : server.recipients(i))
            CHECK_FALSE((r == QLatin1String("bob@example.org") ||
                         r == QLatin1String("dana@example.com")));
}

TEST_CASE("Recall campaign: a scheduled recall and a missing transport send nothing",
          "[recalls][campaign]")
{
    CampaignFixture f;
    // Alice books a physical: her recall is scheduled and left out.
    f.book(f.request(f.aliceId, QDate(2025, 3, 12), QTime(9, 0), QStringLiteral("PE45")));
    CampaignReport report = need(f.run(false, nullptr));
    CHECK(report.recalls == 4);
    for (const CampaignItem& i : report.items)
        CHECK(i.patientId != f.aliceId);
    // Maria may be written to by email, but no SMTP server is configured (and it is night in
    // Los Angeles only until 08:00).
    f.clock->set(QDateTime(QDate(2025, 3, 7), QTime(17, 0), Qt::UTC));
    report = need(f.run(false, nullptr));
    CHECK(f.itemOf(report, f.mariaId).reason == QLatin1String("no_transport"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_recall_messages")) == 0);
}
