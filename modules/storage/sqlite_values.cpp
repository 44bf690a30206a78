#include "storage/sqlite_values.h"

#include "common/clock.h"
#include "common/secure_bytes.h"
#include "storage/utf8_text.h"

#include <sqlite3.h>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QUuid>

#include <cstring>
#include <limits>

namespace fd::storage::detail {

namespace {

bool contains(const QByteArray& upper, const char* word)
{
    return upper.contains(word);
}

// Qt 6's QVariant::isNull() is false for a QString() held in a variant; SQL wants NULL for
// those as Qt's own drivers do.
bool isSqlNull(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
        case QMetaType::QString:
            return value.toString().isNull();
        case QMetaType::QByteArray:
            return value.toByteArray().isNull();
        case QMetaType::QDateTime:
            return !value.toDateTime().isValid();
        case QMetaType::QDate:
            return !value.toDate().isValid();
        case QMetaType::QTime:
            return !value.toTime().isValid();
        default:
            return false;
    }
}

int bindText(sqlite3_stmt* stmt, int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                               SQLITE_TRANSIENT, SQLITE_UTF8);
}

}  // namespace

QMetaType declaredType(const char* declType)
{
    if (!declType || !*declType)
        return QMetaType();
    const QByteArray upper = QByteArray(declType).toUpper();
    // SQLite's column affinity rules (datatype3.html, 3.1), in their order.
    if (contains(upper, "INT"))
        return QMetaType(QMetaType::LongLong);
    if (contains(upper, "CHAR") || contains(upper, "CLOB") || contains(upper, "TEXT"))
        return QMetaType(QMetaType::QString);
    if (contains(upper, "BLOB"))
        return QMetaType(QMetaType::QByteArray);
    if (contains(upper, "REAL") || contains(upper, "FLOA") || contains(upper, "DOUB"))
        return QMetaType(QMetaType::Double);
    return QMetaType();
}

QVariant columnValue(sqlite3_stmt* stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
        case SQLITE_INTEGER:
            return QVariant(qlonglong(sqlite3_column_int64(stmt, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(stmt, column));
        case SQLITE_TEXT: {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
            return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(stmt, column)));
        }
        case SQLITE_BLOB: {
            const auto* blob = static_cast<const char*>(sqlite3_column_blob(stmt, column));
            const int size = sqlite3_column_bytes(stmt, column);
            // A zero-length blob is an empty, not a null, QByteArray.
            return QVariant(size ? QByteArray(blob, size) : QByteArray(""));
        }
        default:
            return QVariant(declaredType(sqlite3_column_decltype(stmt, column)));
    }
}

int bindValue(sqlite3_stmt* stmt, int index, const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<Utf8Text>()) {
        const QByteArray& utf8 = static_cast<const Utf8Text*>(value.constData())->bytes;
        return sqlite3_bind_text64(stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    if (isSqlNull(value))
        return sqlite3_bind_null(stmt, index);
    switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::LongLong:
            return sqlite3_bind_int64(stmt, index, value.toLongLong());
        case QMetaType::ULongLong:
            // Values above INT64_MAX keep their digits as text instead of wrapping negative.
            if (value.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
                return bindText(stmt, index, value.toString());
            return sqlite3_bind_int64(stmt, index, qint64(value.toULongLong()));
        case QMetaType::Double:
        case QMetaType::Float:
            return sqlite3_bind_double(stmt, index, value.toDouble());
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return sqlite3_bind_blob64(stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                       SQLITE_TRANSIENT);
        }
        case QMetaType::QDateTime:
            // Instants are stored in UTC (DESIGN.md, data rules).
            return bindText(stmt, index, toIsoUtc(value.toDateTime()));
        case QMetaType::QDate:
            return bindText(stmt, index, value.toDate().toString(Qt::ISODate));
        case QMetaType::QTime:
            return bindText(stmt, index, value.toTime().toString(Qt::ISODateWithMs));
        case QMetaType::QUuid:
            return bindText(stmt, index, value.toUuid().toString(QUuid::WithoutBraces));
        case QMetaType::QString:
            return bindText(stmt, index, value.toString());
        default:
            if (value.canConvert<QString>())
                return bindText(stmt, index, value.toString());
            return SQLITE_MISMATCH;
    }
}

QString errorText(sqlite3* db, int rc)
{
    if (!db)
        return QStringLiteral("no connection");
    QString text = QString::fromUtf8(sqlite3_errmsg(db));
    // A damaged page surfaces in whichever statement reads it; say which file it is in.
    const int code = (rc ? rc : sqlite3_errcode(db)) & 0xff;
    if (code != SQLITE_CORRUPT && code != SQLITE_NOTADB)
        return text;
    if ((sqlite3_errcode(db) & 0xff) == SQLITE_ERROR)
        text = QStringLiteral("a page failed its authentication check (%1)").arg(text);
    const char* file = sqlite3_db_filename(db, "main");
    if (file && *file)
        text += QStringLiteral(" (%1)").arg(QString::fromUtf8(file));
    return text;
}

int stepFailureCode(sqlite3* db, int rc, bool keyed)
{
    if (keyed && db && rc == SQLITE_ERROR &&
        std::strcmp(sqlite3_errmsg(db), sqlite3_errstr(SQLITE_ERROR)) == 0)
        return SQLITE_CORRUPT;
    return rc;
}

int applyRawKey(sqlite3* db, const SecureBytes& key, bool rekey)
{
    // SQLCipher reads key material of the form x'<64 hex digits>' as a raw key (no KDF), the
    // same as PRAGMA key = "x'...'", without building an SQL string that would need wiping.
    QByteArray hex = key.toHex();
    SecureBytes material(std::size_t(hex.size()) + 3);
    auto* out = material.data();
    out[0] = 'x';
    out[1] = '\'';
    std::memcpy(out + 2, hex.constData(), std::size_t(hex.size()));
    out[material.size() - 1] = '\'';
    wipeBytes(hex);
    const int size = int(material.size());
    return rekey ? sqlite3_rekey(db, material.data(), size)
                 : sqlite3_key(db, material.data(), size);
}

}  // namespace fd::storage::detail
