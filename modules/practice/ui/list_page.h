#pragma once

#include "common/result.h"
#include "practice/ui/practice_table_model.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace fd::practice::ui {

// A table of records with Add, Edit and Remove: the shape of the Locations, Providers and
// Payers tabs. What each button does comes from the owner.
class ListPage final : public QWidget
{
    Q_OBJECT
public:
    struct Hooks
    {
        std::function<Result<std::vector<PracticeTableModel::Row>>()> load;
        std::function<bool(QWidget* parent)> add;                        // true when something was saved
        std::function<bool(QWidget* parent, const QString& id)> edit;
        std::function<Status(const QString& id)> remove;
    };

    ListPage(const QString& name, QStringList headers, Hooks hooks, bool canEdit, QWidget* parent = nullptr);

    void reload();
    QTableView* view() const { return m_view; }
    PracticeTableModel* model() const { return m_model; }
    QString selectedId() const;

private:
    void editSelected();
    void removeSelected();

    Hooks m_hooks;
    PracticeTableModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

}  // namespace fd::practice::ui
