#include "storage_test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <sys/stat.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

namespace fd::storage::test {

namespace {
// The applications run with umask 077 (fd::hardenProcess); the tests do the same so that
// file modes are checked under the same conditions.
const int kUmaskSet = (::umask(077), 0);
}  // namespace

SecureBytes key(unsigned char fill)
{
    SecureBytes out(32);
    for (std::size_t i = 0; i < out.size(); ++i)
        out.data()[i] = fill;
    return out;
}

std::unique_ptr<Database> createDatabase(const QString& path, unsigned char keyFill)
{
    (void)kUmaskSet;
    auto db = Database::create(path, key(keyFill));
    INFO((db ? QString() : db.error().toString()).toStdString());
    REQUIRE(db.ok());
    return std::move(db.value());
}

QVariant scalar(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    auto query = exec(db, sql, binds);
    INFO(sql.toStdString());
    INFO((query ? QString() : query.error().toString()).toStdString());
    REQUIRE(query.ok());
    return query->next() ? query->value(0) : QVariant();
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList schemaOf(QSqlDatabase db)
{
    QStringList out;
    auto objects = exec(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master"));
    REQUIRE(objects.ok());
    while (objects->next()) {
        out << objects->value(0).toString() + QLatin1Char('|') + objects->value(1).toString() +
                   QLatin1Char('|') + objects->value(2).toString();
    }
    auto versions = exec(db, QStringLiteral("SELECT module, version FROM schema_versions"));
    REQUIRE(versions.ok());
    while (versions->next())
        out << versions->value(0).toString() + QLatin1Char('=') + versions->value(1).toString();
    out.sort();
    return out;
}

QStringList filesIn(const QString& dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    names.sort();
    return names;
}

bool sqlcipherCliAvailable()
{
    return QFileInfo(QStringLiteral("/usr/bin/sqlcipher")).isExecutable();
}

CliResult runSqlcipherCli(const QString& path, const QString& script)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/usr/bin/sqlcipher"), {QStringLiteral("-batch"), path});
    REQUIRE(process.waitForStarted());
    process.write(script.toUtf8());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    return CliResult{process.exitCode(), QString::fromUtf8(process.readAll())};
}

QString cliKeyPragma(const SecureBytes& key)
{
    return QStringLiteral("PRAGMA key = \"x'%1'\";\n").arg(QString::fromLatin1(key.toHex()));
}

}  // namespace fd::storage::test
