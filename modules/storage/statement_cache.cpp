#include "storage/statement_cache.h"

#include "storage/database_private.h"
#include "storage/sqlcipher_driver.h"
#include "storage/sqlite_values.h"
#include "storage/utf8_text.h"

#include <sqlite3.h>

#include <QSqlDriver>
#include <QVarLengthArray>

namespace fd::storage {

StatementCache::StatementCache(QSqlDatabase db) : m_db(std::move(db))
{
}

StatementCache::~StatementCache()
{
    finalizeAll();
}

void StatementCache::finalizeAll()
{
    for (sqlite3_stmt* stmt : std::as_const(m_statements))
        sqlite3_finalize(stmt);
    m_statements.clear();
    m_handle = nullptr;
}

Result<QSqlQuery*> StatementCache::exec(const QString& sql, const QVariantList& binds)
{
    std::shared_ptr<QSqlQuery>& slot = m_queries[sql];
    if (!slot) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);  // rows are read once; the driver then reuses its buffer
        if (!query->prepare(sql)) {
            const QSqlError error = query->lastError();
            m_queries.remove(sql);
            return detail::statementError(m_db, sql, error);
        }
        slot = std::move(query);
    }
    QSqlQuery* query = slot.get();
    for (qsizetype i = 0; i < binds.size(); ++i)
        query->bindValue(int(i), binds.at(i));
    if (!query->exec())
        return detail::statementError(m_db, sql, query->lastError());
    return query;
}

Result<sqlite3_stmt*> StatementCache::statement(const QString& sql)
{
    const auto* driver = qobject_cast<const SqlCipherDriver*>(m_db.driver());
    sqlite3* handle = driver ? driver->sqliteHandle() : nullptr;
    if (!handle)
        return detail::statementError(m_db, sql,
                                      QSqlError(QString(), Database::tr("The database is not open"),
                                                QSqlError::ConnectionError));
    // A statement keeps its connection allocated until finalized, so a reopened connection
    // never has the address of the one these statements belong to.
    if (handle != m_handle) {
        finalizeAll();
        m_handle = handle;
    }
    sqlite3_stmt*& stmt = m_statements[sql];
    if (!stmt) {
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()),
                                          SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK || !stmt) {
            sqlite3_finalize(stmt);
            m_statements.remove(sql);
            return detail::statementError(
                m_db, sql,
                QSqlError(QString(), detail::errorText(handle, rc), QSqlError::StatementError,
                          QString::number(rc)));
        }
    }
    return stmt;
}

Status StatementCache::run(const QString& sql, const QVariantList& binds)
{
    auto prepared = statement(sql);
    if (!prepared)
        return prepared.error();
    sqlite3_stmt* stmt = prepared.value();
    int rc = binds.size() == sqlite3_bind_parameter_count(stmt) ? SQLITE_OK : SQLITE_RANGE;
    // Texts are bound as UTF-8, the database's encoding: bound as UTF-16, SQLite converts each
    // one again inside the step, with an allocation of its own. The buffers outlive the step.
    QVarLengthArray<QByteArray, 32> utf8Texts;
    for (int i = 0; i < binds.size() && rc == SQLITE_OK; ++i) {
        const QVariant& value = binds.at(i);
        if (value.typeId() == QMetaType::QString && !value.isNull()) {
            const auto* text = static_cast<const QString*>(value.constData());
            if (text->isNull()) {
                rc = sqlite3_bind_null(stmt, i + 1);
            } else {
                utf8Texts.append(text->toUtf8());
                const QByteArray& utf8 = utf8Texts.back();
                rc = sqlite3_bind_text64(stmt, i + 1, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_STATIC,
                                         SQLITE_UTF8);
            }
        } else if (value.metaType() == QMetaType::fromType<Utf8Text>()) {
            const QByteArray& utf8 = static_cast<const Utf8Text*>(value.constData())->bytes;
            rc = sqlite3_bind_text64(stmt, i + 1, utf8.constData(), sqlite3_uint64(utf8.size()),
                                     SQLITE_STATIC, SQLITE_UTF8);
        } else {
            rc = detail::bindValue(stmt, i + 1, value);
        }
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            const auto* driver = qobject_cast<const SqlCipherDriver*>(m_db.driver());
            rc = detail::stepFailureCode(m_handle, rc, driver && driver->isKeyed());
        }
    }
    const QString details =
        rc == SQLITE_DONE || rc == SQLITE_ROW ? QString() : detail::errorText(m_handle, rc);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return {};
    return detail::statementError(
        m_db, sql, QSqlError(QString(), details, QSqlError::StatementError, QString::number(rc)));
}

}  // namespace fd::storage
