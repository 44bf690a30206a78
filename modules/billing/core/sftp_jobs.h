#pragma once

#include "billing/core/sftp_session.h"

#include <QSet>

namespace fd::billing {

// One SFTP transfer = one job (CONVENTIONS.md): it opens its own connection under its own
// connect and transfer timeouts, does one thing, and keeps the error text of a failure.
// Jobs are started by the clearinghouse and submission services, never by widgets; run()
// blocks the calling thread for at most the two timeouts.
class SftpJob
{
public:
    explicit SftpJob(SftpEndpoint endpoint) : m_endpoint(std::move(endpoint)) {}
    virtual ~SftpJob() = default;
    SftpJob(const SftpJob&) = delete;
    SftpJob& operator=(const SftpJob&) = delete;

    // Empty until run() failed; then what went wrong, naming the host (never a secret).
    QString errorText() const { return m_errorText; }
    // The host key the server showed, once connected ("SHA256:...").
    QString hostKeyFingerprint() const { return m_fingerprint; }

protected:
    // Opens the session and runs `body` on it, recording the error text of a failure.
    Status runWith(const std::function<Status(SftpSession&)>& body);
    const SftpEndpoint& endpoint() const { return m_endpoint; }

private:
    SftpEndpoint m_endpoint;
    QString m_errorText;
    QString m_fingerprint;
};

// Uploads one file: written as a dot-named .part file, renamed into place, size checked.
class SftpUploadJob final : public SftpJob
{
public:
    SftpUploadJob(SftpEndpoint endpoint, QString remoteDir, QString name, QByteArray content);
    Status run();

private:
    QString m_dir;
    QString m_name;
    QByteArray m_content;
};

// Lists the regular files of a directory (the connection check).
class SftpListJob final : public SftpJob
{
public:
    SftpListJob(SftpEndpoint endpoint, QString remoteDir);
    Result<std::vector<RemoteEntry>> run();

private:
    QString m_dir;
};

struct FetchedFile
{
    RemoteEntry entry;
    QByteArray content;
};

// Downloads the files of a directory that `isKnown` does not recognise (fetched before).
class SftpFetchJob final : public SftpJob
{
public:
    using KnownFilter = std::function<bool(const RemoteEntry&)>;
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
    SftpFetchJob(SftpEndpoint endpoint, QString remoteDir, KnownFilter isKnown);
    Result<std::vector<FetchedFile>> run();

private:
    QString m_dir;
    KnownFilter m_isKnown;
};

}  // namespace fd::billing
