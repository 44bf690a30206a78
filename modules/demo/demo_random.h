#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace fd::demo {

// A deterministic random source: the same seed gives the same practice on every machine
// (std::mt19937_64 is fully specified; the distributions here are hand-rolled for the same
// reason, since std:: distributions differ between standard libraries).
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t next() { return m_engine(); }
    // Uniform in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high)
    {
        const auto span = std::uint64_t(high - low) + 1;
        return low + std::int64_t(next() % span);
    }
    bool chance(double probability) { return double(next() >> 11) * (1.0 / 9007199254740992.0) < probability; }

    template <typename T>
    const T& pick(const std::vector<T>& items)
    {
        return items.at(std::size_t(between(0, std::int64_t(items.size()) - 1)));
    }

    // Picks an index by integer weights (e.g. census frequencies).
    std::size_t pickWeighted(std::span<const int> weights, std::int64_t total)
    {
        std::int64_t r = between(0, total - 1);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            r -= weights[i];
            if (r < 0)
                return i;
        }
        return weights.size() - 1;
    }

    // A child stream, so that adding entities to one generator does not shift another's data.
    DemoRandom fork(std::uint64_t salt) { return DemoRandom(next() ^ (salt * 0x9E3779B97F4A7C15ULL)); }

private:
    std::mt19937_64 m_engine;
};

}  // namespace fd::demo
