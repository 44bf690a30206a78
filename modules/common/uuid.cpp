#include "common/uuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>
#include <atomic>
#include <cstdint>
#include <random>
#include <type_traits>

namespace fd {

namespace {

// The time and counter part (48 + 12 bits): the current millisecond with a zero counter, or
// one more than the last value when that is not larger (several ids in one millisecond, or a
// clock set back), so the values never repeat or go down within the process.
std::uint64_t nextTimeAndCounter()
{
    static std::atomic<std::uint64_t> last{0};
    const std::uint64_t now = std::uint64_t(QDateTime::currentMSecsSinceEpoch()) << 12;
    std::uint64_t previous = last.load(std::memory_order_relaxed);
    std::uint64_t next;
    do {
        next = now > previous ? now : previous + 1;
    } while (!last.compare_exchange_weak(previous, next, std::memory_order_relaxed));
    return next;
}

// The random bits: a generator per thread, seeded from the system's. Ids need to be unique,
// not secret, and asking the system source for every id (the CPU's RDRAND) cost about a
// microsecond each. The engine has a trivial destructor, so an id can still be made while
// the thread ends.
static_assert(std::is_trivially_destructible_v<std::mt19937_64>);

std::uint64_t randomBits()
{
    thread_local std::mt19937_64 engine = [] {
        std::array<std::uint32_t, 8> seed;
        QRandomGenerator::system()->fillRange(seed.data(), seed.size());
        std::seed_seq sequence(seed.begin(), seed.end());
        return std::mt19937_64(sequence);
    }();
    return engine();
}

}  // namespace

QString newUuid()
{
    const std::uint64_t timeAndCounter = nextTimeAndCounter();
    const std::uint64_t random = randomBits();
    // Bytes 0-5 time, 6-7 version 7 and the counter, 8 the variant (10xx) and random bits.
    const std::uint64_t high = ((timeAndCounter >> 12) << 16) | 0x7000u | (timeAndCounter & 0xfffu);
    const std::uint64_t low = (random & 0x3fffffffffffffffull) | 0x8000000000000000ull;
    static constexpr char kHex[] = "0123456789abcdef";
    std::array<char16_t, 36> text{};
    int at = 0;
    auto put = [&](std::uint64_t word, int fromByte, int toByte) {
        for (int b = fromByte; b < toByte; ++b) {
            const unsigned byte = unsigned(word >> (8 * (7 - b))) & 0xffu;
            text[std::size_t(at++)] = char16_t(kHex[byte >> 4]);
            text[std::size_t(at++)] = char16_t(kHex[byte & 0xfu]);
        }
    };
    put(high, 0, 4);
    text[std::size_t(at++)] = u'-';
    put(high, 4, 6);
    text[std::size_t(at++)] = u'-';
    put(high, 6, 8);
    text[std::size_t(at++)] = u'-';
    put(low, 0, 2);
    text[std::size_t(at++)] = u'-';
    put(low, 2, 8);
    return QString(reinterpret_cast<const QChar*>(text.data()), qsizetype(text.size()));
}

}  // namespace fd
