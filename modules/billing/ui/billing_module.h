#pragma once

#include "billing/core/ack_service.h"
#include "billing/core/eligibility.h"
#include "billing/core/submission.h"
#include "billing/ui/billing_services.h"
#include "shell/module.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace fd::billing::ui {

class BatchesDock;
class BillingEvents;
class ClaimsDock;
class EligibilityPanel;
class RejectionsDock;
class UnbilledDock;
class VerificationDock;

// The Billing workbench: the Unbilled charges, Claims and Batch history docks, and the
// Rejections and Verification docks when the acknowledgment and eligibility services are
// published, tabbed together in the group "fd.billing", and their actions. The billing core
// publishes the services itself (app::startCores).
class BillingModule final : public shell::IModule
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ui::BillingModule)

public:
    static const QString kUnbilledDock;  // "fd.billing.unbilled"
    static const QString kClaimsDock;    // "fd.billing.claims"
    static const QString kBatchesDock;   // "fd.billing.batches"
    static const QString kRejectionsDock;    // "fd.billing.rejections"
    static const QString kVerificationDock;  // "fd.billing.verification"
    static const QString kTabGroup;      // "fd.frontoffice", with the accounts and scheduling docks

    BillingModule();
    ~BillingModule() override;

    QString id() const override;
    QString displayName() const override;
    QIcon icon() const override;
    QStringList permissions() const override;

    Status initialize(ServiceRegistry& registry) override;
    Status allModulesInitialized(ServiceRegistry& registry) override;

    std::vector<shell::DockSpec> docks() override;
    std::vector<shell::ActionSpec> actions() override;
    // Clearinghouse (billing.submit) and Real-time eligibility (billing.setup), each only for
    // a user holding its permission.
    std::vector<shell::SettingsPage*> createSettingsPages(QWidget* parent) override;

    UnbilledDock* unbilledDock() const;
    ClaimsDock* claimsDock() const;
    BatchesDock* batchesDock() const;
    RejectionsDock* rejectionsDock() const;  // null without the acknowledgment services
    VerificationDock* verificationDock() const;  // null without the eligibility service

private:
    std::vector<shell::ActionSpec> claimActions();
    std::vector<shell::DockSpec> laterDocks();
    // The patient record's Eligibility tab, for users holding billing.eligibility.
    EligibilityPanel* createEligibilityPanel(QWidget* parent);

    BillingServices m_services;
    std::shared_ptr<BillingNames> m_names;
    std::unique_ptr<BillingEvents> m_events;  // the docks tell each other of changes
    QPointer<UnbilledDock> m_unbilled;
    QPointer<ClaimsDock> m_claims;
    QPointer<BatchesDock> m_batches;
    std::shared_ptr<IRejectionQueue> m_rejections;       // optional
    std::shared_ptr<IEligibilityService> m_eligibility;  // optional
    std::shared_ptr<IClearinghouse> m_clearinghouse;     // optional
    std::shared_ptr<patients::ICoverageService> m_coverages;
    QPointer<RejectionsDock> m_rejectionsDock;
    QPointer<VerificationDock> m_verificationDock;
};

}  // namespace fd::billing::ui
