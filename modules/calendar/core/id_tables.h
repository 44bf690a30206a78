#pragma once

// The calendar's stored ids of its enumerations: each a constexpr table of (value, id) pairs,
// read both ways by these two helpers (the tables are short; a linear look is the fastest).

#include <QLatin1String>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace fd::calendar::ids {

template <typename E, std::size_t N>
using Table = std::array<std::pair<E, const char*>, N>;

template <typename E, std::size_t N>
QString idOf(const Table<E, N>& table, E value)
{
    for (const auto& [e, id] : table)
        if (e == value)
            return QString::fromLatin1(id);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromId(const Table<E, N>& table, const QString& id)
{
    for (const auto& [e, text] : table)
        if (id == QLatin1String(text))
            return e;
    return std::nullopt;
}

}  // namespace fd::calendar::ids
