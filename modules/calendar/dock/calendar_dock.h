#pragma once

#include "calendar/dock/dock_services.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QListView;
class QMenu;
class QToolButton;

namespace fd::calendar::ui {
class CalendarView;
struct CalendarColumn;
}  // namespace fd::calendar::ui

namespace fd::calendar::dock {

class CoreCalendarSource;

// The front desk's calendar: the painted view over the scheduling core, with the date, view
// mode, zoom, location and provider filters above it. Dragging or typing on the grid asks the
// core: bookings open the appointment dialog, moves and resizes go to the appointment service
// and a refusal puts the appointment back with the rules' reason (a user who may overbook is
// offered to, with a reason). What the role may not do is disabled here and refused by the
// services anyway.
class CalendarDock final : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarDock(DockServices services, QWidget* parent = nullptr);
    ~CalendarDock() override;

    // Reads the appointments of the shown dates again (after every change).
    void refresh();
    // Reads providers, locations, types and templates again, then the appointments.
    void reloadPractice();
    void focusCalendar();
    void goToday();

    // Opens the booking dialog for the view's cursor (Enter on a free slot does the same).
    void bookAtCursor();
    void findFirstAvailable();
    // Opens Export Schedule for the selected provider (else the first shown) and the dates
    // in view; the message line says what was written.
    void exportSchedule();
    void editAppointment(const QString& id);
    // Asks for the reason; `request` is the view's, when the view asked (Delete).
    void cancelAppointment(const QString& id, quint64 request = 0);
    void markNoShow(const QString& id);
    void showHistory(const QString& id);
    void changeSeries(const QString& id, SeriesScope scope);
    void cancelSeries(const QString& id, SeriesScope scope);
    // Offers the time an appointment left to the waitlist's patients who fit it.
    void offerFreedTime(const QString& appointmentId);
    // The menu of an appointment (edit, cancel, no-show, history, series); the caller owns it.
    QMenu* contextMenuFor(const QString& id, QWidget* parent);

    ui::CalendarView* view() const { return m_view; }
    CoreCalendarSource* source() const { return m_source.get(); }
    QLabel* messageLabel() const { return m_message; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* modeBox() const { return m_mode; }
    QComboBox* locationBox() const { return m_location; }
    QListView* providerList() const { return m_providers; }
    QToolButton* todayButton() const { return m_today; }
    QToolButton* previousButton() const { return m_previous; }
    QToolButton* nextButton() const { return m_next; }
    QToolButton* findButton() const { return m_find; }
    QToolButton* bookButton() const { return m_book; }
    QToolButton* exportButton() const { return m_export; }

private:
    void buildDenied();
    void buildScreen();
    QWidget* buildToolbar();
    void step(int direction);
    void syncToolbar();
    void showMessage(const QString& text, bool error = true);
    QDate today() const;

    // calendar_dock_requests.cpp: the view's requests.
    void onCreate(const ui::CalendarColumn& column, const QDateTime& start, const QDateTime& end,
                  quint64 request);
    void onMove(const QString& id, const ui::CalendarColumn& column, const QDateTime& start,
                quint64 request);
    void onResize(const QString& id, const QDateTime& end, quint64 request);
    // Runs a change; on an overbookable refusal a permitted user is asked for a reason and it
    // runs again as an overbook. Answers the view's request either way.
    bool applyChange(quint64 request,
                     const std::function<Result<Appointment>(const Overbook&)>& change,
                     const QString& done);
    QString askOverbookReason(const QString& refusal);
    QString askReason(const QString& title, const QString& label, const QStringList& choices);
    std::optional<Appointment> current(const QString& id);

    DockServices m_services;
    std::unique_ptr<CoreCalendarSource> m_source;
    ui::CalendarView* m_view = nullptr;
    QLabel* m_message = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_location = nullptr;
    QListView* m_providers = nullptr;
    QToolButton* m_today = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_find = nullptr;
    QToolButton* m_book = nullptr;
    QToolButton* m_export = nullptr;
};

}  // namespace fd::calendar::dock
