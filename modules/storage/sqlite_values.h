#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace fd {
class SecureBytes;
}

// Conversions between SQLite's storage classes and QVariant, shared by the driver, its
// results and the Database's raw-handle work (backup, keying). Internal to fd_storage.
namespace fd::storage::detail {

// The Qt type of a column from its declared type, by SQLite's affinity rules: INTEGER ->
// qlonglong, REAL -> double, TEXT -> QString, BLOB -> QByteArray; no declared type (an
// expression) or NUMERIC affinity -> UnknownType.
QMetaType declaredType(const char* declType);

// The value in the current row: typed by its storage class; NULL becomes a null QVariant of
// the column's declared type.
QVariant columnValue(sqlite3_stmt* stmt, int column);

// Binds one value (1-based index). Null values and null strings/byte arrays bind NULL.
int bindValue(sqlite3_stmt* stmt, int index, const QVariant& value);

// The connection's last error as text. When `rc` (default: the connection's last result
// code) says the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB), the text names the file.
QString errorText(sqlite3* db, int rc = 0);

// The result code that a failed sqlite3_step() stands for. When a page fails its HMAC check,
// SQLCipher zeroes it and puts the pager in an error state: SQLite reports SQLITE_CORRUPT if
// it finds the zeroed page malformed (a b-tree page), otherwise the statement's next page
// read fails with a bare SQLITE_ERROR and SQLite's generic text (after an overflow page). On
// a keyed connection that bare error is taken for what it is, a damaged page: SQLITE_CORRUPT.
int stepFailureCode(sqlite3* db, int rc, bool keyed);

// Applies a 32-byte raw key (rekey = false) or re-encrypts under it (rekey = true). The hex
// form lives only in locked memory and is wiped before returning.
int applyRawKey(sqlite3* db, const SecureBytes& key, bool rekey);

}  // namespace fd::storage::detail
