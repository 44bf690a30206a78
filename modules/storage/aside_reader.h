#pragma once

#include "common/secure_bytes.h"
#include "storage/database.h"

#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace fd::storage::detail {

// A thread of a Database's own with a read-only connection of its own to the same file (the
// same key), that runs reads handed to it while the caller goes on (Database::readAside,
// docs/STORAGE.md "Reads aside"). Qt's connections belong to the thread that made them, so
// the connection is opened, used and closed on that thread only. The first job opens it and
// the caller waits for that: should the thread or its connection not be had, every job runs
// in the caller's thread on the caller's connection instead, as if there were no reader.
//
// Not copyable; the destructor lets the queued jobs finish, stops the thread and closes its
// connection, before the owner's connection may close.
class AsideReader
{
public:
    using Job = std::function<void(QSqlDatabase)>;

    AsideReader(QString path, SecureBytes key, OpenOptions options);  // an empty key: unencrypted
    ~AsideReader();
    AsideReader(const AsideReader&) = delete;
    AsideReader& operator=(const AsideReader&) = delete;

    // Queues `job` (moved from) for the thread; false, with `job` left as it was, when the
    // thread or its connection cannot be had, so that the caller runs it itself.
    bool post(Job& job);

private:
    void run();

    const QString m_path;
    SecureBytes m_key;
    const OpenOptions m_options;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_opened;
    std::deque<Job> m_jobs;
    std::thread m_thread;
    enum class State { NotStarted, Opening, Ready, Failed } m_state = State::NotStarted;
    bool m_stop = false;
};

}  // namespace fd::storage::detail
