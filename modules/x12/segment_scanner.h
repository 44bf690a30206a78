#pragma once

#include "x12/finding.h"
#include "x12/segment.h"
#include "x12/separators.h"
#include "x12/text_blocks.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

namespace fd::x12 {

// Splits an interchange into segments while reading it in chunks, so memory stays bounded by
// the chunk size and the longest segment accepted, not by the file. Separators come from each
// ISA; line breaks after terminators are skipped. Malformed input becomes findings.
class SegmentScanner
{
    Q_DECLARE_TR_FUNCTIONS(fd::x12::SegmentScanner)

public:
    enum class Step { Segment, Skipped, End };

    static constexpr int kDefaultMaxSegmentLength = 64 * 1024;

    explicit SegmentScanner(QIODevice& device, int maxSegmentLength = kDefaultMaxSegmentLength);

    // Reads the next segment into `out`. Skipped: a segment was counted but is unusable (too
    // long, not terminated); its finding is in `findings`. End: nothing more to read.
    Step next(Segment& out, Findings& findings);

    const Separators& separators() const { return m_separators; }
    qint64 segmentCount() const { return m_count; }
    qint64 bytesConsumed() const { return m_consumed; }

private:
    bool fill(int wanted);
    void skipLineBreaks();
    Step readIsa(Segment& out, Findings& findings);
    Step skipOverlong(Segment& out, Findings& findings);
    void split(const char* data, int length, Segment& out);

    QIODevice& m_device;
    int m_maxSegmentLength;
    QByteArray m_buf;
    TextBlocks m_text;  // the segments' texts, shared by their elements
    int m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_stopped = false;
    Separators m_separators;
    qint64 m_count = 0;
    qint64 m_consumed = 0;
};

bool isValidSegmentId(const QByteArray& id);

}  // namespace fd::x12
