#include "calendar/frontdesk/frontdesk_services.h"

namespace fd::calendar::frontdesk {

FrontdeskServices FrontdeskServices::from(const ServiceRegistry& registry)
{
    return {registry.get<IFrontDesk>(),
            registry.get<IScheduleAdmin>(),
            registry.get<practice::ILocationService>(),
            registry.get<practice::IProviderService>(),
            registry.get<security::IAccessControl>(),
            registry.get<IClock>(),
            accounts::render::ReceiptSources::from(registry),
            registry.get<IInsuranceCheck>()};
}

QString StatusLook::text(AppointmentStatus status)
{
    switch (status) {
        case AppointmentStatus::Scheduled:
            return tr("Scheduled");
        case AppointmentStatus::Confirmed:
            return tr("Confirmed");
        case AppointmentStatus::Arrived:
            return tr("Arrived");
        case AppointmentStatus::Roomed:
            return tr("Roomed");
        case AppointmentStatus::WithProvider:
            return tr("With provider");
        case AppointmentStatus::CheckedOut:
            return tr("Checked out");
        case AppointmentStatus::Cancelled:
            return tr("Cancelled");
        case AppointmentStatus::NoShow:
            return tr("No-show");
    }
    return {};
}

QColor StatusLook::background(AppointmentStatus status)
{
    switch (status) {
        case AppointmentStatus::Scheduled:
            return QColor(0xff, 0xff, 0xff);
        case AppointmentStatus::Confirmed:
            return QColor(0xe3, 0xf2, 0xfd);
        case AppointmentStatus::Arrived:
            return QColor(0xff, 0xf3, 0xc4);
        case AppointmentStatus::Roomed:
            return QColor(0xdc, 0xf1, 0xdd);
        case AppointmentStatus::WithProvider:
            return QColor(0xe6, 0xdd, 0xf5);
        case AppointmentStatus::CheckedOut:
            return QColor(0xee, 0xee, 0xee);
        case AppointmentStatus::Cancelled:
        case AppointmentStatus::NoShow:
            return QColor(0xf6, 0xe3, 0xe3);
    }
    return {};
}

QColor StatusLook::lateBackground()
{
    return QColor(0xff, 0xb4, 0xb4);
}

}  // namespace fd::calendar::frontdesk
