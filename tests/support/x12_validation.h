#pragma once

// Runs the project's pinned strict X12 parse by a reader it did not write (node-x12, through
// tests/validators/validate-x12.js) over one interchange, as Catch2 checks: the parse must
// pass. Returns the validator's report, for checks of what it counted.
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>

namespace fd::test {

inline QString validateX12(const QByteArray& content, const QString& fileName)
{
    const QString validators = sourceDir() + QStringLiteral("/tests/validators");
    // installer/dev.sh installs it from package-lock.json; never skipped
    REQUIRE(QFile::exists(validators + QStringLiteral("/node_modules/node-x12/package.json")));
    TempDir dir;
    const QString file = dir.file(fileName);
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(content);
    out.close();
    QProcess node;
    node.start(QStringLiteral("node"), {validators + QStringLiteral("/validate-x12.js"), file});
    REQUIRE(node.waitForFinished(120000));
    const QString report = QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError());
    INFO(report.toStdString());
    CHECK(node.exitCode() == 0);
    return report;
}

}  // namespace fd::test
