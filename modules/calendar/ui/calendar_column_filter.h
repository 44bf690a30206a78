#pragma once

#include "calendar/ui/calendar_view_data.h"

#include <QAbstractListModel>
#include <QSet>

namespace fd::calendar::ui {

// Which resources the calendar shows: one checkable row per resource (a list view over it is
// the provider filter) and an optional location. Hidden resources stay hidden across reloads.
class CalendarColumnFilter final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ResourceIdRole = Qt::UserRole + 1,
        LocationIdRole
    };

    explicit CalendarColumnFilter(QObject* parent = nullptr);

    void setResources(const std::vector<CalendarResource>& resources);
    const std::vector<CalendarResource>& resources() const { return m_resources; }

    void setResourceVisible(const QString& resourceId, bool visible);
    void showOnly(const QStringList& resourceIds);
    void showAll();
    // Shows only resources at this location; an empty id shows every location.
    void setLocation(const QString& locationId);
    QString location() const { return m_location; }

    bool isVisible(const CalendarResource& resource) const;
    std::vector<CalendarResource> visibleResources() const;
    QSet<QString> visibleIds() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void filterChanged();

private:
    void changed();

    std::vector<CalendarResource> m_resources;
    QSet<QString> m_hidden;
    QString m_location;
};

}  // namespace fd::calendar::ui
