#pragma once

#include "common/result.h"
#include "common/service_registry.h"
#include "security/interfaces.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace fd::storage {
class Database;
}

namespace fd::security {

// The files of one practice: X.db plus X.db.keys (wrapped keys), X.db.state (failed logins,
// lockouts) and X.db.audit-checkpoints (append-only checkpoint digests), all mode 0600.
struct PracticeFiles
{
    explicit PracticeFiles(QString databasePath);
    QString database;
    QString keyring() const { return database + QStringLiteral(".keys"); }
    QString state() const { return database + QStringLiteral(".state"); }
    QString checkpoints() const { return database + QStringLiteral(".audit-checkpoints"); }
};

struct PracticeSetup
{
    QString adminUsername;
    QString adminDisplayName;
    QString adminPassword;
};

class PracticeSession;

struct CreatedPractice
{
    std::unique_ptr<PracticeSession> session;
    QString recoveryKey;  // shown once; opens the practice when every password is lost
};

// A logged-in user's hold on an open practice: the database (its key in locked memory), the
// session's user, and the security services. Logging out or destroying it wipes the key.
class PracticeSession
{
    Q_DECLARE_TR_FUNCTIONS(fd::security::PracticeSession)

public:
    // Creates X.db, its keyring (admin wrap + recovery wrap), state and checkpoint files, the
    // security schema and the administrator. Fails if X.db exists.
    static Result<CreatedPractice> create(const QString& databasePath, const PracticeSetup& setup);
    // Password (+ TOTP code when the user has one) -> session. WrongPassword, LockedOut,
    // SecondFactorRequired, NotFound (no such practice), Corrupt (damaged keyring/database).
    // A failed attempt changes nothing but the state file.
    static Result<std::unique_ptr<PracticeSession>> login(const QString& databasePath,
                                                          const QString& username,
                                                          const QString& password,
                                                          const QString& totpCode = {});
    // The username of the practice's first administrator, read from the keyring without
    // opening the database (the CLI's default user); empty when unknown.
    static QString firstAdministrator(const QString& databasePath);
    // Opens with the recovery key as the first administrator (to reset lost passwords).
    static Result<std::unique_ptr<PracticeSession>> recover(const QString& databasePath,
                                                            const QString& recoveryKey);
    ~PracticeSession();

    storage::Database& database();
    const UserInfo& user() const;
    QString databasePath() const;
    IAccessControl& access();
    IAuditTrail& audit();
    IUserService& users();

    // Publishes IAccessControl, IAuditTrail, IUserService (and the Database) in the registry.
    void registerServices(ServiceRegistry& registry);

    // Locking keeps the database open (background work goes on); unlock needs the password
    // (and TOTP) again. Both are audited.
    Status lock();
    Status unlock(const QString& password, const QString& totpCode = {});
    bool isLocked() const;

    // Audits the logout, writes a checkpoint, closes the database and wipes the key.
    Status logout();

    // A new database key: re-encrypts the file and re-wraps for every remaining user and a new
    // recovery key (returned), so a removed user's old wrap opens nothing new.
    Result<QString> rekey();

private:
    struct Private;
    explicit PracticeSession(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

}  // namespace fd::security
