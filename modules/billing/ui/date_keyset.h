#pragma once

#include <QDate>
#include <QSet>
#include <QString>

namespace fd::billing::ui {

// Paging over a service that lists rows in service-date order with a date range and a limit
// but no offset: the next page starts at the last date seen and asks for as many more rows
// as were already seen on that date, skipping those. Each page is one bounded query, and a
// row added meanwhile on an earlier date does not shift the pages.
class DateKeyset
{
public:
    void reset()
    {
        m_seen.clear();
        m_last = {};
        m_atLast = 0;
    }
    // The `from` of the next page's query, given the user's own lower bound.
    QDate from(const QDate& floor) const
    {
        if (!m_last.isValid())
            return floor;
        return floor.isValid() && floor > m_last ? floor : m_last;
    }
    // Rows of the last date the next page will list again.
    int overlap() const { return m_atLast; }
    // False when the row was on an earlier page.
    bool take(const QString& id, const QDate& date)
    {
        if (m_seen.contains(id))
            return false;
        m_seen.insert(id);
        if (date != m_last) {
            m_last = date;
            m_atLast = 0;
        }
        ++m_atLast;
        return true;
    }

private:
    QSet<QString> m_seen;
    QDate m_last;
    int m_atLast = 0;
};

}  // namespace fd::billing::ui
