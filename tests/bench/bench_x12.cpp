// X12 reader throughput and memory on generated files, read from disk:
// - an 835 of 10,000 claims and an 837P of 5,000 claims, one transaction set each (written by
//   X12Writer), for the scanner and the reader handing each transaction to onTransaction;
// - 837P batches of about 10 MB and 100 MB of varied claims (several billing providers,
//   dependents, rendering providers, one to six service lines) in transaction sets of 5,000
//   claims, the most the X222A1 guide recommends, read five ways: the whole Document with its
//   trees, a tree per transaction (onTransaction) with and without professionalClaims(), no
//   tree (onSegment), and no tree with ProfessionalClaimStream.
// Reports MB/s (bytes_per_second, from CPU time) and memory: peak_rss_mb, the peak resident
// memory of the run, and rss_rise_mb, how far it rose above the resident memory before it
// (freed heap is handed back to the system first, so the rise is the reader's own). Streaming
// rises as much for 10 MB as for 100 MB; the whole Document grows with the file.
#include "../unit/x12/claim_batch.h"
#include "../unit/x12/x12_builders.h"
#include "x12/claim_view.h"
#include "x12/segment_scanner.h"
#include "x12/x12_reader.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <fstream>
#include <map>
#include <string>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
using namespace fd::x12;

QTemporaryDir& tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

struct File
{
    QString path;
    qint64 bytes = 0;
};

// --- memory -------------------------------------------------------------------------------

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

// The RSS before a run, after handing freed heap back to the system so that earlier runs and
// the generators do not hide the reader's own footprint.
double startMeasuring()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    resetPeak();
    return statusMb("VmRSS:");
}

void reportMemory(benchmark::State& state, double before)
{
    const double peak = statusMb("VmHWM:");
    state.counters["peak_rss_mb"] = peak;
    state.counters["rss_rise_mb"] = peak - before;
}

// --- small files, one transaction set each (X12Writer) ------------------------------------

File writeInterchange(const QString& name, const OutgoingInterchange& x)
{
    WriterOptions options;
    options.lineBreakAfterSegment = true;
    const QByteArray bytes = X12Writer(options).write(x).value();
    QFile f(tempDir().filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return {f.fileName(), bytes.size()};
}

const File& remittanceFile()
{
    static const File f = writeInterchange(
        QStringLiteral("remit.835"),
        test::interchangeFor("835", "HP", "005010X221A1", test::remittanceBody(10000)));
    return f;
}

const File& claimsFile()
{
    static const File f = writeInterchange(
        QStringLiteral("claims.837"),
        test::interchangeFor("837", "HC", "005010X222A1", test::professionalClaimsBody(5000)));
    return f;
}

// An 837P batch of about `mb` MB, generated once per size.
const File& claimBatch(int mb)
{
    static std::map<int, File> batches;
    File& f = batches[mb];
    if (f.path.isEmpty()) {
        QFile out(tempDir().filePath(QStringLiteral("batch-%1mb.837").arg(mb)));
        out.open(QIODevice::WriteOnly);
        test::ClaimBatchWriter::Options options;
        options.targetBytes = qint64(mb) * 1024 * 1024;
        test::ClaimBatchWriter(out, options).write();
        f.path = out.fileName();
        f.bytes = out.size();
    }
    return f;
}

// --- benchmarks ----------------------------------------------------------------------------

void scan(benchmark::State& state, const File& file)
{
    const double before = startMeasuring();
    for (auto _ : state) {
        QFile f(file.path);
        f.open(QIODevice::ReadOnly);
        SegmentScanner scanner(f);
        Segment s;
        Findings findings;
        qint64 n = 0;
        while (scanner.next(s, findings) != SegmentScanner::Step::End)
            ++n;
        benchmark::DoNotOptimize(n);
    }
    state.SetBytesProcessed(state.iterations() * file.bytes);
    reportMemory(state, before);
}

enum class Mode
{
    Document,           // no handler: the document keeps every transaction's tree
    Transactions,       // onTransaction: each transaction's tree is dropped after its SE
    TransactionClaims,  // the same, with professionalClaims() on each transaction
    Segments,           // onSegment: no trees at all
    ClaimStream,        // the same, with ProfessionalClaimStream
};

bool checkClean(benchmark::State& state, const fd::Result<Document>& doc)
{
    if (!doc) {
        state.SkipWithError("the generated file cannot be read");
        return false;
    }
    if (doc->hasErrors()) {
        const std::string first = doc->findings.front().toText().toStdString();
        state.SkipWithError(("the generated file has findings: " + first).c_str());
        return false;
    }
    return true;
}

ReadOptions optionsFor(Mode mode, qint64& segments, qint64& claims, ProfessionalClaimStream& stream)
{
    ReadOptions options;
    switch (mode) {
        case Mode::Document:
            break;
        case Mode::Transactions:
        case Mode::TransactionClaims:
            options.onTransaction = [&segments, &claims, mode](const Interchange&,
                                                               const FunctionalGroup&,
                                                               Transaction&& t) {
                segments += t.root.segmentCount();
                if (mode == Mode::TransactionClaims)
                    claims += qsizetype(professionalClaims(t).value().size());
            };
            break;
        case Mode::Segments:
            options.onSegment = [&segments](const Transaction&, const Segment&, const QByteArray&) {
                ++segments;
            };
            break;
        case Mode::ClaimStream:
            stream.attachTo(options);
            break;
    }
    return options;
}

void read(benchmark::State& state, const File& file, Mode mode)
{
    const double before = startMeasuring();
    qint64 segments = 0;
    qint64 claims = 0;
    ProfessionalClaimStream stream([&claims](ProfessionalClaim&& c) {
        benchmark::DoNotOptimize(c.lines.size());
        ++claims;
    });
    for (auto _ : state) {
        auto doc = X12Reader::readFile(file.path, optionsFor(mode, segments, claims, stream));
        if (!checkClean(state, doc))
            break;
        if (mode == Mode::Document)
            segments += doc->segmentCount;
        benchmark::DoNotOptimize(segments);
    }
    state.SetBytesProcessed(state.iterations() * file.bytes);
    state.counters["file_mb"] = double(file.bytes) / (1024.0 * 1024.0);
    if (mode == Mode::TransactionClaims || mode == Mode::ClaimStream)
        state.counters["claims"] = double(claims) / double(qMax<qint64>(state.iterations(), 1));
    reportMemory(state, before);
}

void BM_Scan835_10000Claims(benchmark::State& state)
{
    scan(state, remittanceFile());
}
void BM_Scan837P_5000Claims(benchmark::State& state)
{
    scan(state, claimsFile());
}
void BM_Read835_10000Claims(benchmark::State& state)
{
    read(state, remittanceFile(), Mode::Transactions);
}
void BM_Read837P_5000Claims(benchmark::State& state)
{
    read(state, claimsFile(), Mode::Transactions);
}

void BM_Scan837P_Batch(benchmark::State& state)
{
    scan(state, claimBatch(int(state.range(0))));
}
void BM_Read837P_Batch_Document(benchmark::State& state)
{
    read(state, claimBatch(int(state.range(0))), Mode::Document);
}
void BM_Read837P_Batch_Transactions(benchmark::State& state)
{
    read(state, claimBatch(int(state.range(0))), Mode::Transactions);
}
void BM_Read837P_Batch_TransactionClaims(benchmark::State& state)
{
    read(state, claimBatch(int(state.range(0))), Mode::TransactionClaims);
}
void BM_Read837P_Batch_Segments(benchmark::State& state)
{
    read(state, claimBatch(int(state.range(0))), Mode::Segments);
}
void BM_Read837P_Batch_ClaimStream(benchmark::State& state)
{
    read(state, claimBatch(int(state.range(0))), Mode::ClaimStream);
}
}  // namespace

BENCHMARK(BM_Scan835_10000Claims)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Scan837P_5000Claims)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Read835_10000Claims)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Read837P_5000Claims)->Unit(benchmark::kMillisecond);
// The argument is the file size in MB.
BENCHMARK(BM_Scan837P_Batch)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Read837P_Batch_Document)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Read837P_Batch_Transactions)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Read837P_Batch_TransactionClaims)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Read837P_Batch_Segments)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Read837P_Batch_ClaimStream)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
