#pragma once

#include "patients/core/patients.h"

#include <QDialog>

class QTableWidget;

namespace fd::patients::ui {

// Shown before a new patient is saved when existing patients may be the same person: each
// with the reasons, and the choice to save the new one anyway (it goes to the review queue)
// or to open the existing record instead.
class DuplicateWarningDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Cancel, SaveAnyway, OpenExisting };

    DuplicateWarningDialog(const std::vector<DuplicateCandidate>& candidates, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QString chosenPatientId() const;  // with OpenExisting
    QTableWidget* table() const { return m_table; }

    void saveAnyway();
    void openSelected();

    static QString reasonText(DuplicateReason reason);

private:
    std::vector<DuplicateCandidate> m_candidates;
    QTableWidget* m_table;
    Choice m_choice = Cancel;
};

}  // namespace fd::patients::ui
