#pragma once

#include "test_support.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace fd::calendar::messaging::test {

// A test CA and a server certificate for 127.0.0.1 signed by it, made with `openssl` in a
// temporary directory; a second, unrelated CA for the "wrong CA" case.
struct TestCertificates
{
    QString caFile;
    QString otherCaFile;
    QString serverCert;
    QString serverKey;
};
TestCertificates makeTestCertificates(const fd::test::TempDir& dir);

// The python interpreter that has Debian's aiosmtpd (/usr/bin/python3 first).
QString pythonWithAiosmtpd();

// tests/support/smtp_test_server.py running on loopback; messages land in maildir().
class SmtpTestServer
{
public:
    struct Options
    {
        QString cert;  // empty: no STARTTLS offered
        QString key;
        QString user;  // empty: no AUTH
        QString password;
    };

    SmtpTestServer(const fd::test::TempDir& dir, const Options& options);
    ~SmtpTestServer();

    bool started() const { return m_port > 0; }
    QString startError() const { return m_error; }
    int port() const { return m_port; }
    QString maildir() const { return m_maildir; }
    // The received messages (.eml files, oldest first).
    QStringList messages() const;
    QByteArray message(int index) const;
    QStringList recipients(int index) const;

private:
    std::unique_ptr<QProcess> m_process;
    QString m_maildir;
    QString m_error;
    int m_port = 0;
};

}  // namespace fd::calendar::messaging::test
