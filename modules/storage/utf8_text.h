#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QTypeInfo>

namespace fd::storage {

// Text already encoded as UTF-8, bound as TEXT as it is. A writer of many rows that builds
// its text as UTF-8 (the outbox's JSON) saves the conversion to QString and back that a
// QString bind costs. Bind it as QVariant::fromValue(Utf8Text{bytes}).
struct Utf8Text
{
    QByteArray bytes;
};

}  // namespace fd::storage

// Relocatable, as its QByteArray is: a QVariant then holds it in place instead of allocating
// it apart (a claim run binds hundreds of thousands).
Q_DECLARE_TYPEINFO(fd::storage::Utf8Text, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(fd::storage::Utf8Text)
