#pragma once

#include "common/secure_bytes.h"
#include "storage/database.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

// Helpers shared by the storage tests.
namespace fd::storage::test {

// A deterministic 32-byte key (every byte `fill`), so tests can name "another key".
SecureBytes key(unsigned char fill);
// Creates an encrypted database or fails the test.
std::unique_ptr<Database> createDatabase(const QString& path, unsigned char keyFill = 0x11);
// The first column of the first row, or an invalid QVariant (and a failed check) on error.
QVariant scalar(QSqlDatabase db, const QString& sql, const QVariantList& binds = {});
QByteArray sha256(const QString& path);
// Every schema object as "type|name|sql", sorted; schema_versions rows as "module=version".
QStringList schemaOf(QSqlDatabase db);
// Names of the files in a directory.
QStringList filesIn(const QString& dir);

// The sqlcipher command-line shell (Debian package sqlcipher).
struct CliResult
{
    int exitCode = -1;
    QString output;  // stdout and stderr
};
bool sqlcipherCliAvailable();
CliResult runSqlcipherCli(const QString& path, const QString& script);
// The PRAGMA line that keys the shell with a raw key.
QString cliKeyPragma(const SecureBytes& key);

}  // namespace fd::storage::test
