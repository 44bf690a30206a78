#pragma once

#include "billing/core/billing_context.h"
#include "billing/core/fetched_acks.h"

#include <QCoreApplication>

#include <functional>

namespace fd::billing {

// IFetchedAcks over billing_ack_files and billing_ack_file_set_asides (migration set
// "billing_submission"). Both tables stay on the workstation that fetched the files.
class FetchedAckService final : public IFetchedAcks
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::FetchedAckService)

public:
    explicit FetchedAckService(BillingContext context) : m_ctx(std::move(context)) {}

    Result<std::vector<FetchedAck>> list(bool all) override;
    Result<FetchedAck> setAside(const QString& file, const QString& reason) override;
    Result<FetchedAck> takeBack(const QString& file, const QString& note) override;

    // SQL condition on billing_ack_files (as `f`): the file is not set aside now. The import
    // of fetched files takes only those.
    static QString notSetAside();

private:
    // Why a file cannot take the step; empty when it can.
    using Unfit = std::function<Error(const FetchedAck&)>;
    Result<std::vector<FetchedAck>> load(const QString& where, const QVariantList& binds);
    // The one fetched file `file` names (its id, or its name among those `unfit` accepts).
    Result<FetchedAck> find(const QString& file, const Unfit& unfit);
    Result<FetchedAck> reload(const QString& id);

    BillingContext m_ctx;
};

}  // namespace fd::billing
