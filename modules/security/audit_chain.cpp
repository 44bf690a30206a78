#include "security/audit_chain.h"

#include "security/crypto_primitives.h"

#include <botan/hash.h>
#include <botan/mac.h>

#include <charconv>
#include <cstring>
#include <string>

namespace fd::security::auditchain {

static_assert(std::char_traits<char>::length(kCanonicalPrefix) == kCanonicalPrefixSize);

void appendField(QByteArray& out, const char* utf8, qsizetype size)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, size).ptr;
    out.append(digits, end - digits);
    out += ':';
    out.append(utf8, size);
    out += ';';
}

char* writeField(char* out, const char* utf8, qsizetype size)
{
    out = std::to_chars(out, out + 20, size).ptr;
    *out++ = ':';
    if (size > 0)
        std::memcpy(out, utf8, std::size_t(size));
    out += size;
    *out++ = ';';
    return out;
}

QByteArray genesis()
{
    return QByteArray(64, '0');
}

QByteArray canonical(const AuditRow& row)
{
    QByteArray out;
    out.reserve(256 + row.details.size());
    out += kCanonicalPrefix;
    for (const QString* f : {&row.at, &row.userId, &row.username, &row.role, &row.workstation, &row.patientId,
                             &row.entity, &row.entityId, &row.action, &row.outcome, &row.details}) {
        const QByteArray utf8 = f->toUtf8();
        appendField(out, utf8.constData(), utf8.size());
    }
    return out;
}

namespace {

thread_local bool t_hashGone = false;  // trivially destructible: still readable at exit

struct PerThreadHash
{
    std::unique_ptr<Botan::HashFunction> hash = Botan::HashFunction::create_or_throw("SHA-256");
    ~PerThreadHash() { t_hashGone = true; }
};

}  // namespace

DigestHex digestHex(QByteArrayView prevHex, QByteArrayView canonical)
{
    // One hash object per thread: verify() hashes a million entries. A thread's objects are
    // destroyed before the program's statics, and an entry can still be appended after that
    // (a session held in a static records its logout as it closes): then a hash of its own.
    std::unique_ptr<Botan::HashFunction> own;
    Botan::HashFunction* hash = nullptr;
    if (t_hashGone) {
        own = Botan::HashFunction::create_or_throw("SHA-256");
        hash = own.get();
    } else {
        thread_local PerThreadHash perThread;
        hash = perThread.hash.get();
    }
    hash->update(reinterpret_cast<const std::uint8_t*>(prevHex.data()),
                 std::size_t(prevHex.size()));
    hash->update('\n');
    hash->update(reinterpret_cast<const std::uint8_t*>(canonical.data()),
                 std::size_t(canonical.size()));
    std::uint8_t raw[32];
    hash->final(raw);
    static constexpr char kHex[] = "0123456789abcdef";
    DigestHex out;
    for (std::size_t i = 0; i < sizeof raw; ++i) {
        out[2 * i] = kHex[raw[i] >> 4];
        out[2 * i + 1] = kHex[raw[i] & 0xf];
    }
    return out;
}

QByteArray digest(const QByteArray& prevHex, const QByteArray& canonical)
{
    const DigestHex hex = digestHex(prevHex, canonical);
    return QByteArray(hex.data(), qsizetype(hex.size()));
}

QByteArray fingerprint(const SecureBytes& auditKey, const QByteArray& canonical)
{
    return crypto::hmacSha256(auditKey, canonical).left(kFingerprintSize);
}

Fingerprinter::Fingerprinter(const SecureBytes& auditKey)
    : m_mac(Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)"))
{
    m_mac->set_key(auditKey.data(), auditKey.size());
}

Fingerprinter::~Fingerprinter() = default;

QByteArray Fingerprinter::of(QByteArrayView canonical)
{
    m_mac->update(reinterpret_cast<const std::uint8_t*>(canonical.data()), std::size_t(canonical.size()));
    std::array<std::uint8_t, 32> mac{};
    m_mac->final(mac.data());  // and ready for the next entry under the same key
    return QByteArray(reinterpret_cast<const char*>(mac.data()), kFingerprintSize);
}

}  // namespace fd::security::auditchain

#include <QSqlQuery>

namespace fd::security::auditchain {

const char* const kColumns =
    "seq, at, user_id, username, role, workstation, patient_id, entity, entity_id, action, outcome, "
    "details, prev_digest, digest";

const char* const kInsert =
    "INSERT INTO audit_log (seq, at, user_id, username, role, workstation, patient_id, entity, entity_id, action, "
    "outcome, details, prev_digest, digest) VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), "
    "coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, coalesce(?, '{}'), ?, ?)";

// json_valid() comes first so that a details text that is not JSON (only an edit of the
// database can make one) is skipped rather than failing every later audited write; the
// verifier reports the edit.
const char* const kLookupFill =
    "INSERT OR IGNORE INTO audit_lookup (kind, key, seq) "
    "SELECT 1, patient_id, seq FROM audit_log WHERE seq > ?1 AND patient_id <> '' "
    "UNION ALL SELECT 1, listed.value, a.seq FROM audit_log a, json_each(a.details, '$.patients') listed "
    "WHERE a.seq > ?1 AND a.patient_id = '' AND json_valid(a.details) AND listed.type = 'text' "
    "UNION ALL SELECT 2, action, seq FROM audit_log WHERE seq > ?1 "
    "UNION ALL SELECT 3, username, seq FROM audit_log WHERE seq > ?1";

const char* const kListsPatient =
    "json_valid(details) AND EXISTS (SELECT 1 FROM json_each(details, '$.patients') WHERE value = ?)";

QByteArray canonicalFrom(const QSqlQuery& q)
{
    QByteArray out;
    out.reserve(320);
    out += kCanonicalPrefix;
    for (int column = 1; column <= 11; ++column) {  // at .. details, as canonical() takes them
        const QByteArray utf8 = q.value(column).toString().toUtf8();
        appendField(out, utf8.constData(), utf8.size());
    }
    return out;
}

AuditRow rowFrom(const QSqlQuery& q)
{
    AuditRow r;
    r.seq = q.value(0).toLongLong();
    r.at = q.value(1).toString();
    r.userId = q.value(2).toString();
    r.username = q.value(3).toString();
    r.role = q.value(4).toString();
    r.workstation = q.value(5).toString();
    r.patientId = q.value(6).toString();
    r.entity = q.value(7).toString();
    r.entityId = q.value(8).toString();
    r.action = q.value(9).toString();
    r.outcome = q.value(10).toString();
    r.details = q.value(11).toString();
    r.prevDigest = q.value(12).toString().toLatin1();
    r.digest = q.value(13).toString().toLatin1();
    return r;
}

}  // namespace fd::security::auditchain
