#pragma once

#include "calendar/ui/calendar_view_data.h"

#include <QListWidget>

namespace fd::calendar::ui {

// Items cut from the calendar to be pasted on another day or provider. The list holds copies;
// the item stays booked where it was until a paste is accepted.
class CalendarPinboard final : public QListWidget
{
    Q_OBJECT

public:
    explicit CalendarPinboard(QWidget* parent = nullptr);

    void pin(const CalendarItem& item);
    void unpin(const QString& id);
    bool contains(const QString& id) const;
    // The chosen entry, or the only one; nullptr when there is none to paste.
    const CalendarItem* current() const;
    const std::vector<CalendarItem>& pinned() const { return m_items; }

signals:
    void pinnedChanged();

private:
    std::vector<CalendarItem> m_items;
};

}  // namespace fd::calendar::ui
