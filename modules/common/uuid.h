#pragma once

#include <QString>
#include <QUuid>

namespace fd {

// Row identifiers: random (v4) UUIDs in lower-case text without braces, generated where the
// row is created so that workstations never collide.
inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline bool isUuid(const QString& text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

}  // namespace fd
