// Real-time claim status: the 276 through the CAQH CORE endpoint, the 277 answer applied as an
// imported one (docs/ACKNOWLEDGMENTS.md).
#include "billing/core/claim_status_service.h"

#include "billing/core/billing_permissions.h"
#include "billing/core/eligibility_store.h"
#include "common/uuid.h"

namespace fd::billing {

namespace {

// The endpoint eligibility uses, as the CORE client takes it.
CoreEndpointSettings settingsOf(const EligibilityEndpoint& e)
{
    CoreEndpointSettings s;
    s.url = QUrl(e.url);
    s.envelope = e.envelope == QLatin1String("mime") ? CoreEnvelope::Mime : CoreEnvelope::Soap;
    s.senderId = e.senderId;
    s.receiverId = e.receiverId;
    s.username = e.username;
    s.password = e.password;
    s.caBundlePath = e.caBundlePath;
    s.timeoutMs = e.timeoutSeconds * 1000;
    return s;
}

}  // namespace

Result<CoreEndpointSettings> ClaimStatusService::endpoint(StatusRequestOptions& options)
{
    auto ep = EligibilityStore::endpoint(m_ctx.db.connection(), true);
    if (!ep)
        return makeError(ep.error().code,
                         tr("Real-time claim status goes to the clearinghouse's CAQH CORE endpoint: %1")
                             .arg(ep.error().message),
                         ep.error().details);
    const CoreEndpointSettings settings = settingsOf(ep.value());
    FD_TRY(settings.validate());
    options.senderId = ep->senderId;
    options.receiverId = ep->receiverId;
    options.production = ep->production;
    return settings;
}

Result<RealtimeStatus> ClaimStatusService::requestRealtime(const QStringList& claimIds, const QStringList& lines)
{
    FD_TRY(m_ctx.access->require(perm::kClaims));
    StatusRequestOptions options;
    options.lines = lines;
    auto settings = endpoint(options);
    FD_TRY(settings);
    auto batch = prepare(claimIds, options);
    FD_TRY(batch);
    {
        // Taken and kept before sending: a request that timed out may have reached the
        // clearinghouse, so its control numbers are never given out again.
        auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
        FD_TRY(tx);
        FD_TRY(number((*tx)->connection(), batch.value()));
        FD_TRY((*tx)->commit());
    }
    auto content = Claim276Writer::write(batch.value());
    FD_TRY(content);
    RealtimeStatus out;
    out.host = settings->url.host();
    for (const StatusClaim& c : batch->claims)
        out.claimNumbers << c.envelope.claim.claimNumber;
    const CoreRequest request{requestPayloadType(), responsePayloadType(), content.value(), newUuid(), m_ctx.now()};
    auto answer = CoreConnectivityClient::exchange(settings.value(), request);
    if (!answer)
        return makeError(answer.error().code,
                         tr("Real-time claim status (%1): %2 Nothing was recorded.")
                             .arg(settings->url.toString(QUrl::RemoveUserInfo), answer.error().message),
                         answer.error().details);
    // The request and its answer are recorded together: a 277 that cannot be applied leaves
    // no request behind without its status (only the control numbers above stay used).
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    auto recorded = recordRequests(**tx, batch.value(), QStringLiteral("realtime"));
    FD_TRY(recorded);
    out.request = std::move(recorded.value());
    out.request.content = std::move(content.value());
    const QString fileName =
        QStringLiteral("realtime-277-%1-%2").arg(out.host).arg(out.request.interchangeControlNumber);
    auto applied = apply277(answer->payload, fileName);
    if (!applied)
        return makeError(applied.error().code,
                         tr("The clearinghouse %1 answered the 276 (interchange %2) with a 277 that could not be "
                            "applied: %3 Nothing was recorded.")
                             .arg(out.host, QString::number(out.request.interchangeControlNumber),
                                  applied.error().message),
                         applied.error().details);
    FD_TRY((*tx)->commit());
    out.applied = std::move(applied.value());
    return out;
}

}  // namespace fd::billing
