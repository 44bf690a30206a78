#pragma once

#include "common/secure_bytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <memory>

namespace Botan {
class MessageAuthenticationCode;
}

namespace fd::security {

// One audit_log row as stored (text as written, so that digests are recomputed from the very
// bytes that were hashed).
struct AuditRow
{
    qint64 seq = 0;
    QString at;
    QString userId;
    QString username;
    QString role;
    QString workstation;
    QString patientId;
    QString entity;
    QString entityId;
    QString action;
    QString outcome;
    QString details;  // compact JSON
    QByteArray prevDigest;  // hex
    QByteArray digest;      // hex
    QByteArray fingerprint;  // set by an appender given a Fingerprinter (not stored)
};

// The hash chain of the audit trail (docs/SECURITY.md, "Audit trail"):
//   digest(n) = SHA-256(digest(n-1) hex || "\n" || canonical(entry n))
// where canonical() length-prefixes every field except seq and the digests. seq is left out
// so that an entry's content keeps its identity when an attacker renumbers rows; position is
// bound by the chain itself and by the checkpoints.
namespace auditchain {

QByteArray genesis();  // 64 zeros
QByteArray canonical(const AuditRow& row);
// The pieces of canonical(), for readers that have the fields as UTF-8 already.
constexpr const char* kCanonicalPrefix = "fd-audit/1;";
constexpr qsizetype kCanonicalPrefixSize = 11;
void appendField(QByteArray& out, const char* utf8, qsizetype size);
// The same into a raw buffer with room for size + kMaxFieldOverhead bytes; returns the end.
constexpr qsizetype kMaxFieldOverhead = 22;  // up to 20 digits, ':' and ';'
char* writeField(char* out, const char* utf8, qsizetype size);
QByteArray digest(const QByteArray& prevHex, const QByteArray& canonical);  // hex
// The same without allocating (verify computes a million of them).
using DigestHex = std::array<char, 64>;
DigestHex digestHex(QByteArrayView prevHex, QByteArrayView canonical);
// 4 bytes of HMAC-SHA-256(audit key, canonical): the per-entry fingerprints a checkpoint
// lists, so that verify can say which entry changed even after the whole chain was recomputed.
QByteArray fingerprint(const SecureBytes& auditKey, const QByteArray& canonical);
constexpr int kFingerprintSize = 4;
// fingerprint() of many entries under one key: the MAC is made and keyed once (a checkpoint
// takes up to 20,000 fingerprints, a verification a million).
class Fingerprinter
{
public:
    explicit Fingerprinter(const SecureBytes& auditKey);
    ~Fingerprinter();
    Fingerprinter(const Fingerprinter&) = delete;
    Fingerprinter& operator=(const Fingerprinter&) = delete;
    QByteArray of(QByteArrayView canonical);

private:
    std::unique_ptr<Botan::MessageAuthenticationCode> m_mac;
};

}  // namespace auditchain
}  // namespace fd::security

class QSqlQuery;

namespace fd::security::auditchain {

// The audit_log columns in the order rowFrom() reads them.
extern const char* const kColumns;
// INSERT of all kColumns in order; empty (null) texts are stored as ''.
extern const char* const kInsert;
AuditRow rowFrom(const QSqlQuery& query);
// canonical(rowFrom(query)) without the row in between.
QByteArray canonicalFrom(const QSqlQuery& query);

// The lookup table that stands in for secondary indexes on audit_log (security migration 2):
// rows (kind, key, seq) for every entry up to audit_lookup_state.indexed_through, written in
// batches of kLookupBatch entries by the appender. Entries after indexed_through are found by
// scanning audit_log by seq, which is at most one batch.
enum class LookupKind { Patient = 1, Action = 2, Username = 3 };
constexpr qint64 kLookupBatch = 256;
// Indexes every entry after ?1 (the state's indexed_through): its patient, or each patient its
// details list under kPatientsKey (an entry about several patients), its action, its user.
extern const char* const kLookupFill;
// The details' key of an entry's patients when there are several (AuditRecord::patientIds).
constexpr char kPatientsKey[] = "patients";
// True for an audit_log row whose details list the bound patient (one parameter).
extern const char* const kListsPatient;

}  // namespace fd::security::auditchain
