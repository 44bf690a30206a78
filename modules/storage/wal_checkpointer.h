#pragma once

#include "common/secure_bytes.h"

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace fd::storage::detail {

// Folds a connection's write-ahead log back into the database file on a thread of its own, so
// that a commit never waits for it (docs/STORAGE.md, "Checkpoints"). SQLite's own automatic
// checkpoint runs inside the commit that grew the log past 1,000 pages: a large commit (a
// claim build, an import) then also copied every page it wrote into the file and synced it.
//
// attach() replaces that automatic checkpoint by a hook that, after such a commit, wakes a
// thread holding its own connection to the file (opened with the same key on first use).
// It runs a PASSIVE checkpoint, which neither waits for nor blocks the writer or readers;
// the writer starts the log over once it has been folded in. Should the thread or its
// connection not be had, the hook checkpoints inline, as SQLite would have.
//
// Not copyable; detach() (or the destructor) stops the thread and closes its connection
// before the owner's connection may close, so that the owner's close remains the last one
// and removes the log.
class WalCheckpointer
{
public:
    // Log pages after a commit that wake the thread: SQLite's own default threshold.
    static constexpr int kFramesPerCheckpoint = 1000;

    WalCheckpointer(QString path, SecureBytes key);  // an empty key: an unencrypted file
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Turns off `owner`'s automatic checkpoint and installs the hook.
    void attach(sqlite3* owner);
    // Removes the hook and restores `owner`'s automatic checkpoint, after stopping the
    // thread; pending work is done first. Idempotent.
    void detach();

    // Checkpoints requested and completed by the thread (for tests).
    int completed() const;
    // Blocks until the thread has no request pending (for tests and for detach()).
    void drain();

private:
    static int onCommit(void* self, sqlite3* db, const char* schema, int frames);
    void request(sqlite3* committing);
    void run();
    bool openOwn();

    const QString m_path;
    SecureBytes m_key;
    sqlite3* m_owner = nullptr;
    sqlite3* m_own = nullptr;  // used by the thread only
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::thread m_thread;
    bool m_requested = false;
    bool m_busy = false;
    bool m_stop = false;
    bool m_failed = false;  // the thread or its connection could not be had: inline
    int m_completed = 0;
};

}  // namespace fd::storage::detail
