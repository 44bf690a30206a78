#include "practice/ui/practice_dock.h"

#include "practice/ui/code_sets_page.h"
#include "practice/ui/fee_schedules_page.h"
#include "practice/ui/profile_page.h"
#include "practice/ui/setup_lists.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace fd::practice::ui {

PracticeDock::PracticeDock(PracticeServices services, bool canEdit, bool canImportCodes, QWidget* parent)
    : QWidget(parent),
      m_tabs(new QTabWidget(this)),
      m_profile(new ProfilePage(services.profile, canEdit, m_tabs)),
      m_locations(makeLocationsPage(services, canEdit, m_tabs)),
      m_providers(makeProvidersPage(services, canEdit, m_tabs)),
      m_payers(makePayersPage(services, canEdit, m_tabs)),
      m_fees(new FeeSchedulesPage(services, canEdit, m_tabs)),
      m_codes(new CodeSetsPage(services, canImportCodes, m_tabs))
{
    setObjectName(QStringLiteral("fd.practice.dock"));
    m_tabs->setObjectName(QStringLiteral("fd.practice.tabs"));
    m_tabs->addTab(m_profile, tr("&Profile"));
    m_tabs->addTab(m_locations, tr("&Locations"));
    m_tabs->addTab(m_providers, tr("P&roviders"));
    m_tabs->addTab(m_payers, tr("Pa&yers"));
    m_tabs->addTab(m_fees, tr("&Fee schedules"));
    m_tabs->addTab(m_codes, tr("&Code sets"));
    // Lists other tabs draw on (locations for providers, payers for schedules) are re-read
    // when their tab is shown, so a change made in one tab is seen in the next.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget* page = m_tabs->widget(index);
        if (page == m_locations || page == m_providers || page == m_payers)
            static_cast<ListPage*>(page)->reload();
        else if (page == m_fees)
            m_fees->reload();
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

}  // namespace fd::practice::ui
