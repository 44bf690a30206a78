#include "billing/core/clearinghouse_settings.h"

#include <QDir>
#include <QRegularExpression>

namespace fd::billing {

namespace {

Error wrong(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

// X12 ids (ISA06/ISA08) are at most 15 characters of the basic character set.
bool validX12Id(const QString& id)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9 ]{1,15}$"));
    return form.match(id).hasMatch();
}

}  // namespace

QString deliveryModeId(DeliveryMode mode)
{
    return mode == DeliveryMode::Folder ? QStringLiteral("folder") : QStringLiteral("sftp");
}

QString sftpAuthId(SftpAuth auth)
{
    return auth == SftpAuth::PrivateKey ? QStringLiteral("key") : QStringLiteral("password");
}

QString normalizedFingerprint(const QString& text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        t = t.mid(7);
    while (t.endsWith(QLatin1Char('=')))
        t.chop(1);
    // 32 bytes are 43 base64 characters without padding.
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9+/]{43}$"));
    if (!form.match(t).hasMatch())
        return {};
    return QStringLiteral("SHA256:") + t;
}

Status ClearinghouseSettings::validate() const
{
    if (mode == DeliveryMode::Folder) {
        if (outboxDir.trimmed().isEmpty() || !QDir::isAbsolutePath(outboxDir))
            return wrong(tr("The outbox folder must be an absolute path."), QStringLiteral("outbox"));
    } else {
        static const QRegularExpression hostForm(QStringLiteral("^[A-Za-z0-9.:\\-\\[\\]]{1,253}$"));
        if (!hostForm.match(host).hasMatch())
            return wrong(tr("The SFTP host \"%1\" is not a host name or address.").arg(host), QStringLiteral("host"));
        if (port < 1 || port > 65535)
            return wrong(tr("The SFTP port %1 is not between 1 and 65535.").arg(port), QStringLiteral("port"));
        if (username.trimmed().isEmpty() || username.contains(QLatin1Char('@')))
            return wrong(tr("The SFTP user name is missing or contains @."), QStringLiteral("user"));
        if (normalizedFingerprint(hostKeySha256).isEmpty())
            return wrong(tr("The server's host key must be pinned as a SHA256 fingerprint (SHA256: and 43 "
                            "base64 characters, as ssh-keygen -lf prints it)."),
                         QStringLiteral("host-key"));
        if (uploadDir.trimmed().isEmpty())
            return wrong(tr("The remote upload directory is missing."), QStringLiteral("upload-dir"));
        if (connectTimeoutSeconds < 1 || connectTimeoutSeconds > 600)
            return wrong(tr("The connect timeout must be 1 to 600 seconds."), QStringLiteral("connect-timeout"));
        if (transferTimeoutSeconds < 1 || transferTimeoutSeconds > 3600)
            return wrong(tr("The transfer timeout must be 1 to 3600 seconds."), QStringLiteral("transfer-timeout"));
    }
    if (!submitterId.isEmpty() && !validX12Id(submitterId))
        return wrong(tr("The submitter id must be 1 to 15 letters, digits or spaces."), QStringLiteral("sender"));
    if (!validX12Id(receiverId))
        return wrong(tr("The receiver id must be 1 to 15 letters, digits or spaces."), QStringLiteral("receiver"));
    if (receiverName.trimmed().isEmpty())
        return wrong(tr("The receiver name is missing."), QStringLiteral("receiver-name"));
    if (payerIdSet.trimmed().isEmpty())
        return wrong(tr("The payer id set is missing."), QStringLiteral("payer-ids"));
    return {};
}

QString ClearinghouseSettings::destination() const
{
    if (mode == DeliveryMode::Folder)
        return outboxDir;
    return QStringLiteral("sftp://%1@%2:%3/%4").arg(username, host).arg(port).arg(uploadDir);
}

QJsonObject ClearinghouseSettings::toJson() const
{
    return {{QStringLiteral("mode"), deliveryModeId(mode)},
            {QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("user"), username},
            {QStringLiteral("auth"), sftpAuthId(auth)},
            {QStringLiteral("host_key_sha256"), hostKeySha256},
            {QStringLiteral("upload_dir"), uploadDir},
            {QStringLiteral("ack_dir"), ackDir},
            {QStringLiteral("connect_timeout_s"), connectTimeoutSeconds},
            {QStringLiteral("transfer_timeout_s"), transferTimeoutSeconds},
            {QStringLiteral("outbox_dir"), outboxDir},
            {QStringLiteral("submitter_id"), submitterId},
            {QStringLiteral("receiver_id"), receiverId},
            {QStringLiteral("receiver_name"), receiverName},
            {QStringLiteral("payer_id_set"), payerIdSet},
            {QStringLiteral("production"), production}};
}

Result<ClearinghouseSettings> ClearinghouseSettings::fromJson(const QJsonObject& json)
{
    ClearinghouseSettings s;
    s.configured = true;
    const QString mode = json.value(QStringLiteral("mode")).toString();
    if (mode != QLatin1String("sftp") && mode != QLatin1String("folder"))
        return wrong(tr("The stored delivery mode \"%1\" is neither sftp nor folder.").arg(mode), QStringLiteral("mode"));
    s.mode = mode == QLatin1String("folder") ? DeliveryMode::Folder : DeliveryMode::Sftp;
    s.host = json.value(QStringLiteral("host")).toString();
    s.port = json.value(QStringLiteral("port")).toInt(22);
    s.username = json.value(QStringLiteral("user")).toString();
    s.auth = json.value(QStringLiteral("auth")).toString() == QLatin1String("key") ? SftpAuth::PrivateKey
                                                                                  : SftpAuth::Password;
    s.hostKeySha256 = json.value(QStringLiteral("host_key_sha256")).toString();
    s.uploadDir = json.value(QStringLiteral("upload_dir")).toString();
    s.ackDir = json.value(QStringLiteral("ack_dir")).toString();
    s.connectTimeoutSeconds = json.value(QStringLiteral("connect_timeout_s")).toInt(20);
    s.transferTimeoutSeconds = json.value(QStringLiteral("transfer_timeout_s")).toInt(120);
    s.outboxDir = json.value(QStringLiteral("outbox_dir")).toString();
    s.submitterId = json.value(QStringLiteral("submitter_id")).toString();
    s.receiverId = json.value(QStringLiteral("receiver_id")).toString();
    s.receiverName = json.value(QStringLiteral("receiver_name")).toString();
    s.payerIdSet = json.value(QStringLiteral("payer_id_set")).toString();
    s.production = json.value(QStringLiteral("production")).toBool(true);
    return s;
}

}  // namespace fd::billing
