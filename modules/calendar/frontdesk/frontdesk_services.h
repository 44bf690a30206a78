#pragma once

#include "accounts/render/receipt_builder.h"
#include "calendar/core/calendar.h"
#include "calendar/core/frontdesk.h"
#include "calendar/core/insurance_check.h"
#include "common/clock.h"
#include "common/service_registry.h"
#include "practice/core/locations.h"
#include "practice/core/providers.h"
#include "security/interfaces.h"

#include <QColor>
#include <QCoreApplication>

#include <memory>

namespace fd::calendar::frontdesk {

// The services the Front desk dock and its dialogs use, looked up once every module has
// published.
struct FrontdeskServices
{
    std::shared_ptr<IFrontDesk> desk;
    std::shared_ptr<IScheduleAdmin> admin;
    std::shared_ptr<practice::ILocationService> locations;
    std::shared_ptr<practice::IProviderService> providers;
    std::shared_ptr<security::IAccessControl> access;
    std::shared_ptr<IClock> clock;  // optional: the system clock without one
    accounts::render::ReceiptSources receipts;
    std::shared_ptr<IInsuranceCheck> insurance;  // optional: published by billing

    static FrontdeskServices from(const ServiceRegistry& registry);
    bool complete() const { return desk && admin && locations && providers && access; }
    bool can(const QString& permission) const { return access && access->can(permission); }
    QDateTime now() const { return clock ? clock->nowUtc() : QDateTime::currentDateTimeUtc(); }
    QDate today() const { return now().toLocalTime().date(); }
};

// Words and colors of the day's statuses.
class StatusLook
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::frontdesk::StatusLook)

public:
    static QString text(AppointmentStatus status);
    static QColor background(AppointmentStatus status);
    static QColor lateBackground();
};

}  // namespace fd::calendar::frontdesk
