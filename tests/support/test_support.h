#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fd::test {

// A private temporary directory (mode 0700) for one test's practice files.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// Root of the public X12 samples: FRONTDESK_X12_SAMPLES, else ../shared/samples/x12 beside
// the source tree. Empty when neither exists.
QString x12SamplesDir();
// A ten-digit NPI: `nine` digits and the Luhn check digit over 80840 and them.
QString npiFrom(const QString& nine);
QString sourceDir();
QString buildDir();
// Path of a built executable (frontdeskctl, frontdesk) in the build tree.
QString binary(const QString& name);
// tests/validators/validate-fhir.js (the official R4 schema and FHIR.js), and whether its
// node modules are installed (installer/dev.sh installs them from package-lock.json).
QString fhirValidatorScript();
bool fhirValidatorInstalled();

}  // namespace fd::test
