#include "security/login_state.h"

#include "common/atomic_file.h"
#include "common/clock.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace fd::security {

namespace {
// Bounds keep an attacker typing random user names from growing the file without end.
constexpr int kMaxPending = 1000;
constexpr int kMaxUsers = 500;

QDateTime parseTime(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(toIsoUtc(t)) : QJsonValue();
}
}  // namespace

LoginState LoginState::load(const QString& path, const QDateTime& now)
{
    LoginState state;
    auto contents = AtomicFile::read(path);
    if (!contents.ok())
        return state;  // no attempts yet
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(contents.value(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(QStringLiteral("version")).toInt() != 1) {
        qCWarning(lcSecurity) << "login state file is damaged; starting afresh";
        state.m_pending.push_back({QString(), now, QStringLiteral("state_damaged"), QString(), false});
        return state;
    }
    const QJsonObject root = doc.object();
    const QJsonObject users = root.value(QStringLiteral("users")).toObject();
    for (auto it = users.begin(); it != users.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        UserState u;
        for (const QJsonValue& f : o.value(QStringLiteral("failures")).toArray())
            u.failures.push_back(parseTime(f));
        u.notBefore = parseTime(o.value(QStringLiteral("notBefore")));
        u.lockedUntil = parseTime(o.value(QStringLiteral("lockedUntil")));
        state.m_users.insert(it.key(), u);
    }
    for (const QJsonValue& v : root.value(QStringLiteral("pending")).toArray()) {
        const QJsonObject o = v.toObject();
        state.m_pending.push_back({o.value(QStringLiteral("username")).toString(), parseTime(o.value(QStringLiteral("at"))),
                                   o.value(QStringLiteral("reason")).toString(),
                                   o.value(QStringLiteral("workstation")).toString(),
                                   o.value(QStringLiteral("lockout")).toBool()});
    }
    return state;
}

Status LoginState::save(const QString& path) const
{
    QJsonObject users;
    for (auto it = m_users.begin(); it != m_users.end(); ++it) {
        QJsonArray failures;
        for (const QDateTime& t : it->failures)
            failures.append(toIsoUtc(t));
        users.insert(it.key(), QJsonObject{{QStringLiteral("failures"), failures},
                                           {QStringLiteral("notBefore"), timeJson(it->notBefore)},
                                           {QStringLiteral("lockedUntil"), timeJson(it->lockedUntil)}});
    }
    QJsonArray pending;
    for (const PendingLoginEvent& e : m_pending)
        pending.append(QJsonObject{{QStringLiteral("username"), e.username},
                                   {QStringLiteral("at"), toIsoUtc(e.at)},
                                   {QStringLiteral("reason"), e.reason},
                                   {QStringLiteral("workstation"), e.workstation},
                                   {QStringLiteral("lockout"), e.lockout}});
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("users"), users},
                           {QStringLiteral("pending"), pending}};
    return AtomicFile::write(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Status LoginState::checkAllowed(const QString& username, const QDateTime& now, const SecurityPolicy&) const
{
    const auto it = m_users.constFind(username);
    if (it == m_users.constEnd())
        return {};
    if (it->lockedUntil.isValid() && now < it->lockedUntil) {
        const qint64 minutes = (now.secsTo(it->lockedUntil) + 59) / 60;
        return makeError(ErrorCode::LockedOut,
                         QCoreApplication::translate("fd::security",
                                                     "Too many failed logins: this user name is locked for "
                                                     "%n more minute(s).", nullptr, int(minutes)));
    }
    if (it->notBefore.isValid() && now < it->notBefore) {
        const qint64 secs = std::max<qint64>(1, now.secsTo(it->notBefore));
        return makeError(ErrorCode::LockedOut,
                         QCoreApplication::translate("fd::security",
                                                     "Several failed logins: try again in %n second(s).",
                                                     nullptr, int(secs)));
    }
    return {};
}

int LoginState::recentFailures(const QString& username, const QDateTime& now, const SecurityPolicy& policy) const
{
    const auto it = m_users.constFind(username);
    if (it == m_users.constEnd())
        return 0;
    const QDateTime since = now.addSecs(-policy.lockoutWindowSecs);
    return int(std::count_if(it->failures.begin(), it->failures.end(), [&](const QDateTime& t) { return t > since; }));
}

bool LoginState::recordFailure(const QString& username, const QDateTime& at, const QString& reason,
                               const QString& workstation, const SecurityPolicy& policy)
{
    if (!m_users.contains(username) && m_users.size() >= kMaxUsers)
        m_users.clear();  // only attackers reach this many names; real users' counts restart
    UserState& u = m_users[username];
    const QDateTime since = at.addSecs(-policy.lockoutWindowSecs);
    std::erase_if(u.failures, [&](const QDateTime& t) { return t <= since; });
    u.failures.push_back(at);
    if (int(m_pending.size()) < kMaxPending)
        m_pending.push_back({username, at, reason, workstation, false});

    const int n = int(u.failures.size());
    if (n >= policy.lockoutThreshold) {
        u.lockedUntil = at.addSecs(policy.lockoutSecs);
        u.failures.clear();
        u.notBefore = QDateTime();
        if (int(m_pending.size()) < kMaxPending)
            m_pending.push_back({username, at, QStringLiteral("lockout"), workstation, true});
        return true;
    }
    if (n >= policy.delayFromFailure) {
        const int shift = std::min(n - policy.delayFromFailure, 20);
        u.notBefore = at.addSecs(std::min(policy.delayMaxSecs, policy.delayBaseSecs << shift));
    }
    return false;
}

void LoginState::clearUser(const QString& username)
{
    m_users.remove(username);
}

}  // namespace fd::security
