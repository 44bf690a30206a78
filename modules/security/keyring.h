#pragma once

#include "common/result.h"
#include "common/secure_bytes.h"
#include "security/crypto_primitives.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace fd::security {

// The keyring file X.db.keys (docs/SECURITY.md, "Keys"). Each user has an X25519 key pair:
// the private key is sealed (AES-256-GCM) under a key that Argon2id derives from the user's
// password, and the database key is sealed to the public key. An administrator holding the
// database key can therefore wrap a new database key for every user without their passwords
// (rekey), while only a user's password opens their wrap. A recovery wrap seals the database
// key under a key derived from the recovery key. The whole file carries a SHA-256 checksum
// (damage before unlocking) and an HMAC keyed from the database key (tampering, checked
// right after unlocking).
struct KeyringUser
{
    QString userId;
    QString username;
    crypto::KdfParams kdf;
    QByteArray salt;
    QByteArray publicKey;
    crypto::Sealed privateKey;  // under Argon2id(password, salt)
    QByteArray ephemeralKey;    // X25519 public half used to seal the database key
    crypto::Sealed databaseKey; // under HKDF(X25519(ephemeral, publicKey))
};

struct KeyringRecovery
{
    crypto::KdfParams kdf;
    QByteArray salt;
    crypto::Sealed databaseKey;
};

class Keyring
{
public:
    static constexpr int kFormatVersion = 1;

    // NotFound when the file is missing, Corrupt ("keyring ... is damaged") when it does not
    // parse or its checksum fails.
    static Result<Keyring> load(const QString& path);
    static Result<Keyring> parse(const QByteArray& contents, const QString& path);
    // Serialises with a fresh MAC under `databaseKey` and replaces the file atomically.
    Status save(const QString& path, const SecureBytes& databaseKey) const;
    QByteArray serialize(const SecureBytes& databaseKey) const;
    // Corrupt unless the MAC matches the database key the keyring opened.
    Status verifyMac(const SecureBytes& databaseKey, const QString& path) const;

    const std::vector<KeyringUser>& users() const { return m_users; }
    const KeyringUser* findUsername(const QString& username) const;
    const KeyringUser* findUserId(const QString& userId) const;
    QString keyId() const { return m_keyId; }

    // WrongPassword when the password does not open the user's wrap.
    Result<SecureBytes> unlockPrivateKey(const KeyringUser& user, const QString& password) const;
    Result<SecureBytes> databaseKey(const KeyringUser& user, const SecureBytes& privateKey) const;
    Result<SecureBytes> openWithPassword(const QString& username, const QString& password) const;
    Result<SecureBytes> openWithRecoveryKey(const QString& recoveryKey) const;

    // A new key pair for the user, its private key under `password`, the database key sealed
    // to it (adding a user, an administrator's password reset).
    Status setUser(const QString& userId, const QString& username, const QString& password,
                   const SecureBytes& databaseKey, const crypto::KdfParams& kdf);
    // Re-seals the user's private key under a new password (their own password change).
    Status changePassword(const QString& userId, const QString& oldPassword, const QString& newPassword,
                          const crypto::KdfParams& kdf);
    bool removeUser(const QString& userId);
    Status setRecoveryKey(const QString& recoveryKey, const SecureBytes& databaseKey,
                          const crypto::KdfParams& kdf);
    // Seals a new database key to every user's public key under a new key id (rekey).
    Status rewrapAll(const SecureBytes& newDatabaseKey);
    void newKeyId();
    void setPath(const QString& path) { m_path = path; }

private:
    Status sealDatabaseKey(KeyringUser& user, const SecureBytes& databaseKey) const;
    QJsonObject body() const;

    QString m_path;  // for messages
    QString m_keyId;
    std::vector<KeyringUser> m_users;
    KeyringRecovery m_recovery;
    QByteArray m_mac;
};

// 160 random bits as 8 groups of 4 base32 characters ("ABCD-EFGH-...").
QString generateRecoveryKey();
// Upper-case, without dashes or spaces, with 0/1/8 read as O/I/B. Empty if not base32.
QString normalizeRecoveryKey(const QString& text);

}  // namespace fd::security
