#include "calendar/dock/appointment_dialog.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/dock/booking_refusal.h"
#include "calendar/dock/core_calendar_source.h"
#include "calendar/dock/patient_picker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace fd::calendar::dock {

namespace {

// The repeat choices: none, every 1, 2 or 4 weeks, or monthly on the same weekday.
enum Repeat
{
    NoRepeat = 0,
    Weekly = 1,
    Fortnightly = 2,
    FourWeekly = 4,
    Monthly = -1
};

}  // namespace

AppointmentDialog::AppointmentDialog(DockServices services, const CoreCalendarSource& source,
                                     const QString& providerId, const QDateTime& startUtc,
                                     int minutes, QWidget* parent)
    : QDialog(parent), m_services(std::move(services)), m_source(source)
{
    setWindowTitle(tr("Book Appointment"));
    build();
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(providerId)));
    const QDateTime local = m_source.toDisplay(startUtc);
    m_date->setDate(local.date());
    m_time->setTime(local.time());
    fillLocations();
    typeChanged();
    if (minutes > 0)
        m_duration->setValue(minutes);
    setFocusProxy(m_patient);
}

AppointmentDialog::AppointmentDialog(DockServices services, const CoreCalendarSource& source,
                                     const Appointment& appointment, QWidget* parent)
    : QDialog(parent), m_services(std::move(services)), m_source(source), m_editing(appointment)
{
    setWindowTitle(tr("Change Appointment"));
    build();
    m_patient->setPatient(appointment.patientId, m_source.names().name(appointment.patientId));
    m_patient->searchField()->setEnabled(false);
    m_type->setCurrentIndex(std::max(0, m_type->findData(appointment.typeId)));
    m_type->setEnabled(false);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(appointment.providerId)));
    const QDateTime local = m_source.toDisplay(appointment.start);
    m_date->setDate(local.date());
    m_time->setTime(local.time());
    fillLocations();
    m_location->setCurrentIndex(std::max(0, m_location->findData(appointment.locationId)));
    m_duration->setValue(int(appointment.start.secsTo(appointment.end) / 60));
    m_reason->setText(appointment.reason);
    m_reason->setEnabled(false);
    m_note->setPlainText(appointment.note);
    m_note->setEnabled(false);
    m_repeat->setEnabled(false);
    m_book->setText(tr("&Save"));
}

void AppointmentDialog::build()
{
    setObjectName(QStringLiteral("fd.calendar.booking"));
    m_patient = new PatientPicker(m_services.search, this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("fd.calendar.booking.type"));
    for (const AppointmentType& t : m_source.types())
        if (t.active)
            m_type->addItem(tr("%1 — %2 (%n min)", nullptr, t.durationMinutes).arg(t.code, t.name),
                            t.id);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("fd.calendar.booking.provider"));
    for (const practice::Provider& p : m_source.providers())
        m_provider->addItem(p.displayName(), p.id);
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("fd.calendar.booking.location"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("fd.calendar.booking.date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd MM/dd/yyyy"));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("fd.calendar.booking.time"));
    m_time->setDisplayFormat(QStringLiteral("h:mm AP"));
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("fd.calendar.booking.duration"));
    m_duration->setRange(5, 8 * 60);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("fd.calendar.booking.reason"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("fd.calendar.booking.note"));
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 4);
    m_repeat = new QComboBox(this);
    m_repeat->setObjectName(QStringLiteral("fd.calendar.booking.repeat"));
    m_repeat->addItem(tr("Does not repeat"), int(NoRepeat));
    m_repeat->addItem(tr("Every week"), int(Weekly));
    m_repeat->addItem(tr("Every 2 weeks"), int(Fortnightly));
    m_repeat->addItem(tr("Every 4 weeks"), int(FourWeekly));
    m_repeat->addItem(tr("Monthly on the same weekday"), int(Monthly));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("fd.calendar.booking.count"));
    m_count->setRange(2, 52);
    m_count->setValue(6);
    m_count->setSuffix(tr(" visits"));
    m_count->setEnabled(false);
    auto* repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_repeat, 1);
    repeatRow->addWidget(m_count);

    m_overbook = new QCheckBox(tr("Overbook"), this);
    m_overbook->setObjectName(QStringLiteral("fd.calendar.booking.overbook"));
    m_overbookReason = new QLineEdit(this);
    m_overbookReason->setObjectName(QStringLiteral("fd.calendar.booking.overbookReason"));
    m_overbookReason->setPlaceholderText(tr("Why this booking may overlap (required)"));
    m_overbookReason->setEnabled(false);
    auto* overbookRow = new QHBoxLayout;
    overbookRow->addWidget(m_overbook);
    overbookRow->addWidget(m_overbookReason, 1);
    const bool mayOverbook = m_services.can(perm::kOverbook);
    m_overbook->setVisible(mayOverbook);
    m_overbookReason->setVisible(mayOverbook);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.calendar.booking.message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Patient"), m_patient);
    form->addRow(tr("&Type"), m_type);
    form->addRow(tr("Pro&vider"), m_provider);
    form->addRow(tr("&Location"), m_location);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("St&art"), m_time);
    form->addRow(tr("D&uration"), m_duration);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(tr("&Notes"), m_note);
    form->addRow(tr("Re&peats"), repeatRow);
    form->addRow(QString(), overbookRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_book = buttons->addButton(tr("&Book"), QDialogButtonBox::AcceptRole);
    m_book->setObjectName(QStringLiteral("fd.calendar.booking.book"));
    m_book->setDefault(true);
    m_book->setEnabled(m_services.can(perm::kBook));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &AppointmentDialog::fillLocations);
    connect(m_date, &QDateEdit::dateChanged, this, &AppointmentDialog::fillLocations);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AppointmentDialog::typeChanged);
    connect(m_repeat, &QComboBox::currentIndexChanged, this,
            [this] { m_count->setEnabled(m_repeat->currentData().toInt() != NoRepeat); });
    connect(m_overbook, &QCheckBox::toggled, m_overbookReason, &QLineEdit::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_book, &QPushButton::clicked, this, [this] {
        if (submit())
            accept();
    });
}

void AppointmentDialog::fillLocations()
{
    const QString providerId = m_provider->currentData().toString();
    const QString keep = m_location->currentData().toString();
    const QSignalBlocker blocker(m_location);
    m_location->clear();
    for (const QString& id : m_source.locationsOf(providerId))
        m_location->addItem(m_source.locationName(id), id);
    const QString preferred = m_source.locationFor(providerId, m_date->date());
    int index = m_location->findData(keep.isEmpty() ? preferred : keep);
    if (index < 0)
        index = m_location->findData(preferred);
    m_location->setCurrentIndex(std::max(0, index));
}

void AppointmentDialog::typeChanged()
{
    const AppointmentType* t = m_source.type(m_type->currentData().toString());
    if (!t)
        return;
    m_duration->setValue(t->durationMinutes);
    m_reason->setPlaceholderText(t->visitReason);
}

QDateTime AppointmentDialog::startUtc() const
{
    return QDateTime(m_date->date(), QTime(m_time->time().hour(), m_time->time().minute()),
                     m_source.displayZone())
        .toUTC();
}

Overbook AppointmentDialog::overbook() const
{
    if (!m_overbook->isChecked())
        return {};
    return {true, m_overbookReason->text().trimmed()};
}

BookingRequest AppointmentDialog::request() const
{
    BookingRequest r;
    r.patientId = m_patient->patientId();
    r.providerId = m_provider->currentData().toString();
    r.locationId = m_location->currentData().toString();
    r.typeId = m_type->currentData().toString();
    r.start = startUtc();
    r.durationMinutes = m_duration->value();
    r.reason = m_reason->text().trimmed();
    r.note = m_note->toPlainText().trimmed();
    r.overbook = overbook();
    return r;
}

bool AppointmentDialog::refused(const Error& error)
{
    const BookingRefusal refusal = BookingRefusal::of(error);
    QString text = refusal.message;
    if (refusal.overbookable() && m_services.can(perm::kOverbook) && !m_overbook->isChecked())
        text += QLatin1Char('\n') + tr("Tick \"Overbook\" and give a reason to book it anyway.");
    m_message->setText(text);
    m_message->show();
    return false;
}

bool AppointmentDialog::submit()
{
    m_message->hide();
    if (m_patient->patientId().isEmpty()) {
        m_message->setText(tr("Choose the patient: search by name, date of birth or phone above."));
        m_message->show();
        return false;
    }
    if (m_overbook->isChecked() && m_overbookReason->text().trimmed().isEmpty()) {
        m_message->setText(tr("Give the reason for the overbook."));
        m_message->show();
        m_overbookReason->setFocus();
        return false;
    }
    if (m_editing)
        return saveChange();
    const int repeat = m_repeat->currentData().toInt();
    if (repeat == NoRepeat) {
        auto booked = m_services.appointments->book(request());
        if (!booked)
            return refused(booked.error());
        m_result = booked.value();
        return true;
    }
    SeriesRequest series;
    series.first = request();
    series.rule.kind =
        repeat == Monthly ? RecurrenceKind::MonthlyByWeekday : RecurrenceKind::Weekly;
    series.rule.interval = repeat == Monthly ? 1 : repeat;
    series.rule.count = m_count->value();
    auto created = m_services.series->create(series);
    if (!created)
        return refused(created.error());
    m_series = created.value();
    if (!m_series->booked.empty())
        m_result = m_series->booked.front();
    return true;
}

bool AppointmentDialog::saveChange()
{
    const Appointment& a = *m_editing;
    const QString provider = m_provider->currentData().toString();
    const QString location = m_location->currentData().toString();
    Appointment current = a;
    const QDateTime start = startUtc();
    if (start != a.start || provider != a.providerId || location != a.locationId) {
        auto moved = m_services.appointments->move(a.id, current.rowVersion, start, provider,
                                                   location, overbook());
        if (!moved)
            return refused(moved.error());
        current = moved.value();
    }
    const int minutes = m_duration->value();
    if (minutes != int(current.start.secsTo(current.end) / 60)) {
        auto resized =
            m_services.appointments->resize(a.id, current.rowVersion, minutes, overbook());
        if (!resized) {
            m_result = current;  // the move stands; the length did not change
            return refused(resized.error());
        }
        current = resized.value();
    }
    m_result = current;
    return true;
}

}  // namespace fd::calendar::dock
