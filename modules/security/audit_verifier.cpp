#include "security/audit_verifier.h"

#include "storage/database.h"

#include <QSqlQuery>

#include <cstring>
#include <future>

namespace fd::security {

namespace {
const QString kEdited = QStringLiteral("edited");
const QString kDeleted = QStringLiteral("deleted");
const QString kInserted = QStringLiteral("inserted");
const QString kReordered = QStringLiteral("reordered");

bool sameDigest(QByteArrayView stored, const auditchain::DigestHex& hex)
{
    return stored.size() == qsizetype(hex.size()) &&
           std::memcmp(stored.data(), hex.data(), hex.size()) == 0;
}

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
    // The checkpoint file (a MAC per line) is read while the first batch is.
    auto reading = std::async(
        std::launch::async, [this] { return CheckpointFile::read(m_checkpointsPath, m_auditKey); });
    AuditChainCursor cursor;
    FD_TRY(cursor.open(m_db));

    m_running.fill('0');  // genesis
    m_expectedSeq = 1;
    std::size_t cpIndex = 0;
    qint64 lastSeq = 0;
    std::optional<Finding> finding;
    // Reading and hashing overlap: a worker thread hashes one batch while this thread reads
    // the next and then walks the one before. An entry's digest only needs its own stored
    // prev_digest; the walk uses it once that prev_digest has been checked against the
    // running chain.
    Batch batches[2];
    Batch* cur = &batches[0];
    Batch* nxt = &batches[1];
    cursor.fill(cur->rows, kBatchSize);
    std::future<void> hashing = std::async(std::launch::async, [cur] { hash(*cur); });
    const auto checkpoints = reading.get();
    if (!checkpoints.ok())
        return checkpoints.error();
    const std::vector<AuditCheckpoint>& cps = checkpoints.value();
    while (!cur->rows.empty() && !finding) {
        cursor.fill(nxt->rows, kBatchSize);
        hashing.wait();
        hashing = std::async(std::launch::async, [nxt] { hash(*nxt); });
        for (std::size_t i = 0; i < cur->rows.size() && !finding; ++i) {
            const bool last = i + 1 == cur->rows.size();
            const QByteArrayView nextPrev =
                last ? (nxt->rows.empty() ? QByteArrayView() : nxt->rows.prevDigest(0))
                     : cur->rows.prevDigest(i + 1);
            const bool hasNext = !last || !nxt->rows.empty();
            finding = checkRow(*cur, i, hasNext ? &nextPrev : nullptr);
            if (finding)
                break;
            ++result.entriesChecked;
            lastSeq = cur->rows.entry(i).seq;
            for (; cpIndex < cps.size() && cps[cpIndex].seq <= lastSeq && !finding; ++cpIndex) {
                ++result.checkpointsChecked;
                if (cps[cpIndex].seq < lastSeq || !sameDigest(cps[cpIndex].digest, m_running))
                    finding = classifyCheckpoint(cps, cpIndex);
            }
        }
        std::swap(cur, nxt);
    }
    hashing.wait();
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

void AuditVerifier::hash(Batch& batch)
{
    const std::size_t n = batch.rows.size();
    batch.digests.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        batch.digests[i] = auditchain::digestHex(batch.rows.prevDigest(i), batch.rows.canonical(i));
}

std::optional<AuditVerifier::Finding> AuditVerifier::checkRow(const Batch& batch, std::size_t i,
                                                              const QByteArrayView* nextPrev)
{
    const qint64 seq = batch.rows.entry(i).seq;
    if (seq != m_expectedSeq)
        return Finding{m_expectedSeq, kDeleted};
    if (!sameDigest(batch.rows.prevDigest(i), m_running))
        return classifyLink(seq, batch.rows.prevDigest(i));
    const auditchain::DigestHex& computed = batch.digests[i];
    if (!sameDigest(batch.rows.digest(i), computed)) {
        // The next entry links to this one's predecessor: this entry was slipped in.
        if (nextPrev && sameDigest(*nextPrev, m_running))
            return Finding{seq, kInserted};
        return Finding{seq, kEdited};
    }
    m_running = computed;
    ++m_expectedSeq;
    return std::nullopt;
}

AuditVerifier::Finding AuditVerifier::classifyLink(qint64 seq, QByteArrayView prevDigest)
{
    auto q = storage::exec(
        m_db, QStringLiteral("SELECT seq FROM audit_log WHERE digest = ? ORDER BY seq LIMIT 1"),
        {QString::fromLatin1(prevDigest)});
    if (!q.ok() || !q->next())
        return Finding{seq, kDeleted};
    const qint64 linked = q->value(0).toLongLong();
    if (linked > seq)
        return Finding{seq, kReordered};
    if (linked < seq - 1)
        return Finding{linked + 1, kInserted};
    return Finding{seq, kEdited};
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
        auditchain::Fingerprinter fingerprints(m_auditKey);
        while (q->next()) {
            const AuditRow row = auditchain::rowFrom(*q);
            actual += fingerprints.of(auditchain::canonical(row));
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
