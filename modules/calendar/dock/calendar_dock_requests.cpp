// The view's requests (book, move, resize, cancel) and the prompts they need.
#include "calendar/core/calendar_permissions.h"
#include "calendar/dock/appointment_dialog.h"
#include "calendar/dock/booking_refusal.h"
#include "calendar/dock/calendar_dock.h"
#include "calendar/dock/core_calendar_source.h"
#include "calendar/dock/export_schedule_dialog.h"
#include "calendar/dock/find_slot_dialog.h"
#include "calendar/dock/patient_picker.h"
#include "calendar/ui/calendar_view.h"

#include <QInputDialog>
#include <QLabel>

#include <algorithm>

namespace fd::calendar::dock {

std::optional<Appointment> CalendarDock::current(const QString& id)
{
    if (const Appointment* a = m_source->appointment(id))
        return *a;
    auto fetched = m_services.appointments->get(id);
    if (!fetched) {
        showMessage(fetched.error().message);
        return std::nullopt;
    }
    return fetched.value();
}

void CalendarDock::onCreate(const ui::CalendarColumn& column, const QDateTime& start,
                            const QDateTime& end, quint64 request)
{
    if (!m_services.can(perm::kBook)) {
        m_view->refuse(request, tr("Your role does not include booking appointments."));
        return;
    }
    const int minutes = int(start.secsTo(end) / 60);
    // A single row (a double-click, Enter) takes the type's length; a longer drag its own.
    AppointmentDialog dialog(m_services, *m_source, column.resourceId, start.toUTC(),
                             minutes > m_view->minutesPerRow() ? minutes : 0, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result()) {
        m_view->refuse(request, tr("Nothing was booked."));
        return;
    }
    m_view->accept(request);
    const Appointment& booked = *dialog.result();
    m_source->names().remember(booked.patientId, dialog.patientPicker()->patientName(),
                               dialog.patientPicker()->patientRestricted());
    refresh();
    m_view->selectItem(booked.id);
    if (dialog.seriesResult() && !dialog.seriesResult()->skipped.empty())
        showMessage(tr("Booked %n visit(s) of the series; some dates were left out for conflicts.",
                       nullptr, int(dialog.seriesResult()->booked.size())));
    else
        showMessage(tr("Booked %1 at %2.")
                        .arg(m_source->names().name(booked.patientId),
                             m_source->toDisplay(booked.start)
                                 .toString(QStringLiteral("ddd MM/dd h:mm AP"))),
                    false);
}

void CalendarDock::bookAtCursor()
{
    const ui::GridCursor cursor = m_view->cursor();
    if (!cursor.isValid() || cursor.column < 0 || cursor.column >= int(m_view->columns().size())) {
        showMessage(
            tr("Choose a time on the calendar first (click a free slot or use the arrow keys)."));
        return;
    }
    const ui::CalendarColumn column = m_view->columns()[size_t(cursor.column)];
    const QTimeZone zone = m_source->displayZone();
    auto at = [&](int minute) {
        return minute >= 24 * 60 ? QDateTime(column.date.addDays(1), QTime(0, 0), zone)
                                 : QDateTime(column.date, QTime(minute / 60, minute % 60), zone);
    };
    onCreate(column, at(cursor.startMinute), at(cursor.endMinute), 0);  // 0: not the view's request
}

void CalendarDock::onMove(const QString& id, const ui::CalendarColumn& column,
                          const QDateTime& start, quint64 request)
{
    const auto a = current(id);
    if (!a) {
        m_view->refuse(request, m_message->text());
        return;
    }
    const bool otherProvider = column.resourceId != a->providerId;
    const QString provider = otherProvider ? column.resourceId : QString();
    const QString location =
        otherProvider ? m_source->locationFor(column.resourceId, column.date) : QString();
    const QDateTime startUtc = start.toUTC();
    applyChange(
        request,
        [&](const Overbook& overbook) {
            return m_services.appointments->move(a->id, a->rowVersion, startUtc, provider, location,
                                                 overbook);
        },
        tr("Moved to %1.").arg(start.toString(QStringLiteral("ddd MM/dd h:mm AP"))));
}

void CalendarDock::onResize(const QString& id, const QDateTime& end, quint64 request)
{
    const auto a = current(id);
    if (!a) {
        m_view->refuse(request, m_message->text());
        return;
    }
    const int minutes = int(a->start.secsTo(end.toUTC()) / 60);
    applyChange(
        request,
        [&](const Overbook& overbook) {
            return m_services.appointments->resize(a->id, a->rowVersion, minutes, overbook);
        },
        tr("Now %n minute(s) long.", nullptr, minutes));
}

bool CalendarDock::applyChange(quint64 request,
                               const std::function<Result<Appointment>(const Overbook&)>& change,
                               const QString& done)
{
    Result<Appointment> result = change({});
    if (!result) {
        const BookingRefusal refusal = BookingRefusal::of(result.error());
        if (refusal.overbookable() && m_services.can(perm::kOverbook)) {
            const QString reason = askOverbookReason(refusal.message);
            if (!reason.isEmpty())
                result = change({true, reason});
        }
    }
    if (!result) {
        const QString reason = BookingRefusal::of(result.error()).message;
        m_view->refuse(request, reason);
        showMessage(reason);
        return false;
    }
    m_view->accept(request);
    refresh();
    m_view->selectItem(result->id);
    showMessage(result->overbooked ? done + QLatin1Char(' ') + tr("Booked as an overbook.") : done,
                false);
    return true;
}

QString CalendarDock::askOverbookReason(const QString& refusal)
{
    QInputDialog prompt(this);
    prompt.setObjectName(QStringLiteral("fd.calendar.overbookPrompt"));
    prompt.setWindowTitle(tr("Overbook?"));
    prompt.setLabelText(refusal + QStringLiteral("\n\n") +
                        tr("You may overbook. Give the reason to book it anyway:"));
    prompt.setOkButtonText(tr("&Overbook"));
    if (prompt.exec() != QDialog::Accepted)
        return {};
    return prompt.textValue().trimmed();
}

QString CalendarDock::askReason(const QString& title, const QString& label,
                                const QStringList& choices)
{
    QInputDialog prompt(this);
    prompt.setObjectName(QStringLiteral("fd.calendar.reasonPrompt"));
    prompt.setWindowTitle(title);
    prompt.setLabelText(label);
    prompt.setComboBoxItems(choices);
    prompt.setComboBoxEditable(true);
    prompt.setTextValue(QString());
    if (prompt.exec() != QDialog::Accepted)
        return {};
    return prompt.textValue().trimmed();
}

void CalendarDock::findFirstAvailable()
{
    FindSlotDialog dialog(m_services, *m_source, today(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return;
    const Appointment& booked = *dialog.result();
    m_source->names().remember(booked.patientId, dialog.patientPicker()->patientName(),
                               dialog.patientPicker()->patientRestricted());
    m_view->setDate(m_source->toDisplay(booked.start).date());
    refresh();
    m_view->selectItem(booked.id);
    m_view->scrollToTime(m_source->toDisplay(booked.start).time());
    showMessage(
        tr("Booked %1 at %2.")
            .arg(m_source->names().name(booked.patientId),
                 m_source->toDisplay(booked.start).toString(QStringLiteral("ddd MM/dd h:mm AP"))),
        false);
}

void CalendarDock::exportSchedule()
{
    if (!m_view)
        return;
    // The provider in focus (the selected appointment's, else the cursor's column, else the
    // first column) and the dates in view.
    QString providerId;
    if (const Appointment* a = m_source->appointment(m_view->selectedItemId()))
        providerId = a->providerId;
    const auto& columns = m_view->columns();
    const int cursor = m_view->cursor().column;
    if (providerId.isEmpty() && cursor >= 0 && cursor < int(columns.size()))
        providerId = columns[size_t(cursor)].resourceId;
    if (providerId.isEmpty() && !columns.empty())
        providerId = columns.front().resourceId;
    QDate from = m_view->date();
    QDate to = from;
    for (const ui::CalendarColumn& c : columns) {
        from = std::min(from, c.date);
        to = std::max(to, c.date);
    }
    ExportScheduleDialog dialog(m_services, *m_source, providerId, from, to, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(dialog.summary(), false);
}

}  // namespace fd::calendar::dock
