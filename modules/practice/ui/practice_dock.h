#pragma once

#include "practice/ui/practice_services.h"

#include <QWidget>

class QTabWidget;

namespace fd::practice::ui {

class CodeSetsPage;
class FeeSchedulesPage;
class ListPage;
class ProfilePage;

// The Practice dock: Profile, Locations, Providers, Payers, Fee schedules and Code sets tabs.
// Editing controls are enabled only for users who may change the setup; the services check
// the same permissions again.
class PracticeDock final : public QWidget
{
    Q_OBJECT
public:
    PracticeDock(PracticeServices services, bool canEdit, bool canImportCodes, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    ProfilePage* profilePage() const { return m_profile; }
    ListPage* locationsPage() const { return m_locations; }
    ListPage* providersPage() const { return m_providers; }
    ListPage* payersPage() const { return m_payers; }
    FeeSchedulesPage* feesPage() const { return m_fees; }
    CodeSetsPage* codesPage() const { return m_codes; }

private:
    QTabWidget* m_tabs;
    ProfilePage* m_profile;
    ListPage* m_locations;
    ListPage* m_providers;
    ListPage* m_payers;
    FeeSchedulesPage* m_fees;
    CodeSetsPage* m_codes;
};

}  // namespace fd::practice::ui
