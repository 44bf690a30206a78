// Fetched acknowledgment files set aside and taken back (docs/ACKNOWLEDGMENTS.md).
#include "billing/core/fetched_ack_service.h"

#include "billing/core/billing_permissions.h"
#include "common/uuid.h"
#include "security/audit_actions.h"

#include <algorithm>

namespace fd::billing {

namespace {

const QString kAckFiles = QStringLiteral("billing_ack_files");

QDateTime instant(const QVariant& v)
{
    const QString text = v.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString day(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

}  // namespace

QString FetchedAck::state() const
{
    if (imported())
        return QStringLiteral("imported");
    return setAside() ? QStringLiteral("set_aside") : QStringLiteral("pending");
}

QString FetchedAckService::notSetAside()
{
    return QStringLiteral(
        "NOT EXISTS (SELECT 1 FROM billing_ack_file_set_asides s WHERE s.ack_file_id = f.id AND "
        "s.taken_back_at = '')");
}

Result<std::vector<FetchedAck>> FetchedAckService::load(const QString& where,
                                                        const QVariantList& binds)
{
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral(
            "SELECT f.id, f.remote_dir, f.file_name, f.size, f.fetched_at, f.imported_at, "
            "s.reason, s.set_aside_by, s.set_aside_by_name, s.set_aside_at FROM "
            "billing_ack_files f LEFT JOIN billing_ack_file_set_asides s ON "
            "s.ack_file_id = f.id AND s.taken_back_at = '' WHERE %1 "
            "ORDER BY f.fetched_at, f.file_name, f.id")
            .arg(where),
        binds);
    FD_TRY(q);
    std::vector<FetchedAck> out;
    while (q->next()) {
        FetchedAck a;
        a.id = q->value(0).toString();
        a.remoteDir = q->value(1).toString();
        a.name = q->value(2).toString();
        a.size = q->value(3).toLongLong();
        a.fetchedAt = instant(q->value(4));
        a.importedAt = instant(q->value(5));
        a.setAsideReason = q->value(6).toString();
        a.setAsideBy = q->value(7).toString();
        a.setAsideByName = q->value(8).toString();
        a.setAsideAt = instant(q->value(9));
        out.push_back(std::move(a));
    }
    return out;
}

Result<std::vector<FetchedAck>> FetchedAckService::list(bool all)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    return load(all ? QStringLiteral("1 = 1") : QStringLiteral("f.imported_at = ''"), {});
}

Result<FetchedAck> FetchedAckService::find(const QString& file, const Unfit& unfit)
{
    const QString name = file.trimmed();
    if (name.isEmpty())
        return invalidInput(tr("Name the fetched acknowledgment file (its name or id)."),
                            QStringLiteral("file"));
    auto found = load(QStringLiteral("f.id = ? OR f.file_name = ?"), {name, name});
    FD_TRY(found);
    if (found->empty())
        return makeError(ErrorCode::NotFound,
                         tr("No acknowledgment file %1 was fetched from the clearinghouse (acks "
                            "fetched --all lists "
                            "those that were).")
                             .arg(name),
                         QStringLiteral("file"));
    auto byId = std::find_if(found->begin(), found->end(),
                             [&](const FetchedAck& a) { return a.id == name; });
    if (byId != found->end()) {
        Error why = unfit(*byId);
        if (!why.message.isEmpty())
            return why;
        return *byId;
    }
    std::vector<FetchedAck> fitting;
    for (const FetchedAck& a : found.value())
        if (unfit(a).message.isEmpty())
            fitting.push_back(a);
    if (fitting.empty())
        return unfit(found->back());
    if (fitting.size() > 1) {
        QStringList ids;
        for (const FetchedAck& a : fitting)
            ids << QStringLiteral("%1 (fetched %2)").arg(a.id, day(a.fetchedAt));
        return invalidInput(tr("%1 names %2 fetched files; give the id of one: %3.")
                                .arg(name)
                                .arg(fitting.size())
                                .arg(ids.join(QStringLiteral(", "))),
                            QStringLiteral("file"));
    }
    return fitting.front();
}

Result<FetchedAck> FetchedAckService::reload(const QString& id)
{
    auto again = load(QStringLiteral("f.id = ?"), {id});
    FD_TRY(again);
    if (again->empty())
        return makeError(ErrorCode::NotFound,
                         tr("The fetched acknowledgment file %1 is gone.").arg(id));
    return again->front();
}

Result<FetchedAck> FetchedAckService::setAside(const QString& file, const QString& reason)
{
    FD_TRY(m_ctx.access->require(perm::kClaims));
    if (reason.trimmed().isEmpty())
        return invalidInput(tr("Give the reason the file is set aside."), QStringLiteral("reason"));
    auto target = find(file, [](const FetchedAck& a) {
        if (a.imported())
            return makeError(
                ErrorCode::InvalidInput,
                tr("%1 was imported on %2; only a file that is not imported can be set aside.")
                    .arg(a.name, day(a.importedAt)),
                QStringLiteral("file"));
        if (a.setAside())
            return makeError(
                ErrorCode::Conflict,
                tr("%1 was set aside on %2 by %3: %4")
                    .arg(a.name, day(a.setAsideAt), a.setAsideByName, a.setAsideReason),
                QStringLiteral("file"));
        return Error{};
    });
    FD_TRY(target);
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    FD_TRY(storage::exec(
        (*tx)->connection(),
        QStringLiteral("INSERT INTO billing_ack_file_set_asides (id, ack_file_id, reason, "
                       "set_aside_at, set_aside_by, set_aside_by_name) VALUES (?, ?, ?, ?, ?, ?)"),
        {newUuid(), target->id, reason.trimmed(), toIsoUtc(m_ctx.now()), m_ctx.userId(),
         m_ctx.access->currentUser().username}));
    FD_TRY(auditChange(m_ctx, security::audit::kUpdate, {}, kAckFiles, target->id,
                       {{QStringLiteral("step"), QStringLiteral("set_aside")},
                        {QStringLiteral("file_name"), target->name},
                        {QStringLiteral("reason"), reason.trimmed()}}));
    FD_TRY((*tx)->commit());
    return reload(target->id);
}

Result<FetchedAck> FetchedAckService::takeBack(const QString& file, const QString& note)
{
    FD_TRY(m_ctx.access->require(perm::kClaims));
    auto target = find(file, [](const FetchedAck& a) {
        if (!a.setAside())
            return makeError(
                ErrorCode::InvalidInput,
                tr("%1 is not set aside (it is %2).")
                    .arg(a.name, a.imported() ? tr("imported") : tr("waiting for the import")),
                QStringLiteral("file"));
        return Error{};
    });
    FD_TRY(target);
    // No note is an empty one: a null QString would be bound as NULL.
    QString trimmedNote = note.trimmed();
    if (trimmedNote.isNull())
        trimmedNote = QStringLiteral("");
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    auto taken = storage::exec(
        (*tx)->connection(),
        QStringLiteral("UPDATE billing_ack_file_set_asides SET taken_back_at = ?, "
                       "taken_back_by = ?, taken_back_note = ? WHERE ack_file_id = ? AND "
                       "taken_back_at = ''"),
        {toIsoUtc(m_ctx.now()), m_ctx.userId(), trimmedNote, target->id});
    FD_TRY(taken);
    if (taken->numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("%1 was taken back by someone else meanwhile.").arg(target->name));
    FD_TRY(auditChange(m_ctx, security::audit::kUpdate, {}, kAckFiles, target->id,
                       {{QStringLiteral("step"), QStringLiteral("taken_back")},
                        {QStringLiteral("file_name"), target->name},
                        {QStringLiteral("set_aside_reason"), target->setAsideReason},
                        {QStringLiteral("note"), trimmedNote}}));
    FD_TRY((*tx)->commit());
    return reload(target->id);
}

}  // namespace fd::billing
