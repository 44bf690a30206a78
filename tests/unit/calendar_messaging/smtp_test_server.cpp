#include "smtp_test_server.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <catch2/catch_test_macros.hpp>

namespace fd::calendar::messaging::test {

namespace {

void runOpenssl(const QStringList& args, const QString& workDir)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(QStringLiteral("openssl"), args);
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
}

void makeCa(const QString& dir, const QString& name, const QString& subject)
{
    runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), subject},
               dir);
}

}  // namespace

TestCertificates makeTestCertificates(const fd::test::TempDir& dir)
{
    const QString d = dir.path();
    makeCa(d, QStringLiteral("ca"), QStringLiteral("/CN=Frontdesk Test CA"));
    makeCa(d, QStringLiteral("other-ca"), QStringLiteral("/CN=Unrelated Test CA"));
    runOpenssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1")},
               d);
    QFile ext(dir.file(QStringLiteral("server.ext")));
    REQUIRE(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
    ext.close();
    runOpenssl(
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
         QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
         QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
         QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")},
        d);
    return {dir.file(QStringLiteral("ca.pem")), dir.file(QStringLiteral("other-ca.pem")),
            dir.file(QStringLiteral("server.pem")), dir.file(QStringLiteral("server.key"))};
}

QString pythonWithAiosmtpd()
{
    for (const QString& candidate : {QStringLiteral("/usr/bin/python3"),
                                     QStandardPaths::findExecutable(QStringLiteral("python3"))}) {
        if (candidate.isEmpty() || !QFileInfo(candidate).isExecutable())
            continue;
        QProcess p;
        p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return candidate;
    }
    return {};
}

SmtpTestServer::SmtpTestServer(const fd::test::TempDir& dir, const Options& options)
{
    m_maildir = dir.file(QStringLiteral("maildir-%1").arg(reinterpret_cast<quintptr>(this), 0, 16));
    QDir().mkpath(m_maildir);
    const QString python = pythonWithAiosmtpd();
    if (python.isEmpty()) {
        m_error = QStringLiteral("no python3 with aiosmtpd (install python3-aiosmtpd)");
        return;
    }
    QStringList args{fd::test::sourceDir() + QStringLiteral("/tests/support/smtp_test_server.py"),
                     QStringLiteral("--maildir"), m_maildir};
    if (!options.cert.isEmpty())
        args << QStringLiteral("--cert") << options.cert << QStringLiteral("--key") << options.key;
    if (!options.user.isEmpty())
        args << QStringLiteral("--user") << options.user << QStringLiteral("--password")
             << options.password;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(python, args);
    if (!m_process->waitForStarted(30000)) {
        m_error = QStringLiteral("the SMTP test server did not start");
        return;
    }
    QByteArray out;
    while (!out.contains('\n')) {
        if (!m_process->waitForReadyRead(30000)) {
            m_error = QStringLiteral("the SMTP test server printed no port: ") +
                      QString::fromUtf8(m_process->readAllStandardError());
            return;
        }
        out += m_process->readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n')).trimmed();
    if (line.startsWith("PORT "))
        m_port = line.mid(5).toInt();
    else
        m_error = QStringLiteral("unexpected output from the SMTP test server: ") +
                  QString::fromUtf8(line);
}

SmtpTestServer::~SmtpTestServer()
{
    if (!m_process)
        return;
    m_process->closeWriteChannel();  // the server stops when its stdin closes
    if (!m_process->waitForFinished(10000)) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QStringList SmtpTestServer::messages() const
{
    QStringList files =
        QDir(m_maildir).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (QString& f : files)
        f = m_maildir + QLatin1Char('/') + f;
    return files;
}

QByteArray SmtpTestServer::message(int index) const
{
    QFile f(messages().value(index));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList SmtpTestServer::recipients(int index) const
{
    QString path = messages().value(index);
    path.replace(QLatin1String(".eml"), QLatin1String(".rcpt"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

}  // namespace fd::calendar::messaging::test
