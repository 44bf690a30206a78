// ClearinghouseService: the practice's clearinghouse settings and secrets in the encrypted
// database, the connection check, and acknowledgment files fetched by SFTP.
#include "billing/core/clearinghouse_service.h"

#include "billing/core/billing_permissions.h"
#include "billing/core/fetched_ack_service.h"
#include "common/uuid.h"
#include "security/audit_actions.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>

#include <memory>

namespace fd::billing {

namespace {

const QString kPassword = QStringLiteral("password");
const QString kPrivateKey = QStringLiteral("private_key");
const QString kPassphrase = QStringLiteral("key_passphrase");
const QString kTable = QStringLiteral("billing_clearinghouse");
const QString kAckFiles = QStringLiteral("billing_ack_files");

SecureBytes secretFrom(const QVariant& value)
{
    QByteArray bytes = value.toByteArray();
    SecureBytes secret = SecureBytes::fromByteArray(bytes);
    wipeBytes(bytes);
    return secret;
}

QByteArray bytesOf(const SecureBytes& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
}

QVariant blob(const QByteArray& b)
{
    return b.isEmpty() ? QVariant() : QVariant(b);
}

AckFile ackFrom(const QSqlQuery& q)
{
    AckFile f;
    f.id = q.value(0).toString();
    f.remoteDir = q.value(1).toString();
    f.name = q.value(2).toString();
    f.fetchedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    f.content = q.value(4).toByteArray();
    return f;
}

}  // namespace

Result<StoredClearinghouse> ClearinghouseService::loadStored()
{
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT settings, password, private_key, key_passphrase, row_version "
                                          "FROM billing_clearinghouse WHERE id = 'practice'"));
    FD_TRY(q);
    StoredClearinghouse stored;
    if (!q->next())
        return stored;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q->value(0).toByteArray(), &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::Corrupt,
                         tr("The stored clearinghouse settings are not JSON: %1").arg(parseError.errorString()));
    auto settings = ClearinghouseSettings::fromJson(doc.object());
    if (!settings)
        return makeError(ErrorCode::Corrupt,
                         tr("The stored clearinghouse settings are invalid: %1").arg(settings.error().message));
    stored.settings = std::move(settings.value());
    stored.secrets.password = secretFrom(q->value(1));
    stored.secrets.privateKey = secretFrom(q->value(2));
    stored.secrets.keyPassphrase = secretFrom(q->value(3));
    stored.rowVersion = q->value(4).toLongLong();
    return stored;
}

Result<StoredClearinghouse> ClearinghouseService::load()
{
    auto stored = loadStored();
    FD_TRY(stored);
    if (!stored->settings.configured)
        return makeError(ErrorCode::NotFound,
                         tr("No clearinghouse is set up: save its settings first (frontdeskctl clearinghouse set)."));
    FD_TRY(stored->settings.validate());
    if (stored->settings.mode == DeliveryMode::Sftp) {
        const bool key = stored->settings.auth == SftpAuth::PrivateKey;
        if (key ? stored->secrets.privateKey.isEmpty() : stored->secrets.password.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             key ? tr("The clearinghouse login needs a private key and none is stored.")
                                 : tr("The clearinghouse login needs a password and none is stored."),
                             key ? kPrivateKey : kPassword);
    }
    return stored;
}

SftpEndpoint ClearinghouseService::endpointOf(const StoredClearinghouse& stored)
{
    const ClearinghouseSettings& s = stored.settings;
    SftpEndpoint e;
    e.host = s.host;
    e.port = s.port;
    e.username = s.username;
    e.usePrivateKey = s.auth == SftpAuth::PrivateKey;
    e.password = stored.secrets.password.clone();
    e.privateKey = stored.secrets.privateKey.clone();
    e.keyPassphrase = stored.secrets.keyPassphrase.clone();
    e.pinnedHostKey = s.hostKeySha256;
    e.connectTimeoutSeconds = s.connectTimeoutSeconds;
    e.transferTimeoutSeconds = s.transferTimeoutSeconds;
    return e;
}

Result<ClearinghouseSettings> ClearinghouseService::settings()
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto stored = loadStored();
    FD_TRY(stored);
    return std::move(stored->settings);
}

Result<QStringList> ClearinghouseService::secretsSet()
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto stored = loadStored();
    FD_TRY(stored);
    QStringList set;
    if (!stored->secrets.password.isEmpty())
        set << kPassword;
    if (!stored->secrets.privateKey.isEmpty())
        set << kPrivateKey;
    if (!stored->secrets.keyPassphrase.isEmpty())
        set << kPassphrase;
    return set;
}

Status ClearinghouseService::saveSettings(const ClearinghouseSettings& given, ClearinghouseSecrets secrets,
                                          const QStringList& clearSecrets)
{
    FD_TRY(m_ctx.access->require(perm::kSubmit));
    for (const QString& name : clearSecrets)
        if (name != kPassword && name != kPrivateKey && name != kPassphrase)
            return invalidInput(tr("Clearinghouse settings: there is no secret called \"%1\" (%2, %3 or %4).")
                                    .arg(name, kPassword, kPrivateKey, kPassphrase),
                                QStringLiteral("clear-secret"));
    ClearinghouseSettings settings = given;
    settings.hostKeySha256 = normalizedFingerprint(settings.hostKeySha256);
    FD_TRY(settings.validate());
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    auto prior = loadStored();
    FD_TRY(prior);
    // A secret not given keeps the stored one; which ones change is audited, never values.
    QJsonArray secretsChanged;
    auto choose = [&](SecureBytes& wanted, SecureBytes& stored, const QString& name) {
        if (clearSecrets.contains(name)) {
            if (!stored.isEmpty())
                secretsChanged.append(name);
            wanted = SecureBytes();
        } else if (wanted.isEmpty()) {
            wanted = std::move(stored);
        } else if (!wanted.equals(stored)) {
            secretsChanged.append(name);
        }
    };
    choose(secrets.password, prior->secrets.password, kPassword);
    choose(secrets.privateKey, prior->secrets.privateKey, kPrivateKey);
    choose(secrets.keyPassphrase, prior->secrets.keyPassphrase, kPassphrase);
    const QJsonObject before = prior->settings.configured ? prior->settings.toJson() : QJsonObject();
    const QJsonObject after = settings.toJson();
    QByteArray password = bytesOf(secrets.password);
    QByteArray key = bytesOf(secrets.privateKey);
    QByteArray passphrase = bytesOf(secrets.keyPassphrase);
    auto written = storage::exec(
        (*tx)->connection(),
        QStringLiteral("INSERT INTO billing_clearinghouse (id, settings, password, private_key, key_passphrase, "
                       "row_version, updated_at, updated_by) VALUES ('practice', ?, ?, ?, ?, 1, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET settings = excluded.settings, password = excluded.password, "
                       "private_key = excluded.private_key, key_passphrase = excluded.key_passphrase, "
                       "row_version = billing_clearinghouse.row_version + 1, updated_at = excluded.updated_at, "
                       "updated_by = excluded.updated_by"),
        {QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)), blob(password), blob(key),
         blob(passphrase), toIsoUtc(m_ctx.now()), m_ctx.userId()});
    wipeBytes(password);
    wipeBytes(key);
    wipeBytes(passphrase);
    FD_TRY(written);
    QJsonObject details{{QStringLiteral("after"), after}, {QStringLiteral("secrets_changed"), secretsChanged}};
    if (!before.isEmpty())
        details.insert(QStringLiteral("before"), before);
    FD_TRY(auditChange(m_ctx, prior->settings.configured ? security::audit::kUpdate : security::audit::kCreate, {},
                       kTable, QStringLiteral("practice"), details));
    return (*tx)->commit();
}

Result<ConnectionReport> ClearinghouseService::test()
{
    auto probe = prepareTest();
    FD_TRY(probe);
    return (*probe)();
}

Result<ConnectionProbe> ClearinghouseService::prepareTest()
{
    FD_TRY(m_ctx.access->require(perm::kSubmit));
    auto loaded = load();
    FD_TRY(loaded);
    // The probe owns its copy of the settings and secrets (wiped when the probe goes) and
    // never reaches the database, whose connection belongs to this thread.
    auto stored = std::make_shared<const StoredClearinghouse>(std::move(loaded.value()));
    if (stored->settings.mode == DeliveryMode::Folder)
        return ConnectionProbe([stored] { return probeFolder(stored->settings); });
    return ConnectionProbe([stored]() -> Result<ConnectionReport> {
        SftpListJob job(endpointOf(*stored), stored->settings.uploadDir);
        auto listed = job.run();
        FD_TRY(listed);
        ConnectionReport report;
        report.destination = stored->settings.destination();
        report.hostKeyFingerprint = job.hostKeyFingerprint();
        for (const RemoteEntry& e : listed.value())
            report.uploadDirEntries << e.name;
        return report;
    });
}

Result<ConnectionReport> ClearinghouseService::probeFolder(const ClearinghouseSettings& settings)
{
    ConnectionReport report;
    report.destination = settings.destination();
    const QString dir = settings.outboxDir;
    if (!QFileInfo(dir).isDir())
        return makeError(ErrorCode::NotFound, tr("The outbox folder %1 does not exist.").arg(dir));
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".probe-XXXXXX")));
    if (!probe.open())
        return makeError(ErrorCode::Io, tr("The outbox folder %1 cannot be written: %2").arg(dir, probe.errorString()));
    for (const QString& name : QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name))
        report.uploadDirEntries << name;
    return report;
}

Result<std::vector<AckFile>> ClearinghouseService::fetchAcknowledgments()
{
    // Part of importing acknowledgments (acks import --fetch): the import's permission decides.
    FD_TRY(m_ctx.access->require(perm::kClaims));
    auto stored = load();
    FD_TRY(stored);
    const ClearinghouseSettings& s = stored->settings;
    if (s.mode != DeliveryMode::Sftp || s.ackDir.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Acknowledgments are fetched by SFTP from the acknowledgment directory, which is not "
                            "set."),
                         QStringLiteral("ack-dir"));
    const QSqlDatabase db = m_ctx.db.connection();
    // What was fetched before is never fetched (or imported) again.
    auto isKnown = [&](const RemoteEntry& e) {
        auto q = storage::exec(db,
                               QStringLiteral("SELECT 1 FROM billing_ack_files WHERE remote_dir = ? AND file_name = ? "
                                              "AND size = ? AND mtime = ?"),
                               {s.ackDir, e.name, e.size, e.mtime});
        return !q || q->next();  // a failed lookup skips the file rather than fetch it twice
    };
    SftpFetchJob job(endpointOf(stored.value()), s.ackDir, isKnown);
    auto fetched = job.run();
    FD_TRY(fetched);
    std::vector<AckFile> out;
    FD_TRY(storeFetched(s.ackDir, fetched.value(), out));
    return out;
}

Status ClearinghouseService::storeFetched(const QString& dir, const std::vector<FetchedFile>& files,
                                          std::vector<AckFile>& out)
{
    if (files.empty())
        return {};
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    const QString now = toIsoUtc(m_ctx.now());
    QJsonArray names;
    for (const FetchedFile& f : files) {
        AckFile a{newUuid(), dir, f.entry.name, m_ctx.now(), f.content};
        FD_TRY(storage::exec((*tx)->connection(),
                             QStringLiteral("INSERT INTO billing_ack_files (id, remote_dir, file_name, size, mtime, "
                                            "content, fetched_at, fetched_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {a.id, dir, a.name, f.entry.size, f.entry.mtime, f.content, now, m_ctx.userId()}));
        names.append(a.name);
        out.push_back(std::move(a));
    }
    FD_TRY(auditChange(m_ctx, security::audit::kCreate, {}, kAckFiles, {},
                       {{QStringLiteral("remote_dir"), dir}, {QStringLiteral("files"), names}}));
    return (*tx)->commit();
}

Result<std::vector<AckFile>> ClearinghouseService::pendingAcknowledgments()
{
    FD_TRY(m_ctx.access->require(perm::kView));
    // What the import of fetched files would take: a file set aside is not pending.
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral(
            "SELECT id, remote_dir, file_name, fetched_at, content FROM billing_ack_files f "
            "WHERE imported_at = '' AND %1 ORDER BY fetched_at, file_name")
            .arg(FetchedAckService::notSetAside()));
    FD_TRY(q);
    std::vector<AckFile> out;
    while (q->next())
        out.push_back(ackFrom(q.value()));
    return out;
}

}  // namespace fd::billing
