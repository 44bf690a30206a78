#include "billing/core/sftp_jobs.h"

namespace fd::billing {

Status SftpJob::runWith(const std::function<Status(SftpSession&)>& body)
{
    m_errorText.clear();
    auto session = SftpSession::open(m_endpoint);
    if (!session) {
        m_errorText = session.error().toString();
        return session.error();
    }
    m_fingerprint = (*session)->hostKeyFingerprint();
    Status done = body(**session);
    if (!done)
        m_errorText = done.error().toString();
    return done;
}

SftpUploadJob::SftpUploadJob(SftpEndpoint endpoint, QString remoteDir, QString name, QByteArray content)
    : SftpJob(std::move(endpoint)), m_dir(std::move(remoteDir)), m_name(std::move(name)), m_content(std::move(content))
{
}

Status SftpUploadJob::run()
{
    return runWith([&](SftpSession& s) { return s.upload(m_dir, m_name, m_content); });
}

SftpListJob::SftpListJob(SftpEndpoint endpoint, QString remoteDir)
    : SftpJob(std::move(endpoint)), m_dir(std::move(remoteDir))
{
}

Result<std::vector<RemoteEntry>> SftpListJob::run()
{
    std::vector<RemoteEntry> entries;
    Status done = runWith([&](SftpSession& s) -> Status {
        auto listed = s.list(m_dir);
        FD_TRY(listed);
        entries = std::move(listed.value());
        return {};
    });
    FD_TRY(done);
    return entries;
}

SftpFetchJob::SftpFetchJob(SftpEndpoint endpoint, QString remoteDir, KnownFilter isKnown)
    : SftpJob(std::move(endpoint)), m_dir(std::move(remoteDir)), m_isKnown(std::move(isKnown))
{
}

Result<std::vector<FetchedFile>> SftpFetchJob::run()
{
    std::vector<FetchedFile> files;
    Status done = runWith([&](SftpSession& s) -> Status {
        auto listed = s.list(m_dir);
        FD_TRY(listed);
        for (const RemoteEntry& entry : listed.value()) {
            if (m_isKnown && m_isKnown(entry))
                continue;
            auto content = s.read(remotePath(m_dir, entry.name), kMaxFileBytes);
            FD_TRY(content);
            files.push_back({entry, std::move(content.value())});
        }
        return {};
    });
    FD_TRY(done);
    return files;
}

}  // namespace fd::billing
