// The claim scrubber's engine, formats and the provider rules (NPI-CHECK, TAX-ID,
// TAXONOMY-FORMAT). The other rule groups are in claim_scrubber_*.cpp.
#include "billing/core/claim_scrubber.h"

#include "common/iso_text.h"


#include <algorithm>

namespace fd::billing {

QString scrubSeverityId(ScrubSeverity severity)
{
    return severity == ScrubSeverity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

int ClaimScrubResult::errors() const
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [](const ScrubFinding& f) { return f.severity == ScrubSeverity::Error; }));
}

int ClaimScrubResult::warnings() const
{
    return int(findings.size()) - errors();
}

int ClaimScrubResult::unacknowledgedWarnings() const
{
    return int(std::count_if(findings.begin(), findings.end(), [](const ScrubFinding& f) {
        return f.severity == ScrubSeverity::Warning && !f.acknowledged;
    }));
}

QString ScrubFacts::diagnosisKey(const QString& code, const QDate& day)
{
    return code + QLatin1Char('|') + isoDate(day);
}

QString ScrubFacts::ncciKey(const QString& column1, const QString& column2)
{
    return column1 + QLatin1Char('|') + column2;
}

QString ScrubFacts::billedKey(const QString& patientId, const QDate& day, const QString& code, const QString& payerId)
{
    return patientId + QLatin1Char('|') + isoDate(day) + QLatin1Char('|') + code + QLatin1Char('|') +
           payerId;
}

bool ClaimScrubber::isNpi(const QString& npi)
{
    if (npi.size() != 10)
        return false;
    int sum = 24;  // the prefix 80840, as the Luhn rule counts it
    for (int i = 0; i < 10; ++i) {
        if (!npi.at(i).isDigit() || npi.at(i).unicode() > 127)
            return false;
    }
    for (int i = 8; i >= 0; --i) {
        int d = npi.at(i).digitValue();
        if ((8 - i) % 2 == 0 && (d *= 2) > 9)
            d -= 9;
        sum += d;
    }
    return (10 - sum % 10) % 10 == npi.at(9).digitValue();
}

// Plain character tests rather than shared regular expressions: the rules run on several
// threads at once (ClaimScrubService) and these are asked for every claim.
namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

}  // namespace

bool ClaimScrubber::isTaxId(const QString& taxId)
{
    // Two digits, an optional hyphen, seven digits; not all zeros.
    const bool hyphen = taxId.size() == 10;
    if (taxId.size() != 9 && !hyphen)
        return false;
    if (hyphen && taxId.at(2) != QLatin1Char('-'))
        return false;
    bool allZero = true;
    for (qsizetype i = 0; i < taxId.size(); ++i) {
        if (hyphen && i == 2)
            continue;
        if (!isAsciiDigit(taxId.at(i)))
            return false;
        allZero = allZero && taxId.at(i) == QLatin1Char('0');
    }
    return !allZero;
}

bool ClaimScrubber::isTaxonomy(const QString& taxonomy)
{
    // Three digits, six digits or capital letters, then X.
    if (taxonomy.size() != 10 || taxonomy.at(9) != QLatin1Char('X'))
        return false;
    for (qsizetype i = 0; i < 9; ++i) {
        const QChar c = taxonomy.at(i);
        if (!isAsciiDigit(c) && (i < 3 || c < QLatin1Char('A') || c > QLatin1Char('Z')))
            return false;
    }
    return true;
}

bool ClaimScrubber::isNcciModifier(const QString& modifier)
{
    // The modifiers CMS lists as NCCI-associated (anatomic, global surgery, 59/X{EPSU}, 91, ...).
    static const QStringList kModifiers{
        QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("E3"), QStringLiteral("E4"), QStringLiteral("FA"),
        QStringLiteral("F1"), QStringLiteral("F2"), QStringLiteral("F3"), QStringLiteral("F4"), QStringLiteral("F5"),
        QStringLiteral("F6"), QStringLiteral("F7"), QStringLiteral("F8"), QStringLiteral("F9"), QStringLiteral("LC"),
        QStringLiteral("LD"), QStringLiteral("LM"), QStringLiteral("LT"), QStringLiteral("RC"), QStringLiteral("RI"),
        QStringLiteral("RT"), QStringLiteral("TA"), QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3"),
        QStringLiteral("T4"), QStringLiteral("T5"), QStringLiteral("T6"), QStringLiteral("T7"), QStringLiteral("T8"),
        QStringLiteral("T9"), QStringLiteral("24"), QStringLiteral("25"), QStringLiteral("27"), QStringLiteral("57"),
        QStringLiteral("58"), QStringLiteral("59"), QStringLiteral("78"), QStringLiteral("79"), QStringLiteral("91"),
        QStringLiteral("XE"), QStringLiteral("XP"), QStringLiteral("XS"), QStringLiteral("XU")};
    return kModifiers.contains(modifier.toUpper());
}

std::vector<ScrubFinding> ClaimScrubber::scrub(const Claim& claim, const ScrubFacts& facts)
{
    std::vector<ScrubFinding> out;
    scrub_rules::providers(claim, facts, out);
    scrub_rules::coverage(claim, facts, out);
    scrub_rules::diagnoses(claim, facts, out);
    scrub_rules::lines(claim, facts, out);
    scrub_rules::ncci(claim, facts, out);
    scrub_rules::dates(claim, facts, out);
    scrub_rules::payerRules(claim, facts, out);
    scrub_rules::duplicates(claim, facts, out);
    scrub_rules::timelyFiling(claim, facts, out);
    return out;
}

namespace scrub_rules {

ScrubFinding finding(const Claim& claim, const char* ruleId, ScrubSeverity severity, int line, const QString& field,
                     const QString& message, const QString& fix)
{
    ScrubFinding f;
    f.ruleId = QString::fromLatin1(ruleId);
    f.severity = severity;
    f.claimId = claim.id;
    f.claimNumber = claim.claimNumber;
    f.lineNumber = line;
    f.field = field;
    f.message = message;
    f.fix = fix;
    return f;
}

QString label(const Claim& claim)
{
    return claim.claimNumber.isEmpty() ? claim.id : claim.claimNumber;
}

namespace {

// Named without its namespace where a function returns it, so lupdate reads the tr() calls
// after it in the right context.
using Provider = practice::Provider;

// NPI-CHECK for one provider role; `where` says where the NPI is kept.
void checkNpi(const Claim& claim, const QString& role, const QString& field, const QString& npi, const QString& where,
              Findings& out)
{
    if (ClaimScrubber::isNpi(npi))
        return;
    const QString message =
        npi.trimmed().isEmpty()
            ? ClaimScrubber::tr("Claim %1: the %2 has no NPI.").arg(label(claim), role)
            : ClaimScrubber::tr("Claim %1: the %2 NPI %3 is not a valid NPI (ten digits with a correct check digit).")
                  .arg(label(claim), role, npi);
    out.push_back(finding(claim, "NPI-CHECK", ScrubSeverity::Error, 0, field, message,
                          ClaimScrubber::tr("Correct the NPI in %1 (look it up in the NPPES registry).").arg(where)));
}

// The provider a claim names in a role, or a finding when it is not on the practice's list.
const Provider* providerFor(const Claim& claim, const ScrubFacts& facts, const QString& id,
                                      const QString& role, const QString& field, Findings& out)
{
    auto it = facts.providers.constFind(id);
    if (it != facts.providers.constEnd())
        return &it.value();
    out.push_back(finding(claim, "NPI-CHECK", ScrubSeverity::Error, 0, field,
                          ClaimScrubber::tr("Claim %1: the %2 is not on the practice's list of providers.")
                              .arg(label(claim), role),
                          ClaimScrubber::tr("Choose a provider from the practice's list, then rebuild the claim.")));
    return nullptr;
}

void checkTaxonomy(const Claim& claim, const QString& role, const QString& field, const QString& taxonomy,
                   const QString& where, Findings& out)
{
    if (ClaimScrubber::isTaxonomy(taxonomy))
        return;
    const QString message =
        taxonomy.isEmpty()
            ? ClaimScrubber::tr("Claim %1: the %2 has no taxonomy code.").arg(label(claim), role)
            : ClaimScrubber::tr("Claim %1: the %2 taxonomy code %3 is not in the NUCC form (ten characters: three "
                                "digits, six letters or digits, then X).")
                  .arg(label(claim), role, taxonomy);
    out.push_back(finding(claim, "TAXONOMY-FORMAT", ScrubSeverity::Error, 0, field, message,
                          ClaimScrubber::tr("Enter the NUCC taxonomy code (for example 207Q00000X) in %1.").arg(where)));
}

}  // namespace

void providers(const Claim& claim, const ScrubFacts& facts, Findings& out)
{
    const QString providerSetup = ClaimScrubber::tr("the provider's record (Practice > Providers)");
    const QString profileSetup = ClaimScrubber::tr("the practice profile (Practice > Profile)");
    const practice::Provider* rendering =
        providerFor(claim, facts, claim.renderingProviderId, ClaimScrubber::tr("rendering provider"),
                    QStringLiteral("rendering_provider"), out);
    if (rendering) {
        const bool underOrganization = rendering->billsUnderOrganization;
        checkNpi(claim, ClaimScrubber::tr("billing provider"), QStringLiteral("billing_provider.npi"),
                 underOrganization ? facts.practiceNpi : rendering->npi,
                 underOrganization ? profileSetup : providerSetup, out);
        checkTaxonomy(claim, ClaimScrubber::tr("billing provider"), QStringLiteral("billing_provider.taxonomy"),
                      underOrganization ? facts.practiceTaxonomy : rendering->taxonomy,
                      underOrganization ? profileSetup : providerSetup, out);
        if (underOrganization) {
            checkNpi(claim, ClaimScrubber::tr("rendering provider"), QStringLiteral("rendering_provider.npi"),
                     rendering->npi, providerSetup, out);
            if (!rendering->taxonomy.isEmpty())
                checkTaxonomy(claim, ClaimScrubber::tr("rendering provider"),
                              QStringLiteral("rendering_provider.taxonomy"), rendering->taxonomy, providerSetup, out);
        }
    }
    if (!claim.referringProviderId.isEmpty()) {
        if (auto p = providerFor(claim, facts, claim.referringProviderId, ClaimScrubber::tr("referring provider"),
                                 QStringLiteral("referring_provider"), out))
            checkNpi(claim, ClaimScrubber::tr("referring provider"), QStringLiteral("referring_provider.npi"), p->npi,
                     providerSetup, out);
    }
    if (!claim.supervisingProviderId.isEmpty()) {
        if (auto p = providerFor(claim, facts, claim.supervisingProviderId, ClaimScrubber::tr("supervising provider"),
                                 QStringLiteral("supervising_provider"), out))
            checkNpi(claim, ClaimScrubber::tr("supervising provider"), QStringLiteral("supervising_provider.npi"),
                     p->npi, providerSetup, out);
    }
    if (!ClaimScrubber::isTaxId(facts.taxId))
        out.push_back(finding(
            claim, "TAX-ID", ScrubSeverity::Error, 0, QStringLiteral("billing_provider.tax_id"),
            facts.taxId.trimmed().isEmpty()
                ? ClaimScrubber::tr("Claim %1: the billing provider has no tax id (EIN).").arg(label(claim))
                : ClaimScrubber::tr("Claim %1: the billing provider's tax id %2 is not nine digits (or is all zeros).")
                      .arg(label(claim), facts.taxId),
            ClaimScrubber::tr("Enter the practice's nine-digit EIN in %1.").arg(profileSetup)));
}

}  // namespace scrub_rules

}  // namespace fd::billing
