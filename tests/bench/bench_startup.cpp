// Start-up of the whole application, measured as a person would: from process start (the
// password from FRONTDESK_PASSWORD) to the first painted main window, which
// `frontdesk --screenshot` grabs before it exits; and the peak memory of that process. Also the
// time `frontdeskctl demo --size large` takes. The practice is generated once per run (or
// taken from FRONTDESK_BENCH_DB) and the password from FRONTDESK_BENCH_PASSWORD.
#include "test_support.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>
#include <spawn.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <vector>

extern char** environ;

namespace {

constexpr const char* kPassword = "benchmark practice password";
constexpr const char* kPasswordEnv = "FRONTDESK_PASSWORD=benchmark practice password";

struct ChildRun
{
    int status = -1;
    double seconds = 0;
    long maxRssKb = 0;
};

ChildRun spawnAndWait(const std::vector<std::string>& argv, const std::vector<std::string>& extraEnv)
{
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e)
        env.emplace_back(*e);
    env.insert(env.end(), extraEnv.begin(), extraEnv.end());
    std::vector<char*> cargv, cenv;
    for (const auto& a : argv)
        cargv.push_back(const_cast<char*>(a.c_str()));
    cargv.push_back(nullptr);
    for (const auto& e : env)
        cenv.push_back(const_cast<char*>(e.c_str()));
    cenv.push_back(nullptr);
    ChildRun run;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, cargv[0], nullptr, nullptr, cargv.data(), cenv.data()) != 0)
        return run;
    int status = 0;
    struct rusage usage {};
    wait4(pid, &status, 0, &usage);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.maxRssKb = usage.ru_maxrss;
    return run;
}

QString benchDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

// The large demo practice, made once (its generation is itself measured).
QString largePractice(double* generationSeconds = nullptr)
{
    static QString path;
    static double seconds = 0;
    if (path.isEmpty()) {
        const QByteArray given = qgetenv("FRONTDESK_BENCH_DB");
        if (!given.isEmpty()) {
            path = QString::fromLocal8Bit(given);
        } else {
            path = benchDir() + QStringLiteral("/large.db");
            const auto run = spawnAndWait({fd::test::binary(QStringLiteral("frontdeskctl")).toStdString(), "demo", "--db",
                                           path.toStdString(), "--size", "large", "--seed", "1"},
                                          {std::string(kPasswordEnv)});
            seconds = run.seconds;
            if (run.status != 0)
                path.clear();
        }
    }
    if (generationSeconds)
        *generationSeconds = seconds;
    return path;
}

std::string password()
{
    const QByteArray given = qgetenv("FRONTDESK_BENCH_PASSWORD");
    return given.isEmpty() ? std::string(kPassword) : given.toStdString();
}

void BM_DemoLargeGeneration(benchmark::State& state)
{
    for (auto _ : state) {
        double seconds = 0;
        if (largePractice(&seconds).isEmpty()) {
            state.SkipWithError("frontdeskctl demo --size large failed");
            return;
        }
        state.SetIterationTime(seconds);
    }
}
BENCHMARK(BM_DemoLargeGeneration)->UseManualTime()->Iterations(1)->Unit(benchmark::kSecond);

void BM_StartupToFirstPaint(benchmark::State& state)
{
    const QString db = largePractice();
    const QString shot = benchDir() + QStringLiteral("/startup.png");
    long peakKb = 0;
    for (auto _ : state) {
        QFile::remove(shot);
        const auto run = spawnAndWait({fd::test::binary(QStringLiteral("frontdesk")).toStdString(), "--db",
                                       db.toStdString(), "--screenshot", shot.toStdString()},
                                      {"QT_QPA_PLATFORM=offscreen", "FRONTDESK_USER=admin",
                                       "FRONTDESK_PASSWORD=" + password()});
        if (run.status != 0 || !QFile::exists(shot)) {
            state.SkipWithError("frontdesk --screenshot failed");
            return;
        }
        state.SetIterationTime(run.seconds);
        peakKb = std::max(peakKb, run.maxRssKb);
    }
    state.counters["peak_rss_MB"] = double(peakKb) / 1024.0;
}
BENCHMARK(BM_StartupToFirstPaint)->UseManualTime()->Iterations(5)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
