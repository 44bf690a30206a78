#pragma once

#include <QString>
#include <QStringList>

namespace fd::storage {

// "?, ?, ?": the bind markers of an SQL IN (...) list of `n` values.
inline QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), n);
    return marks.join(QStringLiteral(", "));
}

}  // namespace fd::storage
