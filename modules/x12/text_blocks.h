#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace fd::x12 {

// Short texts copied into shared blocks: each copy is a QByteArray of its own, terminated like
// any other, whose bytes sit in a 4 KiB block with its neighbours', so that the millions of
// elements of a large file cost a few thousand allocations rather than millions. A copy keeps
// its block alive; writing to it copies it first (Qt's copy-on-write), and a block is written
// only before any copy shares it or once none is left.
class TextBlocks
{
public:
    static constexpr int kBlockSize = 4096;

    // Room for `length` bytes in the current block (or a new one); the caller fills it, then
    // takes slices of it, each followed by a '\0' it has written.
    char* reserve(int length)
    {
        if (length > m_left)
            nextBlock(length);
        char* space = m_base + m_used;
        m_used += length;
        m_left -= length;
        return space;
    }
    QByteArray slice(const char* begin, qsizetype length)
    {
        // Qt's arrays may start anywhere inside their allocation: the slice is a copy of the
        // block's array (one more reference) narrowed to the text.
        QByteArray::DataPointer part = m_block.data_ptr();
        part.ptr = const_cast<char*>(begin);
        part.size = length;
        return QByteArray(std::move(part));
    }
    // A terminated copy of `text`.
    QByteArray copy(QByteArrayView text);

private:
    void nextBlock(int length);

    QByteArray m_block;
    QByteArray m_spare;  // the block before, written again once no copy shares it
    char* m_base = nullptr;
    int m_used = 0;
    int m_left = 0;
};

}  // namespace fd::x12
