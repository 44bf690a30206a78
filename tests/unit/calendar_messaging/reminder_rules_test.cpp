// The reminder rules: what is due at a time, quiet hours in the patient's zone, consent and
// confidential-communication choices, STOP/HELP and replies, templates and SMS segments.
#include "calendar/core/messaging/inbound_reply.h"
#include "calendar/core/messaging/reminder_planner.h"
#include "calendar/core/messaging/reminder_renderer.h"
#include "calendar/core/messaging/sms_segments.h"
#include "qt_string_maker.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::calendar::messaging;

namespace {

const QTimeZone kChicago("America/Chicago");
const QTimeZone kLosAngeles("America/Los_Angeles");

ReminderRule rule(const char* id, qint64 minutes, QList<Channel> channels)
{
    return {QString::fromLatin1(id), minutes, std::move(channels), QStringLiteral("reminder")};
}

ReminderCandidate candidate(const QString& id, const QDateTime& start,
                            const QTimeZone& zone = kChicago)
{
    ReminderCandidate c;
    c.appointmentId = id;
    c.start = start;
    c.patientTimeZone = zone;
    c.contact.email = QStringLiteral("pat.jones@example.org");
    c.contact.emailConsent = true;
    c.contact.smsPhone = QStringLiteral("+12025550142");
    c.contact.smsConsentPhone = c.contact.smsPhone;
    c.contact.smsConsent = true;
    c.practiceName = QStringLiteral("Riverside Family Clinic");
    c.practicePhone = QStringLiteral("(202) 555-0100");
    c.providerDisplayName = QStringLiteral("Dr. Ana Morales");
    c.locationShortName = QStringLiteral("North");
    c.locationAddress = QStringLiteral("100 Main St\nSpringfield, IL 62701");
    c.appointmentTypeGroup = QStringLiteral("default");
    c.appointmentTypeName = QStringLiteral("Diabetes follow-up");
    return c;
}

// 2025-03-17 09:30 in Chicago (CDT, UTC-5) is 14:30 UTC.
const QDateTime kStart(QDate(2025, 3, 17), QTime(9, 30), kChicago);
const std::vector<ReminderRule> kRules{rule("3d", 3 * 24 * 60, {Channel::Sms, Channel::Email}),
                                       rule("2h", 120, {Channel::Sms})};

PlanContext at(const QDateTime& now)
{
    PlanContext ctx;
    ctx.now = now;
    ctx.rules = kRules;
    return ctx;
}

QStringList keys(const std::vector<PlannedReminder>& list)
{
    QStringList out;
    for (const auto& p : list)
        out << p.key.ruleId + QLatin1Char('/') + channelName(p.key.channel);
    out.sort();
    return out;
}

std::shared_ptr<const ReminderTemplates> shippedTemplates()
{
    auto t = ReminderTemplates::shipped();
    INFO((t ? std::string() : t.error().toString().toStdString()));
    REQUIRE(t.ok());
    return std::make_shared<const ReminderTemplates>(std::move(*t));
}

}  // namespace

TEST_CASE("Reminders: a rule is due from start minus offset until the start, once", "[reminders]")
{
    const std::vector<ReminderCandidate> one{candidate(QStringLiteral("a1"), kStart)};
    // Due at 09:30 Chicago on the 14th: one minute before, nothing.
    CHECK(planReminders(one, at(kStart.addDays(-3).addSecs(-60))).due.empty());

    const ReminderPlan due = planReminders(one, at(kStart.addDays(-3)));
    CHECK(keys(due.due) == QStringList{QStringLiteral("3d/email"), QStringLiteral("3d/sms")});
    CHECK(due.deferred.empty());
    CHECK(due.skipped.empty());
    for (const auto& p : due.due) {
        CHECK(p.sendAt == kStart.addDays(-3).toUTC());
        CHECK(p.destination == (p.key.channel == Channel::Sms
                                    ? QStringLiteral("+12025550142")
                                    : QStringLiteral("pat.jones@example.org")));
    }

    SECTION("what the log holds is never planned again")
    {
        PlanContext ctx = at(kStart.addDays(-2));
        ctx.alreadyLogged = {{QStringLiteral("a1"), QStringLiteral("3d"), Channel::Sms}};
        CHECK(keys(planReminders(one, ctx).due) == QStringList{QStringLiteral("3d/email")});
        ctx.alreadyLogged.insert({QStringLiteral("a1"), QStringLiteral("3d"), Channel::Email});
        CHECK(planReminders(one, ctx).due.empty());
    }
    SECTION("cancelled or past appointments get nothing")
    {
        std::vector<ReminderCandidate> cancelled = one;
        cancelled[0].cancelled = true;
        CHECK(planReminders(cancelled, at(kStart.addSecs(-3600))).due.empty());
        CHECK(planReminders(one, at(kStart)).due.empty());
        CHECK(planReminders(one, at(kStart.addSecs(60))).due.empty());
    }
    SECTION("two hours before, the closer rule wins and the other is superseded")
    {
        const QDateTime afternoon(QDate(2025, 3, 17), QTime(15, 0), kChicago);
        const ReminderPlan late = planReminders({candidate(QStringLiteral("a1"), afternoon)},
                                                at(afternoon.addSecs(-7200)));
        CHECK(keys(late.due) == QStringList{QStringLiteral("2h/sms"), QStringLiteral("3d/email")});
        REQUIRE(late.skipped.size() == 1);
        CHECK(late.skipped[0].key.ruleId == QLatin1String("3d"));
        CHECK(late.skipped[0].key.channel == Channel::Sms);
        CHECK(late.skipped[0].reason == SkipReason::Superseded);
        CHECK(late.skipped[0].isFinal);
    }
}

TEST_CASE("Reminders: quiet hours follow the patient's time zone", "[reminders]")
{
    // The practice is in Chicago; this patient lives in Los Angeles (PDT, UTC-7).
    const QDateTime start(QDate(2025, 3, 20), QTime(16, 0), kChicago);  // 14:00 in LA
    const std::vector<ReminderCandidate> one{candidate(QStringLiteral("a2"), start, kLosAngeles)};

    SECTION("07:59 in LA: deferred to 08:00 LA")
    {
        const QDateTime now(QDate(2025, 3, 18), QTime(7, 59), kLosAngeles);
        const ReminderPlan plan = planReminders(one, at(now));
        CHECK(plan.due.empty());
        REQUIRE(plan.deferred.size() == 2);
        for (const auto& p : plan.deferred)
            CHECK(p.sendAt == QDateTime(QDate(2025, 3, 18), QTime(8, 0), kLosAngeles).toUTC());
    }
    SECTION("08:00 and 20:59 in LA are allowed; 21:00 is not")
    {
        CHECK(planReminders(one, at(QDateTime(QDate(2025, 3, 18), QTime(8, 0), kLosAngeles)))
                  .due.size() == 2);
        CHECK(planReminders(one, at(QDateTime(QDate(2025, 3, 18), QTime(20, 59), kLosAngeles)))
                  .due.size() == 2);
        const ReminderPlan evening =
            planReminders(one, at(QDateTime(QDate(2025, 3, 18), QTime(21, 0), kLosAngeles)));
        CHECK(evening.due.empty());
        REQUIRE(evening.deferred.size() == 2);
        CHECK(evening.deferred[0].sendAt ==
              QDateTime(QDate(2025, 3, 19), QTime(8, 0), kLosAngeles).toUTC());
    }
    SECTION("22:00 in Chicago is still 20:00 in LA: sent")
    {
        const QDateTime now(QDate(2025, 3, 18), QTime(22, 0), kChicago);
        CHECK(planReminders(one, at(now)).due.size() == 2);
    }
    SECTION("when the next allowed hour is at or after the start, the message is skipped")
    {
        const QDateTime early(QDate(2025, 3, 21), QTime(7, 30), kLosAngeles);
        const std::vector<ReminderCandidate> dawn{
            candidate(QStringLiteral("a3"), early, kLosAngeles)};
        const ReminderPlan plan = planReminders(dawn, at(early.addSecs(-7200)));  // 05:30 LA
        CHECK(plan.due.empty());
        CHECK(plan.deferred.empty());
        REQUIRE_FALSE(plan.skipped.empty());
        for (const auto& s : plan.skipped) {
            CHECK(s.reason == SkipReason::QuietHoursUntilStart);
            CHECK(s.isFinal);
        }
    }
}

TEST_CASE("Reminders: consent, confidential choices and STOP decide the channel", "[reminders]")
{
    ContactChoices c = candidate(QStringLiteral("a"), kStart).contact;
    CHECK(decideChannel(c, Channel::Sms, {}).allowed);

    SECTION("SMS consent belongs to one number")
    {
        c.smsPhone = QStringLiteral("+12025550199");
        const auto d = decideChannel(c, Channel::Sms, {});
        CHECK_FALSE(d.allowed);
        CHECK(d.reason == SkipReason::NoConsent);
    }
    SECTION("no email consent, no email")
    {
        c.emailConsent = false;
        CHECK(decideChannel(c, Channel::Email, {}).reason == SkipReason::NoConsent);
        CHECK_FALSE(decideChannel(c, Channel::Email, {}).allowed);
    }
    SECTION("a confidential choice of email only stops texts")
    {
        c.confidentialRestriction = true;
        c.confidentialChannels = {Channel::Email};
        CHECK(decideChannel(c, Channel::Sms, {}).reason == SkipReason::ConfidentialChoice);
        CHECK(decideChannel(c, Channel::Email, {}).allowed);
    }
    SECTION("a number that texted STOP gets no reminder")
    {
        const auto d = decideChannel(c, Channel::Sms, {QStringLiteral("+12025550142")});
        CHECK_FALSE(d.allowed);
        CHECK(d.reason == SkipReason::OptedOut);
        PlanContext ctx = at(kStart.addDays(-3));
        ctx.optedOutNumbers = {QStringLiteral("+12025550142")};
        const ReminderPlan plan = planReminders({candidate(QStringLiteral("a1"), kStart)}, ctx);
        CHECK(keys(plan.due) == QStringList{QStringLiteral("3d/email")});
        REQUIRE(plan.skipped.size() == 1);
        CHECK_FALSE(plan.skipped[0].isFinal);
    }
    SECTION("no number or address chosen")
    {
        c.smsPhone.clear();
        c.email.clear();
        CHECK(decideChannel(c, Channel::Sms, {}).reason == SkipReason::NoDestination);
        CHECK(decideChannel(c, Channel::Email, {}).reason == SkipReason::NoDestination);
    }
}

TEST_CASE("Reminders: replies are read by carrier keywords, C and R", "[reminders]")
{
    for (const char* t : {"C", "c", " confirm ", "Confirm.", "confirmar"})
        CHECK(classifyReply(QString::fromUtf8(t)) == ReplyKind::Confirm);
    for (const char* t : {"R", "r", "reschedule", "Reprogramar"})
        CHECK(classifyReply(QString::fromUtf8(t)) == ReplyKind::Reschedule);
    for (const char* t :
         {"STOP", "stop", "Stop.", "STOPALL", "unsubscribe", "CANCEL", "end", "QUIT"})
        CHECK(classifyReply(QString::fromUtf8(t)) == ReplyKind::OptOut);
    for (const char* t : {"START", "unstop"})
        CHECK(classifyReply(QString::fromUtf8(t)) == ReplyKind::OptIn);
    for (const char* t : {"HELP", "info", "Help?"})
        CHECK(classifyReply(QString::fromUtf8(t)) == ReplyKind::Help);
    for (const char* t : {"please stop calling me", "can I come at 10?", "", "CC", "yes"})
        CHECK(classifyReply(QString::fromUtf8(t)) == ReplyKind::Other);
}

TEST_CASE("Reminders: texts are rendered in the patient's language and zone, minimum necessary",
          "[reminders]")
{
    ReminderRenderer renderer(shippedTemplates());
    ReminderCandidate c = candidate(QStringLiteral("a1"), kStart);

    const auto en = renderer.renderSms(c, QStringLiteral("reminder"));
    INFO((en ? std::string() : en.error().toString().toStdString()));
    REQUIRE(en.ok());
    CHECK(en->text.contains(QLatin1String("Riverside Family Clinic")));
    CHECK(en->text.contains(QLatin1String("Monday, March 17 at 9:30 AM")));
    CHECK(en->text.contains(QLatin1String("North")));
    CHECK(en->text.contains(QLatin1String("Reply C to confirm or R to reschedule.")));
    CHECK(en->segments.encoding == SmsEncoding::Gsm7);
    CHECK(en->segments.segments == countSmsSegments(en->text).segments);
    CHECK(en->segments.segments <= 2);
    for (const char* secret : {"Diabetes", "Morales", "Main St"})
        CHECK_FALSE(en->text.contains(QLatin1String(secret)));

    SECTION("Spanish, in Los Angeles time")
    {
        c.language = Language::Spanish;
        c.patientTimeZone = kLosAngeles;
        const auto es = renderer.renderSms(c, QStringLiteral("reminder"));
        REQUIRE(es.ok());
        CHECK(es->text.contains(QStringLiteral("lunes 17 de marzo a las 7:30 a. m.")));
        CHECK(es->text.contains(QStringLiteral("Responda C para confirmar")));
        // The Spanish texts avoid á, í, ó, ú so that most stay in GSM-7 (160 a message).
        CHECK(es->segments.encoding == SmsEncoding::Gsm7);
        CHECK(es->segments.segments <= 2);
        ReminderCandidate onSaturday = c;
        onSaturday.start = QDateTime(QDate(2025, 3, 22), QTime(9, 30), kChicago);  // sábado
        const auto saturday = renderer.renderSms(onSaturday, QStringLiteral("reminder"));
        REQUIRE(saturday.ok());
        CHECK(saturday->text.contains(QStringLiteral("sábado 22 de marzo")));
        CHECK(saturday->segments.encoding == SmsEncoding::Ucs2);
        CHECK(saturday->segments.segments == 3);

        const auto mail = renderer.renderEmail(c, QStringLiteral("reminder"));
        REQUIRE(mail.ok());
        CHECK(mail->subject ==
              QStringLiteral("Recordatorio de su cita: lunes 17 de marzo a las 7:30 a. m."));
        CHECK(mail->text.contains(QLatin1String("Dr. Ana Morales")));
        CHECK(mail->text.contains(QLatin1String("100 Main St\nSpringfield, IL 62701")));
        CHECK_FALSE(mail->text.contains(QLatin1String("Diabetes")));
    }
    SECTION("email adds the provider and address; HTML escapes values")
    {
        c.providerDisplayName = QStringLiteral("Dr. <b>Lee</b> & Partners");
        const auto mail = renderer.renderEmail(c, QStringLiteral("reminder"));
        REQUIRE(mail.ok());
        CHECK(mail->subject == QLatin1String("Appointment reminder: Monday, March 17 at 9:30 AM"));
        CHECK(mail->text.contains(QLatin1String("Dr. <b>Lee</b> & Partners")));
        CHECK(mail->html.contains(QLatin1String("Dr. &lt;b&gt;Lee&lt;/b&gt; &amp; Partners")));
        CHECK(mail->html.contains(QLatin1String("100 Main St<br>Springfield")));
    }
    SECTION("a group's own templates, and the default for a group without any")
    {
        c.appointmentTypeGroup = QStringLiteral("new-patient");
        CHECK(renderer.renderSms(c, QStringLiteral("reminder"))
                  ->text.contains(QLatin1String("first visit")));
        c.appointmentTypeGroup = QStringLiteral("physical-therapy");
        CHECK(renderer.renderSms(c, QStringLiteral("reminder"))
                  ->text.contains(QLatin1String("reminder of your")));
        const auto none = renderer.renderSms(c, QStringLiteral("recall"));
        REQUIRE_FALSE(none.ok());
        CHECK(none.error().message.contains(QLatin1String("recall")));
    }
    SECTION("HELP, STOP and START replies")
    {
        const QString help = renderer.helpReply(Language::English, c.practiceName, c.practicePhone);
        CHECK(help.contains(QLatin1String("Riverside Family Clinic")));
        CHECK(help.contains(QLatin1String("(202) 555-0100")));
        CHECK(help.contains(QLatin1String("Reply STOP to opt out")));
        CHECK(renderer.helpReply(Language::Spanish, c.practiceName, c.practicePhone)
                  .contains(QLatin1String("STOP")));
        CHECK(renderer.stopReply(Language::English, c.practiceName, c.practicePhone)
                  .contains(QLatin1String("START")));
        CHECK(renderer.startReply(Language::English, c.practiceName, c.practicePhone)
                  .contains(QLatin1String("STOP")));
    }
}

TEST_CASE(
    "Reminder templates: a practice overrides texts; unsafe or unknown placeholders are named",
    "[reminders]")
{
    auto shipped = ReminderTemplates::shipped();
    REQUIRE(shipped.ok());
    const QByteArray overrides = R"({"format": "frontdesk-reminder-templates", "version": 1,
        "templates": [{"set": "reminder", "group": "default", "language": "en",
                       "sms": "{practice}: see you {date} {time} at {location}. {confirm}"}]})";
    auto merged = shipped->withOverrides(overrides, QStringLiteral("practice.json"));
    REQUIRE(merged.ok());
    ReminderRenderer renderer(std::make_shared<const ReminderTemplates>(std::move(*merged)));
    const ReminderCandidate c = candidate(QStringLiteral("a1"), kStart);
    CHECK(renderer.renderSms(c, QStringLiteral("reminder"))->text ==
          QLatin1String("Riverside Family Clinic: see you Monday, March 17 9:30 AM at North. Reply "
                        "C to confirm or R to "
                        "reschedule."));
    // The email of the same entry is still the shipped one.
    CHECK(renderer.renderEmail(c, QStringLiteral("reminder"))
              ->subject.startsWith(QLatin1String("Appointment reminder")));

    QByteArray provider = overrides;
    provider.replace("at {location}", "with {provider}");
    const auto refused = shipped->withOverrides(provider, QStringLiteral("practice.json"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(
        QLatin1String("practice.json: templates[0] (reminder/default/en).sms")));
    CHECK(refused.error().message.contains(QLatin1String("{provider}")));

    QByteArray unknown = overrides;
    unknown.replace("{location}", "{diagnosis}");
    const auto bad = shipped->withOverrides(unknown, QStringLiteral("practice.json"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QLatin1String("unknown placeholder")));

    const auto notJson = shipped->withOverrides("{\"format\": ", QStringLiteral("practice.json"));
    REQUIRE_FALSE(notJson.ok());
    CHECK(notJson.error().message.startsWith(QLatin1String("practice.json: not JSON")));
}

TEST_CASE("SMS segments: GSM-7 and UCS-2 counted as carriers bill them", "[reminders]")
{
    CHECK(countSmsSegments(QString()).segments == 0);
    CHECK(countSmsSegments(QString(160, QLatin1Char('a'))).segments == 1);
    CHECK(countSmsSegments(QString(161, QLatin1Char('a'))).segments == 2);
    CHECK(countSmsSegments(QString(306, QLatin1Char('a'))).segments == 2);
    CHECK(countSmsSegments(QString(307, QLatin1Char('a'))).segments == 3);
    // An extension character takes two septets and never straddles two segments.
    const auto euro = countSmsSegments(QString(80, QChar(0x20AC)));
    CHECK(euro.encoding == SmsEncoding::Gsm7);
    CHECK(euro.units == 160);
    CHECK(euro.segments == 1);
    const auto straddle = countSmsSegments(QString(152, QLatin1Char('a')) + QChar(0x20AC) +
                                           QString(10, QLatin1Char('a')));
    CHECK(straddle.units == 164);
    CHECK(straddle.segments == 2);
    CHECK(countSmsSegments(QStringLiteral("¿Qué tal? ñ ü é")).encoding ==
          SmsEncoding::Gsm7);  // á/í/ó/ú are not
    CHECK(countSmsSegments(QStringLiteral("¿Cómo?")).encoding == SmsEncoding::Ucs2);
    CHECK(countSmsSegments(QStringLiteral("¡Señor! ¿Año?")).encoding == SmsEncoding::Gsm7);
    CHECK(countSmsSegments(QString(70, QChar(0x00E1))).segments == 1);
    CHECK(countSmsSegments(QString(71, QChar(0x00E1))).segments == 2);
    CHECK(countSmsSegments(QString(135, QChar(0x00E1))).segments == 3);
    // A surrogate pair stays whole: 66 units then an emoji makes 68 > 67.
    const auto emoji = countSmsSegments(QString(66, QChar(0x00E1)) + QStringLiteral("\U0001F600") +
                                        QString(10, QChar(0x00E1)));
    CHECK(emoji.units == 78);
    CHECK(emoji.segments == 2);
}
