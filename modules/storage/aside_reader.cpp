#include "storage/aside_reader.h"

#include "common/logging.h"
#include "storage/database_private.h"

#include <QSqlError>

#include <system_error>

namespace fd::storage::detail {

AsideReader::AsideReader(QString path, SecureBytes key, OpenOptions options)
    : m_path(std::move(path)), m_key(std::move(key)), m_options(options)
{
}

AsideReader::~AsideReader()
{
    {
        std::unique_lock lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool AsideReader::post(Job& job)
{
    std::unique_lock lock(m_mutex);
    if (m_state == State::NotStarted) {
        m_state = State::Opening;
        try {
            m_thread = std::thread([this] { run(); });
        } catch (const std::system_error&) {
            m_state = State::Failed;
        }
    }
    m_opened.wait(lock, [this] { return m_state != State::Opening; });
    if (m_state == State::Failed || m_stop)
        return false;
    m_jobs.push_back(std::move(job));
    lock.unlock();
    m_wake.notify_one();
    return true;
}

void AsideReader::run()
{
    std::unique_ptr<Connection> connection;
    {
        // Not the full page check of open(): the owner's open has done it.
        OpenOptions options = m_options;
        options.fullCheckMaxBytes = 0;
        QString cipherVersion;
        auto opened = openConnection(m_path, m_key.isEmpty() ? nullptr : &m_key,
                                     m_key.isEmpty() ? OpenKind::Unencrypted : OpenKind::Existing, options,
                                     &cipherVersion);
        // Reads only: a job that tried to write would fail instead of writing outside the
        // owner's transactions.
        if (opened)
            if (auto readOnly = exec(opened.value()->db(), QStringLiteral("PRAGMA query_only = ON")); !readOnly)
                opened = readOnly.error();
        std::unique_lock lock(m_mutex);
        if (opened) {
            connection = std::move(opened.value());
            m_state = State::Ready;
        } else {
            // The error names the file and SQLite's reason, never data.
            qCWarning(lcStorage) << "reads aside run in the caller's thread:" << opened.error().toString();
            m_state = State::Failed;
        }
    }
    m_opened.notify_all();
    if (!connection)
        return;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_jobs.empty())
                break;  // stopped with nothing queued
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job(connection->db());
    }
    connection.reset();  // closed on the thread that opened it
}

}  // namespace fd::storage::detail
