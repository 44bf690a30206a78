#include "calendar/dock/find_slot_dialog.h"

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
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::calendar::dock {

namespace {
constexpr int kSlotsShown = 20;
constexpr int kDefaultDays = 14;
}  // namespace

FindSlotDialog::FindSlotDialog(DockServices services, const CoreCalendarSource& source,
                               const QDate& from, QWidget* parent)
    : QDialog(parent), m_services(std::move(services)), m_source(source)
{
    setObjectName(QStringLiteral("fd.calendar.find"));
    setWindowTitle(tr("Find First Available"));
    m_patient = new PatientPicker(m_services.search, this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("fd.calendar.find.type"));
    for (const AppointmentType& t : m_source.types())
        if (t.active)
            m_type->addItem(tr("%1 — %2").arg(t.code, t.name), t.id);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("fd.calendar.find.provider"));
    m_provider->addItem(tr("Any provider"), QString());
    for (const practice::Provider& p : m_source.providers())
        m_provider->addItem(p.displayName(), p.id);
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("fd.calendar.find.location"));
    m_location->addItem(tr("Any location"), QString());
    for (const practice::Location& l : m_source.locations())
        m_location->addItem(l.name, l.id);
    m_morning = new QCheckBox(tr("Morning"), this);
    m_afternoon = new QCheckBox(tr("Afternoon"), this);
    m_evening = new QCheckBox(tr("Evening"), this);
    for (QCheckBox* box : {m_morning, m_afternoon, m_evening})
        box->setChecked(true);
    auto* parts = new QHBoxLayout;
    parts->addWidget(m_morning);
    parts->addWidget(m_afternoon);
    parts->addWidget(m_evening);
    parts->addStretch(1);
    m_from = new QDateEdit(from, this);
    m_from->setObjectName(QStringLiteral("fd.calendar.find.from"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("MM/dd/yyyy"));
    m_to = new QDateEdit(from.addDays(kDefaultDays - 1), this);
    m_to->setObjectName(QStringLiteral("fd.calendar.find.to"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("MM/dd/yyyy"));
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    m_search = new QPushButton(tr("&Search"), this);
    m_search->setObjectName(QStringLiteral("fd.calendar.find.search"));
    m_slots = new QListWidget(this);
    m_slots->setObjectName(QStringLiteral("fd.calendar.find.slots"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.calendar.find.message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Patient"), m_patient);
    form->addRow(tr("&Type"), m_type);
    form->addRow(tr("Pro&vider"), m_provider);
    form->addRow(tr("&Location"), m_location);
    form->addRow(tr("Day parts"), parts);
    form->addRow(tr("&Dates"), dates);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_book = buttons->addButton(tr("&Book"), QDialogButtonBox::AcceptRole);
    m_book->setObjectName(QStringLiteral("fd.calendar.find.book"));
    m_book->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_search, 0, Qt::AlignRight);
    layout->addWidget(m_slots, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 620);

    connect(m_search, &QPushButton::clicked, this, &FindSlotDialog::search);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_slots, &QListWidget::currentRowChanged, this,
            [this](int row) { m_book->setEnabled(row >= 0 && m_services.can(perm::kBook)); });
    connect(m_slots, &QListWidget::itemActivated, this, [this] {
        if (bookSelected())
            accept();
    });
    connect(m_book, &QPushButton::clicked, this, [this] {
        if (bookSelected())
            accept();
    });
}

QCheckBox* FindSlotDialog::dayPartBox(DayPart part) const
{
    return part == kMorning ? m_morning : part == kAfternoon ? m_afternoon : m_evening;
}

void FindSlotDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void FindSlotDialog::search()
{
    m_slots->clear();
    m_found.clear();
    showMessage({});
    int parts = 0;
    if (m_morning->isChecked())
        parts |= kMorning;
    if (m_afternoon->isChecked())
        parts |= kAfternoon;
    if (m_evening->isChecked())
        parts |= kEvening;
    if (parts == 0) {
        showMessage(tr("Tick at least one part of the day."));
        return;
    }
    if (m_to->date() < m_from->date()) {
        showMessage(tr("The last date is before the first."));
        return;
    }
    SlotSearch s;
    s.typeId = m_type->currentData().toString();
    s.patientId = m_patient->patientId();
    if (const QString provider = m_provider->currentData().toString(); !provider.isEmpty())
        s.query.providerIds = {provider};
    s.query.locationId = m_location->currentData().toString();
    s.query.dayParts = parts;
    s.query.from = m_from->date();
    s.query.to = m_to->date();
    s.query.limit = kSlotsShown;
    auto found = m_services.appointments->findSlots(s);
    if (!found) {
        showMessage(found.error().message);
        return;
    }
    m_found = std::move(found.value());
    for (const FoundSlot& slot : m_found) {
        const QString when = slot.date.toString(QStringLiteral("ddd MM/dd")) +
                             QStringLiteral("  ") +
                             slot.localStart.toString(QStringLiteral("h:mm AP"));
        m_slots->addItem(tr("%1   %2 — %3")
                             .arg(when, m_source.providerName(slot.providerId),
                                  m_source.locationName(slot.locationId)));
    }
    if (m_found.empty())
        showMessage(
            tr("No free time in these dates. Widen the dates, the day parts or the providers."));
    else
        m_slots->setCurrentRow(0);
}

bool FindSlotDialog::bookSelected()
{
    const int row = m_slots->currentRow();
    if (row < 0 || row >= int(m_found.size()))
        return false;
    if (m_patient->patientId().isEmpty()) {
        showMessage(tr("Choose the patient: search by name, date of birth or phone above."));
        return false;
    }
    const FoundSlot& slot = m_found[size_t(row)];
    BookingRequest r;
    r.patientId = m_patient->patientId();
    r.providerId = slot.providerId;
    r.locationId = slot.locationId;
    r.typeId = m_type->currentData().toString();
    r.start = utcFromSecs(slot.utc.start);
    r.resourceIds = slot.resourceIds;
    auto booked = m_services.appointments->book(r);
    if (!booked) {
        showMessage(BookingRefusal::of(booked.error()).message);
        return false;
    }
    m_result = booked.value();
    return true;
}

}  // namespace fd::calendar::dock
