#include "calendar/dock/export_schedule_dialog.h"

#include "calendar/core/calendar_fhir_export.h"
#include "calendar/core/calendar_ics.h"
#include "calendar/dock/core_calendar_source.h"
#include "patients/core/patients_permissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd::calendar::dock {

ExportScheduleDialog::ExportScheduleDialog(DockServices services, const CoreCalendarSource& source,
                                           const QString& providerId, const QDate& from,
                                           const QDate& to, QWidget* parent)
    : QDialog(parent), m_services(std::move(services))
{
    setObjectName(QStringLiteral("fd.calendar.export"));
    setWindowTitle(tr("Export Schedule"));
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("fd.calendar.export.provider"));
    for (const practice::Provider& p : source.providers())
        m_provider->addItem(p.displayName(), p.id);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(providerId)));
    auto dateEdit = [this](const QString& name, const QDate& date) {
        auto* edit = new QDateEdit(date, this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("MM/dd/yyyy"));
        return edit;
    };
    m_from = dateEdit(QStringLiteral("fd.calendar.export.from"), from);
    m_to = dateEdit(QStringLiteral("fd.calendar.export.to"), to);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("fd.calendar.export.format"));
    m_format->addItem(tr("iCalendar (.ics)"), int(Format::ICalendar));
    m_format->addItem(tr("FHIR R4 Bundle: Schedule, Slot, Appointment (.json)"), int(Format::Fhir));
    m_names = new QCheckBox(tr("Name the patients in the file"), this);
    m_names->setObjectName(QStringLiteral("fd.calendar.export.names"));
    m_names->setToolTip(tr("A calendar file leaves the practice: without names it carries only "
                           "the appointment types and times."));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fd.calendar.export.file"));
    auto* browse = new QToolButton(this);
    browse->setText(tr("Choose…"));
    auto* file = new QHBoxLayout;
    file->addWidget(m_file, 1);
    file->addWidget(browse);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.calendar.export.message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Dates:"), dates);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(QString(), m_names);
    form->addRow(tr("&File:"), file);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("fd.calendar.export.run"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(browse, &QToolButton::clicked, this, &ExportScheduleDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportScheduleDialog::syncFormat);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportScheduleDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    syncFormat();
}

ExportScheduleDialog::Format ExportScheduleDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void ExportScheduleDialog::syncFormat()
{
    // Names go only into the iCalendar file, and only for users who may export patients.
    const bool canName = m_services.can(patients::perm::kRead) &&
                         m_services.can(patients::perm::kExport);
    m_names->setEnabled(format() == Format::ICalendar && canName);
    if (!m_names->isEnabled())
        m_names->setChecked(false);
}

void ExportScheduleDialog::chooseFile()
{
    const bool ics = format() == Format::ICalendar;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Schedule"), m_file->text(),
        ics ? tr("iCalendar files (*.ics)") : tr("FHIR JSON files (*.json)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ExportScheduleDialog::showError(const QString& text)
{
    m_message->setText(text);
    m_message->show();
}

Result<QByteArray> ExportScheduleDialog::produce(int* count)
{
    const QString providerId = m_provider->currentData().toString();
    if (format() == Format::ICalendar) {
        if (!m_services.ics)
            return makeError(ErrorCode::Unavailable, tr("The iCalendar export is not available."));
        auto text = m_services.ics->exportSchedule(
            {providerId, m_from->date(), m_to->date(), m_names->isChecked()});
        if (text)
            *count = int(text->count("BEGIN:VEVENT"));
        return text;
    }
    if (!m_services.fhirExport)
        return makeError(ErrorCode::Unavailable, tr("The FHIR export is not available."));
    auto json = m_services.fhirExport->exportSchedule({providerId, m_from->date(), m_to->date()});
    if (json)
        *count = int(json->count("\"resourceType\":\"Appointment\""));
    return json;
}

bool ExportScheduleDialog::exportNow()
{
    m_message->hide();
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        showError(tr("Choose the file to write."));
        return false;
    }
    if (m_provider->currentIndex() < 0) {
        showError(tr("Choose a provider."));
        return false;
    }
    int count = 0;
    auto content = produce(&count);
    if (!content) {
        showError(content.error().message);
        return false;
    }
    // Renamed over the target only when complete; owner-only, as it may name patients.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(content.value()) != content->size() || !file.commit()) {
        showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_summary = tr("Exported %n appointment(s) of %1 to %2.", nullptr, count)
                    .arg(m_provider->currentText(), path);
    accept();
    return true;
}

}  // namespace fd::calendar::dock
