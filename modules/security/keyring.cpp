#include "security/keyring.h"

#include "common/atomic_file.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace fd::security {

namespace {
const QString kFormat = QStringLiteral("frontdesk-keyring");

QString b64(const QByteArray& a)
{
    return QString::fromLatin1(a.toBase64());
}

QByteArray unb64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

QJsonObject sealedJson(const crypto::Sealed& s)
{
    return QJsonObject{{QStringLiteral("nonce"), b64(s.nonce)}, {QStringLiteral("ct"), b64(s.ciphertext)}};
}

crypto::Sealed sealedFrom(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    return crypto::Sealed{unb64(o.value(QStringLiteral("nonce"))), unb64(o.value(QStringLiteral("ct")))};
}

QJsonObject kdfJson(const crypto::KdfParams& p, const QByteArray& salt)
{
    return QJsonObject{{QStringLiteral("alg"), QStringLiteral("argon2id")},
                       {QStringLiteral("m"), qint64(p.memoryKiB)},
                       {QStringLiteral("t"), qint64(p.iterations)},
                       {QStringLiteral("p"), qint64(p.parallelism)},
                       {QStringLiteral("salt"), b64(salt)}};
}

bool kdfFrom(const QJsonValue& v, crypto::KdfParams* p, QByteArray* salt)
{
    const QJsonObject o = v.toObject();
    if (o.value(QStringLiteral("alg")).toString() != QStringLiteral("argon2id"))
        return false;
    p->memoryKiB = quint32(o.value(QStringLiteral("m")).toInteger());
    p->iterations = quint32(o.value(QStringLiteral("t")).toInteger());
    p->parallelism = quint32(o.value(QStringLiteral("p")).toInteger());
    *salt = unb64(o.value(QStringLiteral("salt")));
    // Bounds keep a damaged file from asking for terabytes of memory.
    return p->memoryKiB >= 8 && p->memoryKiB <= 4u * 1024 * 1024 && p->iterations >= 1 &&
           p->iterations <= 100 && p->parallelism >= 1 && p->parallelism <= 16 &&
           salt->size() >= crypto::kSaltSize;
}

QByteArray privateAd(const KeyringUser& u)
{
    return QByteArrayLiteral("fd-keyring/1/private|") + u.userId.toUtf8() + '|' + u.username.toUtf8() +
           '|' + u.publicKey.toBase64();
}

QByteArray databaseAd(const QString& userId, const QString& keyId)
{
    return QByteArrayLiteral("fd-keyring/1/database|") + userId.toUtf8() + '|' + keyId.toUtf8();
}

QByteArray recoveryAd(const QString& keyId)
{
    return QByteArrayLiteral("fd-keyring/1/recovery|") + keyId.toUtf8();
}

SecureBytes macKey(const SecureBytes& databaseKey)
{
    return crypto::hkdf(databaseKey, {}, QByteArrayLiteral("fd keyring mac"));
}

SecureBytes wrapKeyFromShared(const SecureBytes& shared, const QByteArray& ephemeral, const QByteArray& pub)
{
    return crypto::hkdf(shared, ephemeral + pub, QByteArrayLiteral("fd database key wrap"));
}

Error damaged(const QString& path, const QString& why)
{
    return makeError(ErrorCode::Corrupt,
                     QCoreApplication::translate("fd::security", "The keyring %1 is damaged").arg(path), why);
}

bool userFrom(const QJsonObject& o, KeyringUser* u)
{
    u->userId = o.value(QStringLiteral("userId")).toString();
    u->username = o.value(QStringLiteral("username")).toString();
    u->publicKey = unb64(o.value(QStringLiteral("publicKey")));
    u->privateKey = sealedFrom(o.value(QStringLiteral("privateKey")));
    u->ephemeralKey = unb64(o.value(QStringLiteral("ephemeralKey")));
    u->databaseKey = sealedFrom(o.value(QStringLiteral("databaseKey")));
    return kdfFrom(o.value(QStringLiteral("kdf")), &u->kdf, &u->salt) && !u->userId.isEmpty() &&
           !u->username.isEmpty() && u->publicKey.size() == 32 && u->ephemeralKey.size() == 32;
}
}  // namespace

Result<Keyring> Keyring::load(const QString& path)
{
    auto contents = AtomicFile::read(path);
    if (!contents.ok()) {
        if (contents.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("fd::security",
                                                         "The keyring %1 is missing. Restore it from a "
                                                         "backup, then open the practice with the recovery key.")
                                 .arg(path));
        return contents.error();
    }
    return parse(contents.value(), path);
}

Result<Keyring> Keyring::parse(const QByteArray& contents, const QString& path)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(contents, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(path, err.errorString());
    QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return damaged(path, QStringLiteral("not a keyring"));
    if (root.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return damaged(path, QStringLiteral("unknown version %1").arg(root.value(QStringLiteral("version")).toInt()));
    const QByteArray checksum = QByteArray::fromHex(root.take(QStringLiteral("checksum")).toString().toLatin1());
    if (!crypto::equalBytes(checksum, crypto::sha256(QJsonDocument(root).toJson(QJsonDocument::Compact))))
        return damaged(path, QStringLiteral("checksum mismatch"));

    Keyring k;
    k.m_path = path;
    k.m_mac = QByteArray::fromHex(root.value(QStringLiteral("mac")).toString().toLatin1());
    k.m_keyId = root.value(QStringLiteral("keyId")).toString();
    for (const QJsonValue& v : root.value(QStringLiteral("users")).toArray()) {
        KeyringUser u;
        if (!userFrom(v.toObject(), &u))
            return damaged(path, QStringLiteral("malformed user entry"));
        k.m_users.push_back(std::move(u));
    }
    const QJsonObject rec = root.value(QStringLiteral("recovery")).toObject();
    if (!kdfFrom(rec.value(QStringLiteral("kdf")), &k.m_recovery.kdf, &k.m_recovery.salt))
        return damaged(path, QStringLiteral("malformed recovery entry"));
    k.m_recovery.databaseKey = sealedFrom(rec.value(QStringLiteral("databaseKey")));
    if (k.m_keyId.isEmpty() || k.m_mac.size() != 32)
        return damaged(path, QStringLiteral("missing key id or MAC"));
    return k;
}

QJsonObject Keyring::body() const
{
    QJsonArray users;
    for (const KeyringUser& u : m_users) {
        users.append(QJsonObject{{QStringLiteral("userId"), u.userId},
                                 {QStringLiteral("username"), u.username},
                                 {QStringLiteral("kdf"), kdfJson(u.kdf, u.salt)},
                                 {QStringLiteral("publicKey"), b64(u.publicKey)},
                                 {QStringLiteral("privateKey"), sealedJson(u.privateKey)},
                                 {QStringLiteral("ephemeralKey"), b64(u.ephemeralKey)},
                                 {QStringLiteral("databaseKey"), sealedJson(u.databaseKey)}});
    }
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("version"), kFormatVersion},
                       {QStringLiteral("keyId"), m_keyId},
                       {QStringLiteral("users"), users},
                       {QStringLiteral("recovery"),
                        QJsonObject{{QStringLiteral("kdf"), kdfJson(m_recovery.kdf, m_recovery.salt)},
                                    {QStringLiteral("databaseKey"), sealedJson(m_recovery.databaseKey)}}}};
}

QByteArray Keyring::serialize(const SecureBytes& databaseKey) const
{
    QJsonObject root = body();
    const QByteArray mac = crypto::hmacSha256(macKey(databaseKey), QJsonDocument(root).toJson(QJsonDocument::Compact));
    root.insert(QStringLiteral("mac"), QString::fromLatin1(mac.toHex()));
    const QByteArray checksum = crypto::sha256(QJsonDocument(root).toJson(QJsonDocument::Compact));
    root.insert(QStringLiteral("checksum"), QString::fromLatin1(checksum.toHex()));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status Keyring::save(const QString& path, const SecureBytes& databaseKey) const
{
    return AtomicFile::write(path, serialize(databaseKey));
}

Status Keyring::verifyMac(const SecureBytes& databaseKey, const QString& path) const
{
    const QByteArray mac = crypto::hmacSha256(macKey(databaseKey), QJsonDocument(body()).toJson(QJsonDocument::Compact));
    if (!crypto::equalBytes(mac, m_mac))
        return damaged(path, QStringLiteral("authentication failed"));
    return {};
}

const KeyringUser* Keyring::findUsername(const QString& username) const
{
    for (const KeyringUser& u : m_users)
        if (u.username == username)
            return &u;
    return nullptr;
}

const KeyringUser* Keyring::findUserId(const QString& userId) const
{
    for (const KeyringUser& u : m_users)
        if (u.userId == userId)
            return &u;
    return nullptr;
}

Result<SecureBytes> Keyring::unlockPrivateKey(const KeyringUser& user, const QString& password) const
{
    QByteArray secret = password.toUtf8();
    auto kek = crypto::argon2id(secret, user.salt, user.kdf);
    wipeBytes(secret);
    if (!kek.ok())
        return kek.error();
    return crypto::open(kek.value(), user.privateKey, privateAd(user));
}

Result<SecureBytes> Keyring::databaseKey(const KeyringUser& user, const SecureBytes& privateKey) const
{
    const SecureBytes shared = crypto::x25519Shared(privateKey, user.ephemeralKey);
    const SecureBytes wrapKey = wrapKeyFromShared(shared, user.ephemeralKey, user.publicKey);
    auto key = crypto::open(wrapKey, user.databaseKey, databaseAd(user.userId, m_keyId));
    if (!key.ok())
        return damaged(m_path, QStringLiteral("database key wrap does not open"));
    return key;
}

Result<SecureBytes> Keyring::openWithPassword(const QString& username, const QString& password) const
{
    const KeyringUser* user = findUsername(username);
    if (!user)
        return makeError(ErrorCode::WrongPassword, QString());
    auto priv = unlockPrivateKey(*user, password);
    if (!priv.ok())
        return priv.error();
    return databaseKey(*user, priv.value());
}

Result<SecureBytes> Keyring::openWithRecoveryKey(const QString& recoveryKey) const
{
    const QString normalized = normalizeRecoveryKey(recoveryKey);
    if (normalized.isEmpty())
        return makeError(ErrorCode::WrongPassword, QString());
    auto kek = crypto::argon2id(normalized.toLatin1(), m_recovery.salt, m_recovery.kdf);
    if (!kek.ok())
        return kek.error();
    return crypto::open(kek.value(), m_recovery.databaseKey, recoveryAd(m_keyId));
}

Status Keyring::sealDatabaseKey(KeyringUser& user, const SecureBytes& databaseKey) const
{
    const SecureBytes ephemeral = SecureBytes::random(32);
    user.ephemeralKey = crypto::x25519Public(ephemeral);
    const SecureBytes shared = crypto::x25519Shared(ephemeral, user.publicKey);
    const SecureBytes wrapKey = wrapKeyFromShared(shared, user.ephemeralKey, user.publicKey);
    auto sealed = crypto::seal(wrapKey, databaseKey.data(), databaseKey.size(), databaseAd(user.userId, m_keyId));
    if (!sealed.ok())
        return sealed.error();
    user.databaseKey = sealed.value();
    return {};
}

Status Keyring::setUser(const QString& userId, const QString& username, const QString& password,
                        const SecureBytes& databaseKey, const crypto::KdfParams& kdf)
{
    KeyringUser u;
    u.userId = userId;
    u.username = username;
    u.kdf = kdf;
    u.salt = crypto::randomBytes(crypto::kSaltSize);
    const SecureBytes priv = SecureBytes::random(32);
    u.publicKey = crypto::x25519Public(priv);
    QByteArray secret = password.toUtf8();
    auto kek = crypto::argon2id(secret, u.salt, kdf);
    wipeBytes(secret);
    if (!kek.ok())
        return kek.error();
    auto sealedPriv = crypto::seal(kek.value(), priv.data(), priv.size(), privateAd(u));
    if (!sealedPriv.ok())
        return sealedPriv.error();
    u.privateKey = sealedPriv.value();
    FD_TRY(sealDatabaseKey(u, databaseKey));
    removeUser(userId);
    m_users.push_back(std::move(u));
    return {};
}

Status Keyring::changePassword(const QString& userId, const QString& oldPassword,
                               const QString& newPassword, const crypto::KdfParams& kdf)
{
    auto it = std::find_if(m_users.begin(), m_users.end(), [&](const KeyringUser& u) { return u.userId == userId; });
    if (it == m_users.end())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("fd::security", "The user has no key wrap"));
    auto priv = unlockPrivateKey(*it, oldPassword);
    if (!priv.ok())
        return priv.error();
    KeyringUser updated = *it;
    updated.kdf = kdf;
    updated.salt = crypto::randomBytes(crypto::kSaltSize);
    QByteArray secret = newPassword.toUtf8();
    auto kek = crypto::argon2id(secret, updated.salt, kdf);
    wipeBytes(secret);
    if (!kek.ok())
        return kek.error();
    auto sealed = crypto::seal(kek.value(), priv.value().data(), priv.value().size(), privateAd(updated));
    if (!sealed.ok())
        return sealed.error();
    updated.privateKey = sealed.value();
    *it = std::move(updated);
    return {};
}

bool Keyring::removeUser(const QString& userId)
{
    const auto before = m_users.size();
    std::erase_if(m_users, [&](const KeyringUser& u) { return u.userId == userId; });
    return m_users.size() != before;
}

Status Keyring::setRecoveryKey(const QString& recoveryKey, const SecureBytes& databaseKey,
                               const crypto::KdfParams& kdf)
{
    KeyringRecovery r;
    r.kdf = kdf;
    r.salt = crypto::randomBytes(crypto::kSaltSize);
    auto kek = crypto::argon2id(normalizeRecoveryKey(recoveryKey).toLatin1(), r.salt, kdf);
    if (!kek.ok())
        return kek.error();
    auto sealed = crypto::seal(kek.value(), databaseKey.data(), databaseKey.size(), recoveryAd(m_keyId));
    if (!sealed.ok())
        return sealed.error();
    r.databaseKey = sealed.value();
    m_recovery = std::move(r);
    return {};
}

Status Keyring::rewrapAll(const SecureBytes& newDatabaseKey)
{
    for (KeyringUser& u : m_users)
        FD_TRY(sealDatabaseKey(u, newDatabaseKey));
    return {};
}

void Keyring::newKeyId()
{
    m_keyId = QString::fromLatin1(crypto::randomBytes(16).toHex());
}

QString generateRecoveryKey()
{
    const QString raw = crypto::base32Encode(crypto::randomBytes(20));
    QStringList groups;
    for (int i = 0; i < raw.size(); i += 4)
        groups << raw.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

QString normalizeRecoveryKey(const QString& text)
{
    QString out;
    for (QChar c : text.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('0'))
            c = QLatin1Char('O');
        else if (c == QLatin1Char('1'))
            c = QLatin1Char('I');
        else if (c == QLatin1Char('8'))
            c = QLatin1Char('B');
        if (!((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('2') && c <= QLatin1Char('7'))))
            return {};
        out.append(c);
    }
    return out;
}

}  // namespace fd::security
