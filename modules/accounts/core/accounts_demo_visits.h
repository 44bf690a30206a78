#pragma once

#include "common/result.h"
#include "common/service_registry.h"
#include "demo/demo_random.h"
#include "patients/core/patient_types.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <map>
#include <vector>

namespace fd::accounts {

// What the demo ledger knows of the practice and its visits (accounts_demo.cpp).

enum class Plan
{
    Commercial,
    Medicare,
    Medicaid,
    SelfPay
};

struct DemoProvider
{
    QString id;
    QString locationId;
    QString npi;
};

struct DemoPatient
{
    QString id;
    QString accountNumber;
    QDate birthDate;
    bool seen = false;  // had a visit in the demo's history (else a visit may be a new patient's)
    bool coverageLoaded = false;
    std::vector<patients::Coverage> coverages;
};

struct DemoLine
{
    QString lineId;
    QString chargeId;
    QString code;
    qint64 charge = 0;
};

struct Visit
{
    int patient = -1;
    int provider = -1;
    QDate date;
    QString claimId;  // insured visits: one claim for the visit's lines
    Plan plan = Plan::SelfPay;
    QString payerId;
    qint64 copay = 0;
    int coinsurance = 0;    // percent
    qint64 deductible = 0;  // a year's
    bool preventive = false;
    std::vector<DemoLine> lines;
};

// The patient's part of an allowed amount, by reason.
struct Share
{
    qint64 copay = 0;
    qint64 deductible = 0;
    qint64 coinsurance = 0;
};

// Preventive care is free to the patient; otherwise the copay (what is left of it for the
// visit) comes first, then what is left of the year's deductible, then coinsurance on the
// rest (not on a line that took the copay).
Share patientShare(const Visit& visit, qint64 allowed, qint64 copayLeft, qint64 deductibleMet);

// Monday to Friday except the federal holidays a practice closes for.
bool isWorkingDay(const QDate& day);
// "card ending 4821, approval 7F3K2Q": what the terminal prints, never the card number.
QString cardReference(demo::DemoRandom& random);
// A payer's EFT trace number for its payments of one day.
QString eftTrace(const QString& payerId, const QDate& day);

// Plans, prices and the services of a primary-care visit, from the practice's payers, fee
// schedules and the patients' coverages (through their services, cached).
class VisitPricing
{
public:
    VisitPricing(ServiceRegistry& services, const QDate& today);

    // The patient's plan on `day` from their primary coverage (self-pay without one).
    Result<Visit> plan(DemoPatient& patient, int index, const QDate& day);
    // The codes of one visit: an E/M (new patient, established or preventive by age) and the
    // tests, shots and procedures a primary-care visit adds.
    std::vector<QString> services(demo::DemoRandom& random, const DemoPatient& patient,
                                  const QDate& day, bool* preventive) const;
    // The charge master's price on `day` (the current one before the oldest schedule);
    // NotFound when the practice does not bill the code.
    Result<qint64> price(const QString& code, const QDate& day);
    // The payer's allowed amount, or the usual share of the charge for its kind of plan
    // when the payer has no schedule for the code.
    Result<qint64> allowed(const QString& payerId, Plan plan, const QString& code, const QDate& day,
                           qint64 charge);
    // Days from the visit to the remittance: the payer's usual lag, and a few claims that
    // wait months on an appeal or on records.
    int remitLag(demo::DemoRandom& random, Plan plan) const;

private:
    ServiceRegistry& m_services;
    QDate m_today;
    QHash<QString, Plan> m_payerPlans;
    std::map<std::pair<QString, int>, qint64> m_prices;       // (code, year)
    std::map<std::pair<QString, QString>, qint64> m_allowed;  // (payer, code|year)
};

}  // namespace fd::accounts
