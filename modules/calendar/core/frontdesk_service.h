#pragma once

#include "accounts/core/ledger.h"
#include "calendar/core/calendar_context.h"
#include "calendar/core/frontdesk.h"
#include "practice/core/payers.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace fd::calendar {

// The services the front desk works through.
struct FrontDeskSources
{
    std::shared_ptr<IAppointmentService> appointments;
    std::shared_ptr<IScheduleAdmin> admin;
    std::shared_ptr<accounts::ILedger> ledger;
    std::shared_ptr<patients::ICoverageService> coverages;
    std::shared_ptr<practice::IPayerService> payers;  // optional: payer names
};

class FrontDeskService final : public IFrontDesk
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::FrontDeskService)

public:
    FrontDeskService(CalendarContext ctx, FrontDeskSources sources)
        : m_ctx(std::move(ctx)), m_src(std::move(sources))
    {
    }

    Result<std::vector<FlowRow>> board(const FlowQuery& query) override;
    void refreshWaits(std::vector<FlowRow>& rows) const override;
    Result<Appointment> advance(const QString& appointmentId, AppointmentStatus status) override;

    Result<CheckInInfo> checkInInfo(const QString& appointmentId) override;
    Result<CheckInResult> checkIn(const CheckInRequest& request) override;
    Result<std::vector<CheckInRecord>> checkIns(const QString& appointmentId) override;

    Result<FollowUpProposal> proposeFollowUp(const QString& appointmentId,
                                             const FollowUpRequest& request) override;
    Result<CheckOutResult> checkOut(const QString& appointmentId, const FollowUpRequest& request,
                                    const std::optional<FoundSlot>& slot) override;

private:
    // The appointment's day at its location.
    Result<QDate> localDay(const Appointment& appointment, const QDateTime& at) const;
    Status fillCoverages(CheckInInfo& info) const;
    QHash<QString, patients::PatientName> namesOf(const QStringList& patientIds) const;
    static void setPatient(FlowRow& row, const patients::PatientName& name);
    Status fillConfirmations(CheckInInfo& info) const;
    Result<std::vector<CheckInRecord>> loadCheckIns(const QString& where,
                                                    const QVariantList& binds) const;
    Result<CheckInRecord> writeCheckIn(const CheckInRecord& record);
    Result<AppointmentType> followUpType(const Appointment& visit,
                                         const FollowUpRequest& request) const;

    CalendarContext m_ctx;
    FrontDeskSources m_src;
};

}  // namespace fd::calendar
