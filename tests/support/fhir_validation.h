#pragma once

// Runs the project's pinned FHIR validators (tests/validators/validate-fhir.js: the official R4
// JSON schema compiled with ajv, and FHIR.js) over resources, as Catch2 checks: every resource
// is written to a file of `dir`, and the validators must pass them all with no problem.
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>

namespace fd::test {

inline void validateFhir(const QList<QJsonObject>& resources, const TempDir& dir)
{
    QStringList files;
    for (const QJsonObject& resource : resources) {
        const QString path = dir.file(QStringLiteral("fhir%1.json").arg(files.size()));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(resource).toJson());
        files << path;
    }
    REQUIRE(fhirValidatorInstalled());  // installer/dev.sh installs it; never skipped
    QProcess node;
    node.start(QStringLiteral("node"), QStringList{fhirValidatorScript()} + files);
    REQUIRE(node.waitForFinished(120000));
    const QByteArray verdict = node.readAllStandardOutput() + node.readAllStandardError();
    INFO(verdict.toStdString());
    CHECK(node.exitCode() == 0);
    CHECK(verdict.contains(QStringLiteral("%1 file(s) checked, 0 problem(s)").arg(files.size()).toUtf8()));
}

}  // namespace fd::test
