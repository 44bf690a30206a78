#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace fd::test {

// Debian's OpenSSH server (installer/dev.sh: openssh-server) started for one test on
// 127.0.0.1 and a free port, with everything in a temporary directory of its own: a
// generated ed25519 host key, sshd_config (internal-sftp, AuthorizedKeysFile there, UsePAM
// no, StrictModes no, PidFile there), an authorized client key and a second key it does not
// know. It runs as the current user (root in the development container). Stopped (killed)
// when destroyed.
class SshdTestServer
{
public:
    SshdTestServer();
    ~SshdTestServer();

    // Starts sshd and waits (at most 10 s) until it answers with its banner. False, with the
    // reason, when it cannot (sshd or ssh-keygen missing, no privilege separation directory).
    bool start(QString* error);
    void kill();
    bool running() const;

    int port() const { return m_port; }
    QString user() const;
    QString hostKeyFingerprint() const { return m_fingerprint; }  // "SHA256:..."
    QByteArray authorizedKey() const { return m_clientKey; }      // OpenSSH private key text
    QByteArray unknownKey() const { return m_otherKey; }          // not in authorized_keys
    QString uploadDir() const;  // absolute, exists
    QString ackDir() const;     // absolute, exists
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    bool keygen(const QString& file, QString* error);
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_fingerprint;
    QByteArray m_clientKey;
    QByteArray m_otherKey;
};

// A TCP relay on 127.0.0.1 to a target port that counts the bytes going client -> server and,
// once `cutAfter` of them passed (0: never), closes both sides: the connection drops in the
// middle of whatever was being sent. One connection at a time, on a thread of its own.
class CuttingProxy
{
public:
    explicit CuttingProxy(int targetPort);
    ~CuttingProxy();
    bool start(QString* error);
    int port() const { return m_port; }
    void setCutAfter(qint64 bytes) { m_cutAfter = bytes; }
    // Closes both sides, instead of relaying it, at the first server -> client data read once
    // `when` holds (e.g. "the uploaded file is in place"): the client never hears the answer
    // to the request that made it true. Set before the connection; empty: never.
    void setCutOnAnswerWhen(std::function<bool()> when) { m_cutWhen = std::move(when); }
    qint64 upstreamBytes() const { return m_upstream; }  // of the last connection
    bool cut() const { return m_cut; }

private:
    void serve();
    void relay(int client);
    int m_targetPort;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<qint64> m_cutAfter{0};
    std::atomic<qint64> m_upstream{0};
    std::atomic<bool> m_cut{false};
    std::atomic<bool> m_stop{false};
    std::function<bool()> m_cutWhen;
    std::thread m_thread;
};

}  // namespace fd::test
