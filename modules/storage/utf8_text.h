#pragma once

#include <QByteArray>
#include <QMetaType>

namespace fd::storage {

// Text already encoded as UTF-8, bound as TEXT as it is. A writer of many rows that builds
// its text as UTF-8 (the outbox's JSON) saves the conversion to QString and back that a
// QString bind costs. Bind it as QVariant::fromValue(Utf8Text{bytes}).
struct Utf8Text
{
    QByteArray bytes;
};

}  // namespace fd::storage

Q_DECLARE_METATYPE(fd::storage::Utf8Text)
