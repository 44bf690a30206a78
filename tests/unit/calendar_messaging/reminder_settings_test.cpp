// The reminder settings (schedules, validation, storage form) and how a patient's record and
// confidential-communication choices become the channels reminders may use.
#include "calendar/core/messaging/messaging_settings.h"
#include "calendar/core/messaging/reminder_candidates.h"
#include "calendar/core/messaging/reminder_planner.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::calendar::messaging;

TEST_CASE("Reminder schedules: typed, checked and kept under offset ids", "[reminders][settings]")
{
    auto rules = parseRulesText(QStringLiteral("3d:email+sms, 2h:sms,90m:email"));
    REQUIRE(rules.ok());
    REQUIRE(rules->size() == 3);
    CHECK((*rules)[0].offsetMinutes == 4320);
    CHECK((*rules)[0].id == QStringLiteral("before-4320m"));
    CHECK((*rules)[0].channels == QList<Channel>{Channel::Email, Channel::Sms});
    CHECK((*rules)[1].offsetMinutes == 120);
    CHECK((*rules)[2].offsetMinutes == 90);
    CHECK(rulesText(*rules) == QStringLiteral("3d:email+sms,2h:sms,90m:email"));

    const auto badUnit = parseRulesText(QStringLiteral("3w:email"));
    REQUIRE_FALSE(badUnit.ok());
    CHECK(badUnit.error().message.contains(QStringLiteral("3w:email")));
    const auto badChannel = parseRulesText(QStringLiteral("3d:fax"));
    REQUIRE_FALSE(badChannel.ok());
    CHECK(badChannel.error().message.contains(QStringLiteral("fax")));

    MessagingSettings s = MessagingSettings::defaults();
    REQUIRE(s.validate().ok());
    ReminderSchedule np;
    np.appointmentTypeCode = QStringLiteral("NP60");
    np.templateGroup = QStringLiteral("new-patient");
    np.rules = *parseRulesText(QStringLiteral("7d:email,1d:sms"));
    s.schedules.push_back(np);
    CHECK(s.scheduleFor(QStringLiteral("np60"))->templateGroup == QStringLiteral("new-patient"));
    CHECK(s.scheduleFor(QStringLiteral("FU30"))->appointmentTypeCode.isEmpty());

    // Stored and read back the same; no secret is part of it.
    auto back = MessagingSettings::fromJson(s.toJson());
    REQUIRE(back.ok());
    CHECK(back->toJson() == s.toJson());

    SECTION("a reminder 5 minutes before is refused with its schedule named")
    {
        s.schedules[1].rules.push_back({ruleIdForOffset(5), 5, {Channel::Sms}});
        const auto checked = s.validate();
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.error().message.contains(QStringLiteral("NP60")));
    }
    SECTION("two default schedules are refused")
    {
        s.schedules.push_back(MessagingSettings::defaults().schedules.front());
        CHECK_FALSE(s.validate().ok());
    }
    SECTION("email on without a server is refused")
    {
        s.emailEnabled = true;
        const auto checked = s.validate();
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.error().message.contains(QStringLiteral("SMTP")));
    }
}

TEST_CASE("A patient's record and choices decide the reminder channels", "[reminders][contact]")
{
    patients::Patient p;
    p.email = QStringLiteral("ana@example.org");
    p.emailConsent = true;
    p.phones = {{QStringLiteral("home"), QStringLiteral("2025550110"), false},
                {QStringLiteral("mobile"), QStringLiteral("(202) 555-0111"), false},
                {QStringLiteral("mobile"), QStringLiteral("202-555-0112"), true}};
    patients::PrivacyChoices none;

    ContactChoices c = contactChoices(p, none);
    CHECK(c.email == QStringLiteral("ana@example.org"));
    CHECK(c.emailConsent);
    // The mobile with consent, not the first mobile.
    CHECK(c.smsPhone == QStringLiteral("+12025550112"));
    CHECK(c.smsConsent);
    CHECK_FALSE(c.confidentialRestriction);
    CHECK(decideChannel(c, Channel::Sms, {}).allowed);

    SECTION("no consent on any mobile: the first mobile, without consent")
    {
        p.phones[2].smsConsent = false;
        c = contactChoices(p, none);
        CHECK(c.smsPhone == QStringLiteral("+12025550111"));
        CHECK_FALSE(decideChannel(c, Channel::Sms, {}).allowed);
        CHECK(decideChannel(c, Channel::Sms, {}).reason == SkipReason::NoConsent);
    }
    SECTION("a confidential choice of email only excludes texts")
    {
        patients::PrivacyChoices onlyEmail;
        onlyEmail.allowedChannels = {QStringLiteral("email"), QStringLiteral("mail")};
        c = contactChoices(p, onlyEmail);
        CHECK(c.confidentialRestriction);
        CHECK(decideChannel(c, Channel::Email, {}).allowed);
        CHECK(decideChannel(c, Channel::Sms, {}).reason == SkipReason::ConfidentialChoice);
    }
    SECTION("no email and only the home phone allowed: nothing")
    {
        patients::PrivacyChoices homeOnly;
        homeOnly.emailAllowed = false;
        homeOnly.allowedPhoneTypes = {QStringLiteral("home")};
        c = contactChoices(p, homeOnly);
        CHECK(decideChannel(c, Channel::Email, {}).reason == SkipReason::ConfidentialChoice);
        CHECK(decideChannel(c, Channel::Sms, {}).reason == SkipReason::ConfidentialChoice);
    }
    SECTION("STOP on the number")
    {
        CHECK(decideChannel(c, Channel::Sms, {QStringLiteral("+12025550112")}).reason ==
              SkipReason::OptedOut);
    }
}

TEST_CASE("Numbers, zones and languages of reminders", "[reminders][contact]")
{
    CHECK(nanpE164(QStringLiteral("(213) 555-0142")) == QStringLiteral("+12135550142"));
    CHECK(nanpE164(QStringLiteral("1 213 555 0142")) == QStringLiteral("+12135550142"));
    CHECK(nanpE164(QStringLiteral("555-0142")).isEmpty());
    CHECK(nanpE164(QStringLiteral("0135550142")).isEmpty());
    CHECK(usStateTimeZone(QStringLiteral("ca")).id() == QByteArray("America/Los_Angeles"));
    CHECK(usStateTimeZone(QStringLiteral("AZ")).id() == QByteArray("America/Phoenix"));
    CHECK_FALSE(usStateTimeZone(QStringLiteral("ZZ")).isValid());
    CHECK(reminderLanguage(QStringLiteral("es-MX")) == Language::Spanish);
    CHECK(reminderLanguage(QStringLiteral("es")) == Language::Spanish);
    CHECK(reminderLanguage(QStringLiteral("en-US")) == Language::English);
    CHECK(reminderLanguage(QStringLiteral("fr")) == Language::English);
}
