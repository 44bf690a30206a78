#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fd::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the built frontdeskctl with arguments and extra environment; no terminal, so a
// missing password fails rather than prompts.
CliRun runCli(const QStringList& args, const QProcessEnvironment& extra = {});

QByteArray fileDigest(const QString& path);

}  // namespace fd::test
