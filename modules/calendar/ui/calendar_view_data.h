#pragma once

// The calendar view's own plain data. The view knows nothing of the scheduling core: the
// dock fills these from the core's services through ICalendarDataSource.

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace fd::calendar::ui {

enum class ItemStatus
{
    Scheduled,
    Confirmed,
    Arrived,
    Roomed,
    WithProvider,
    CheckedOut,
    Cancelled,
    NoShow
};

enum class BackgroundKind
{
    Open,     // bookable hours; everything outside them is shaded as closed
    Block,    // lunch, admin time, meetings: shaded with a label
    Holiday,  // closed for the day or part of it: hatched with a label
};

// Someone or something booked: a provider, usually.
struct CalendarResource
{
    QString id;
    QString title;         // "Dr. Ana Ruiz"
    QString locationId;    // empty when the provider works at one place only
    QString locationName;  // shown under the title
};

// One column of the time grid: a resource on a date. The day view has one per resource, the
// week views one per resource and day.
struct CalendarColumn
{
    QString resourceId;
    QDate date;
    QString title;
    QString location;

    bool isValid() const { return !resourceId.isEmpty() && date.isValid(); }
    friend bool operator==(const CalendarColumn& a, const CalendarColumn& b)
    {
        return a.resourceId == b.resourceId && a.date == b.date;
    }
};

struct CalendarItem
{
    QString id;
    QString resourceId;
    QDateTime start;  // in the view's display zone
    QDateTime end;
    QString title;  // what the front desk recognizes: the patient's name as the practice shows it
    QString subtitle;  // appointment type, reason
    QColor color;      // the appointment type's color; invalid for the default
    ItemStatus status = ItemStatus::Scheduled;
    bool overbook = false;
    bool recurring = false;

    bool isMuted() const { return status == ItemStatus::Cancelled || status == ItemStatus::NoShow; }
};

struct BackgroundRange
{
    QString resourceId;
    QDateTime start;
    QDateTime end;
    BackgroundKind kind = BackgroundKind::Open;
    QString label;  // "Lunch", "Thanksgiving"
};

// What the view asks for whenever its dates change or reload() is called.
struct CalendarFetch
{
    std::vector<CalendarItem> items;
    std::vector<BackgroundRange> backgrounds;
};

class ICalendarDataSource
{
public:
    virtual ~ICalendarDataSource() = default;
    // The zone in which every QDateTime handed to the view is expressed.
    virtual QTimeZone displayZone() const = 0;
    virtual std::vector<CalendarResource> resources() const = 0;
    // Items and backgrounds whose start falls on a date in [from, to] (both inclusive), for the
    // given resources (all when the list is empty).
    virtual CalendarFetch fetch(const QDate& from, const QDate& to,
                                const QStringList& resourceIds) const = 0;
};

// A data source held in memory: the owner sets resources and items and calls the view's
// reload(). Used where the data is already at hand (previews, tests, screenshots).
class MemoryCalendarSource final : public ICalendarDataSource
{
public:
    explicit MemoryCalendarSource(QTimeZone zone = QTimeZone::utc()) : m_zone(std::move(zone)) {}

    QTimeZone displayZone() const override { return m_zone; }
    std::vector<CalendarResource> resources() const override { return m_resources; }
    CalendarFetch fetch(const QDate& from, const QDate& to,
                        const QStringList& resourceIds) const override;

    void setResources(std::vector<CalendarResource> resources)
    {
        m_resources = std::move(resources);
    }
    void setItems(std::vector<CalendarItem> items) { m_items = std::move(items); }
    void setBackgrounds(std::vector<BackgroundRange> ranges) { m_backgrounds = std::move(ranges); }
    std::vector<CalendarItem>& items() { return m_items; }
    const CalendarItem* item(const QString& id) const;

private:
    QTimeZone m_zone;
    std::vector<CalendarResource> m_resources;
    std::vector<CalendarItem> m_items;
    std::vector<BackgroundRange> m_backgrounds;
};

}  // namespace fd::calendar::ui

Q_DECLARE_METATYPE(fd::calendar::ui::CalendarColumn)
