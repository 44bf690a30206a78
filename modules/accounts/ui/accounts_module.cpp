#include "accounts/ui/accounts_module.h"

#include "accounts/core/accounts_permissions.h"
#include "accounts/ui/accounts_dock.h"
#include "shell/icons.h"

namespace fd::accounts::ui {

const QString AccountsModule::kDock = QStringLiteral("fd.accounts.ledger");

AccountsModule::AccountsModule() = default;
AccountsModule::~AccountsModule() = default;

AccountsDock* AccountsModule::dock() const
{
    return m_dock.data();
}

QString AccountsModule::id() const
{
    return QStringLiteral("fd.accounts");
}

QString AccountsModule::displayName() const
{
    return tr("Acco&unts");
}

QIcon AccountsModule::icon() const
{
    return shell::icon(QStringLiteral("print"));
}

QStringList AccountsModule::permissions() const
{
    return {perm::kView};
}

Status AccountsModule::initialize(ServiceRegistry& registry)
{
    Q_UNUSED(registry);
    return {};
}

Status AccountsModule::allModulesInitialized(ServiceRegistry& registry)
{
    m_services = AccountsServices::from(registry);
    if (!m_services.complete())
        return makeError(ErrorCode::Unavailable, tr("The ledger's services are not available"));
    return {};
}

std::vector<shell::DockSpec> AccountsModule::docks()
{
    shell::DockSpec dock;
    dock.objectName = kDock;
    dock.title = tr("Accounts");
    dock.icon = icon();
    dock.permission = perm::kView;
    dock.area = Qt::RightDockWidgetArea;
    dock.tabGroup = QStringLiteral("fd.frontoffice");  // the scheduling docks join it as tabs
    dock.preferredWidth = 820;
    dock.create = [this](QWidget* parent) { return m_dock = new AccountsDock(m_services, parent); };
    return {dock};
}

std::vector<shell::ActionSpec> AccountsModule::actions()
{
    shell::ActionSpec show;
    show.id = QStringLiteral("fd.accounts.show");
    show.text = tr("&Accounts");
    show.icon = icon();
    show.shortcut = QKeySequence(tr("Ctrl+Shift+A"));
    show.showsDock = kDock;
    show.permission = perm::kView;
    show.trigger = [this] {
        if (m_dock)
            m_dock->focusSearch();
    };

    shell::ActionSpec pay;
    pay.id = QStringLiteral("fd.accounts.recordPayment");
    pay.text = tr("Record &Payment…");
    pay.shortcut = QKeySequence(tr("Ctrl+Shift+P"));
    pay.context = kDock;
    pay.permission = perm::kPayments;
    pay.trigger = [this] {
        if (m_dock)
            m_dock->recordPayment();
    };

    shell::ActionSpec reprint;
    reprint.id = QStringLiteral("fd.accounts.reprintReceipt");
    reprint.text = tr("Reprint &Receipt…");
    reprint.context = kDock;
    reprint.permission = perm::kView;
    reprint.trigger = [this] {
        if (m_dock)
            m_dock->receiptForSelected(ReceiptPrinting::Output::Preview);
    };
    return {show, pay, reprint};
}

}  // namespace fd::accounts::ui
