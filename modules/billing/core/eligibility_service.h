#pragma once

#include "billing/core/billing_context.h"
#include "billing/core/core_connectivity_client.h"
#include "billing/core/eligibility.h"
#include "billing/core/eligibility_270_writer.h"
#include "calendar/core/insurance_check.h"
#include "common/service_registry.h"

namespace fd::billing {

// The eligibility schema: migration set "billing_eligibility".
storage::MigrationSet eligibilityMigrations();

// Publishes IEligibilityService and calendar::IInsuranceCheck (one object). Runs from
// billing::registerServices.
void registerEligibility(ServiceRegistry& registry, const BillingContext& ctx);

// The check-in dialog's view of eligibility (calendar never links billing).
class InsuranceCheck final : public calendar::IInsuranceCheck
{
public:
    explicit InsuranceCheck(std::shared_ptr<IEligibilityService> service) : m_service(std::move(service)) {}
    Result<calendar::InsuranceCheckSummary> latest(const QString& coverageId) override;
    Result<calendar::InsuranceCheckSummary> checkNow(const QString& coverageId) override;

private:
    std::shared_ptr<IEligibilityService> m_service;
};

// Checks coverages with the payer: a 270 per coverage (real time through the CAQH CORE
// endpoint, or as a file), the 271 read into benefits, each check stored and audited; the
// batch for a day's appointments and the verification list the front desk works.
// Everything needs billing.eligibility; the endpoint needs billing.setup.
class EligibilityService final : public IEligibilityService
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::EligibilityService)

public:
    explicit EligibilityService(BillingContext context) : m_ctx(std::move(context)) {}

    Result<EligibilityCheck> checkNow(const QString& coverageId, const QStringList& serviceTypes = {}) override;
    Result<EligibilityCheck> write270(const QString& coverageId, const QStringList& serviceTypes = {}) override;
    Result<std::vector<EligibilityCheck>> import271(const QByteArray& content) override;
    Result<std::optional<EligibilityCheck>> latest(const QString& coverageId) override;
    Result<std::vector<EligibilityCheck>> history(const QString& coverageId) override;
    Result<BatchResult> runBatch(const BatchOptions& options) override;
    Result<std::vector<VerificationItem>> verificationList(const QDate& day) override;
    Result<VerificationItem> markVerified(const QString& itemId, qint64 rowVersion, const QString& note) override;
    Result<EligibilityEndpoint> endpoint() override;
    Status setEndpoint(const EligibilityEndpoint& endpoint) override;

    static calendar::InsuranceCheckSummary summaryOf(const QString& coverageId, const std::optional<EligibilityCheck>& check);
    // The office-visit service types the summary's copay is read from.
    static QStringList officeVisitTypes() { return {QStringLiteral("98"), QStringLiteral("30")}; }

private:
    // A check not yet stored: the 270 written with control numbers allocated (and committed).
    Result<EligibilityCheck> prepare(const QString& coverageId, const QStringList& serviceTypes, CheckChannel channel,
                                     const QDate& serviceDate);
    Result<Eligibility270Request> requestFor(const patients::Coverage& coverage, const practice::Payer& payer,
                                             const QDate& serviceDate);
    Result<EligibilityCheck> store(EligibilityCheck check);
    Result<EligibilityCheck> checkOn(const QString& coverageId, const QStringList& serviceTypes, const QDate& day);
    Status upsertItem(const VerificationItem& item);
    // The patients' names as the registry gives them now (one audited read), not a copy.
    void nameItems(std::vector<VerificationItem>& items) const;

    BillingContext m_ctx;
};

}  // namespace fd::billing
