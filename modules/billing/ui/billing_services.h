#pragma once

#include "billing/core/ack_service.h"
#include "billing/core/batch_history.h"
#include "billing/core/billing.h"
#include "billing/core/eligibility.h"
#include "billing/core/scrub.h"
#include "billing/core/submission.h"
#include "calendar/core/calendar.h"
#include "calendar/core/frontdesk.h"
#include "common/clock.h"
#include "common/money.h"
#include "common/service_registry.h"
#include "patients/core/patients.h"
#include "practice/core/payers.h"
#include "practice/core/providers.h"
#include "security/interfaces.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <memory>

namespace fd::billing::ui {

// The services the billing docks and dialogs use, looked up once every module has published.
struct BillingServices
{
    std::shared_ptr<IChargeService> charges;
    std::shared_ptr<IClaimService> claims;
    std::shared_ptr<IClaimExport> exporter;
    std::shared_ptr<IBatchHistory> batches;
    std::shared_ptr<patients::IPatientService> patients;
    std::shared_ptr<practice::IPayerService> payers;
    std::shared_ptr<practice::IProviderService> providers;
    std::shared_ptr<calendar::IFrontDesk> desk;  // a day's appointments for charge entry
    std::shared_ptr<security::IAccessControl> access;
    std::shared_ptr<IClock> clock;  // optional: the system clock without one
    std::shared_ptr<IClaimScrubber> scrubber;  // optional: findings shown when there is one
    std::shared_ptr<IClaimSubmission> submission;  // optional: sending to the clearinghouse
    std::shared_ptr<IClaimStatus> claimStatus;  // optional: real-time claim status (276/277)
    std::shared_ptr<IAckImport> acks;  // optional: the payer's statuses of a claim
    std::shared_ptr<IEligibilityService> eligibility;  // optional: where the real-time endpoint is

    static BillingServices from(const ServiceRegistry& registry);
    bool complete() const
    {
        return charges && claims && exporter && batches && patients && payers && providers && desk && access;
    }
    bool can(const QString& permission) const { return access && access->can(permission); }
    QDate today() const
    {
        return (clock ? clock->nowUtc() : QDateTime::currentDateTimeUtc()).toLocalTime().date();
    }
};

// Names of patients, payers and providers as the billing lists show them. Patients come from
// the registry's paged list (a list row is not a read of the record, so nothing is audited);
// each list is read again only when an id turns up that the last reading did not have.
class BillingNames
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ui::BillingNames)

public:
    static constexpr int kPatientPage = 1000;

    explicit BillingNames(const BillingServices& services) : m_services(services) {}

    QString patient(const QString& id);
    QString payer(const QString& id);
    QString provider(const QString& id);
    // Forget everything (a new patient, payer or provider may have been added).
    void clear();

private:
    void readPatients();
    void readPayers();
    void readProviders();

    BillingServices m_services;
    QHash<QString, QString> m_patients;
    QSet<QString> m_restricted;
    QHash<QString, QString> m_payers;
    QHash<QString, QString> m_providers;
    bool m_patientsRead = false;
    bool m_payersRead = false;
    bool m_providersRead = false;
};

// Words for the claim statuses, and money in the locale's form from integer cents.
class BillingText
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ui::BillingText)

public:
    static QString status(ClaimStatus status);
    static QString frequency(Frequency frequency);
    // "$1,234.50" in en_US: the digits grouped and the symbol placed as the locale wants,
    // computed on the integer count of cents (no floating point).
    static QString money(Money amount, const QLocale& locale = QLocale());
    static QString date(const QDate& date, const QLocale& locale = QLocale());
    static QString dateTime(const QDateTime& at, const QLocale& locale = QLocale());
    static QString code(const QString& code, const QStringList& modifiers, int units);
};

}  // namespace fd::billing::ui
