#pragma once

#include "patients/core/patient_search.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace fd::calendar::dock {

// Finds the patient an appointment is for: search as you type (name, date of birth, phone,
// account number) through the registry's search service; Enter or a click picks the result.
class PatientPicker final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;

    explicit PatientPicker(std::shared_ptr<patients::IPatientSearch> search,
                           QWidget* parent = nullptr);

    QString patientId() const { return m_patientId; }
    QString patientName() const { return m_patientName; }
    bool patientRestricted() const { return m_restricted; }
    void setPatient(const QString& id, const QString& displayName, bool restricted = false);
    void searchNow();

    QLineEdit* searchField() const { return m_search; }
    QListWidget* results() const { return m_results; }

signals:
    void patientChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void pickCurrent();

    std::shared_ptr<patients::IPatientSearch> m_searchService;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_chosen = nullptr;
    QTimer* m_debounce = nullptr;
    QString m_patientId;
    QString m_patientName;
    bool m_restricted = false;
};

}  // namespace fd::calendar::dock
