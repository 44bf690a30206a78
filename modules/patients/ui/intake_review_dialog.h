#pragma once

#include "patients/core/patient_intake.h"
#include "patients/ui/patients_services.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace fd::practice::ui {
class PracticeTableModel;
}

namespace fd::patients::ui {

// The digital intake queue: forms patients filled in, waiting for the front desk. Opening one
// compares each answer with the record it matched (or an empty record for a new patient); per
// field the desk keeps the current value, takes the submitted one or types a correction, then
// accepts (written through the registry's services) or rejects with a reason.
// Keyboard: Ctrl+K keeps and Ctrl+T takes the current row's value; F2 edits it.
class IntakeReviewDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        Field,
        Current,
        Submitted,
        Use,
        Value,
        Problem
    };

    IntakeReviewDialog(PatientsServices services, QWidget* parent = nullptr);

    practice::ui::PracticeTableModel* queue() const { return m_model; }
    QTableView* queueView() const { return m_view; }
    QTableWidget* fieldTable() const { return m_fields; }
    QLabel* target() const { return m_target; }
    QLabel* message() const { return m_message; }
    const std::optional<IntakeReview>& current() const { return m_review; }

    void reload();
    void select(int row);
    // Reviews the open intake against `patientId` ("new": as a new patient).
    void compareWith(const QString& patientId);
    // The row of a field (linkId), -1 when not shown.
    int rowOf(const QString& field) const;
    void setChoice(int row, IntakeDecision::Choice choice, const QString& corrected = {});
    bool importFile(const QString& path);
    bool acceptCurrent();
    // Asks for the reason unless given.
    bool rejectCurrent(const QString& reason = {});

signals:
    void recordsChanged();

private:
    void showError(const QString& text);
    void fillFields();
    void choosePatient();
    void chooseFile();
    void updateButtons();
    std::vector<IntakeDecision> decisions() const;
    static QString shownValue(const QString& field, const QString& value);
    static QString storedValue(const QString& field, const QString& text);
    void showFieldError(const Error& error);

    PatientsServices m_services;
    std::vector<IntakeSummary> m_intakes;
    std::optional<IntakeReview> m_review;
    QString m_targetId;
    practice::ui::PracticeTableModel* m_model;
    QTableView* m_view;
    QTableWidget* m_fields;
    QLabel* m_target;
    QLabel* m_message;
    QPushButton* m_import;
    QPushButton* m_pick;
    QPushButton* m_asNew;
    QPushButton* m_accept;
    QPushButton* m_reject;
    bool m_filling = false;
};

}  // namespace fd::patients::ui
