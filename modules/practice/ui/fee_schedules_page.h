#pragma once

#include "practice/ui/practice_services.h"
#include "practice/ui/practice_table_model.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace fd::practice::ui {

// The charge master and the payers' allowed amounts: schedules with their dates above, the
// selected schedule's fees below, and a CSV import.
class FeeSchedulesPage final : public QWidget
{
    Q_OBJECT
public:
    FeeSchedulesPage(PracticeServices services, bool canEdit, QWidget* parent = nullptr);

    void reload();
    // Imports a fee CSV for a payer ("" = charge master); the message says what happened.
    Status importFile(const QString& path, const QString& payerId, const QDate& effectiveFrom, const QString& name);
    PracticeTableModel* schedules() const { return m_schedules; }
    PracticeTableModel* items() const { return m_items; }
    QTableView* schedulesView() const { return m_schedulesView; }
    QString statusText() const;

private:
    void showItems();
    void askImport();

    PracticeServices m_services;
    PracticeTableModel* m_schedules;
    PracticeTableModel* m_items;
    QTableView* m_schedulesView;
    QTableView* m_itemsView;
    QLabel* m_status;
};

}  // namespace fd::practice::ui
