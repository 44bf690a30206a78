#pragma once

#include <catch2/catch_tostring.hpp>

#include <QByteArray>
#include <QString>

// Failed checks on Qt strings print their text.
template <>
struct Catch::StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct Catch::StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& value) { return '"' + value.toStdString() + '"'; }
};
