#include "x12/x12_reader.h"

#include "x12/envelope_reader.h"
#include "x12/segment_scanner.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace fd::x12 {

QStringList Document::transactionSets() const
{
    QStringList out;
    for (const auto& i : interchanges)
        for (const auto& g : i.groups)
            for (const auto& t : g.transactions)
                if (!out.contains(QString::fromLatin1(t.transactionSet)))
                    out.append(QString::fromLatin1(t.transactionSet));
    return out;
}

Document X12Reader::read(QIODevice& device, const Options& options)
{
    Document doc;
    auto registry = GuideRegistry::instance();
    if (!registry) {
        Finding f;
        f.kind = FindingKind::UnknownGuide;
        f.message = registry.error().toString();
        doc.findings.push_back(f);
    }
    EnvelopeReader envelopes(registry ? registry.value() : nullptr, doc, options);
    SegmentScanner scanner(device, options.maxSegmentLength);
    Segment segment;
    for (;;) {
        const auto step = scanner.next(segment, doc.findings);
        if (step == SegmentScanner::Step::End)
            break;
        if (step == SegmentScanner::Step::Skipped)
            envelopes.onSkipped(segment);
        else
            envelopes.onSegment(segment, scanner.separators());
    }
    envelopes.finish(scanner.segmentCount());
    doc.segmentCount = scanner.segmentCount();
    std::stable_sort(doc.findings.begin(), doc.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.segmentNumber < b.segmentNumber; });
    return doc;
}

Document X12Reader::readBytes(const QByteArray& bytes, const Options& options)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, options);
}

Result<Document> X12Reader::readFile(const QString& path, const Options& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("fd::x12", "cannot read %1").arg(path), file.errorString());
    return read(file, options);
}

}  // namespace fd::x12
