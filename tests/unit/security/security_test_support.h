#pragma once

#include "common/clock.h"
#include "security/practice_session.h"
#include "security/security_policy.h"
#include "storage/database.h"

#include <QString>

#include <memory>

namespace fd::security::test {

inline const QString kAdminPassword = QStringLiteral("correct horse battery");
inline const QDateTime kStart = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

// Test-only policy: a cheap Argon2id (1 MiB, t=1) and a pinned clock, restored afterwards.
// Wraps keep the cost they were made with, so the login code path is the real one; a few
// tests run with RealKdf to prove the production cost works end to end.
class TestPolicy
{
public:
    explicit TestPolicy(bool realKdf = false)
        : m_saved(securityPolicy()), m_clock(std::make_shared<FixedClock>(kStart))
    {
        SecurityPolicy p = m_saved;
        if (!realKdf) {
            p.wrapKdf = {1024, 1, 1};
            p.historyKdf = {1024, 1, 1};
        }
        p.clock = m_clock;
        setSecurityPolicy(p);
    }
    ~TestPolicy() { setSecurityPolicy(m_saved); }
    TestPolicy(const TestPolicy&) = delete;
    TestPolicy& operator=(const TestPolicy&) = delete;

    FixedClock& clock() { return *m_clock; }
    void update(const std::function<void(SecurityPolicy&)>& change)
    {
        SecurityPolicy p = securityPolicy();
        change(p);
        setSecurityPolicy(p);
    }

private:
    SecurityPolicy m_saved;
    std::shared_ptr<FixedClock> m_clock;
};

inline std::unique_ptr<PracticeSession> createPractice(const QString& path, QString* recoveryKey = nullptr)
{
    auto created = PracticeSession::create(path, {QStringLiteral("admin"), QStringLiteral("Ada Admin"), kAdminPassword});
    if (!created.ok())
        qFatal("cannot create the practice: %s", qPrintable(created.error().toString()));
    if (recoveryKey)
        *recoveryKey = created->recoveryKey;
    return std::move(created->session);
}

// The raw database as an attacker holding the key sees it (below the security API).
std::unique_ptr<storage::Database> openRaw(const QString& path, const QString& username, const QString& password);
QByteArray fileBytes(const QString& path);

}  // namespace fd::security::test
