// SftpSession: libssh 0.10 in blocking mode, with a socket of our own (connected within the
// connect timeout) and a watchdog that shuts it down when a deadline passes.
#include "billing/core/sftp_session.h"

#include "billing/core/clearinghouse_settings.h"

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

namespace fd::billing {

namespace {

using Clock = std::chrono::steady_clock;

// Shuts the socket down when the armed deadline passes, which makes the blocked libssh call
// return with an error. Disarmed before libssh closes the socket, so a reused descriptor
// number is never touched.
class Watchdog
{
public:
    ~Watchdog() { stop(); }

    void start(int fd)
    {
        m_fd = fd;
        m_thread = std::thread([this] { loop(); });
    }
    void arm(int seconds, const QString& phase)
    {
        std::lock_guard lock(m_mutex);
        m_deadline = Clock::now() + std::chrono::seconds(seconds);
        m_armed = true;
        m_seconds = seconds;
        m_phase = phase;
        m_wake.notify_all();
    }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_armed = false;
            m_wake.notify_all();
        }
        if (m_thread.joinable())
            m_thread.join();
    }
    bool fired() const
    {
        std::lock_guard lock(m_mutex);
        return m_fired;
    }
    QString phase() const
    {
        std::lock_guard lock(m_mutex);
        return m_phase;
    }
    int seconds() const
    {
        std::lock_guard lock(m_mutex);
        return m_seconds;
    }

private:
    void loop()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            if (!m_armed) {
                m_wake.wait(lock);
                continue;
            }
            if (m_wake.wait_until(lock, m_deadline) == std::cv_status::timeout && m_armed && !m_stop &&
                Clock::now() >= m_deadline) {
                ::shutdown(m_fd, SHUT_RDWR);
                m_fired = true;
                m_armed = false;
            }
        }
    }

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::thread m_thread;
    Clock::time_point m_deadline;
    int m_fd = -1;
    int m_seconds = 0;
    QString m_phase;
    bool m_armed = false;
    bool m_stop = false;
    bool m_fired = false;
};

// A NUL-terminated copy in locked memory for libssh's C strings.
SecureBytes cString(const SecureBytes& secret)
{
    SecureBytes out(secret.size() + 1);
    if (secret.size() > 0)
        std::memcpy(out.data(), secret.data(), secret.size());
    out.data()[secret.size()] = 0;
    return out;
}

const char* asChars(const SecureBytes& s)
{
    return reinterpret_cast<const char*>(s.data());
}

// A blocking TCP socket connected within `seconds`, or the reason it is not.
Result<int> connectSocket(const QString& host, int port, int seconds)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const QByteArray service = QByteArray::number(port);
    const int gai = ::getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &found);
    if (gai != 0)
        return makeError(ErrorCode::Unavailable, SftpSession::tr("The clearinghouse host %1 cannot be resolved: %2")
                                                     .arg(host, QString::fromLocal8Bit(::gai_strerror(gai))));
    const auto deadline = Clock::now() + std::chrono::seconds(seconds);
    QString lastError = SftpSession::tr("no address");
    for (addrinfo* ai = found; ai; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, ai->ai_protocol);
        if (fd < 0)
            continue;
        int rc = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
        if (rc != 0 && errno == EINPROGRESS) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
            pollfd p{fd, POLLOUT, 0};
            rc = left > 0 ? ::poll(&p, 1, int(left)) : 0;
            if (rc == 0) {
                errno = ETIMEDOUT;
                rc = -1;
            } else if (rc > 0) {
                int soError = 0;
                socklen_t len = sizeof soError;
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len);
                errno = soError;
                rc = soError == 0 ? 0 : -1;
            }
        }
        if (rc == 0) {
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            ::freeaddrinfo(found);
            return fd;
        }
        lastError = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
    }
    ::freeaddrinfo(found);
    return makeError(ErrorCode::Unavailable, SftpSession::tr("The clearinghouse at %1:%2 cannot be reached: %3")
                                                 .arg(host)
                                                 .arg(port)
                                                 .arg(lastError));
}

}  // namespace

struct SftpSession::Private
{
    ~Private()
    {
        watchdog.stop();  // before libssh closes the socket
        if (sftp)
            sftp_free(sftp);
        if (session) {
            ssh_disconnect(session);
            ssh_free(session);
        }
        if (fd >= 0)
            ::close(fd);  // libssh leaves a socket it was given open
    }
    QString sshError() const { return session ? QString::fromUtf8(ssh_get_error(session)) : QString(); }

    ssh_session session = nullptr;
    sftp_session sftp = nullptr;
    Watchdog watchdog;
    QString label;
    int fd = -1;
};

QString remotePath(const QString& dir, const QString& name)
{
    if (dir.isEmpty() || dir == QLatin1String("."))
        return name;
    return dir.endsWith(QLatin1Char('/')) ? dir + name : dir + QLatin1Char('/') + name;
}

SftpSession::SftpSession(std::unique_ptr<Private> p) : d(std::move(p)) {}
SftpSession::~SftpSession() = default;

Error SftpSession::failure(const QString& what) const
{
    if (d->watchdog.fired())
        return makeError(ErrorCode::Unavailable, tr("%1 with %2 timed out after %3 s (%4).")
                                                     .arg(what, d->label)
                                                     .arg(d->watchdog.seconds())
                                                     .arg(d->watchdog.phase()));
    QString why = d->sshError();
    if (d->sftp && sftp_get_error(d->sftp) != SSH_FX_OK)
        why += tr(" (SFTP status %1)").arg(sftp_get_error(d->sftp));
    return makeError(ErrorCode::Unavailable, tr("%1 with %2 failed: %3").arg(what, d->label, why));
}

Status SftpSession::verifyHostKey(const SftpEndpoint& e)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(d->session, &key) != SSH_OK)
        return failure(tr("Reading the server's host key"));
    unsigned char* hash = nullptr;
    size_t hashLength = 0;
    const int hashed = ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength);
    ssh_key_free(key);
    if (hashed != 0)
        return failure(tr("Hashing the server's host key"));
    char* fingerprint = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
    ssh_clean_pubkey_hash(&hash);
    m_fingerprint = normalizedFingerprint(QString::fromLatin1(fingerprint ? fingerprint : ""));
    ssh_string_free_char(fingerprint);
    const QString pinned = normalizedFingerprint(e.pinnedHostKey);
    if (pinned.isEmpty())
        return makeError(ErrorCode::Unavailable,
                         tr("The SSH host key of %1 is unknown: the server shows %2 and no key is pinned. Nothing "
                            "was sent; pin the key after checking it with the clearinghouse.")
                             .arg(d->label, m_fingerprint));
    if (pinned != m_fingerprint)
        return makeError(ErrorCode::Unavailable,
                         tr("The SSH host key of %1 has changed: the server shows %2 but %3 is pinned. The "
                            "connection was refused and nothing was sent.")
                             .arg(d->label, m_fingerprint, pinned));
    return {};
}

Status SftpSession::login(const SftpEndpoint& e)
{
    int auth = SSH_AUTH_ERROR;
    if (e.usePrivateKey) {
        const SecureBytes keyText = cString(e.privateKey);
        const SecureBytes passphrase = cString(e.keyPassphrase);
        ssh_key privateKey = nullptr;
        if (ssh_pki_import_privkey_base64(asChars(keyText), e.keyPassphrase.isEmpty() ? nullptr : asChars(passphrase),
                                          nullptr, nullptr, &privateKey) != SSH_OK)
            return makeError(ErrorCode::InvalidInput,
                             tr("The stored private key for %1 cannot be read (not an OpenSSH or PEM key, or a "
                                "wrong passphrase).")
                                 .arg(d->label));
        auth = ssh_userauth_publickey(d->session, nullptr, privateKey);
        ssh_key_free(privateKey);
    } else {
        const SecureBytes password = cString(e.password);
        auth = ssh_userauth_password(d->session, nullptr, asChars(password));
    }
    if (auth == SSH_AUTH_DENIED || auth == SSH_AUTH_PARTIAL)
        return makeError(ErrorCode::WrongPassword,
                         tr("%1 refused the login of user %2 by %3.")
                             .arg(d->label, e.username, e.usePrivateKey ? tr("private key") : tr("password")));
    if (auth != SSH_AUTH_SUCCESS)
        return failure(tr("The login"));
    return {};
}

Result<std::unique_ptr<SftpSession>> SftpSession::open(const SftpEndpoint& e)
{
    auto p = std::make_unique<Private>();
    p->label = e.label();
    auto fd = connectSocket(e.host, e.port, e.connectTimeoutSeconds);
    FD_TRY(fd);
    p->fd = fd.value();
    p->session = ssh_new();
    if (!p->session)
        return makeError(ErrorCode::Internal, tr("libssh could not make a session."));
    int verbosity = SSH_LOG_NOLOG;
    bool processConfig = false;  // never ~/.ssh/config or /etc/ssh/ssh_config
    long timeout = e.connectTimeoutSeconds + 5;  // the watchdog fires first and says which phase
    int port = e.port;
    socket_t sock = fd.value();
    const QByteArray host = e.host.toUtf8();
    const QByteArray user = e.username.toUtf8();
    ssh_options_set(p->session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
    ssh_options_set(p->session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(p->session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(p->session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(p->session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(p->session, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(p->session, SSH_OPTIONS_FD, &sock);  // still ours to close (Private)
    p->watchdog.start(sock);
    p->watchdog.arm(e.connectTimeoutSeconds, tr("connect, host key and login"));
    std::unique_ptr<SftpSession> s(new SftpSession(std::move(p)));
    if (ssh_connect(s->d->session) != SSH_OK)
        return s->failure(tr("The SSH handshake"));

    // The host key, before any credential goes out.
    FD_TRY(s->verifyHostKey(e));
    FD_TRY(s->login(e));
    s->d->watchdog.arm(e.transferTimeoutSeconds, tr("SFTP transfer"));
    s->d->sftp = sftp_new(s->d->session);
    if (!s->d->sftp || sftp_init(s->d->sftp) != SSH_OK)
        return s->failure(tr("Starting SFTP"));
    return s;
}

Result<std::vector<RemoteEntry>> SftpSession::list(const QString& dir)
{
    const QByteArray path = dir.toUtf8();
    sftp_dir handle = sftp_opendir(d->sftp, path.constData());
    if (!handle)
        return failure(tr("Listing %1").arg(dir));
    std::vector<RemoteEntry> out;
    while (sftp_attributes a = sftp_readdir(d->sftp, handle)) {
        const QString name = QString::fromUtf8(a->name);
        // Dot files are files in progress (ours end in .part) or the server's own.
        if (a->type == SSH_FILEXFER_TYPE_REGULAR && !name.startsWith(QLatin1Char('.')))
            out.push_back({name, qint64(a->size), qint64(a->mtime)});
        sftp_attributes_free(a);
    }
    const bool complete = sftp_dir_eof(handle);
    sftp_closedir(handle);
    if (!complete)
        return failure(tr("Listing %1").arg(dir));
    std::sort(out.begin(), out.end(), [](const RemoteEntry& a, const RemoteEntry& b) { return a.name < b.name; });
    return out;
}

Status SftpSession::upload(const QString& dir, const QString& name, const QByteArray& content)
{
    const QByteArray part = remotePath(dir, QLatin1Char('.') + name + QStringLiteral(".part")).toUtf8();
    const QByteArray target = remotePath(dir, name).toUtf8();
    sftp_file file = sftp_open(d->sftp, part.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (!file)
        return failure(tr("Creating %1").arg(QString::fromUtf8(part)));
    constexpr qsizetype kChunk = 32 * 1024;
    for (qsizetype at = 0; at < content.size(); at += kChunk) {
        const qsizetype n = std::min(kChunk, content.size() - at);
        if (sftp_write(file, content.constData() + at, size_t(n)) != ssize_t(n)) {
            Error e = failure(tr("The upload of %1").arg(name));
            sftp_close(file);
            return e;
        }
    }
    if (sftp_close(file) != SSH_NO_ERROR)
        return failure(tr("Closing %1").arg(QString::fromUtf8(part)));
    auto unconfirmed = [](Error e) {
        e.details = kUploadUnconfirmed;
        return e;
    };
    if (sftp_rename(d->sftp, part.constData(), target.constData()) != 0) {
        Error e = failure(tr("Renaming %1 to %2").arg(QString::fromUtf8(part), name));
        // A refusal the server answered means the file was not renamed; a connection lost on
        // the way leaves that unknown.
        if (d->watchdog.fired() || ssh_is_connected(d->session) == 0)
            return unconfirmed(e);
        sftp_unlink(d->sftp, part.constData());
        return e;
    }
    sftp_attributes a = sftp_stat(d->sftp, target.constData());
    if (!a)
        return unconfirmed(failure(tr("Checking %1").arg(name)));
    const qint64 size = qint64(a->size);
    sftp_attributes_free(a);
    if (size != content.size())
        return unconfirmed(makeError(ErrorCode::Io, tr("%1 on %2 has %3 bytes instead of %4.")
                                                        .arg(name, d->label)
                                                        .arg(size)
                                                        .arg(content.size())));
    return {};
}

Result<QByteArray> SftpSession::read(const QString& path, qint64 maxBytes)
{
    const QByteArray p = path.toUtf8();
    sftp_file file = sftp_open(d->sftp, p.constData(), O_RDONLY, 0);
    if (!file)
        return failure(tr("Opening %1").arg(path));
    QByteArray out;
    char buffer[32 * 1024];
    for (;;) {
        const ssize_t n = sftp_read(file, buffer, sizeof buffer);
        if (n < 0) {
            Error e = failure(tr("Reading %1").arg(path));
            sftp_close(file);
            return e;
        }
        if (n == 0)
            break;
        out.append(buffer, n);
        if (out.size() > maxBytes) {
            sftp_close(file);
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 on %2 is larger than %3 bytes.").arg(path, d->label).arg(maxBytes));
        }
    }
    sftp_close(file);
    return out;
}

}  // namespace fd::billing
