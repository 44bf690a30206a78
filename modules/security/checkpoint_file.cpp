#include "security/checkpoint_file.h"

#include "common/atomic_file.h"
#include "common/clock.h"
#include "security/crypto_primitives.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace fd::security {

namespace {
QByteArray body(const AuditCheckpoint& c)
{
    const QByteArray fps = c.fingerprints.isEmpty() ? QByteArray("-") : c.fingerprints.toBase64();
    return QByteArray::number(c.seq) + ' ' + c.digest + ' ' + toIsoUtc(c.at).toLatin1() + ' ' +
           QByteArray::number(c.from) + ' ' + fps;
}

Error badLine(const QString& path, int line, const QString& why)
{
    return makeError(ErrorCode::Tampered,
                     QCoreApplication::translate("fd::security", "The audit checkpoint file %1 is damaged at line %2")
                         .arg(path)
                         .arg(line),
                     why);
}
}  // namespace

QByteArray CheckpointFile::format(const AuditCheckpoint& checkpoint, const SecureBytes& auditKey)
{
    const QByteArray b = body(checkpoint);
    return b + ' ' + crypto::hmacSha256(auditKey, b).toHex() + '\n';
}

Status CheckpointFile::append(const QString& path, const AuditCheckpoint& checkpoint, const SecureBytes& auditKey)
{
    return AtomicFile::append(path, format(checkpoint, auditKey));
}

Result<std::vector<AuditCheckpoint>> CheckpointFile::read(const QString& path, const SecureBytes& auditKey)
{
    std::vector<AuditCheckpoint> out;
    QFile file(path);
    if (!file.exists())
        return out;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("fd::security", "Cannot read %1").arg(path),
                         file.errorString());
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 6)
            return badLine(path, lineNo, QStringLiteral("expected 6 fields"));
        AuditCheckpoint c;
        bool okSeq = false;
        bool okFrom = false;
        c.seq = parts[0].toLongLong(&okSeq);
        c.digest = parts[1];
        c.at = QDateTime::fromString(QString::fromLatin1(parts[2]), Qt::ISODateWithMs);
        c.from = parts[3].toLongLong(&okFrom);
        if (parts[4] != "-")
            c.fingerprints = QByteArray::fromBase64(parts[4]);
        c.line = lineNo;
        const QByteArray mac = crypto::hmacSha256(auditKey, body(c)).toHex();
        if (!okSeq || !okFrom || c.digest.size() != 64 || !c.at.isValid())
            return badLine(path, lineNo, QStringLiteral("malformed fields"));
        if (!crypto::equalBytes(mac, parts[5]))
            return badLine(path, lineNo, QStringLiteral("MAC mismatch"));
        out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(), [](const AuditCheckpoint& a, const AuditCheckpoint& b) { return a.seq < b.seq; });
    return out;
}

}  // namespace fd::security
