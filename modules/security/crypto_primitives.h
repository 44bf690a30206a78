#pragma once

#include "common/result.h"
#include "common/secure_bytes.h"

#include <QByteArray>
#include <QString>

// Internal to fd_security: thin wrappers over Botan that never throw. Keys travel in
// SecureBytes; ciphertexts, salts and digests in QByteArray.
namespace fd::security::crypto {

// Argon2id cost: memory in KiB, passes, lanes.
struct KdfParams
{
    quint32 memoryKiB = 65536;
    quint32 iterations = 3;
    quint32 parallelism = 1;
    bool operator==(const KdfParams&) const = default;
};

constexpr int kKeySize = 32;
constexpr int kSaltSize = 16;
constexpr int kNonceSize = 12;

QByteArray randomBytes(int size);

// A 32-byte key from a secret (password or recovery key) and a salt.
Result<SecureBytes> argon2id(const QByteArray& secret, const QByteArray& salt, const KdfParams& params);

struct Sealed
{
    QByteArray nonce;
    QByteArray ciphertext;  // with the 16-byte GCM tag appended
};

// AES-256-GCM with a fresh random nonce; `ad` binds the ciphertext to its context.
Result<Sealed> seal(const SecureBytes& key, const std::uint8_t* plain, std::size_t size, const QByteArray& ad);
// Fails (WrongPassword) when the key is wrong or anything was altered.
Result<SecureBytes> open(const SecureBytes& key, const Sealed& sealed, const QByteArray& ad);

// X25519: the public key of a 32-byte private key, and a shared secret.
QByteArray x25519Public(const SecureBytes& privateKey);
SecureBytes x25519Shared(const SecureBytes& privateKey, const QByteArray& peerPublic);

// HKDF-SHA-256 with a label, 32 bytes out.
SecureBytes hkdf(const SecureBytes& secret, const QByteArray& salt, const QByteArray& label);

QByteArray sha256(const QByteArray& data);
QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data);
// Constant-time comparison of two byte strings.
bool equalBytes(const QByteArray& a, const QByteArray& b);

QString base32Encode(const QByteArray& data);  // RFC 4648 without padding
Result<QByteArray> base32Decode(const QString& text);

}  // namespace fd::security::crypto
