#include "calendar/ui/calendar_pinboard.h"

#include "calendar/ui/calendar_painter.h"

namespace fd::calendar::ui {

CalendarPinboard::CalendarPinboard(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("calendarPinboard"));
    setAccessibleName(tr("Pinboard"));
    setToolTip(
        tr("Appointments cut from the calendar. Choose one, pick a slot and paste (Ctrl+V)."));
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void CalendarPinboard::pin(const CalendarItem& item)
{
    if (contains(item.id))
        return;
    m_items.push_back(item);
    const QLocale locale;
    const qint64 minutes = item.start.secsTo(item.end) / 60;
    auto* row = new QListWidgetItem(
        tr("%1 — %2 %3 (%n min)", nullptr, int(minutes))
            .arg(item.title, locale.toString(item.start.date(), QLocale::ShortFormat),
                 CalendarPainter::shortTime(locale, item.start.time())));
    row->setData(Qt::UserRole, item.id);
    row->setToolTip(CalendarPainter::itemSummary(item, locale));
    addItem(row);
    setCurrentItem(row);
    emit pinnedChanged();
}

void CalendarPinboard::unpin(const QString& id)
{
    for (int r = 0; r < count(); ++r) {
        if (QListWidget::item(r)->data(Qt::UserRole).toString() == id) {
            delete takeItem(r);
            break;
        }
    }
    std::erase_if(m_items, [&](const CalendarItem& i) { return i.id == id; });
    emit pinnedChanged();
}

bool CalendarPinboard::contains(const QString& id) const
{
    return std::any_of(m_items.begin(), m_items.end(),
                       [&](const CalendarItem& i) { return i.id == id; });
}

const CalendarItem* CalendarPinboard::current() const
{
    QString id;
    if (currentItem())
        id = currentItem()->data(Qt::UserRole).toString();
    else if (m_items.size() == 1)
        id = m_items.front().id;
    for (const CalendarItem& i : m_items)
        if (i.id == id)
            return &i;
    return nullptr;
}

}  // namespace fd::calendar::ui
