#pragma once

#include "patients/ui/patients_services.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableView;
class QTableWidget;

namespace fd::practice::ui {
class PracticeTableModel;
}

namespace fd::patients::ui {

// The possible-duplicates queue: each open item compares the two records side by side and
// is merged into the record to keep, or dismissed. Merged items can be undone by an
// administrator, which restores both records as they were.
class DuplicateReviewDialog final : public QDialog
{
    Q_OBJECT
public:
    DuplicateReviewDialog(PatientsServices services, QWidget* parent = nullptr);

    practice::ui::PracticeTableModel* queue() const { return m_model; }
    QTableView* queueView() const { return m_view; }
    QTableWidget* comparison() const { return m_compare; }
    QComboBox* statusFilter() const { return m_filter; }
    QRadioButton* keepFirst() const { return m_keepFirst; }
    QRadioButton* keepSecond() const { return m_keepSecond; }

    void reload();
    void select(int row);
    // Merges the selected pair into the record chosen to keep; asks for the reason unless given.
    bool mergeSelected(const QString& reason = {});
    bool dismissSelected();
    bool undoSelected();

signals:
    void recordsChanged();

private:
    const DuplicateReview* current() const;
    void compare(const DuplicateReview& review);
    void showError(const QString& message);
    void updateButtons();

    PatientsServices m_services;
    std::vector<DuplicateReview> m_reviews;
    QComboBox* m_filter;
    practice::ui::PracticeTableModel* m_model;
    QTableView* m_view;
    QTableWidget* m_compare;
    QLabel* m_message;
    QRadioButton* m_keepFirst;
    QRadioButton* m_keepSecond;
    QPushButton* m_merge;
    QPushButton* m_dismiss;
    QPushButton* m_undo;
};

}  // namespace fd::patients::ui
