#pragma once

#include "calendar/dock/dock_services.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fd::calendar::dock {

class CoreCalendarSource;

// Exports one provider's schedule over a date range to a file the user chooses: iCalendar
// (the core's ICalendarIcsExport, patient names only when asked and permitted) or a FHIR
// Bundle of Schedule, Slot and Appointment (ICalendarFhirExport). The services check the
// permissions and record the export in the audit trail; the file is written whole or not at
// all, readable by its owner only.
class ExportScheduleDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Format
    {
        ICalendar,
        Fhir
    };

    ExportScheduleDialog(DockServices services, const CoreCalendarSource& source,
                         const QString& providerId, const QDate& from, const QDate& to,
                         QWidget* parent = nullptr);

    // Runs the export with what the dialog shows; on success the dialog is accepted and
    // summary() says what went where, else the error shows in the dialog.
    bool exportNow();
    QString summary() const { return m_summary; }

    QComboBox* providerBox() const { return m_provider; }
    QComboBox* formatBox() const { return m_format; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QCheckBox* namesBox() const { return m_names; }
    QLineEdit* fileEdit() const { return m_file; }
    QLabel* messageLabel() const { return m_message; }

private:
    Format format() const;
    void chooseFile();
    void syncFormat();
    void showError(const QString& text);
    Result<QByteArray> produce(int* count);

    DockServices m_services;
    QComboBox* m_provider = nullptr;
    QComboBox* m_format = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_names = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_export = nullptr;
    QString m_summary;
};

}  // namespace fd::calendar::dock
