#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace fd::billing {

// An acknowledgment file fetched by SFTP (billing_ack_files) and where it stands: waiting for
// the import, imported, or set aside by a biller because it keeps failing to import.
struct FetchedAck
{
    QString id;
    QString remoteDir;
    QString name;
    qint64 size = 0;
    QDateTime fetchedAt;
    QDateTime importedAt;  // invalid: not imported
    // While set aside: why, who (user id and login name) and when; empty otherwise.
    QString setAsideReason;
    QString setAsideBy;
    QString setAsideByName;
    QDateTime setAsideAt;

    bool imported() const { return importedAt.isValid(); }
    bool setAside() const { return setAsideAt.isValid(); }
    QString state() const;  // "imported", "set_aside" or "pending"
};

// Setting aside a fetched acknowledgment file that keeps failing to import, and taking it back
// (docs/ACKNOWLEDGMENTS.md). A file set aside is skipped by the import of fetched files (acks
// import --fetch/--fetched) until it is taken back; its bytes stay where the fetch kept them.
// Both steps are recorded with who and when, and audited. Listing needs billing.view, the
// changes billing.claims. A file is named by its id or, when no other fetched file that fits
// has the same name, by its file name.
class IFetchedAcks
{
public:
    virtual ~IFetchedAcks() = default;
    // Fetched files not imported (waiting or set aside), oldest first; with `all`, every one.
    virtual Result<std::vector<FetchedAck>> list(bool all = false) = 0;
    // Refused for a file never fetched (NotFound), one imported, one already set aside, or
    // without a reason.
    virtual Result<FetchedAck> setAside(const QString& file, const QString& reason) = 0;
    // The file is tried again by the next import. Refused for a file that is not set aside.
    virtual Result<FetchedAck> takeBack(const QString& file, const QString& note) = 0;
};

}  // namespace fd::billing
