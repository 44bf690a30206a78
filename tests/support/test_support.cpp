#include "test_support.h"

#include <QDir>
#include <QFile>

namespace fd::test {

TempDir::TempDir()
{
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QString sourceDir()
{
    const QByteArray env = qgetenv("FRONTDESK_SOURCE_DIR");
    return env.isEmpty() ? QStringLiteral(FD_SOURCE_DIR) : QString::fromLocal8Bit(env);
}

QString buildDir()
{
    const QByteArray env = qgetenv("FRONTDESK_BUILD_DIR");
    return env.isEmpty() ? QStringLiteral(FD_BUILD_DIR) : QString::fromLocal8Bit(env);
}

QString x12SamplesDir()
{
    const QByteArray env = qgetenv("FRONTDESK_X12_SAMPLES");
    if (!env.isEmpty() && QDir(QString::fromLocal8Bit(env)).exists())
        return QDir(QString::fromLocal8Bit(env)).absolutePath();
    const QString beside = sourceDir() + QStringLiteral("/../shared/samples/x12");
    return QDir(beside).exists() ? QDir(beside).absolutePath() : QString();
}

QString binary(const QString& name)
{
    return buildDir() + QStringLiteral("/bin/") + name;
}

QString fhirValidatorScript()
{
    return sourceDir() + QStringLiteral("/tests/validators/validate-fhir.js");
}

bool fhirValidatorInstalled()
{
    return QDir(sourceDir() + QStringLiteral("/tests/validators/node_modules/fhir")).exists();
}

QString npiFrom(const QString& nine)
{
    int sum = 24;  // the 80840 prefix, doubled as the Luhn rule wants
    for (int i = 8; i >= 0; --i) {
        int d = nine.at(i).digitValue();
        if ((8 - i) % 2 == 0 && (d *= 2) > 9)
            d -= 9;
        sum += d;
    }
    return nine + QString::number((10 - sum % 10) % 10);
}

}  // namespace fd::test
