#pragma once

#include "common/result.h"
#include "common/secure_bytes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace fd::billing {

// How batches reach the clearinghouse: uploaded by SFTP, or saved in an outbox folder that
// something else (the clearinghouse's own client, a mounted share) takes them from.
enum class DeliveryMode { Sftp, Folder };
enum class SftpAuth { Password, PrivateKey };

// One practice's clearinghouse settings, kept in the encrypted practice database. The
// secrets are apart (ClearinghouseSecrets) and never in toJson().
struct ClearinghouseSettings
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ClearinghouseSettings)

public:
    bool configured = false;  // false until saved once
    DeliveryMode mode = DeliveryMode::Sftp;
    QString host;
    int port = 22;
    QString username;
    SftpAuth auth = SftpAuth::Password;
    // The server's host key as `ssh-keygen -lf` prints it: "SHA256:" and unpadded base64.
    QString hostKeySha256;
    QString uploadDir = QStringLiteral(".");
    QString ackDir;  // empty: acknowledgments are not fetched
    int connectTimeoutSeconds = 20;
    int transferTimeoutSeconds = 120;
    QString outboxDir;  // folder mode
    // How the batch is addressed (ISA/GS, 1000A/1000B) and which payer ids 2010BB uses.
    QString submitterId;  // empty: the practice's NPI
    QString receiverId = QStringLiteral("CLEARINGHOUSE");
    QString receiverName = QStringLiteral("CLEARINGHOUSE");
    QString payerIdSet = QStringLiteral("default");
    bool production = true;

    // Names the first wrong field.
    Status validate() const;
    // "sftp://user@host:port/dir" or the folder; never a secret.
    QString destination() const;
    QJsonObject toJson() const;
    static Result<ClearinghouseSettings> fromJson(const QJsonObject& json);
};

// The password, or the private key (OpenSSH or PEM text) and its passphrase.
struct ClearinghouseSecrets
{
    SecureBytes password;
    SecureBytes privateKey;
    SecureBytes keyPassphrase;

    ClearinghouseSecrets clone() const { return {password.clone(), privateKey.clone(), keyPassphrase.clone()}; }
};

QString deliveryModeId(DeliveryMode mode);  // "sftp", "folder"
QString sftpAuthId(SftpAuth auth);          // "password", "key"

// "SHA256:abc..." from what people paste: with or without the prefix, base64 padding
// dropped; empty when it is not a SHA256 fingerprint.
QString normalizedFingerprint(const QString& text);

}  // namespace fd::billing
