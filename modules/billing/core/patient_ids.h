#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace fd::billing {

// The patients of `items` (anything whose elements have a patientId: lines, claims, worklist
// items), each once, in the order first met: the ids a bulk read of their patients takes.
template <typename Items>
QStringList patientIdsOf(const Items& items)
{
    QStringList ids;
    QSet<QString> seen;
    for (const auto& item : items)
        if (!seen.contains(item.patientId)) {
            seen.insert(item.patientId);
            ids << item.patientId;
        }
    return ids;
}

}  // namespace fd::billing
