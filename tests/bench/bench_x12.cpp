// X12 reader throughput and memory on generated files: an 835 of 10,000 claims and an 837P
// batch of 5,000 claims (written by X12Writer), read from disk. Reports MB/s (bytes_per_second)
// and the peak resident memory of each run (peak_rss_mb, reset before the run, and
// rss_rise_mb above the RSS before it): the scanner's rise does not grow with the file; the
// full reader holds one transaction's tree at a time.
#include "../unit/x12/x12_builders.h"
#include "x12/segment_scanner.h"
#include "x12/x12_reader.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <fstream>
#include <string>

namespace {
using namespace fd::x12;

struct Files
{
    QTemporaryDir dir;
    QString remittance;
    QString claims;
    qint64 remittanceBytes = 0;
    qint64 claimsBytes = 0;
};

QString writeFile(const QTemporaryDir& dir, const QString& name, const OutgoingInterchange& x, qint64& size)
{
    WriterOptions options;
    options.lineBreakAfterSegment = true;
    const QByteArray bytes = X12Writer(options).write(x).value();
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    size = bytes.size();
    return f.fileName();
}

Files& files()
{
    static Files* f = [] {
        auto* out = new Files;
        out->remittance = writeFile(out->dir, QStringLiteral("remit.835"),
                                    test::interchangeFor("835", "HP", "005010X221A1", test::remittanceBody(10000)),
                                    out->remittanceBytes);
        out->claims = writeFile(out->dir, QStringLiteral("claims.837"),
                                test::interchangeFor("837", "HC", "005010X222A1", test::professionalClaimsBody(5000)),
                                out->claimsBytes);
        return out;
    }();
    return *f;
}

// Linux resets the peak RSS (VmHWM) when 5 is written to clear_refs.
void resetPeak()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

double statusMb(const char* key)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string prefix = key;
    while (std::getline(status, line))
        if (line.rfind(prefix, 0) == 0)
            return std::stod(line.substr(prefix.size())) / 1024.0;
    return 0;
}

// Peak RSS of the run and how far it rose above the RSS before the run: the process keeps
// the generator's freed heap, so the rise is the reader's own footprint.
void reportMemory(benchmark::State& state, double before)
{
    const double peak = statusMb("VmHWM:");
    state.counters["peak_rss_mb"] = peak;
    state.counters["rss_rise_mb"] = peak - before;
}

void scan(benchmark::State& state, const QString& path, qint64 bytes)
{
    resetPeak();
    const double before = statusMb("VmRSS:");
    for (auto _ : state) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        SegmentScanner scanner(f);
        Segment s;
        Findings findings;
        qint64 n = 0;
        while (scanner.next(s, findings) != SegmentScanner::Step::End)
            ++n;
        benchmark::DoNotOptimize(n);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    reportMemory(state, before);
}

void read(benchmark::State& state, const QString& path, qint64 bytes)
{
    resetPeak();
    const double before = statusMb("VmRSS:");
    for (auto _ : state) {
        ReadOptions options;
        qint64 segments = 0;
        options.onTransaction = [&](const Interchange&, const FunctionalGroup&, Transaction&& t) {
            segments += t.root.segmentCount();
        };
        auto doc = X12Reader::readFile(path, options);
        if (!doc || doc->hasErrors())
            state.SkipWithError("the generated file has findings");
        benchmark::DoNotOptimize(segments);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    reportMemory(state, before);
}

void BM_Scan835_10000Claims(benchmark::State& state)
{
    scan(state, files().remittance, files().remittanceBytes);
}
void BM_Scan837P_5000Claims(benchmark::State& state)
{
    scan(state, files().claims, files().claimsBytes);
}
void BM_Read835_10000Claims(benchmark::State& state)
{
    read(state, files().remittance, files().remittanceBytes);
}
void BM_Read837P_5000Claims(benchmark::State& state)
{
    read(state, files().claims, files().claimsBytes);
}
}  // namespace

BENCHMARK(BM_Scan835_10000Claims)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Scan837P_5000Claims)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Read835_10000Claims)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Read837P_5000Claims)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    files();  // generate before any measurement, then drop the in-memory copies
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
