#pragma once

#include "calendar/dock/dock_services.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;

namespace fd::calendar::dock {

class CoreCalendarSource;
class PatientPicker;

// Find first available: the earliest slots of a type (for a provider and location, or any),
// in the day parts and dates asked for, from the core's slot finder; the chosen one is booked
// for the patient picked.
class FindSlotDialog final : public QDialog
{
    Q_OBJECT

public:
    FindSlotDialog(DockServices services, const CoreCalendarSource& source, const QDate& from,
                   QWidget* parent = nullptr);

    PatientPicker* patientPicker() const { return m_patient; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* providerBox() const { return m_provider; }
    QComboBox* locationBox() const { return m_location; }
    QCheckBox* dayPartBox(DayPart part) const;
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QListWidget* slotList() const { return m_slots; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* searchButton() const { return m_search; }
    QPushButton* bookButton() const { return m_book; }
    const std::vector<FoundSlot>& foundSlots() const { return m_found; }
    const std::optional<Appointment>& result() const { return m_result; }

    void search();
    bool bookSelected();

private:
    void showMessage(const QString& text);

    DockServices m_services;
    const CoreCalendarSource& m_source;
    std::vector<FoundSlot> m_found;
    std::optional<Appointment> m_result;
    PatientPicker* m_patient = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_provider = nullptr;
    QComboBox* m_location = nullptr;
    QCheckBox* m_morning = nullptr;
    QCheckBox* m_afternoon = nullptr;
    QCheckBox* m_evening = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QListWidget* m_slots = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_search = nullptr;
    QPushButton* m_book = nullptr;
};

}  // namespace fd::calendar::dock
