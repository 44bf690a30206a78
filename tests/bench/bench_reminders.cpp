// Choosing and writing the reminders of a busy day: 2,000 appointments across three time
// zones, half of the patients in Spanish, mixed consent and confidential choices, rules
// "3 days before" (text and email) and "2 hours before" (text). The target for one run
// (choose and render, sending measured apart) is under 1 s. With the message log: the keys
// already logged are read from an encrypted database first, as the reminder run does.
#include "calendar/core/messaging/message_log.h"
#include "calendar/core/messaging/reminder_dispatch.h"
#include "common/secure_bytes.h"
#include "storage/database.h"
#include "storage/synced_rows.h"

#include <benchmark/benchmark.h>

#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <random>

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

}  // namespace

BENCHMARK_MAIN();
