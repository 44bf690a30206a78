#pragma once

#include "common/result.h"
#include "common/secure_bytes.h"
#include "security/audit_chain.h"
#include "security/audit_chain_cursor.h"
#include "security/checkpoint_file.h"
#include "security/interfaces.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace fd::security {

// Recomputes the audit chain over every entry and compares it with every checkpoint.
// The first problem wins and is classified:
//  - a seq gap, or an entry whose prev_digest names no entry: deleted
//  - an entry whose prev_digest names a later entry: reordered
//  - an entry whose prev_digest names an earlier, not adjacent entry: inserted (the ones between)
//  - an entry whose content no longer hashes to its digest: edited (inserted when the next
//    entry links past it)
//  - a chain that is consistent but disagrees with a checkpoint (the attacker recomputed the
//    chain): the checkpoint's fingerprints locate and classify the change the same way.
class AuditVerifier
{
public:
    AuditVerifier(QSqlDatabase db, const SecureBytes& auditKey, QString checkpointsPath);
    Result<AuditVerification> run();

private:
    struct Finding
    {
        qint64 seq = 0;
        QString problem;
    };
    struct Batch
    {
        AuditChainBatch rows;
        std::vector<auditchain::DigestHex> digests;  // of each entry from its own prev_digest
    };
    static constexpr std::size_t kBatchSize = 4096;
    static void hash(Batch& batch);
    // `computed` is the entry's digest computed from its own prev_digest; `nextPrev` the
    // prev_digest of the entry after it, if any.
    std::optional<Finding> checkRow(const Batch& batch, std::size_t i,
                                    const QByteArrayView* nextPrev);
    Finding classifyLink(qint64 seq, QByteArrayView prevDigest);
    Finding classifyCheckpoint(const std::vector<AuditCheckpoint>& cps, std::size_t index);

    QSqlDatabase m_db;
    const SecureBytes& m_auditKey;
    QString m_checkpointsPath;
    auditchain::DigestHex m_running{};
    qint64 m_expectedSeq = 1;
};

}  // namespace fd::security
