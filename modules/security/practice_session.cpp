#include "security/practice_session.h"

#include "common/atomic_file.h"
#include "common/logging.h"
#include "security/audit_actions.h"
#include "security/keyring.h"
#include "security/permissions.h"
#include "security/session_opener.h"
#include "storage/database.h"

#include <QFile>

namespace fd::security {

struct PracticeSession::Private
{
    explicit Private(OpenedSession s) : opened(std::move(s)) {}
    OpenedSession opened;
    ServiceRegistry* registry = nullptr;
    int failedUnlocks = 0;
    QDateTime unlockBlockedUntil;

    SessionContext& context() { return *opened.context; }
    void close();
    void unregister();
};

void PracticeSession::Private::close()
{
    SessionContext& c = context();
    c.releaseDatabase();  // the last holder closes the file
    c.wipe();
}

void PracticeSession::Private::unregister()
{
    if (!registry)
        return;
    // Only what this session published: another session may have replaced it since.
    if (registry->get<IAccessControl>() == opened.access)
        registry->remove<IAccessControl>();
    if (registry->get<IAuditTrail>() == opened.audit)
        registry->remove<IAuditTrail>();
    if (registry->get<IUserService>() == opened.users)
        registry->remove<IUserService>();
    if (registry->get<storage::Database>() == context().db)
        registry->remove<storage::Database>();
    registry = nullptr;
}

PracticeFiles::PracticeFiles(QString databasePath) : database(std::move(databasePath)) {}

PracticeSession::PracticeSession(std::unique_ptr<Private> p) : d(std::move(p)) {}

PracticeSession::~PracticeSession()
{
    if (d && d->context().db) {
        // The registry may already be gone here, so it is left alone; logout() cleans it.
        AuditRecord rec;
        rec.action = audit::kLogout;
        rec.entity = QStringLiteral("user");
        rec.entityId = d->context().user.id;
        if (!d->opened.audit->record(rec).ok() || !d->opened.audit->checkpoint().ok())
            qCWarning(lcSecurity) << "session closed without its logout entry or checkpoint";
        d->close();
    }
}

Result<CreatedPractice> PracticeSession::create(const QString& databasePath, const PracticeSetup& setup)
{
    QString recoveryKey;
    auto opened = SessionOpener::create(databasePath, setup, &recoveryKey);
    if (!opened.ok())
        return opened.error();
    CreatedPractice out;
    out.session.reset(new PracticeSession(std::make_unique<Private>(std::move(opened.value()))));
    out.recoveryKey = recoveryKey;
    return out;
}

Result<std::unique_ptr<PracticeSession>> PracticeSession::login(const QString& databasePath, const QString& username,
                                                                const QString& password, const QString& totpCode)
{
    auto opened = SessionOpener::login(databasePath, username, password, totpCode);
    if (!opened.ok())
        return opened.error();
    return std::unique_ptr<PracticeSession>(new PracticeSession(std::make_unique<Private>(std::move(opened.value()))));
}

Result<std::unique_ptr<PracticeSession>> PracticeSession::recover(const QString& databasePath,
                                                                  const QString& recoveryKey)
{
    auto opened = SessionOpener::recover(databasePath, recoveryKey);
    if (!opened.ok())
        return opened.error();
    return std::unique_ptr<PracticeSession>(new PracticeSession(std::make_unique<Private>(std::move(opened.value()))));
}

storage::Database& PracticeSession::database()
{
    return *d->context().db;
}

const UserInfo& PracticeSession::user() const
{
    return d->opened.context->user;
}

QString PracticeSession::databasePath() const
{
    return d->opened.context->files.database;
}

IAccessControl& PracticeSession::access()
{
    return *d->opened.access;
}

IAuditTrail& PracticeSession::audit()
{
    return *d->opened.audit;
}

IUserService& PracticeSession::users()
{
    return *d->opened.users;
}

void PracticeSession::registerServices(ServiceRegistry& registry)
{
    registry.add<IAccessControl>(d->opened.access);
    registry.add<IAuditTrail>(d->opened.audit);
    registry.add<IUserService>(d->opened.users);
    registry.add<storage::Database>(d->context().db);
    d->registry = &registry;
}

Status PracticeSession::lock()
{
    FD_TRY(d->context().alive());
    if (d->context().locked)
        return {};
    AuditRecord rec;
    rec.action = audit::kLock;
    FD_TRY(d->opened.audit->record(rec));
    d->context().locked = true;
    return {};
}

Status PracticeSession::unlock(const QString& password, const QString& totpCode)
{
    SessionContext& c = d->context();
    FD_TRY(c.alive());
    if (!c.locked)
        return {};
    const SecurityPolicy& policy = securityPolicy();
    if (d->unlockBlockedUntil.isValid() && c.now() < d->unlockBlockedUntil)
        return makeError(ErrorCode::LockedOut, tr("Too many failed attempts: log out or wait, then try again."));
    auto keyring = c.keyring();
    if (!keyring.ok())
        return keyring.error();
    Status checked;
    if (c.recovery) {
        auto key = keyring->openWithRecoveryKey(password);
        checked = key.ok() && key->equals(c.databaseKey) ? Status() : makeError(ErrorCode::WrongPassword, tr("Wrong recovery key."));
    } else {
        const KeyringUser* entry = keyring->findUserId(c.user.id);
        auto priv = entry ? keyring->unlockPrivateKey(*entry, password)
                          : Result<SecureBytes>(makeError(ErrorCode::WrongPassword, {}));
        checked = priv.ok() ? Status() : makeError(ErrorCode::WrongPassword, tr("Wrong password."));
        if (checked.ok()) {
            bool wrongCode = false;
            checked = SessionOpener::checkSecondFactor(c, c.user.id, totpCode, &wrongCode);
            if (!checked.ok() && !wrongCode)
                return checked.error();  // SecondFactorRequired: ask for the code, count nothing
        }
    }
    AuditRecord rec;
    rec.action = audit::kUnlock;
    if (!checked.ok()) {
        rec.outcome = QStringLiteral("failure");
        FD_TRY(d->opened.audit->record(rec));
        if (++d->failedUnlocks >= policy.lockoutThreshold) {
            d->failedUnlocks = 0;
            d->unlockBlockedUntil = c.now().addSecs(policy.lockoutSecs);
        }
        return checked.error();
    }
    FD_TRY(d->opened.audit->record(rec));
    d->failedUnlocks = 0;
    c.locked = false;
    return {};
}

bool PracticeSession::isLocked() const
{
    return d->opened.context->locked;
}

Status PracticeSession::logout()
{
    SessionContext& c = d->context();
    FD_TRY(c.alive());
    AuditRecord rec;
    rec.action = audit::kLogout;
    rec.entity = QStringLiteral("user");
    rec.entityId = c.user.id;
    const Status recorded = d->opened.audit->record(rec);
    const Status checkpointed = recorded.ok() ? d->opened.audit->checkpoint() : recorded;
    d->unregister();
    d->close();
    return checkpointed;
}

Result<QString> PracticeSession::rekey()
{
    SessionContext& c = d->context();
    FD_TRY(d->opened.access->require(perm::kRekey));
    auto keyring = c.keyring();
    if (!keyring.ok())
        return keyring.error();
    SecureBytes newKey = SecureBytes::random(crypto::kKeySize);
    const QString recoveryKey = generateRecoveryKey();
    keyring->newKeyId();
    FD_TRY(keyring->rewrapAll(newKey));
    FD_TRY(keyring->setRecoveryKey(recoveryKey, newKey, securityPolicy().wrapKdf));
    const QByteArray contents = keyring->serialize(newKey);
    // The new keyring is on disk before the file is re-encrypted: a crash in between leaves a
    // pending keyring that the next login completes (docs/SECURITY.md, "Rekey").
    const QString pending = SessionOpener::pendingKeyringPath(c.files);
    FD_TRY(AtomicFile::write(pending, contents));
    const Status rekeyed = c.db->rekey(newKey);
    if (!rekeyed.ok()) {
        QFile::remove(pending);
        return rekeyed.error();
    }
    FD_TRY(AtomicFile::write(c.files.keyring(), contents));
    QFile::remove(pending);
    c.databaseKey = std::move(newKey);
    AuditRecord rec;
    rec.action = audit::kRekey;
    rec.details = QJsonObject{{QStringLiteral("keyId"), keyring->keyId()},
                              {QStringLiteral("users"), qint64(keyring->users().size())}};
    FD_TRY(d->opened.audit->record(rec));
    return recoveryKey;
}

// The keyring keeps users in the order they were wrapped; the first is the administrator
// created with the practice.
QString PracticeSession::firstAdministrator(const QString& databasePath)
{
    auto keyring = Keyring::load(PracticeFiles(databasePath).keyring());
    if (!keyring || keyring->users().empty())
        return {};
    return keyring->users().front().username;
}

}  // namespace fd::security
