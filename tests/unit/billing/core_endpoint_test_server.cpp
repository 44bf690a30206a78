#include "core_endpoint_test_server.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QTcpServer>

namespace fd::billing::test {

namespace {

void run(const QStringList& args, const QString& dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QStringList ecKey(const QString& keyFile)
{
    return {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyFile};
}

}  // namespace

CoreTestPki::CoreTestPki()
{
    const QString d = dir.path();
    const QString days = QStringLiteral("2");
    writeFile(dir.file(QStringLiteral("ext.cnf")),
              "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey(QStringLiteral("ca.key")) +
            QStringList{QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"), days,
                        QStringLiteral("-subj"), QStringLiteral("/CN=Frontdesk Test CA")},
        d);
    run(QStringList{QStringLiteral("req")} + ecKey(QStringLiteral("server.key")) +
            QStringList{QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=localhost")},
        d);
    run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
         QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
         QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
         days, QStringLiteral("-extfile"), QStringLiteral("ext.cnf")},
        d);
    run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey(QStringLiteral("other.key")) +
            QStringList{QStringLiteral("-out"), QStringLiteral("other.pem"), QStringLiteral("-days"), days,
                        QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                        QStringLiteral("subjectAltName=IP:127.0.0.1")},
        d);
    ca = dir.file(QStringLiteral("ca.pem"));
    cert = dir.file(QStringLiteral("server.pem"));
    key = dir.file(QStringLiteral("server.key"));
    otherCert = dir.file(QStringLiteral("other.pem"));
    otherKey = dir.file(QStringLiteral("other.key"));
}

CoreTestServer::CoreTestServer(const CoreTestPki& pki, const QString& mode, const QByteArray& answer,
                               const QString& answerType, bool trusted)
{
    const QString answerFile = m_dir.file(QStringLiteral("answer.x12"));
    writeFile(answerFile, answer);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    {fd::test::sourceDir() + QStringLiteral("/tests/unit/billing/core_endpoint_server.py"),
                     QStringLiteral("--cert"), trusted ? pki.cert : pki.otherCert, QStringLiteral("--key"),
                     trusted ? pki.key : pki.otherKey, QStringLiteral("--answer"),
                     answerFile, QStringLiteral("--mode"), mode, QStringLiteral("--answer-type"), answerType});
    REQUIRE(m_process.waitForStarted(10000));
    QByteArray line;
    for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
        m_process.waitForReadyRead(100);
        line += m_process.readAllStandardOutput();
    }
    INFO(QString::fromUtf8(m_process.readAllStandardError()).toStdString());
    REQUIRE(line.startsWith("PORT "));
    port = line.mid(5).trimmed().toInt();
    REQUIRE(port > 0);
}

CoreTestServer::~CoreTestServer()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

int freeLoopbackPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const int port = probe.serverPort();
    probe.close();
    return port;
}

}  // namespace fd::billing::test
