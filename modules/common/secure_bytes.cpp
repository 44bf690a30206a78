#include "common/secure_bytes.h"

#include <sys/mman.h>

#include <QRandomGenerator>

#include <cstdlib>
#include <cstring>
#include <new>

namespace fd {

namespace {
void secureZero(void* p, std::size_t n)
{
    if (p && n)
        explicit_bzero(p, n);
}
}  // namespace

SecureBytes::SecureBytes(std::size_t size) : m_size(size)
{
    if (size == 0)
        return;
    m_data = static_cast<std::uint8_t*>(std::calloc(size, 1));
    if (!m_data)
        throw std::bad_alloc();
    m_locked = ::mlock(m_data, size) == 0;
}

SecureBytes::SecureBytes(const std::uint8_t* data, std::size_t size) : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes out(size);
    // QRandomGenerator::system() reads the kernel's CSPRNG.
    QRandomGenerator::system()->generate(out.m_data, out.m_data + size);
    return out;
}

SecureBytes SecureBytes::fromByteArray(const QByteArray& bytes)
{
    return SecureBytes(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(other.m_data), m_size(other.m_size), m_locked(other.m_locked)
{
    other.m_data = nullptr;
    other.m_size = 0;
    other.m_locked = false;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = other.m_data;
        m_size = other.m_size;
        m_locked = other.m_locked;
        other.m_data = nullptr;
        other.m_size = 0;
        other.m_locked = false;
    }
    return *this;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < m_size; ++i)
        diff |= m_data[i] ^ other.m_data[i];
    return diff == 0;
}

QByteArray SecureBytes::toHex() const
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(m_data), qsizetype(m_size)).toHex();
}

void SecureBytes::wipe()
{
    if (!m_data)
        return;
    secureZero(m_data, m_size);
    if (m_locked)
        ::munlock(m_data, m_size);
    std::free(m_data);
    m_data = nullptr;
    m_size = 0;
    m_locked = false;
}

void wipeBytes(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        secureZero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

}  // namespace fd
