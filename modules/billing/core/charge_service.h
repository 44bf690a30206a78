#pragma once

#include "billing/core/billing.h"
#include "billing/core/billing_context.h"

namespace fd::billing {

class ChargeService final : public IChargeService
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ChargeService)

public:
    explicit ChargeService(BillingContext context) : m_ctx(std::move(context)) {}

    Result<Superbill> superbill(const QString& appointmentTypeId, const QString& providerId) override;
    Result<Superbill> saveSuperbill(const Superbill& superbill) override;
    Result<Encounter> enterCharges(const EncounterInput& input) override;
    Result<Encounter> encounter(const QString& encounterId) override;
    Result<std::optional<Encounter>> encounterForAppointment(const QString& appointmentId) override;
    Result<std::vector<UnbilledCharge>> unbilled(const UnbilledFilter& filter) override;

private:
    // The input with what the appointment and the superbill supply filled in.
    Result<EncounterInput> fromAppointment(const EncounterInput& input);
    Result<Encounter> checked(const EncounterInput& input);
    Status checkProviders(const Encounter& e);
    Status checkDiagnoses(Encounter& e);
    Result<ServiceLine> checkedLine(const Encounter& e, const LineInput& in, int position,
                                    const std::vector<patients::PrivacyRestriction>& restrictions);
    Status store(Encounter& e);
    Status post(const Encounter& e, ServiceLine& line, bool insured);
    Result<Superbill> loadSuperbill(const QString& typeId, const QString& providerId);

    BillingContext m_ctx;
};

// Loads encounters with their lines; shared with the claim service.
Result<std::optional<Encounter>> loadEncounter(QSqlDatabase db, const QString& encounterId);
Result<std::vector<ServiceLine>> loadLines(QSqlDatabase db, const QString& where, const QVariantList& binds);
// Whether a "do not bill my plan" restriction keeps the line off claims.
bool restrictedFromPlan(const ServiceLine& line, const std::vector<patients::PrivacyRestriction>& restrictions);

}  // namespace fd::billing
