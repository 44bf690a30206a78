#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace fd {

// Secret bytes (the database key, a derived key) kept in locked memory (mlock) so they never
// reach swap, and wiped when released. Move-only.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const std::uint8_t* data, std::size_t size);
    static SecureBytes random(std::size_t size);
    static SecureBytes fromByteArray(const QByteArray& bytes);  // caller wipes its copy
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    SecureBytes clone() const { return SecureBytes(m_data, m_size); }

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool isLocked() const { return m_locked; }
    bool equals(const SecureBytes& other) const;

    QByteArray toHex() const;  // for the key PRAGMA only; the caller wipes the result
    void wipe();

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
    bool m_locked = false;
};

// Overwrites a QByteArray's storage in a way the compiler may not elide.
void wipeBytes(QByteArray& bytes);

}  // namespace fd
