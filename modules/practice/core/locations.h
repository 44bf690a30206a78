#pragma once

#include "common/result.h"
#include "practice/core/practice_types.h"

#include <QTimeZone>

#include <vector>

namespace fd::practice {

// Where the practice sees patients. Reads need practice.view, changes practice.edit; every
// change is one transaction, audited with the prior values.
class ILocationService
{
public:
    virtual ~ILocationService() = default;
    virtual Result<std::vector<Location>> list() const = 0;
    virtual Result<Location> find(const QString& id) const = 0;
    // Creates (empty id) or updates (checked against rowVersion) a location and its resources;
    // resources missing from the list are removed. Returns the saved location.
    virtual Result<Location> save(const Location& location) = 0;
    virtual Status remove(const QString& id, qint64 rowVersion) = 0;
    // The zone appointments at the location are shown and reasoned about in.
    virtual Result<QTimeZone> timeZoneOf(const QString& locationId) const = 0;
};

}  // namespace fd::practice
