#include "billing/ui/billing_module.h"

#include "billing/core/billing_permissions.h"
#include "billing/ui/batches_dock.h"
#include "billing/ui/billing_events.h"
#include "billing/ui/claims_dock.h"
#include "billing/ui/clearinghouse_settings_page.h"
#include "billing/ui/eligibility_panel.h"
#include "billing/ui/endpoint_settings_page.h"
#include "billing/ui/rejections_dock.h"
#include "billing/ui/unbilled_dock.h"
#include "billing/ui/verification_dock.h"
#include "shell/icons.h"

namespace fd::billing::ui {

const QString BillingModule::kUnbilledDock = QStringLiteral("fd.billing.unbilled");
const QString BillingModule::kClaimsDock = QStringLiteral("fd.billing.claims");
const QString BillingModule::kBatchesDock = QStringLiteral("fd.billing.batches");
const QString BillingModule::kRejectionsDock = QStringLiteral("fd.billing.rejections");
const QString BillingModule::kVerificationDock = QStringLiteral("fd.billing.verification");
// Tabs beside the accounts and the scheduling docks: a group of its own in the same dock area
// would stack under them and the window would no longer fit 1280x800.
const QString BillingModule::kTabGroup = QStringLiteral("fd.frontoffice");

BillingModule::BillingModule() : m_events(std::make_unique<BillingEvents>()) {}
BillingModule::~BillingModule() = default;

UnbilledDock* BillingModule::unbilledDock() const
{
    return m_unbilled.data();
}

ClaimsDock* BillingModule::claimsDock() const
{
    return m_claims.data();
}

BatchesDock* BillingModule::batchesDock() const
{
    return m_batches.data();
}

RejectionsDock* BillingModule::rejectionsDock() const
{
    return m_rejectionsDock.data();
}

VerificationDock* BillingModule::verificationDock() const
{
    return m_verificationDock.data();
}

QString BillingModule::id() const
{
    return QStringLiteral("fd.billing");
}

QString BillingModule::displayName() const
{
    return tr("&Billing");
}

QIcon BillingModule::icon() const
{
    return shell::icon(QStringLiteral("export"));
}

QStringList BillingModule::permissions() const
{
    return {perm::kView};
}

Status BillingModule::initialize(ServiceRegistry& registry)
{
    // The patient record shows eligibility through this hook; patients never links billing.
    registry.append<patients::ui::IPatientRecordTabs>(std::make_shared<EligibilityRecordTabs>(
        [this](QWidget* parent) { return createEligibilityPanel(parent); }));
    return {};
}

Status BillingModule::allModulesInitialized(ServiceRegistry& registry)
{
    m_services = BillingServices::from(registry);
    if (!m_services.complete())
        return makeError(ErrorCode::Unavailable, tr("The billing services are not available"));
    m_names = std::make_shared<BillingNames>(m_services);
    m_rejections = registry.get<IRejectionQueue>();
    m_eligibility = registry.get<IEligibilityService>();
    m_clearinghouse = registry.get<IClearinghouse>();
    m_coverages = registry.get<patients::ICoverageService>();
    return {};
}

EligibilityPanel* BillingModule::createEligibilityPanel(QWidget* parent)
{
    if (!m_eligibility || !m_coverages || !m_names || !m_services.can(perm::kEligibility))
        return nullptr;
    return new EligibilityPanel(m_services, m_eligibility, m_coverages, m_names, parent);
}

std::vector<shell::SettingsPage*> BillingModule::createSettingsPages(QWidget* parent)
{
    std::vector<shell::SettingsPage*> pages;
    if (m_clearinghouse && m_services.can(perm::kSubmit))
        pages.push_back(new ClearinghouseSettingsPage(m_clearinghouse, parent));
    if (m_eligibility && m_services.can(perm::kSetup))
        pages.push_back(new EndpointSettingsPage(m_eligibility, parent));
    return pages;
}

std::vector<shell::DockSpec> BillingModule::docks()
{
    auto spec = [this](const QString& objectName, const QString& title, int width) {
        shell::DockSpec dock;
        dock.objectName = objectName;
        dock.title = title;
        dock.icon = icon();
        dock.permission = perm::kView;
        dock.area = Qt::RightDockWidgetArea;
        dock.tabGroup = kTabGroup;  // the three start as tabs of one dock
        dock.preferredWidth = width;
        return dock;
    };
    shell::DockSpec claims = spec(kClaimsDock, tr("Claims"), 900);
    claims.create = [this](QWidget* parent) {
        return m_claims = new ClaimsDock(m_services, m_names, m_events.get(), parent);
    };
    shell::DockSpec unbilled = spec(kUnbilledDock, tr("Unbilled charges"), 900);
    unbilled.create = [this](QWidget* parent) {
        return m_unbilled = new UnbilledDock(m_services, m_names, m_events.get(), parent);
    };
    shell::DockSpec batches = spec(kBatchesDock, tr("Batch history"), 760);
    batches.create = [this](QWidget* parent) {
        return m_batches = new BatchesDock(m_services, m_names, m_events.get(), parent);
    };
    std::vector<shell::DockSpec> all{claims, unbilled, batches};
    for (shell::DockSpec& later : laterDocks())
        all.push_back(std::move(later));
    return all;
}

std::vector<shell::DockSpec> BillingModule::laterDocks()
{
    std::vector<shell::DockSpec> out;
    if (m_rejections) {
        shell::DockSpec dock;
        dock.objectName = kRejectionsDock;
        dock.title = tr("Rejections");
        dock.icon = icon();
        dock.permission = perm::kView;
        dock.area = Qt::RightDockWidgetArea;
        dock.tabGroup = kTabGroup;
        dock.preferredWidth = 900;
        dock.create = [this](QWidget* parent) {
            return m_rejectionsDock = new RejectionsDock(m_services, m_rejections, m_names, m_events.get(), parent);
        };
        out.push_back(std::move(dock));
    }
    if (m_eligibility) {
        shell::DockSpec dock;
        dock.objectName = kVerificationDock;
        dock.title = tr("Insurance verification");
        dock.icon = icon();
        dock.permission = perm::kEligibility;
        dock.area = Qt::RightDockWidgetArea;
        dock.tabGroup = kTabGroup;
        dock.preferredWidth = 900;
        dock.create = [this](QWidget* parent) {
            return m_verificationDock = new VerificationDock(m_services, m_eligibility, parent);
        };
        out.push_back(std::move(dock));
    }
    return out;
}

std::vector<shell::ActionSpec> BillingModule::actions()
{
    shell::ActionSpec showClaims;
    showClaims.id = QStringLiteral("fd.billing.showClaims");
    showClaims.text = tr("&Claims");
    showClaims.icon = icon();
    showClaims.shortcut = QKeySequence(tr("Ctrl+Shift+B"));
    showClaims.showsDock = kClaimsDock;
    showClaims.permission = perm::kView;
    showClaims.trigger = [this] {
        if (m_claims)
            m_claims->refresh();
    };

    shell::ActionSpec showUnbilled;
    showUnbilled.id = QStringLiteral("fd.billing.showUnbilled");
    showUnbilled.text = tr("&Unbilled Charges");
    showUnbilled.shortcut = QKeySequence(tr("Ctrl+Shift+U"));
    showUnbilled.showsDock = kUnbilledDock;
    showUnbilled.permission = perm::kView;
    showUnbilled.trigger = [this] {
        if (m_unbilled)
            m_unbilled->refresh();
    };

    shell::ActionSpec showBatches;
    showBatches.id = QStringLiteral("fd.billing.showBatches");
    showBatches.text = tr("Batch &History");
    showBatches.showsDock = kBatchesDock;
    showBatches.permission = perm::kView;
    showBatches.trigger = [this] {
        if (m_batches)
            m_batches->refresh();
    };

    shell::ActionSpec enter;
    enter.id = QStringLiteral("fd.billing.enterCharges");
    enter.text = tr("&Enter Charges…");
    enter.shortcut = QKeySequence(tr("Ctrl+Shift+E"));
    enter.permission = perm::kCharges;
    enter.trigger = [this] {
        if (m_unbilled)
            m_unbilled->openChargeEntry();
        else if (m_claims)
            m_claims->openChargeEntry();
    };

    shell::ActionSpec build;
    build.id = QStringLiteral("fd.billing.buildClaims");
    build.text = tr("&Build Claims…");
    build.context = kUnbilledDock;
    build.permission = perm::kClaims;
    build.trigger = [this] {
        if (m_unbilled)
            m_unbilled->buildClaims();
    };

    shell::ActionSpec create;
    create.id = QStringLiteral("fd.billing.createClaim");
    create.text = tr("Create Claim from &Selected");
    create.context = kUnbilledDock;
    create.permission = perm::kClaims;
    create.trigger = [this] {
        if (m_unbilled)
            m_unbilled->createClaimFromSelected();
    };

    std::vector<shell::ActionSpec> all{showClaims, showUnbilled, showBatches, enter, build, create};
    if (m_rejections) {
        shell::ActionSpec show;
        show.id = QStringLiteral("fd.billing.showRejections");
        show.text = tr("&Rejections");
        show.showsDock = kRejectionsDock;
        show.permission = perm::kView;
        show.trigger = [this] {
            if (m_rejectionsDock)
                m_rejectionsDock->refresh();
        };
        all.push_back(std::move(show));
    }
    if (m_eligibility) {
        shell::ActionSpec show;
        show.id = QStringLiteral("fd.billing.showVerification");
        show.text = tr("Insurance &Verification");
        show.showsDock = kVerificationDock;
        show.permission = perm::kEligibility;
        show.trigger = [this] {
            if (m_verificationDock)
                m_verificationDock->refresh();
        };
        all.push_back(std::move(show));
    }
    for (shell::ActionSpec& spec : claimActions())
        all.push_back(std::move(spec));
    return all;
}

std::vector<shell::ActionSpec> BillingModule::claimActions()
{
    auto action = [this](const char* id, const QString& text, const QString& permission,
                         std::function<void(ClaimsDock&)> run) {
        shell::ActionSpec spec;
        spec.id = QString::fromLatin1(id);
        spec.text = text;
        spec.context = kClaimsDock;
        spec.permission = permission;
        spec.trigger = [this, run = std::move(run)] {
            if (m_claims)
                run(*m_claims);
        };
        return spec;
    };
    shell::ActionSpec ready = action("fd.billing.markReady", tr("Mark Claims &Ready"), perm::kClaims,
                                     [](ClaimsDock& d) { d.markReady(); });
    ready.shortcut = QKeySequence(tr("Ctrl+Shift+R"));
    return {ready,
            action("fd.billing.backToDraft", tr("Claims Back to &Draft"), perm::kClaims,
                   [](ClaimsDock& d) { d.backToDraft(); }),
            action("fd.billing.deleteDraft", tr("De&lete Draft Claims"), perm::kClaims,
                   [](ClaimsDock& d) { d.deleteDrafts(); }),
            action("fd.billing.replaceClaim", tr("Re&placement Claim (7)…"), perm::kClaims,
                   [](ClaimsDock& d) { d.askReplace(); }),
            action("fd.billing.voidClaim", tr("&Void Claim (8)…"), perm::kClaims,
                   [](ClaimsDock& d) { d.askVoid(); }),
            action("fd.billing.export837", tr("E&xport 837P…"), perm::kSubmit,
                   [](ClaimsDock& d) { d.askExport(); }),
            action("fd.billing.submitClaims", tr("&Send Claims to Clearinghouse"), perm::kSubmit,
                   [](ClaimsDock& d) { d.submitSelected(); }),
            action("fd.billing.scrubClaims", tr("Scr&ub Claims"), perm::kClaims,
                   [](ClaimsDock& d) { d.scrubSelected(); }),
            // Shown and enabled by the dock as its Check status button is (an endpoint set up,
            // a submitted or accepted claim selected).
            action(ClaimsDock::kCheckStatusAction, tr("Check Claim &Status"), perm::kClaims,
                   [](ClaimsDock& d) { d.checkStatus(); }),
            action(ClaimsDock::kCheckLinesAction, tr("Status of Service L&ines…"), perm::kClaims,
                   [](ClaimsDock& d) { d.askLineStatus(); })};
}

}  // namespace fd::billing::ui
