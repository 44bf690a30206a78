#pragma once

#include "calendar/dock/dock_services.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace fd::calendar::dock {

class CoreCalendarSource;
class PatientPicker;

// Books an appointment (or a recurring series), or changes the time, provider, location and
// length of one. The rules decide: a refusal shows their reasons and keeps the dialog open;
// users who may overbook can tick "Overbook" and give a reason to book over the conflicts
// that allow it.
class AppointmentDialog final : public QDialog
{
    Q_OBJECT

public:
    // A new booking for a provider at `startUtc`; `minutes` 0 takes the type's length.
    AppointmentDialog(DockServices services, const CoreCalendarSource& source,
                      const QString& providerId, const QDateTime& startUtc, int minutes,
                      QWidget* parent = nullptr);
    // Changes an existing appointment (patient and type stay).
    AppointmentDialog(DockServices services, const CoreCalendarSource& source,
                      const Appointment& appointment, QWidget* parent = nullptr);

    PatientPicker* patientPicker() const { return m_patient; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* providerBox() const { return m_provider; }
    QComboBox* locationBox() const { return m_location; }
    QDateEdit* dateEdit() const { return m_date; }
    QTimeEdit* timeEdit() const { return m_time; }
    QSpinBox* durationBox() const { return m_duration; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QComboBox* repeatBox() const { return m_repeat; }
    QSpinBox* countBox() const { return m_count; }
    QCheckBox* overbookBox() const { return m_overbook; }
    QLineEdit* overbookReasonEdit() const { return m_overbookReason; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* bookButton() const { return m_book; }

    // What was booked or changed (the first occurrence of a series).
    const std::optional<Appointment>& result() const { return m_result; }
    const std::optional<SeriesResult>& seriesResult() const { return m_series; }

    // Books (or saves the change) as the Book button does; false keeps the dialog open.
    bool submit();

private:
    void build();
    void fillLocations();
    void typeChanged();
    QDateTime startUtc() const;
    BookingRequest request() const;
    Overbook overbook() const;
    bool saveChange();
    bool refused(const Error& error);

    DockServices m_services;
    const CoreCalendarSource& m_source;
    std::optional<Appointment> m_editing;
    std::optional<Appointment> m_result;
    std::optional<SeriesResult> m_series;

    PatientPicker* m_patient = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_provider = nullptr;
    QComboBox* m_location = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QSpinBox* m_duration = nullptr;
    QLineEdit* m_reason = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QComboBox* m_repeat = nullptr;
    QSpinBox* m_count = nullptr;
    QCheckBox* m_overbook = nullptr;
    QLineEdit* m_overbookReason = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_book = nullptr;
};

}  // namespace fd::calendar::dock
