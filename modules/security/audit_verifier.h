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
    using ChainRow = AuditChainCursor::Row;
    struct Finding
    {
        qint64 seq = 0;
        QString problem;
    };
    struct Batch
    {
        std::vector<ChainRow> rows;
        std::vector<QByteArray> digests;
        std::size_t size = 0;
    };
    static constexpr std::size_t kBatchSize = 4096;
    static void fill(AuditChainCursor& cursor, Batch& batch);
    static void hash(Batch& batch);
    // `digest` is the entry's digest computed from its own prev_digest.
    std::optional<Finding> checkRow(const ChainRow& row, const ChainRow* next, const QByteArray& digest);
    Finding classifyLink(const ChainRow& row);
    Finding classifyCheckpoint(const std::vector<AuditCheckpoint>& cps, std::size_t index);

    QSqlDatabase m_db;
    const SecureBytes& m_auditKey;
    QString m_checkpointsPath;
    QByteArray m_running;
    qint64 m_expectedSeq = 1;
};

}  // namespace fd::security
