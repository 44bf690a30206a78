#include "security/audit_verifier.h"

#include "storage/database.h"

#include <QSqlQuery>

#include <future>

namespace fd::security {

namespace {
const QString kEdited = QStringLiteral("edited");
const QString kDeleted = QStringLiteral("deleted");
const QString kInserted = QStringLiteral("inserted");
const QString kReordered = QStringLiteral("reordered");

QByteArray fingerprintAt(const QByteArray& list, qsizetype i)
{
    return list.mid(i * auditchain::kFingerprintSize, auditchain::kFingerprintSize);
}

qsizetype indexOf(const QByteArray& list, const QByteArray& fp, qsizetype from)
{
    const qsizetype n = list.size() / auditchain::kFingerprintSize;
    for (qsizetype i = from; i < n; ++i)
        if (fingerprintAt(list, i) == fp)
            return i;
    return -1;
}
}  // namespace

AuditVerifier::AuditVerifier(QSqlDatabase db, const SecureBytes& auditKey, QString checkpointsPath)
    : m_db(std::move(db)), m_auditKey(auditKey), m_checkpointsPath(std::move(checkpointsPath))
{
}

Result<AuditVerification> AuditVerifier::run()
{
    AuditVerification result;
    auto checkpoints = CheckpointFile::read(m_checkpointsPath, m_auditKey);
    if (!checkpoints.ok())
        return checkpoints.error();
    const std::vector<AuditCheckpoint>& cps = checkpoints.value();

    AuditChainCursor cursor;
    FD_TRY(cursor.open(m_db));

    m_running = auditchain::genesis();
    m_expectedSeq = 1;
    std::size_t cpIndex = 0;
    qint64 lastSeq = 0;
    std::optional<Finding> finding;
    // Reading and hashing overlap: while one batch is hashed on a worker thread the next is
    // read. An entry's digest only needs its own stored prev_digest; the walk below uses it
    // once that prev_digest has been checked against the running chain.
    Batch batches[2];
    Batch* cur = &batches[0];
    Batch* nxt = &batches[1];
    fill(cursor, *cur);
    std::future<void> hashingCur = std::async(std::launch::async, [cur] { hash(*cur); });
    while (cur->size > 0 && !finding) {
        fill(cursor, *nxt);
        std::future<void> hashingNxt = std::async(std::launch::async, [nxt] { hash(*nxt); });
        hashingCur.wait();
        for (std::size_t i = 0; i < cur->size && !finding; ++i) {
            const ChainRow* next = i + 1 < cur->size ? &cur->rows[i + 1] : (nxt->size ? &nxt->rows[0] : nullptr);
            finding = checkRow(cur->rows[i], next, cur->digests[i]);
            if (finding)
                break;
            ++result.entriesChecked;
            lastSeq = cur->rows[i].seq;
            for (; cpIndex < cps.size() && cps[cpIndex].seq <= lastSeq && !finding; ++cpIndex) {
                ++result.checkpointsChecked;
                if (cps[cpIndex].seq < lastSeq || cps[cpIndex].digest != m_running)
                    finding = classifyCheckpoint(cps, cpIndex);
            }
        }
        hashingNxt.wait();
        std::swap(cur, nxt);
        hashingCur = std::move(hashingNxt);
    }
    if (!cursor.error().isEmpty())
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read the audit trail"), cursor.error());
    if (!finding && cpIndex < cps.size()) {
        // A checkpoint vouches for entries that are no longer there.
        ++result.checkpointsChecked;
        finding = classifyCheckpoint(cps, cpIndex);
    }
    if (finding) {
        result.intact = false;
        result.firstBadSeq = finding->seq;
        result.problem = finding->problem;
        return result;
    }
    result.unprotectedTail = lastSeq - (cps.empty() ? 0 : cps.back().seq);
    return result;
}

void AuditVerifier::fill(AuditChainCursor& cursor, Batch& batch)
{
    batch.rows.resize(kBatchSize);
    batch.digests.resize(kBatchSize);
    batch.size = 0;
    while (batch.size < kBatchSize && cursor.next(batch.rows[batch.size]))
        ++batch.size;
}

void AuditVerifier::hash(Batch& batch)
{
    for (std::size_t i = 0; i < batch.size; ++i)
        batch.digests[i] = auditchain::digest(batch.rows[i].prevDigest, batch.rows[i].canonical);
}

std::optional<AuditVerifier::Finding> AuditVerifier::checkRow(const ChainRow& row, const ChainRow* next,
                                                              const QByteArray& digest)
{
    if (row.seq != m_expectedSeq)
        return Finding{m_expectedSeq, kDeleted};
    if (row.prevDigest != m_running)
        return classifyLink(row);
    if (digest != row.digest) {
        // The next entry links to this one's predecessor: this entry was slipped in.
        if (next && next->prevDigest == m_running)
            return Finding{row.seq, kInserted};
        return Finding{row.seq, kEdited};
    }
    m_running = digest;
    ++m_expectedSeq;
    return std::nullopt;
}

AuditVerifier::Finding AuditVerifier::classifyLink(const ChainRow& row)
{
    auto q = storage::exec(m_db, QStringLiteral("SELECT seq FROM audit_log WHERE digest = ? ORDER BY seq LIMIT 1"),
                           {QString::fromLatin1(row.prevDigest)});
    if (!q.ok() || !q->next())
        return Finding{row.seq, kDeleted};
    const qint64 linked = q->value(0).toLongLong();
    if (linked > row.seq)
        return Finding{row.seq, kReordered};
    if (linked < row.seq - 1)
        return Finding{linked + 1, kInserted};
    return Finding{row.seq, kEdited};
}

AuditVerifier::Finding AuditVerifier::classifyCheckpoint(const std::vector<AuditCheckpoint>& cps, std::size_t index)
{
    const AuditCheckpoint& cp = cps[index];
    const qsizetype n = cp.fingerprints.size() / auditchain::kFingerprintSize;
    // What should follow, as far as the later checkpoints say: a deleted or moved entry shows
    // as one that belongs further on, possibly beyond this checkpoint's range.
    QByteArray expected = cp.fingerprints;
    for (std::size_t k = index + 1; k < cps.size() && cps[k].from == cps[k - 1].seq &&
                                    expected.size() < (n + 1000) * auditchain::kFingerprintSize;
         ++k)
        expected += cps[k].fingerprints;
    const qsizetype total = expected.size() / auditchain::kFingerprintSize;
    QByteArray actual;
    std::vector<QDateTime> actualAt;
    auto q = storage::exec(m_db,
                           QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?")
                               .arg(QLatin1String(auditchain::kColumns)),
                           {cp.from, qint64(total + 1)});
    if (q.ok()) {
        while (q->next()) {
            const AuditRow row = auditchain::rowFrom(*q);
            actual += auditchain::fingerprint(m_auditKey, auditchain::canonical(row));
            actualAt.push_back(QDateTime::fromString(row.at, Qt::ISODateWithMs));
        }
    }
    const qsizetype m = actual.size() / auditchain::kFingerprintSize;
    for (qsizetype j = 0; j < n; ++j) {
        const qint64 seq = cp.from + 1 + j;
        if (j >= m)
            return Finding{seq, kDeleted};
        const QByteArray want = fingerprintAt(expected, j);
        const QByteArray got = fingerprintAt(actual, j);
        if (want == got)
            continue;
        const bool wantLater = indexOf(actual, want, j + 1) >= 0;  // the entry is still there, further on
        const bool gotLater = indexOf(expected, got, j + 1) >= 0;  // this entry belongs further on
        if (wantLater && gotLater)
            return Finding{seq, kReordered};
        if (gotLater)
            return Finding{seq, kDeleted};
        if (wantLater)
            return Finding{seq, kInserted};
        // Written after the checkpoint that vouched for this seq: a newer entry took the place
        // of deleted ones.
        if (actualAt[std::size_t(j)] > cp.at)
            return Finding{seq, kDeleted};
        return Finding{seq, kEdited};
    }
    // Every listed entry is unchanged, yet the digest differs: the checkpoint line itself (or
    // the chain before its range) does not match.
    return Finding{cp.from + 1, kEdited};
}

}  // namespace fd::security
