#include "storage/wal_checkpointer.h"

#include "common/logging.h"
#include "storage/sqlite_values.h"

#include <sqlite3.h>

#include <system_error>

namespace fd::storage::detail {

WalCheckpointer::WalCheckpointer(QString path, SecureBytes key) : m_path(std::move(path)), m_key(std::move(key))
{
}

WalCheckpointer::~WalCheckpointer()
{
    detach();
}

void WalCheckpointer::attach(sqlite3* owner)
{
    m_owner = owner;
    // sqlite3_wal_autocheckpoint() is itself a wal hook: installing ours replaces it.
    sqlite3_wal_hook(owner, &WalCheckpointer::onCommit, this);
}

void WalCheckpointer::detach()
{
    {
        std::unique_lock lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (m_own) {
        sqlite3_close(m_own);
        m_own = nullptr;
    }
    if (m_owner) {
        sqlite3_wal_autocheckpoint(m_owner, kFramesPerCheckpoint);
        m_owner = nullptr;
    }
}

int WalCheckpointer::completed() const
{
    std::unique_lock lock(m_mutex);
    return m_completed;
}

void WalCheckpointer::drain()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return (!m_requested && !m_busy) || m_failed || !m_thread.joinable(); });
}

int WalCheckpointer::onCommit(void* self, sqlite3* db, const char* /*schema*/, int frames)
{
    if (frames >= kFramesPerCheckpoint)
        static_cast<WalCheckpointer*>(self)->request(db);
    return SQLITE_OK;
}

void WalCheckpointer::request(sqlite3* committing)
{
    {
        std::unique_lock lock(m_mutex);
        if (!m_failed && !m_stop) {
            if (!m_thread.joinable()) {
                try {
                    m_thread = std::thread([this] { run(); });
                } catch (const std::system_error&) {
                    m_failed = true;
                }
            }
            if (!m_failed) {
                m_requested = true;
                lock.unlock();
                m_wake.notify_one();
                return;
            }
        }
    }
    // What SQLite's automatic checkpoint does, in the committing thread.
    sqlite3_wal_checkpoint_v2(committing, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

bool WalCheckpointer::openOwn()
{
    int rc = sqlite3_open_v2(m_path.toUtf8().constData(), &m_own,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc == SQLITE_OK && !m_key.isEmpty())
        rc = applyRawKey(m_own, m_key, false);
    // The log is synced before the pages are copied and the file after them.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(m_own, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    // Reads the schema, which proves the key before any checkpoint.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(m_own, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return true;
    qCWarning(lcStorage) << "checkpoints run in the committing thread:" << errorText(m_own, rc);
    sqlite3_close(m_own);
    m_own = nullptr;
    return false;
}

void WalCheckpointer::run()
{
    const bool opened = openOwn();
    std::unique_lock lock(m_mutex);
    if (!opened) {
        m_failed = true;
        m_requested = false;
        m_idle.notify_all();
        return;
    }
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stop; });
        if (!m_requested)
            break;  // stopped with nothing pending
        m_requested = false;
        m_busy = true;
        lock.unlock();
        const int rc = sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcStorage) << "a checkpoint failed:" << errorText(m_own, rc);
        lock.lock();
        m_busy = false;
        ++m_completed;
        m_idle.notify_all();
    }
    m_idle.notify_all();
}

}  // namespace fd::storage::detail
