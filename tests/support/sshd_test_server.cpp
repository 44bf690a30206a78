#include "sshd_test_server.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fd::test {

namespace {

const QString kSshd = QStringLiteral("/usr/sbin/sshd");  // sshd re-executes itself: absolute path
const QString kKeygen = QStringLiteral("/usr/bin/ssh-keygen");

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

}  // namespace

SshdTestServer::SshdTestServer()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("upload"));
    QDir(m_dir.path()).mkpath(QStringLiteral("acks"));
}

SshdTestServer::~SshdTestServer()
{
    kill();
}

QString SshdTestServer::user() const
{
    return qEnvironmentVariable("USER", QStringLiteral("root"));
}

QString SshdTestServer::uploadDir() const
{
    return m_dir.filePath(QStringLiteral("upload"));
}

QString SshdTestServer::ackDir() const
{
    return m_dir.filePath(QStringLiteral("acks"));
}

bool SshdTestServer::keygen(const QString& file, QString* error)
{
    QProcess p;
    p.start(kKeygen, {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                      QString(), QStringLiteral("-C"), QStringLiteral("frontdesk-test"), QStringLiteral("-f"), file});
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        *error = QStringLiteral("ssh-keygen failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool SshdTestServer::start(QString* error)
{
    if (!QFile::exists(kSshd) || !QFile::exists(kKeygen)) {
        *error = QStringLiteral("openssh-server is not installed (installer/dev.sh)");
        return false;
    }
    // sshd running as root insists on its privilege separation directory, which the Debian
    // service would create at boot (RuntimeDirectory=sshd).
    if (::geteuid() == 0 && !QDir(QStringLiteral("/run/sshd")).exists() &&
        !QDir().mkpath(QStringLiteral("/run/sshd"))) {
        *error = QStringLiteral("/run/sshd cannot be created");
        return false;
    }
    const QString hostKey = path(QStringLiteral("host_ed25519"));
    if (!keygen(hostKey, error) || !keygen(path(QStringLiteral("client")), error) ||
        !keygen(path(QStringLiteral("other")), error))
        return false;
    QProcess fp;
    fp.start(kKeygen, {QStringLiteral("-lf"), hostKey + QStringLiteral(".pub")});
    fp.waitForFinished(10000);
    m_fingerprint = QString::fromLatin1(fp.readAllStandardOutput()).split(QLatin1Char(' ')).value(1);
    m_clientKey = readAll(path(QStringLiteral("client")));
    m_otherKey = readAll(path(QStringLiteral("other")));
    if (!writeAll(path(QStringLiteral("authorized_keys")), readAll(path(QStringLiteral("client.pub"))))) {
        *error = QStringLiteral("authorized_keys cannot be written");
        return false;
    }
    m_port = freePort();
    const QString config = QStringLiteral(
                               "Port %1\nListenAddress 127.0.0.1\nHostKey %2\nPidFile %3\nAuthorizedKeysFile %4\n"
                               "UsePAM no\nStrictModes no\nPermitRootLogin prohibit-password\n"
                               "PasswordAuthentication yes\nKbdInteractiveAuthentication no\n"
                               "PubkeyAuthentication yes\nSubsystem sftp internal-sftp\nLogLevel ERROR\n"
                               "MaxStartups 50\nLoginGraceTime 30\n")
                               .arg(m_port)
                               .arg(hostKey, path(QStringLiteral("sshd.pid")), path(QStringLiteral("authorized_keys")));
    writeAll(path(QStringLiteral("sshd_config")), config.toUtf8());
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(path(QStringLiteral("sshd.log")));
    m_process->start(kSshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                             path(QStringLiteral("sshd_config"))});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("sshd did not start: %1").arg(m_process->errorString());
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000) {
        if (m_process->state() != QProcess::Running)
            break;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(500) && probe.waitForReadyRead(2000) && probe.readAll().startsWith("SSH-2.0"))
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("sshd did not answer on port %1: %2")
                 .arg(m_port)
                 .arg(QString::fromLocal8Bit(readAll(path(QStringLiteral("sshd.log")))));
    return false;
}

void SshdTestServer::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool SshdTestServer::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

CuttingProxy::CuttingProxy(int targetPort) : m_targetPort(targetPort) {}

CuttingProxy::~CuttingProxy()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listen >= 0)
        ::close(m_listen);
}

bool CuttingProxy::start(QString* error)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr*>(&addr), len) != 0 || ::listen(m_listen, 4) != 0 ||
        ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        *error = QStringLiteral("the proxy cannot listen");
        return false;
    }
    m_port = ntohs(addr.sin_port);
    m_thread = std::thread([this] { serve(); });
    return true;
}

void CuttingProxy::serve()
{
    while (!m_stop) {
        pollfd p{m_listen, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue;
        const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (client >= 0)
            relay(client);
    }
}

void CuttingProxy::relay(int client)
{
    m_upstream = 0;
    m_cut = false;
    const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(quint16(m_targetPort));
    if (::connect(server, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(server);
        ::close(client);
        return;
    }
    char buffer[16384];
    bool open = true;
    while (open && !m_stop) {
        pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
        if (::poll(fds, 2, 100) <= 0)
            continue;
        for (int i = 0; i < 2 && open; ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n <= 0) {
                open = false;
                break;
            }
            ssize_t pass = n;
            if (i == 1 && m_cutWhen && m_cutWhen()) {
                m_cut = true;
                open = false;
                break;
            }
            if (i == 0) {
                const qint64 limit = m_cutAfter;
                if (limit > 0 && m_upstream + n >= limit) {
                    pass = ssize_t(limit - m_upstream);
                    m_cut = true;
                }
                m_upstream += pass;
            }
            if (pass > 0 && ::send(i == 0 ? server : client, buffer, size_t(pass), MSG_NOSIGNAL) != pass)
                open = false;
            if (m_cut)
                open = false;
        }
    }
    ::shutdown(client, SHUT_RDWR);
    ::shutdown(server, SHUT_RDWR);
    ::close(client);
    ::close(server);
}

}  // namespace fd::test
