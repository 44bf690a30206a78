#pragma once

#include "common/money.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The CMS-1500 (02/12) paper claim, box by box, as the NUCC 1500 Claim Form Reference
// Instruction Manual wants it filled (docs/CMS1500.md). Values are the text printed in each
// box (upper case, no punctuation the manual forbids); the painter places them on the form.
namespace fd::billing::render {

// Item 1: which kind of insurance the claim goes to.
enum class InsuranceType
{
    Medicare,
    Medicaid,
    Tricare,
    Champva,
    GroupHealthPlan,
    FecaBlackLung,
    Other
};
// From the payer's claim filing indicator (837P SBR09): MA, MB, 16 Medicare; MC Medicaid;
// CH TRICARE; VA CHAMPVA; BL, CI, HM, FI, 12-15, 17 group health plan; the rest other.
InsuranceType insuranceTypeFor(const QString& filingIndicator);

// Item 6.
enum class Relationship
{
    Self,
    Spouse,
    Child,
    Other
};
Relationship relationshipFor(const QString& x12Code);  // 18 self, 01 spouse, 19 child

struct Cms1500Address
{
    QString street;
    QString city;
    QString state;
    QString zip;  // digits only
};

// One line of item 24.
struct Cms1500Line
{
    QDate from;              // 24A
    QDate to;
    QString placeOfService;  // 24B
    QString code;            // 24D
    QStringList modifiers;
    QString pointers;        // 24E: letters A-L, no separators ("AB")
    Money charge;            // 24F
    int units = 1;           // 24G
    QString renderingNpi;    // 24J unshaded
    QString renderingOtherQualifier;  // 24I shaded ("ZZ": taxonomy)
    QString renderingOtherId;         // 24J shaded
};

struct Cms1500Claim
{
    QString claimId;
    QString patientId;
    QString claimNumber;  // item 26, the patient's account number on the claim

    QString payerName;  // carrier block
    QStringList payerAddress;

    InsuranceType insuranceType = InsuranceType::GroupHealthPlan;  // 1
    QString insuredId;                                              // 1a
    QString patientName;                                            // 2
    QDate patientBirthDate;                                         // 3
    QString patientSex;                                             // M, F or empty
    QString insuredName;                                            // 4
    Cms1500Address patientAddress;                                  // 5
    Relationship relationship = Relationship::Self;                 // 6
    Cms1500Address insuredAddress;                                  // 7
    QString otherInsuredName;                                       // 9
    QString otherInsuredPolicy;                                     // 9a
    QString otherPlanName;                                          // 9d
    bool employmentRelated = false;                                 // 10a
    bool autoAccident = false;                                      // 10b
    bool otherAccident = false;                                     // 10c
    QString insuredGroup;                                           // 11
    QDate insuredBirthDate;                                         // 11a
    QString insuredSex;
    QString planName;                                               // 11c
    bool anotherPlan = false;                                       // 11d
    QString patientSignature;                                       // 12
    QString insuredSignature;                                       // 13
    QString providerQualifier;                                      // 17: DN, DQ
    QString providerName;
    QString providerNpi;                                            // 17b
    QString icdIndicator = QStringLiteral("0");                     // 21
    QStringList diagnoses;                                          // A-L, without the dot
    QString resubmissionCode;                                       // 22
    QString originalReference;
    QString priorAuthorization;                                     // 23
    std::vector<Cms1500Line> lines;                                 // 24
    QString taxId;                                                  // 25, digits
    bool taxIdIsEin = true;
    bool acceptAssignment = true;                                   // 27
    QString physicianSignature;                                     // 31
    QDate signedOn;
    QString facilityName;                                           // 32
    Cms1500Address facilityAddress;
    QString facilityNpi;                                            // 32a
    QString billingName;                                            // 33
    Cms1500Address billingAddress;
    QString billingPhone;                                           // ten digits
    QString billingNpi;                                             // 33a
    QString billingOtherId;                                         // 33b (qualifier and id)

    Money total() const;
};

// Item 28 on a claim of more than one page.
enum class PageTotals
{
    // Every page shows the total of its own lines; the last page shows the claim's total.
    PerPage,
    // "CONTINUED" on every page but the last, which shows the claim's total.
    Continued
};

struct Cms1500Options
{
    bool dataOnly = false;  // only the data, for forms printed on the red pre-printed paper
    PageTotals totals = PageTotals::PerPage;
};

// One sheet: up to six lines of one claim.
struct Cms1500Page
{
    std::size_t claim = 0;  // index into the claims printed
    std::size_t firstLine = 0;
    std::size_t lineCount = 0;
    int number = 1;  // 1-based within the claim
    int count = 1;
    std::optional<Money> total;  // item 28; empty: "CONTINUED"
};

inline constexpr int kLinesPerPage = 6;

// The sheets of some claims, in order: a claim of more than six lines continues on further
// pages, each with its item 28 as `totals` says.
std::vector<Cms1500Page> paginate(const std::vector<Cms1500Claim>& claims, PageTotals totals);

}  // namespace fd::billing::render
