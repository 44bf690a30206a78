#pragma once

#include "x12/segment.h"

#include <QByteArrayView>

#include <charconv>

// Helpers for the reader's inner loop, which runs once per segment and element of files of
// hundreds of megabytes: ids compared as integers, elements and components read as views
// (no reference counting, no copies).
namespace fd::x12 {

// A segment id packed with its length into one integer, so that ids compare in one
// instruction and can be switched on. 0 for anything longer than three characters, which is
// never a valid id.
using SegmentKey = quint32;

constexpr SegmentKey segmentKey(const char* id, qsizetype size) noexcept
{
    if (size < 1 || size > 3)
        return 0;
    return SegmentKey(size) << 24 | SegmentKey(static_cast<unsigned char>(id[0])) << 16 |
           (size > 1 ? SegmentKey(static_cast<unsigned char>(id[1])) << 8 : 0) |
           (size > 2 ? SegmentKey(static_cast<unsigned char>(id[2])) : 0);
}

template <std::size_t N>
constexpr SegmentKey segmentKey(const char (&id)[N]) noexcept
{
    return segmentKey(id, qsizetype(N - 1));
}

inline SegmentKey segmentKey(QByteArrayView id) noexcept
{
    return segmentKey(id.data(), id.size());
}

// Values, codes and ids are a few bytes long: a plain loop beats a call to memcmp or memchr.
inline bool sameBytes(QByteArrayView a, QByteArrayView b) noexcept
{
    const qsizetype n = a.size();
    if (n != b.size())
        return false;
    const char* x = a.data();
    const char* y = b.data();
    for (qsizetype i = 0; i < n; ++i)
        if (x[i] != y[i])
            return false;
    return true;
}

inline qsizetype findByte(QByteArrayView value, char c, qsizetype from = 0) noexcept
{
    const char* data = value.data();
    for (qsizetype i = from; i < value.size(); ++i)
        if (data[i] == c)
            return i;
    return -1;
}

// Element `pos` (1-based) of a segment; empty when absent.
inline QByteArrayView elementView(const Segment& s, int pos) noexcept
{
    return pos >= 1 && pos <= s.elements.size() ? QByteArrayView(s.elements.at(pos - 1))
                                                : QByteArrayView();
}

// Component `comp` (1-based) of an element's text; the whole text for component 1 of a
// simple element, empty when absent.
inline QByteArrayView componentView(QByteArrayView value, char separator, int comp) noexcept
{
    qsizetype start = 0;
    for (int i = 1; i < comp; ++i) {
        const qsizetype next = findByte(value, separator, start);
        if (next < 0)
            return {};
        start = next + 1;
    }
    const qsizetype end = findByte(value, separator, start);
    return value.sliced(start, (end < 0 ? value.size() : end) - start);
}

inline QByteArrayView componentView(const Segment& s, int pos, int comp) noexcept
{
    return comp < 1 ? QByteArrayView()
                    : componentView(elementView(s, pos), s.componentSeparator, comp);
}

// A short text (a loop id, a qualifier code: at most seven characters) packed with its length
// into an integer, like segmentKey(); 0 for a longer one.
constexpr quint64 shortKey(const char* text, qsizetype size) noexcept
{
    if (size < 0 || size > 7)
        return 0;
    quint64 key = quint64(size) << 56;
    for (qsizetype i = 0; i < size; ++i)
        key |= quint64(static_cast<unsigned char>(text[i])) << (8 * i);
    return key;
}

template <std::size_t N>
constexpr quint64 shortKey(const char (&text)[N]) noexcept
{
    return shortKey(text, qsizetype(N - 1));
}

inline quint64 shortKey(QByteArrayView text) noexcept
{
    return shortKey(text.data(), text.size());
}

// The value of a number written in digits, as QByteArray::toInt() reads it.
inline int intValue(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 9)
        return text.toInt();
    int n = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return text.toInt();
        n = n * 10 + (c - '0');
    }
    return n;
}

// A copy with storage of its own. Elements share blocks of segment texts; what is kept for
// long and apart from its segment (findings) must not hold on to a whole block.
inline QByteArray ownBytes(QByteArrayView bytes)
{
    return bytes.isNull() ? QByteArray() : QByteArray(bytes.data(), bytes.size());
}

// Whether `value` is `number` written in decimal, as QByteArray::number writes it.
inline bool isNumberText(QByteArrayView value, qint64 number) noexcept
{
    char text[24];
    const auto end = std::to_chars(text, text + sizeof text, number).ptr;
    return sameBytes(value, QByteArrayView(text, end - text));
}

// Whether `code` is one of `codes`, without building a QByteArray for it.
inline bool containsCode(const QList<QByteArray>& codes, QByteArrayView code) noexcept
{
    for (const QByteArray& c : codes)
        if (sameBytes(c, code))
            return true;
    return false;
}

}  // namespace fd::x12
