#include "security/crypto_primitives.h"

#include <botan/aead.h>
#include <botan/base32.h>
#include <botan/curve25519.h>
#include <botan/hash.h>
#include <botan/kdf.h>
#include <botan/mac.h>
#include <botan/mem_ops.h>
#include <botan/pwdhash.h>
#include <botan/system_rng.h>

#include <QCoreApplication>

#include <exception>

namespace fd::security::crypto {

namespace {
const std::uint8_t* bytes(const QByteArray& a)
{
    return reinterpret_cast<const std::uint8_t*>(a.constData());
}

QByteArray toQByteArray(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

Error cryptoError(const std::exception& e)
{
    // Botan's message names the algorithm, never key material.
    return makeError(ErrorCode::Internal,
                     QCoreApplication::translate("fd::security", "A cryptographic operation failed"),
                     QString::fromUtf8(e.what()));
}
}  // namespace

QByteArray randomBytes(int size)
{
    QByteArray out(size, '\0');
    Botan::system_rng().randomize(reinterpret_cast<std::uint8_t*>(out.data()), std::size_t(size));
    return out;
}

Result<SecureBytes> argon2id(const QByteArray& secret, const QByteArray& salt, const KdfParams& params)
{
    try {
        auto family = Botan::PasswordHashFamily::create_or_throw("Argon2id");
        auto hash = family->from_params(params.memoryKiB, params.iterations, params.parallelism);
        SecureBytes out(kKeySize);
        hash->derive_key(out.data(), out.size(), secret.constData(), std::size_t(secret.size()),
                         bytes(salt), std::size_t(salt.size()));
        return out;
    } catch (const std::exception& e) {
        return cryptoError(e);
    }
}

Result<Sealed> seal(const SecureBytes& key, const std::uint8_t* plain, std::size_t size, const QByteArray& ad)
{
    try {
        auto mode = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
        mode->set_key(key.data(), key.size());
        mode->set_associated_data(bytes(ad), std::size_t(ad.size()));
        Sealed out;
        out.nonce = randomBytes(kNonceSize);
        mode->start(bytes(out.nonce), std::size_t(out.nonce.size()));
        Botan::secure_vector<std::uint8_t> buffer(plain, plain + size);
        mode->finish(buffer);
        out.ciphertext = toQByteArray(buffer.data(), buffer.size());
        return out;
    } catch (const std::exception& e) {
        return cryptoError(e);
    }
}

Result<SecureBytes> open(const SecureBytes& key, const Sealed& sealed, const QByteArray& ad)
{
    const Error wrong = makeError(ErrorCode::WrongPassword,
                                  QCoreApplication::translate("fd::security", "The key does not fit"));
    if (sealed.nonce.size() != kNonceSize || sealed.ciphertext.size() < 16)
        return wrong;
    try {
        auto mode = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", Botan::DECRYPTION);
        mode->set_key(key.data(), key.size());
        mode->set_associated_data(bytes(ad), std::size_t(ad.size()));
        mode->start(bytes(sealed.nonce), std::size_t(sealed.nonce.size()));
        Botan::secure_vector<std::uint8_t> buffer(bytes(sealed.ciphertext),
                                                  bytes(sealed.ciphertext) + sealed.ciphertext.size());
        mode->finish(buffer);
        return SecureBytes(buffer.data(), buffer.size());
    } catch (const Botan::Invalid_Authentication_Tag&) {
        return wrong;
    } catch (const std::exception& e) {
        return cryptoError(e);
    }
}

QByteArray x25519Public(const SecureBytes& privateKey)
{
    std::uint8_t pub[32];
    Botan::curve25519_basepoint(pub, privateKey.data());
    return toQByteArray(pub, sizeof pub);
}

SecureBytes x25519Shared(const SecureBytes& privateKey, const QByteArray& peerPublic)
{
    SecureBytes shared(32);
    if (peerPublic.size() != 32)
        return shared;  // all zero: the AEAD that follows fails to authenticate
    Botan::curve25519_donna(shared.data(), privateKey.data(), bytes(peerPublic));
    return shared;
}

SecureBytes hkdf(const SecureBytes& secret, const QByteArray& salt, const QByteArray& label)
{
    std::unique_ptr<Botan::KDF> kdf(Botan::get_kdf("HKDF(SHA-256)"));
    const auto out = kdf->derive_key(kKeySize, secret.data(), secret.size(), bytes(salt),
                                     std::size_t(salt.size()), bytes(label), std::size_t(label.size()));
    return SecureBytes(out.data(), out.size());
}

QByteArray sha256(const QByteArray& data)
{
    auto hash = Botan::HashFunction::create_or_throw("SHA-256");
    hash->update(bytes(data), std::size_t(data.size()));
    const auto out = hash->final();
    return toQByteArray(out.data(), out.size());
}

QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data)
{
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    mac->set_key(key.data(), key.size());
    mac->update(bytes(data), std::size_t(data.size()));
    const auto out = mac->final();
    return toQByteArray(out.data(), out.size());
}

bool equalBytes(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && Botan::constant_time_compare(bytes(a), bytes(b), std::size_t(a.size()));
}

QString base32Encode(const QByteArray& data)
{
    QString text = QString::fromStdString(Botan::base32_encode(bytes(data), std::size_t(data.size())));
    while (text.endsWith(QLatin1Char('=')))
        text.chop(1);
    return text;
}

Result<QByteArray> base32Decode(const QString& text)
{
    QString clean = text.toUpper();
    clean.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    while (clean.size() % 8 != 0)
        clean.append(QLatin1Char('='));
    try {
        const QByteArray latin = clean.toLatin1();
        const auto out = Botan::base32_decode(latin.constData(), std::size_t(latin.size()));
        return toQByteArray(out.data(), out.size());
    } catch (const std::exception&) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::security", "Not a valid base32 text"));
    }
}

}  // namespace fd::security::crypto
