#include "x12/text_blocks.h"

#include <cstring>
#include <utility>

namespace fd::x12 {

void TextBlocks::nextBlock(int length)
{
    std::swap(m_block, m_spare);
    if (!m_block.isDetached() || m_block.size() < length)
        m_block = QByteArray(qMax(length, kBlockSize), Qt::Uninitialized);
    m_base = m_block.data();  // nothing shares the block yet: no copy
    m_used = 0;
    m_left = int(m_block.size());
}

QByteArray TextBlocks::copy(QByteArrayView text)
{
    if (text.isNull())
        return {};
    char* space = reserve(int(text.size()) + 1);
    std::memcpy(space, text.data(), size_t(text.size()));
    space[text.size()] = '\0';
    return slice(space, text.size());
}

}  // namespace fd::x12
