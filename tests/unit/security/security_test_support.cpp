#include "security_test_support.h"

#include "security/keyring.h"

#include <QFile>

namespace fd::security::test {

std::unique_ptr<storage::Database> openRaw(const QString& path, const QString& username, const QString& password)
{
    auto keyring = Keyring::load(PracticeFiles(path).keyring());
    if (!keyring.ok())
        qFatal("keyring: %s", qPrintable(keyring.error().toString()));
    auto key = keyring->openWithPassword(username, password);
    if (!key.ok())
        qFatal("key: %s", qPrintable(key.error().toString()));
    auto db = storage::Database::open(path, key.value());
    if (!db.ok())
        qFatal("open: %s", qPrintable(db.error().toString()));
    return std::move(db.value());
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace fd::security::test
