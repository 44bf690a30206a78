#pragma once

#include "test_support.h"

#include <QByteArray>
#include <QProcess>
#include <QString>

namespace fd::billing::test {

// A test CA, a server certificate it signed for 127.0.0.1, and a self-signed one it did not
// (made by openssl in a temporary directory).
struct CoreTestPki
{
    fd::test::TempDir dir;
    QString ca, cert, key, otherCert, otherKey;

    CoreTestPki();
};

// core_endpoint_server.py on a free loopback port, answering with `answer` as `answerType`;
// killed with the object. Untrusted, it shows the self-signed certificate the test CA did not
// sign.
class CoreTestServer
{
public:
    CoreTestServer(const CoreTestPki& pki, const QString& mode, const QByteArray& answer,
                   const QString& answerType = QStringLiteral("X12_271_Response_005010X279A1"), bool trusted = true);
    ~CoreTestServer();
    int port = 0;

private:
    fd::test::TempDir m_dir;
    QProcess m_process;
};

// A loopback port nothing listens on.
int freeLoopbackPort();

}  // namespace fd::billing::test
