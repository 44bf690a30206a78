// libFuzzer target: any bytes through the X12 reader and checker must give findings, never a
// crash, a hang or a sanitizer report.
#include "x12/x12_reader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    fd::x12::X12Reader::Options options;
    options.maxSegmentLength = 4096;  // small, so that the overlong-segment path is reached too
    const fd::x12::Document doc = fd::x12::X12Reader::readBytes(bytes, options);
    for (const auto& f : doc.findings)
        (void)f.toText();
    return 0;
}
