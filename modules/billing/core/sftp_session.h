#pragma once

#include "common/result.h"
#include "common/secure_bytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <memory>
#include <vector>

namespace fd::billing {

// Where and as whom to connect. The secrets stay in locked memory; nothing here is logged.
struct SftpEndpoint
{
    QString host;
    int port = 22;
    QString username;
    bool usePrivateKey = false;
    SecureBytes password;
    SecureBytes privateKey;  // OpenSSH or PEM text
    SecureBytes keyPassphrase;
    QString pinnedHostKey;  // "SHA256:..."; empty: every key is refused (with its fingerprint)
    int connectTimeoutSeconds = 20;
    int transferTimeoutSeconds = 120;

    QString label() const { return QStringLiteral("%1:%2").arg(host).arg(port); }
};

struct RemoteEntry
{
    QString name;
    qint64 size = 0;
    qint64 mtime = 0;  // seconds since the epoch, as the server says
};

// One SSH connection with its SFTP channel (libssh 0.10, blocking). open() connects within
// the connect timeout, checks the server's host key against the pin BEFORE sending any
// credential, then logs in. Every later call runs under the transfer timeout: a watchdog
// shuts the socket down when it passes, so no call blocks longer. Not thread-safe; used by
// one job at a time (sftp_jobs.h).
class SftpSession
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::SftpSession)

public:
    static Result<std::unique_ptr<SftpSession>> open(const SftpEndpoint& endpoint);
    ~SftpSession();
    SftpSession(const SftpSession&) = delete;
    SftpSession& operator=(const SftpSession&) = delete;

    QString hostKeyFingerprint() const { return m_fingerprint; }

    // Regular files of a directory, by name.
    Result<std::vector<RemoteEntry>> list(const QString& dir);
    // Writes `content` as ".<name>.part" in `dir`, closes it, renames it to `name` (refused
    // when `name` exists) and checks the size the server reports. An error once the rename
    // may have happened (the connection lost during it, or the check after it failing) has
    // details kUploadUnconfirmed: the file may be at the server, so it must not be sent again
    // as if it were not.
    Status upload(const QString& dir, const QString& name, const QByteArray& content);
    static inline const QString kUploadUnconfirmed = QStringLiteral("upload-unconfirmed");
    Result<QByteArray> read(const QString& path, qint64 maxBytes);

    struct Private;

private:
    explicit SftpSession(std::unique_ptr<Private> d);
    // Refuses a key that differs from the pin (or no pin), naming both fingerprints.
    Status verifyHostKey(const SftpEndpoint& e);
    Status login(const SftpEndpoint& e);
    // The error of a failed call: the timeout when the watchdog fired, else libssh's words.
    Error failure(const QString& what) const;
    std::unique_ptr<Private> d;
    QString m_fingerprint;
};

// "dir/name" with a single slash.
QString remotePath(const QString& dir, const QString& name);

}  // namespace fd::billing
