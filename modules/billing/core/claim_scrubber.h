#pragma once

#include "billing/core/scrub.h"
#include "practice/core/practice_types.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <vector>

namespace fd::billing {

// One row of a CMS NCCI procedure-to-procedure table: column 2 is not paid with column 1 on
// the same day, unless the modifier indicator is 1 and column 2 carries an NCCI-associated
// modifier; indicator 9 means the edit does not apply.
struct NcciEdit
{
    QString column1;
    QString column2;
    QDate effective;
    QDate deletion;  // null: in force
    int modifierIndicator = 0;  // 0, 1, 9

    bool inForceOn(const QDate& day) const
    {
        return effective <= day && (deletion.isNull() || day <= deletion);
    }
};

struct ScrubCoverage
{
    QString id;
    QString payerId;
    QString memberId;
    int order = 1;
    QDate effectiveFrom;
    QDate effectiveTo;  // null: open-ended

    bool activeOn(const QDate& day) const
    {
        return effectiveFrom <= day && (effectiveTo.isNull() || day <= effectiveTo);
    }
};

struct ScrubPatient
{
    QDate birthDate;
    QDate deceasedDate;
    std::vector<ScrubCoverage> coverages;  // every coverage, current and past
    QString unreadable;  // why the record could not be read (the rules that need it report it)
};

// A service on another live claim, for the duplicate rule.
struct BilledService
{
    QString claimId;
    QString claimNumber;
    QString encounterId;
};

// Services on live original claims, by ScrubFacts::billedKey.
using BilledServices = QHash<QString, std::vector<BilledService>>;

// What the rules read besides the claim, loaded in bulk for a whole run (ScrubFactsLoader).
struct ScrubFacts
{
    QDate today;
    QString practiceNpi;
    QString taxId;
    QString practiceTaxonomy;
    QHash<QString, practice::Provider> providers;  // by id
    QHash<QString, practice::Payer> payers;        // by id
    QHash<QString, PayerBillingRule> payerRules;   // by payer id
    QHash<QString, ScrubPatient> patients;         // by patient id
    // "CODE|YYYY-MM-DD" -> why the diagnosis is not valid then; absent: valid.
    QHash<QString, QString> diagnosisProblems;
    // "COLUMN1|COLUMN2" -> the edit rows of the pair.
    QHash<QString, std::vector<NcciEdit>> ncci;
    // "PATIENT|YYYY-MM-DD|CODE|PAYER" -> live original claims billing it.
    BilledServices billed;

    static QString diagnosisKey(const QString& code, const QDate& day);
    static QString ncciKey(const QString& column1, const QString& column2);
    static QString billedKey(const QString& patientId, const QDate& day, const QString& code,
                             const QString& payerId);
};

// The rule engine: pure functions of a claim and its facts, no database. Each rule has a stable
// id; the table of rules is in docs/CLAIM_SCRUBBER.md.
class ClaimScrubber
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ClaimScrubber)

public:
    // Every finding of every rule, in rule order.
    static std::vector<ScrubFinding> scrub(const Claim& claim, const ScrubFacts& facts);

    // Formats the rules check.
    static bool isNpi(const QString& npi);             // ten digits, Luhn over 80840 + the first nine
    static bool isTaxId(const QString& taxId);         // nine digits, not all zeros
    static bool isTaxonomy(const QString& taxonomy);   // NUCC: ten characters, 3 digits, 6 letters/digits, X
    static bool isNcciModifier(const QString& modifier);
    // Days of the timely filing limit before a warning is given.
    static constexpr int kTimelyWarningDays = 30;
};

// The rule groups (claim_scrubber_*.cpp); each appends its findings to `out`.
namespace scrub_rules {
using Findings = std::vector<ScrubFinding>;
void providers(const Claim& claim, const ScrubFacts& facts, Findings& out);
void coverage(const Claim& claim, const ScrubFacts& facts, Findings& out);
void diagnoses(const Claim& claim, const ScrubFacts& facts, Findings& out);
void lines(const Claim& claim, const ScrubFacts& facts, Findings& out);
void ncci(const Claim& claim, const ScrubFacts& facts, Findings& out);
void dates(const Claim& claim, const ScrubFacts& facts, Findings& out);
void payerRules(const Claim& claim, const ScrubFacts& facts, Findings& out);
void duplicates(const Claim& claim, const ScrubFacts& facts, Findings& out);
void timelyFiling(const Claim& claim, const ScrubFacts& facts, Findings& out);

// How messages name a claim: its number (CLM01), else its id.
QString label(const Claim& claim);
// A finding of `claim` (line 0: the claim as a whole).
ScrubFinding finding(const Claim& claim, const char* ruleId, ScrubSeverity severity, int line,
                     const QString& field, const QString& message, const QString& fix);
}  // namespace scrub_rules

}  // namespace fd::billing
