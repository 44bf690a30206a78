#pragma once

#include "practice/core/fee_schedules.h"
#include "practice/core/practice_service_context.h"

namespace fd::practice {

class FeeScheduleService final : public IFeeScheduleService
{
public:
    explicit FeeScheduleService(PracticeServiceContext context) : m_ctx(std::move(context)) {}

    Result<std::vector<FeeSchedule>> list(const std::optional<QString>& payerId) const override;
    Result<std::vector<FeeItem>> items(const QString& scheduleId) const override;
    Result<FeeSchedule> addSchedule(const FeeSchedule& schedule, const std::vector<FeeItem>& items) override;
    Result<FeeSchedule> importCsv(const FeeSchedule& schedule, const QByteArray& csv) override;
    Status setItem(const QString& scheduleId, const FeeItem& item) override;
    Result<FeeItem> chargeFor(const QString& code, const QString& modifier, const QDate& date) const override;
    Result<FeeItem> allowedFor(const QString& payerId, const QString& code, const QString& modifier,
                               const QDate& date) const override;
    Result<FeeQuote> quote(const QString& payerId, const QString& code, const QString& modifier,
                           const QDate& date) const override;

private:
    Result<std::vector<FeeSchedule>> load(const QString& where, const QVariantList& binds) const;
    Status fitDates(storage::Transaction& tx, const FeeSchedule& schedule, QDate* effectiveTo);
    // The item of the schedule of `payerId` ("" = charge master) in effect on `date`.
    Result<std::pair<QString, FeeItem>> lookup(const QString& payerId, const QString& code, const QString& modifier,
                                               const QDate& date) const;

    mutable PracticeServiceContext m_ctx;
};

}  // namespace fd::practice
