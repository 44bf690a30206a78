// An appointment's own commands: edit, cancel, no-show, history, series edits, and the
// waitlist's offer when a time comes free.
#include "calendar/core/calendar_permissions.h"
#include "calendar/dock/appointment_dialog.h"
#include "calendar/dock/booking_refusal.h"
#include "calendar/dock/calendar_dock.h"
#include "calendar/dock/core_calendar_source.h"
#include "calendar/dock/waitlist_offer_dialog.h"
#include "calendar/ui/calendar_view.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fd::calendar::dock {

namespace {

QString historyAction(const QString& id)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("booked"), QT_TRANSLATE_NOOP("fd::calendar::dock::CalendarDock", "Booked")},
        {QStringLiteral("moved"), QT_TRANSLATE_NOOP("fd::calendar::dock::CalendarDock", "Moved")},
        {QStringLiteral("resized"),
         QT_TRANSLATE_NOOP("fd::calendar::dock::CalendarDock", "Length changed")},
        {QStringLiteral("cancelled"),
         QT_TRANSLATE_NOOP("fd::calendar::dock::CalendarDock", "Cancelled")},
        {QStringLiteral("no_show"),
         QT_TRANSLATE_NOOP("fd::calendar::dock::CalendarDock", "No-show")},
        {QStringLiteral("status"),
         QT_TRANSLATE_NOOP("fd::calendar::dock::CalendarDock", "Status changed")},
        {QStringLiteral("rescheduled"),
         QT_TRANSLATE_NOOP("fd::calendar::dock::CalendarDock", "Rescheduled")},
        {QStringLiteral("merged"),
         QT_TRANSLATE_NOOP("fd::calendar::dock::CalendarDock", "Patient merged")},
    };
    const auto it = names.constFind(id);
    return it == names.cend()
               ? id
               : QCoreApplication::translate("fd::calendar::dock::CalendarDock", *it);
}

}  // namespace

QMenu* CalendarDock::contextMenuFor(const QString& id, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("fd.calendar.itemMenu"));
    const std::optional<Appointment> a = current(id);  // also one outside the dates shown
    const bool holds = a && holdsTime(a->status);
    auto add = [&](const QString& name, const QString& text, bool enabled, auto slot) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        action->setEnabled(enabled);
        return action;
    };
    add(QStringLiteral("fd.calendar.item.edit"), tr("&Edit…"), holds && m_services.can(perm::kBook),
        [this, id] { editAppointment(id); });
    add(QStringLiteral("fd.calendar.item.cancel"), tr("&Cancel Appointment…"),
        holds && m_services.can(perm::kCancel), [this, id] { cancelAppointment(id); });
    add(QStringLiteral("fd.calendar.item.noShow"), tr("Mark &No-Show"),
        holds && m_services.can(perm::kCancel) && a->start <= m_services.nowUtc(),
        [this, id] { markNoShow(id); });
    menu->addSeparator();
    add(QStringLiteral("fd.calendar.item.history"), tr("Reschedule &History…"), a.has_value(),
        [this, id] { showHistory(id); });
    if (a && !a->seriesId.isEmpty()) {
        QMenu* series = menu->addMenu(tr("&Series"));
        series->setObjectName(QStringLiteral("fd.calendar.item.series"));
        const bool book = holds && m_services.can(perm::kBook);
        const bool cancel = holds && m_services.can(perm::kCancel);
        const struct
        {
            SeriesScope scope;
            const char* key;
            QString change;
            QString cancelText;
        } scopes[] = {
            {SeriesScope::One, "one", tr("Change &This One…"), tr("Cancel This One…")},
            {SeriesScope::ThisAndFollowing, "following", tr("Change This and &Following…"),
             tr("Cancel This and Following…")},
            {SeriesScope::All, "all", tr("Change &All…"), tr("Cancel All…")},
        };
        for (const auto& s : scopes) {
            QAction* change = series->addAction(
                s.change, this, [this, id, scope = s.scope] { changeSeries(id, scope); });
            change->setObjectName(
                QStringLiteral("fd.calendar.series.change.%1").arg(QLatin1String(s.key)));
            change->setEnabled(book);
        }
        series->addSeparator();
        for (const auto& s : scopes) {
            QAction* cancelAction = series->addAction(
                s.cancelText, this, [this, id, scope = s.scope] { cancelSeries(id, scope); });
            cancelAction->setObjectName(
                QStringLiteral("fd.calendar.series.cancel.%1").arg(QLatin1String(s.key)));
            cancelAction->setEnabled(cancel);
        }
    }
    return menu;
}

void CalendarDock::editAppointment(const QString& id)
{
    const auto a = current(id);
    if (!a)
        return;
    AppointmentDialog dialog(m_services, *m_source, *a, this);
    dialog.bookButton()->setEnabled(holdsTime(a->status) && m_services.can(perm::kBook));
    const int answer = dialog.exec();
    if (answer == QDialog::Accepted || dialog.result()) {
        refresh();
        m_view->selectItem(id);
        if (answer == QDialog::Accepted)
            showMessage(tr("Appointment changed."), false);
    }
}

void CalendarDock::cancelAppointment(const QString& id, quint64 request)
{
    const auto a = current(id);
    if (!a) {
        m_view->refuse(request, m_message->text());
        return;
    }
    if (!m_services.can(perm::kCancel)) {
        const QString text = tr("Your role does not include cancelling appointments.");
        m_view->refuse(request, text);
        showMessage(text);
        return;
    }
    const QString reason = askReason(
        tr("Cancel Appointment"),
        tr("Why is %1's appointment cancelled?").arg(m_source->names().name(a->patientId)),
        {tr("Patient called to cancel"), tr("Feeling better"), tr("Transportation problem"),
         tr("Work conflict"), tr("Provider unavailable")});
    if (reason.isEmpty()) {
        m_view->refuse(request, tr("The appointment was not cancelled: a reason is needed."));
        return;
    }
    auto cancelled = m_services.appointments->cancel(a->id, a->rowVersion, reason);
    if (!cancelled) {
        m_view->refuse(request, cancelled.error().message);
        showMessage(cancelled.error().message);
        return;
    }
    m_view->accept(request);
    refresh();
    showMessage(tr("Cancelled: %1.").arg(reason), false);
    offerFreedTime(a->id);
}

void CalendarDock::markNoShow(const QString& id)
{
    const auto a = current(id);
    if (!a)
        return;
    auto marked = m_services.appointments->markNoShow(a->id, a->rowVersion);
    if (!marked) {
        showMessage(marked.error().message);
        return;
    }
    refresh();
    showMessage(tr("Marked as a no-show."), false);
    offerFreedTime(a->id);
}

void CalendarDock::offerFreedTime(const QString& appointmentId)
{
    if (!m_services.can(perm::kBook))
        return;
    auto matches = m_services.waitlist->matchFreed(appointmentId);
    if (!matches || matches->empty())
        return;
    const auto freed = current(appointmentId);
    if (!freed)
        return;
    WaitlistOfferDialog dialog(m_services, *m_source, *freed, std::move(matches.value()), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return;
    refresh();
    m_view->selectItem(dialog.result()->id);
    showMessage(
        tr("Booked %1 from the waitlist.").arg(m_source->names().name(dialog.result()->patientId)),
        false);
}

void CalendarDock::showHistory(const QString& id)
{
    auto history = m_services.appointments->history(id);
    if (!history) {
        showMessage(history.error().message);
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("fd.calendar.history"));
    dialog.setWindowTitle(tr("Appointment History"));
    auto* tree = new QTreeWidget(&dialog);
    tree->setObjectName(QStringLiteral("fd.calendar.history.list"));
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels({tr("When"), tr("What"), tr("From"), tr("To"), tr("Reason")});
    const QString format = QStringLiteral("MM/dd/yyyy h:mm AP");
    auto shown = [&](const QDateTime& t, const QString& provider) {
        if (!t.isValid())
            return QString();
        const QString when = m_source->toDisplay(t).toString(format);
        return provider.isEmpty() ? when : tr("%1, %2").arg(when, m_source->providerName(provider));
    };
    for (const HistoryEntry& e : history.value())
        new QTreeWidgetItem(tree, {m_source->toDisplay(e.at).toString(format),
                                   historyAction(e.action), shown(e.fromStart, e.fromProviderId),
                                   shown(e.toStart, e.toProviderId), e.reason});
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog.resize(760, 320);
    dialog.exec();
}

void CalendarDock::changeSeries(const QString& id, SeriesScope scope)
{
    const auto a = current(id);
    if (!a || a->seriesId.isEmpty())
        return;
    const QDateTime local = a->start.toTimeZone(m_source->zoneOf(a->locationId));
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("fd.calendar.seriesChange"));
    dialog.setWindowTitle(tr("Change Recurring Appointments"));
    auto* time = new QTimeEdit(local.time(), &dialog);
    time->setObjectName(QStringLiteral("fd.calendar.seriesChange.time"));
    time->setDisplayFormat(QStringLiteral("h:mm AP"));
    auto* shift = new QSpinBox(&dialog);
    shift->setObjectName(QStringLiteral("fd.calendar.seriesChange.days"));
    shift->setRange(-6, 6);
    shift->setSuffix(tr(" days"));
    auto* minutes = new QSpinBox(&dialog);
    minutes->setObjectName(QStringLiteral("fd.calendar.seriesChange.minutes"));
    minutes->setRange(5, 8 * 60);
    minutes->setSingleStep(5);
    minutes->setSuffix(tr(" min"));
    minutes->setValue(int(a->start.secsTo(a->end) / 60));
    auto* message = new QLabel(&dialog);
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    message->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Start at"), time);
    form->addRow(tr("Move by"), shift);
    form->addRow(tr("Length"), minutes);
    form->addRow(message);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        SeriesChange change;
        if (time->time() != local.time())
            change.localStart = QTime(time->time().hour(), time->time().minute());
        if (shift->value() != 0)
            change.dayShift = shift->value();
        if (minutes->value() != int(a->start.secsTo(a->end) / 60))
            change.durationMinutes = minutes->value();
        auto edited = m_services.series->edit(a->seriesId, a->occurrenceDate, scope, change);
        if (!edited) {
            message->setText(BookingRefusal::of(edited.error()).message);
            message->show();
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    showMessage(tr("Recurring appointments changed."), false);
}

void CalendarDock::cancelSeries(const QString& id, SeriesScope scope)
{
    const auto a = current(id);
    if (!a || a->seriesId.isEmpty())
        return;
    const QString reason = askReason(
        tr("Cancel Recurring Appointments"), tr("Why are they cancelled?"),
        {tr("Patient called to cancel"), tr("Treatment finished"), tr("Provider unavailable")});
    if (reason.isEmpty())
        return;
    SeriesChange change;
    change.cancel = true;
    change.cancelReason = reason;
    auto edited = m_services.series->edit(a->seriesId, a->occurrenceDate, scope, change);
    if (!edited) {
        showMessage(edited.error().message);
        return;
    }
    refresh();
    showMessage(
        tr("Cancelled %n appointment(s) of the series.", nullptr, int(edited->booked.size())),
        false);
}

}  // namespace fd::calendar::dock
