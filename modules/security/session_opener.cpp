#include "security/session_opener.h"

#include "common/atomic_file.h"
#include "common/clock.h"
#include "common/logging.h"
#include "common/uuid.h"
#include "security/audit_actions.h"
#include "security/login_state.h"
#include "security/password_policy.h"
#include "security/security_migrations.h"
#include "security/security_permissions.h"
#include "security/totp.h"
#include "security/user_store.h"
#include "storage/database.h"
#include "storage/synced_rows.h"

#include <QFile>
#include <QJsonDocument>
#include <QSysInfo>

namespace fd::security {

namespace {
using Durability = storage::Database::Durability;
const QString kRecoveryName = QStringLiteral("#recovery");  // state-file name of recovery attempts

QString workstationName()
{
    return QSysInfo::machineHostName();
}

// A failed attempt: counted in the state file (the only thing that changes).
Error fail(const PracticeFiles& files, LoginState& state, const QString& username, const QString& reason)
{
    const SecurityPolicy& policy = securityPolicy();
    const bool locked = state.recordFailure(username, policy.clock->nowUtc(), reason, workstationName(), policy);
    const Status saved = state.save(files.state());
    if (!saved.ok())
        qCWarning(lcSecurity) << "cannot write the login state file:" << saved.error().toString();
    if (locked)
        return makeError(ErrorCode::LockedOut, SessionOpener::tr("Too many failed logins: this user name is locked for a while."));
    if (reason == QStringLiteral("wrong_second_factor"))
        return makeError(ErrorCode::WrongPassword, SessionOpener::tr("Wrong second-factor code."));
    if (reason == QStringLiteral("inactive"))
        return makeError(ErrorCode::PermissionDenied, SessionOpener::tr("This account is disabled."));
    if (username == kRecoveryName)
        return makeError(ErrorCode::WrongPassword, SessionOpener::tr("Wrong recovery key."));
    return makeError(ErrorCode::WrongPassword, SessionOpener::tr("Wrong password or unknown user name."));
}

Result<SecureBytes> loadAuditKey(storage::Database& db, bool create)
{
    QSqlDatabase conn = db.connection();
    if (create) {
        const QByteArray fresh = crypto::randomBytes(crypto::kKeySize);
        auto ins = storage::exec(conn, QStringLiteral("INSERT OR IGNORE INTO security_secrets (name, value) VALUES (?, ?)"),
                                 {QStringLiteral("audit_key"), fresh});
        if (!ins.ok())
            return ins.error();
    }
    auto q = storage::exec(conn, QStringLiteral("SELECT value FROM security_secrets WHERE name = 'audit_key'"));
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Corrupt, SessionOpener::tr("The practice database has no audit key"));
    QByteArray raw = q->value(0).toByteArray();
    SecureBytes key = SecureBytes::fromByteArray(raw);
    wipeBytes(raw);
    return key;
}

// Builds the context and services around an open database and makes them ready to log in.
Result<OpenedSession> assemble(const PracticeFiles& files, std::shared_ptr<storage::Database> db,
                               SecureBytes databaseKey, const UserInfo& user, bool recovery)
{
    declareSecurityPermissions();
    OpenedSession s;
    s.context = std::make_shared<SessionContext>(files.database);
    s.context->db = std::move(db);
    s.context->databaseKey = std::move(databaseKey);
    s.context->user = user;
    s.context->workstation = workstationName();
    s.context->recovery = recovery;
    auto auditKey = loadAuditKey(*s.context->db, false);
    if (!auditKey.ok())
        return auditKey.error();
    s.context->auditKey = std::move(auditKey.value());
    FD_TRY(s.context->loadOverrides());
    s.audit = std::make_shared<AuditTrail>(s.context);
    s.access = std::make_shared<AccessControl>(s.context, s.audit);
    s.users = std::make_shared<UserService>(s.context, s.access, s.audit);
    FD_TRY(s.audit->loadCheckpointState());
    return s;
}

Status migrateSchema(storage::Database& db)
{
    return db.migrate({storage::storageMigrations(), securityMigrations()});
}

// The database key that opens the file: the keyring's, or, after a rekey interrupted between
// re-encrypting the database and replacing the keyring, the pending keyring's (then promoted).
struct OpenedDatabase
{
    std::shared_ptr<storage::Database> db;
    SecureBytes key;
    Keyring keyring;
};

Result<OpenedDatabase> openDatabase(const PracticeFiles& files, Keyring keyring, SecureBytes key,
                                    const std::function<Result<SecureBytes>(const Keyring&)>& unwrapPending)
{
    auto db = storage::Database::open(files.database, key);
    const QString pendingPath = SessionOpener::pendingKeyringPath(files);
    if (!db.ok() && db.error().code == ErrorCode::WrongPassword && QFile::exists(pendingPath)) {
        auto pending = Keyring::load(pendingPath);
        if (pending.ok()) {
            auto pendingKey = unwrapPending(pending.value());
            if (pendingKey.ok()) {
                auto retry = storage::Database::open(files.database, pendingKey.value());
                if (retry.ok() && pending->verifyMac(pendingKey.value(), pendingPath).ok()) {
                    qCInfo(lcSecurity) << "completing an interrupted rekey";
                    FD_TRY(pending->save(files.keyring(), pendingKey.value()));
                    QFile::remove(pendingPath);
                    return OpenedDatabase{std::move(retry.value()), std::move(pendingKey.value()), pending.value()};
                }
            }
        }
    }
    if (!db.ok()) {
        if (db.error().code == ErrorCode::WrongPassword)
            return makeError(ErrorCode::Corrupt,
                             SessionOpener::tr("The keyring %1 does not match the database %2").arg(files.keyring(), files.database));
        return db.error();
    }
    FD_TRY(keyring.verifyMac(key, files.keyring()));
    return OpenedDatabase{std::move(db.value()), std::move(key), std::move(keyring)};
}

AuditRow pendingRow(QSqlDatabase conn, const PendingLoginEvent& e, const QDateTime& now)
{
    AuditRow row;
    row.at = toIsoUtc(now);
    auto user = e.username.startsWith(QLatin1Char('#')) ? Result<UserInfo>(Error{}) : UserStore::find(conn, e.username);
    row.userId = user.ok() ? user->id : QString();
    row.username = e.username;
    row.role = user.ok() ? roleId(user->role) : QString();
    row.workstation = e.workstation;
    row.action = e.lockout ? audit::kLockout : audit::kLoginFailed;
    row.outcome = QStringLiteral("failure");
    const QJsonObject details{{QStringLiteral("attemptedAt"), toIsoUtc(e.at)}, {QStringLiteral("reason"), e.reason}};
    row.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return row;
}

// Copies the state file's pending failures into the trail, then audits the login, in one
// Durability::Full transaction; the state file is cleared only after it committed.
Status recordLogin(OpenedSession& s, LoginState& state, const QString& stateName)
{
    SessionContext& c = *s.context;
    auto tx = c.db->begin(Durability::Full);
    if (!tx.ok())
        return tx.error();
    QSqlDatabase conn = c.db->connection();
    for (const PendingLoginEvent& e : state.pending())
        FD_TRY(s.audit->append(pendingRow(conn, e, c.now())));
    c.user.lastLoginAt = c.now();
    FD_TRY(UserStore::setLastLogin(conn, c.user.id, c.user.lastLoginAt));
    AuditRecord login;
    login.action = audit::kLogin;
    login.entity = QStringLiteral("user");
    login.entityId = c.user.id;
    if (c.recovery)
        login.details = QJsonObject{{QStringLiteral("recovery"), true}};
    FD_TRY(s.audit->record(login));
    FD_TRY(tx.value()->commit());
    state.clearPending();
    state.clearUser(stateName);
    const Status saved = state.save(c.files.state());
    if (!saved.ok())
        qCWarning(lcSecurity) << "cannot clear the login state file:" << saved.error().toString();
    return {};
}

Error practiceMissing(const PracticeFiles& files)
{
    return makeError(ErrorCode::NotFound, SessionOpener::tr("There is no practice database at %1").arg(files.database));
}

void removePracticeFiles(const PracticeFiles& files)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(files.database + suffix);
    QFile::remove(files.keyring());
    QFile::remove(files.state());
    QFile::remove(files.checkpoints());
}

Result<OpenedSession> createFiles(const PracticeFiles& files, const UserInfo& admin, const PracticeSetup& setup,
                                  const QString& recoveryKey)
{
    const SecurityPolicy& policy = securityPolicy();
    SecureBytes key = SecureBytes::random(crypto::kKeySize);
    auto created = storage::Database::create(files.database, key);
    if (!created.ok())
        return created.error();
    std::shared_ptr<storage::Database> db = std::move(created.value());
    FD_TRY(migrateSchema(*db));
    auto auditKey = loadAuditKey(*db, true);
    if (!auditKey.ok())
        return auditKey.error();
    Keyring keyring;
    keyring.newKeyId();
    FD_TRY(keyring.setUser(admin.id, admin.username, setup.adminPassword, key, policy.wrapKdf));
    FD_TRY(keyring.setRecoveryKey(recoveryKey, key, policy.wrapKdf));
    auto hash = PasswordPolicy::hash(setup.adminPassword, policy.historyKdf);
    if (!hash.ok())
        return hash.error();
    FD_TRY(UserStore::insert(db->connection(), admin));
    FD_TRY(UserStore::addPasswordHash(db->connection(), admin.id, hash.value(), admin.createdAt, policy.passwordHistory));
    FD_TRY(keyring.save(files.keyring(), key));
    FD_TRY(LoginState().save(files.state()));
    FD_TRY(AtomicFile::append(files.checkpoints(), QByteArray()));
    return assemble(files, db, std::move(key), admin, false);
}
}  // namespace

Result<OpenedSession> SessionOpener::create(const QString& databasePath, const PracticeSetup& setup,
                                            QString* recoveryKey)
{
    const PracticeFiles files(databasePath);
    if (QFile::exists(files.database) || QFile::exists(files.keyring()))
        return makeError(ErrorCode::Conflict, tr("A practice already exists at %1").arg(files.database));
    auto username = UserService::normalizeUsername(setup.adminUsername);
    if (!username.ok())
        return username.error();
    FD_TRY(PasswordPolicy::check(username.value(), setup.adminPassword, securityPolicy()));
    UserInfo admin;
    admin.id = newUuid();
    admin.username = username.value();
    admin.displayName = setup.adminDisplayName.trimmed().isEmpty() ? admin.username : setup.adminDisplayName.trimmed();
    admin.role = Role::Administrator;
    admin.createdAt = securityPolicy().clock->nowUtc();
    *recoveryKey = generateRecoveryKey();
    auto session = createFiles(files, admin, setup, *recoveryKey);
    if (!session.ok()) {
        removePracticeFiles(files);
        return session.error();
    }
    AuditRecord created;
    created.action = audit::kCreate;
    created.entity = QStringLiteral("practice");
    created.details = QJsonObject{{QStringLiteral("administrator"), admin.username}};
    LoginState none;
    FD_TRY(session->audit->record(created));
    FD_TRY(recordLogin(session.value(), none, admin.username));
    return session;
}

QString SessionOpener::pendingKeyringPath(const PracticeFiles& files)
{
    return files.keyring() + QStringLiteral(".pending");
}

Status SessionOpener::checkSecondFactor(SessionContext& context, const QString& userId, const QString& code,
                                        bool* wrong)
{
    *wrong = false;
    auto t = UserStore::totp(context.db->connection(), userId);
    if (!t.ok())
        return t.error();
    if (t->secret.isEmpty())
        return {};
    if (code.trimmed().isEmpty())
        return makeError(ErrorCode::SecondFactorRequired, tr("Enter the code from your authenticator app."));
    const auto step = Totp::matchStep(t->secret, code, context.now());
    if (!step || *step <= t->lastStep) {
        *wrong = true;  // wrong, or replayed within its 30 seconds
        return makeError(ErrorCode::WrongPassword, tr("Wrong second-factor code."));
    }
    return UserStore::setTotp(context.db->connection(), userId, {t->secret, t->pending, *step});
}

Result<OpenedSession> SessionOpener::login(const QString& databasePath, const QString& rawUsername,
                                           const QString& password, const QString& totpCode)
{
    const PracticeFiles files(databasePath);
    if (!QFile::exists(files.database))
        return practiceMissing(files);
    const QString username = rawUsername.trimmed().toLower();
    const SecurityPolicy& policy = securityPolicy();
    LoginState state = LoginState::load(files.state(), policy.clock->nowUtc());
    FD_TRY(state.checkAllowed(username, policy.clock->nowUtc(), policy));
    auto keyring = Keyring::load(files.keyring());
    if (!keyring.ok())
        return keyring.error();
    const KeyringUser* entry = keyring->findUsername(username);
    if (!entry)
        return fail(files, state, username, QStringLiteral("unknown_user"));
    auto priv = keyring->unlockPrivateKey(*entry, password);
    if (!priv.ok()) {
        if (priv.error().code == ErrorCode::WrongPassword)
            return fail(files, state, username, QStringLiteral("wrong_password"));
        return priv.error();
    }
    auto key = keyring->databaseKey(*entry, priv.value());
    if (!key.ok())
        return key.error();
    const QString userId = entry->userId;
    auto opened = openDatabase(files, keyring.value(), std::move(key.value()), [&](const Keyring& pending) {
        const KeyringUser* e = pending.findUserId(userId);
        return e ? pending.databaseKey(*e, priv.value()) : Result<SecureBytes>(makeError(ErrorCode::NotFound, {}));
    });
    if (!opened.ok())
        return opened.error();
    FD_TRY(migrateSchema(*opened->db));
    auto user = UserStore::find(opened->db->connection(), userId);
    if (!user.ok())
        return makeError(ErrorCode::Corrupt, tr("The keyring names a user the database does not know"));
    if (!user->active)
        return fail(files, state, username, QStringLiteral("inactive"));
    auto session = assemble(files, opened->db, std::move(opened->key), user.value(), false);
    if (!session.ok())
        return session.error();
    bool wrongCode = false;
    const Status second = checkSecondFactor(*session->context, userId, totpCode, &wrongCode);
    if (!second.ok()) {
        session->context->releaseDatabase();
        session->context->wipe();
        return wrongCode ? fail(files, state, username, QStringLiteral("wrong_second_factor")) : second.error();
    }
    FD_TRY(recordLogin(session.value(), state, username));
    return session;
}

Result<OpenedSession> SessionOpener::recover(const QString& databasePath, const QString& recoveryKey)
{
    const PracticeFiles files(databasePath);
    if (!QFile::exists(files.database))
        return practiceMissing(files);
    const SecurityPolicy& policy = securityPolicy();
    LoginState state = LoginState::load(files.state(), policy.clock->nowUtc());
    FD_TRY(state.checkAllowed(kRecoveryName, policy.clock->nowUtc(), policy));
    auto keyring = Keyring::load(files.keyring());
    if (!keyring.ok())
        return keyring.error();
    auto key = keyring->openWithRecoveryKey(recoveryKey);
    if (!key.ok()) {
        if (key.error().code == ErrorCode::WrongPassword)
            return fail(files, state, kRecoveryName, QStringLiteral("wrong_recovery_key"));
        return key.error();
    }
    auto opened = openDatabase(files, keyring.value(), std::move(key.value()),
                               [&](const Keyring& pending) { return pending.openWithRecoveryKey(recoveryKey); });
    if (!opened.ok())
        return opened.error();
    FD_TRY(migrateSchema(*opened->db));
    const auto admin = UserStore::firstActiveAdministrator(opened->db->connection());
    if (!admin)
        return makeError(ErrorCode::NotFound, tr("The practice has no active administrator to recover as."));
    auto session = assemble(files, opened->db, std::move(opened->key), *admin, true);
    if (!session.ok())
        return session.error();
    FD_TRY(recordLogin(session.value(), state, kRecoveryName));
    return session;
}

}  // namespace fd::security
