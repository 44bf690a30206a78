#pragma once

#include <QString>
#include <QUuid>

namespace fd {

// Row identifiers: time-ordered UUIDs (version 7, RFC 9562) in lower-case text without braces,
// generated where the row is created. The first 48 bits are the Unix time in milliseconds and
// the next 12 a counter, so the ids one process makes always increase: a batch of new rows is
// appended at the end of every index keyed by id instead of landing on a random page of it
// (which made each insert, and each commit, touch pages all over the table). The last 62 bits
// are random, so workstations never collide.
QString newUuid();

inline bool isUuid(const QString& text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

}  // namespace fd
