#include "cli_runner.h"

#include "test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace fd::test {

CliRun runCli(const QStringList& args, const QProcessEnvironment& extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FRONTDESK_PASSWORD"));
    env.remove(QStringLiteral("FRONTDESK_USER"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));  // frontdeskctl makes its own private one
    // Messages in English unless a test asks for another language.
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(binary(QStringLiteral("frontdeskctl")), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

}  // namespace fd::test
