// Choosing and writing the reminders of a busy day: 2,000 appointments across three time
// zones, half of the patients in Spanish, mixed consent and confidential choices, rules
// "3 days before" (text and email) and "2 hours before" (text). The target for one run
// (choose and render, sending measured apart) is under 1 s. With the message log: the keys
// already logged are read from an encrypted database first, as the reminder run does.
#include "accounts/core/accounts_registration.h"
#include "calendar/core/calendar.h"
#include "calendar/core/calendar_registration.h"
#include "calendar/core/messaging/message_log.h"
#include "calendar/core/messaging/messaging_registration.h"
#include "calendar/core/messaging/reminder_dispatch.h"
#include "calendar/core/messaging/reminders.h"
#include "common/clock.h"
#include "common/secure_bytes.h"
#include "fake_security.h"
#include "patients/core/patients.h"
#include "patients/core/patients_registration.h"
#include "practice/core/locations.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"
#include "security/security_permissions.h"
#include "storage/database.h"
#include "storage/synced_rows.h"

#include <benchmark/benchmark.h>

#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <random>
#include <string>

using namespace fd;
using namespace fd::calendar::messaging;

namespace {

constexpr int kAppointments = 2000;
const QDate kDay(2025, 3, 17);

std::vector<ReminderCandidate> makeDay()
{
    const std::array<QTimeZone, 3> zones{QTimeZone("America/Chicago"),
                                         QTimeZone("America/New_York"),
                                         QTimeZone("America/Los_Angeles")};
    const QTimeZone practiceZone("America/Chicago");
    std::mt19937 random(20250317);
    std::vector<ReminderCandidate> day;
    day.reserve(kAppointments);
    for (int i = 0; i < kAppointments; ++i) {
        ReminderCandidate c;
        c.appointmentId =
            QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        // 40 providers, 50 slots of 12 minutes from 07:00 each.
        c.start = QDateTime(kDay, QTime(7, 0).addSecs((i % 50) * 12 * 60), practiceZone);
        c.patientTimeZone = zones[size_t(random() % 3)];
        c.language = random() % 2 ? Language::Spanish : Language::English;
        c.cancelled = random() % 25 == 0;
        c.contact.email = QStringLiteral("patient%1@example.org").arg(i);
        c.contact.emailConsent = random() % 4 != 0;
        c.contact.smsPhone =
            QStringLiteral("+1202555%1").arg(100 + i % 100, 4, 10, QLatin1Char('0'));
        c.contact.smsConsentPhone = c.contact.smsPhone;
        c.contact.smsConsent = random() % 5 != 0;
        if (random() % 20 == 0) {
            c.contact.confidentialRestriction = true;
            c.contact.confidentialChannels = {Channel::Email};
        }
        c.practiceName = QStringLiteral("Riverside Family Clinic");
        c.practicePhone = QStringLiteral("(202) 555-0100");
        c.providerDisplayName = QStringLiteral("Dr. Provider %1").arg(i / 50);
        c.locationShortName = i % 2 ? QStringLiteral("North") : QStringLiteral("Downtown");
        c.locationAddress = QStringLiteral("100 Main St\nSpringfield, IL 62701");
        c.appointmentTypeGroup =
            i % 7 == 0 ? QStringLiteral("new-patient") : QStringLiteral("default");
        c.appointmentTypeName = QStringLiteral("Follow-up");
        day.push_back(std::move(c));
    }
    return day;
}

std::vector<ReminderRule> rules()
{
    return {{QStringLiteral("3d"),
             3 * 24 * 60,
             {Channel::Sms, Channel::Email},
             QStringLiteral("reminder")},
            {QStringLiteral("2h"), 120, {Channel::Sms}, QStringLiteral("reminder")}};
}

const ReminderRenderer& renderer()
{
    static const ReminderRenderer r = [] {
        auto t = ReminderTemplates::shipped();
        if (!t) {
            std::fprintf(stderr, "%s\n", qPrintable(t.error().toString()));
            std::abort();
        }
        return ReminderRenderer(std::make_shared<const ReminderTemplates>(std::move(*t)));
    }();
    return r;
}

// Three days before, 19:30 in Chicago (20:30 in New York, 17:30 in Los Angeles: inside every
// patient's allowed hours): every 3-day reminder of the day is due.
void BM_ChooseAndRenderDay(benchmark::State& state)
{
    const std::vector<ReminderCandidate> day = makeDay();
    PlanContext ctx;
    ctx.now = QDateTime(kDay.addDays(-3), QTime(19, 30), QTimeZone("America/Chicago"));
    ctx.rules = rules();
    size_t due = 0;
    int segments = 0;
    for (auto _ : state) {
        PreparedReminders prepared = prepareReminders(day, ctx, renderer());
        due = prepared.due.size();
        segments = 0;
        for (const auto& r : prepared.due)
            segments += r.sms.segments.segments;
        benchmark::DoNotOptimize(prepared);
    }
    state.counters["messages"] = double(due);
    state.counters["sms_segments"] = double(segments);
}
BENCHMARK(BM_ChooseAndRenderDay)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The same run reading the logged keys from an encrypted message log where a first run has
// already logged half of the day.
void BM_ChooseAndRenderDayWithLog(benchmark::State& state)
{
    QTemporaryDir dir;
    auto created = storage::Database::create(dir.filePath(QStringLiteral("bench.db")),
                                             SecureBytes::random(32));
    if (!created || !(*created)->migrate({storage::storageMigrations(), messagingMigrations()})) {
        state.SkipWithError("database");
        return;
    }
    MessageLog log(**created);
    const std::vector<ReminderCandidate> day = makeDay();
    const QDateTime now(kDay.addDays(-3), QTime(19, 30), QTimeZone("America/Chicago"));
    QStringList ids;
    for (size_t i = 0; i < day.size(); ++i) {
        ids << day[i].appointmentId;
        if (i % 2 == 0)
            (void)log.claim({day[i].appointmentId, QStringLiteral("3d"), Channel::Sms},
                            day[i].contact.smsPhone, now);
    }
    PlanContext ctx;
    ctx.now = now;
    ctx.rules = rules();
    size_t due = 0;
    for (auto _ : state) {
        auto keys = log.loggedKeys(ids);
        if (!keys) {
            state.SkipWithError("loggedKeys");
            return;
        }
        ctx.alreadyLogged = std::move(*keys);
        PreparedReminders prepared = prepareReminders(day, ctx, renderer());
        due = prepared.due.size();
        benchmark::DoNotOptimize(prepared);
    }
    state.counters["messages"] = double(due);
}
BENCHMARK(BM_ChooseAndRenderDayWithLog)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// A practice of its own for the whole run: 40 providers in Chicago booked back to back with
// 2,000 appointments on kDay, patients in three states, half in Spanish, with consent to
// email and texts; settings with both channels on. Built once (booking 2,000 appointments
// through the services takes a while) and shared by the iterations.
struct GeneratedPractice
{
    QTemporaryDir dir;
    std::shared_ptr<storage::Database> db;
    ServiceRegistry registry;
    std::shared_ptr<fd::test::FakeAccess> access = std::make_shared<fd::test::FakeAccess>();
    std::shared_ptr<fd::test::FakeAudit> audit = std::make_shared<fd::test::FakeAudit>();
    QString error;
    int booked = 0;

    GeneratedPractice()
    {
        if (auto e = build(); !e)
            error = e.error().toString();
    }

    Status build()
    {
        auto created = storage::Database::create(dir.filePath(QStringLiteral("practice.db")),
                                                 SecureBytes::random(32));
        FD_TRY(created);
        db = std::shared_ptr<storage::Database>(std::move(*created));
        FD_TRY(db->migrate({storage::storageMigrations(), practice::practiceMigrations(),
                            patients::patientsMigrations(), accounts::accountsMigrations(),
                            calendar::calendarMigrations(), messagingMigrations()}));
        access->user.id = QStringLiteral("bench-user");
        registry.add<storage::Database>(db);
        registry.add<security::IAccessControl>(access);
        registry.add<security::IAuditTrail>(audit);
        registry.add<IClock>(std::make_shared<FixedClock>(
            QDateTime(kDay.addDays(-10), QTime(12, 0), QTimeZone::utc())));
        practice::registerServices(registry);
        patients::registerServices(registry);
        accounts::registerServices(registry);
        calendar::registerServices(registry);
        registerMessagingServices(registry);
        security::declareSecurityPermissions();  // practice.*, patients.* and the rest
        for (const auto& p : security::PermissionCatalog::all())
            access->granted.insert(p.id);

        practice::PracticeProfile profile;
        profile.name = QStringLiteral("Riverside Family Clinic");
        profile.timeZone = QStringLiteral("America/Chicago");
        profile.phone = QStringLiteral("3125550100");
        FD_TRY(registry.get<practice::IPracticeProfile>()->save(profile));
        practice::Location l;
        l.name = QStringLiteral("Downtown");
        l.address = {QStringLiteral("100 Main St"), {}, QStringLiteral("Chicago"),
                     QStringLiteral("IL"), QStringLiteral("60601")};
        l.timeZone = QStringLiteral("America/Chicago");
        auto location = registry.get<practice::ILocationService>()->save(l);
        FD_TRY(location);
        auto admin = registry.get<calendar::IScheduleAdmin>();
        calendar::AppointmentType type;
        type.code = QStringLiteral("FU12");
        type.name = QStringLiteral("Follow-up");
        type.durationMinutes = 12;
        FD_TRY(admin->saveType(type));

        auto patientService = registry.get<patients::IPatientService>();
        auto appointments = registry.get<calendar::IAppointmentService>();
        const char* const states[] = {"IL", "NY", "CA"};
        const QTimeZone chicago("America/Chicago");
        for (int provider = 0; provider < kAppointments / 50; ++provider) {
            practice::Provider p;
            p.firstName = QStringLiteral("Pat");
            p.lastName = QStringLiteral("Provider%1").arg(QChar(u'A' + provider % 26)) +
                         QString(QChar(u'a' + provider / 26));
            p.npi = luhnNpi(provider);
            p.taxonomy = QStringLiteral("207Q00000X");
            p.locationIds = {location->id};
            auto saved = registry.get<practice::IProviderService>()->save(p);
            FD_TRY(saved);
            calendar::ScheduleTemplate t;
            t.providerId = saved->id;
            t.locationId = location->id;
            t.name = QStringLiteral("Week");
            t.effectiveFrom = kDay.addDays(-30);
            for (int d = 1; d <= 5; ++d)
                t.hours.push_back({d, calendar::WeekParity::Every, QTime(7, 0), QTime(17, 0)});
            FD_TRY(admin->saveTemplate(t));
            for (int slot = 0; slot < 50; ++slot) {
                const int i = provider * 50 + slot;
                patients::Patient patient;
                patient.firstName = QStringLiteral("Bench");
                patient.lastName = QStringLiteral("Patient%1").arg(i);
                patient.birthDate = QDate(1950, 1, 1).addDays(i * 7);
                patient.address = {QStringLiteral("1 Elm St"), {}, QStringLiteral("Springfield"),
                                   QString::fromLatin1(states[i % 3]), QStringLiteral("62701")};
                patient.phones = {{QStringLiteral("mobile"),
                                   QStringLiteral("312555%1").arg(100 + i % 100, 4, 10, QLatin1Char('0')),
                                   i % 5 != 0}};
                patient.email = QStringLiteral("patient%1@example.org").arg(i);
                patient.emailConsent = i % 4 != 0;
                patient.preferredLanguage = i % 2 ? QStringLiteral("es") : QStringLiteral("en");
                auto created = patientService->create(patient);
                FD_TRY(created);
                calendar::BookingRequest r;
                r.patientId = created->patient.id;
                r.providerId = saved->id;
                r.locationId = location->id;
                r.typeId = QStringLiteral("FU12");
                r.start = QDateTime(kDay, QTime(7, 0).addSecs(slot * 12 * 60), chicago).toUTC();
                FD_TRY(appointments->book(r));
                ++booked;
            }
        }
        MessagingSettings settings = MessagingSettings::defaults();
        settings.emailEnabled = true;
        settings.smtp.host = QStringLiteral("127.0.0.1");
        settings.smtp.fromAddress = QStringLiteral("reminders@example.org");
        settings.smsEnabled = true;
        settings.sms.messagesUrl = QUrl(QStringLiteral("https://sms.example.org/2010-04-01/Accounts/AC1/Messages.json"));
        settings.sms.accountSid = QStringLiteral("AC1");
        settings.sms.fromNumber = QStringLiteral("+13125550199");
        return registry.get<IReminderService>()->saveSettings(settings, {}, {});
    }

    // A valid type-1 NPI per index (Luhn over 80840 + the nine digits).
    static QString luhnNpi(int index)
    {
        const QString base = QStringLiteral("1%1").arg(100000 + index, 8, 10, QLatin1Char('0'));
        const QString digits = QStringLiteral("80840") + base;
        int sum = 0;
        for (int i = 0; i < digits.size(); ++i) {
            int d = digits.at(digits.size() - 1 - i).digitValue();
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            sum += d;
        }
        return base + QString::number((10 - sum % 10) % 10);
    }
};

GeneratedPractice& generatedPractice()
{
    static GeneratedPractice practice;
    return practice;
}

// The reminder service's dry run over the generated practice: the day's appointments read
// from the calendar core, each patient's contact, language, consent and choices from the
// patients core, the plan and every text written; nothing sent or logged. Sending is
// measured apart (it waits on the SMTP server and the gateway).
void BM_ReminderServiceDryRunDay(benchmark::State& state)
{
    GeneratedPractice& p = generatedPractice();
    // SkipWithError keeps the pointer: the text must outlive the run.
    static std::string why;
    if (!p.error.isEmpty()) {
        why = p.error.toStdString();
        state.SkipWithError(why.c_str());
        return;
    }
    auto service = p.registry.get<IReminderService>();
    const QDateTime at(kDay.addDays(-3), QTime(19, 30), QTimeZone("America/Chicago"));
    int wouldSend = 0;
    int appointments = 0;
    for (auto _ : state) {
        auto report = service->run({at, true});
        if (!report) {
            why = report.error().toString().toStdString();
            state.SkipWithError(why.c_str());
            return;
        }
        wouldSend = report->count(RunOutcome::WouldSend);
        appointments = report->appointments;
        benchmark::DoNotOptimize(report);
        p.audit->records.clear();
    }
    state.counters["appointments"] = double(appointments);
    state.counters["messages"] = double(wouldSend);
}
BENCHMARK(BM_ReminderServiceDryRunDay)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
