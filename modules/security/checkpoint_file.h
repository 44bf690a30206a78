#pragma once

#include "common/result.h"
#include "common/secure_bytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace fd::security {

// One line of X.db.audit-checkpoints:
//   "<seq> <digest hex> <utc time> <from seq> <fingerprints base64 or -> <mac hex>\n"
// The chain digest at `seq`, when it was written, and the fingerprints of the entries
// (from, seq]. The MAC (HMAC-SHA-256 under the audit key kept in the encrypted database)
// stops anyone without the database key from forging a line.
struct AuditCheckpoint
{
    qint64 seq = 0;
    QByteArray digest;
    QDateTime at;
    qint64 from = 0;
    QByteArray fingerprints;  // kFingerprintSize bytes per entry
    int line = 0;
};

class CheckpointFile
{
public:
    // Checkpoints ordered by seq. Tampered (naming the line) when a line is malformed or its
    // MAC fails; an absent file is an empty list.
    static Result<std::vector<AuditCheckpoint>> read(const QString& path, const SecureBytes& auditKey);
    // Appends one line and fsyncs (mode 0600; the application only ever appends).
    static Status append(const QString& path, const AuditCheckpoint& checkpoint, const SecureBytes& auditKey);
    static QByteArray format(const AuditCheckpoint& checkpoint, const SecureBytes& auditKey);
};

}  // namespace fd::security
