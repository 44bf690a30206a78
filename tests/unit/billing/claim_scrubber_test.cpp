// The claim scrubber's rules, each with a claim that breaks it and one that passes, on facts
// built by hand (the engine is pure: no database).
#include "billing/core/claim_scrubber.h"
#include "billing_fixture.h"

#include <catch2/catch_test_macros.hpp>

namespace fd::billing::test {

namespace {

// A clean claim of Alice's to Acme Health on Monday 2025-03-03, scrubbed on Friday 2025-03-07.
struct Case
{
    ScrubFacts facts;
    Claim claim;

    Case()
    {
        facts.today = QDate(2025, 3, 7);
        facts.practiceNpi = npiFrom(QStringLiteral("123456789"));
        facts.taxId = QStringLiteral("12-3456789");
        facts.practiceTaxonomy = QStringLiteral("207Q00000X");
        addProvider(QStringLiteral("lovelace"), QStringLiteral("124531959"));
        addProvider(QStringLiteral("dijkstra"), QStringLiteral("133344455"));
        addProvider(QStringLiteral("hopper"), QStringLiteral("191230195"));
        practice::Payer acme;
        acme.id = QStringLiteral("acme");
        acme.name = QStringLiteral("Acme Health");
        acme.timelyFilingDays = 365;
        facts.payers.insert(acme.id, acme);
        ScrubPatient alice;
        alice.birthDate = QDate(1980, 5, 17);
        alice.coverages.push_back({QStringLiteral("cov-1"), QStringLiteral("acme"), QStringLiteral("ACM100200"), 1,
                                   QDate(2024, 1, 1), {}});
        facts.patients.insert(QStringLiteral("alice"), alice);

        claim.id = QStringLiteral("claim-1");
        claim.claimNumber = QStringLiteral("FD000000001");
        claim.patientId = QStringLiteral("alice");
        claim.encounterId = QStringLiteral("enc-1");
        claim.coverageId = QStringLiteral("cov-1");
        claim.payerId = QStringLiteral("acme");
        claim.serviceDate = QDate(2025, 3, 3);
        claim.renderingProviderId = QStringLiteral("lovelace");
        claim.diagnoses = {QStringLiteral("J069")};
        addLine(QStringLiteral("99213"));
    }

    void addProvider(const QString& id, const QString& nine)
    {
        practice::Provider p;
        p.id = id;
        p.npi = npiFrom(nine);
        p.taxonomy = QStringLiteral("207Q00000X");
        facts.providers.insert(id, p);
    }

    ClaimLine& addLine(const QString& code, const QStringList& modifiers = {})
    {
        ClaimLine l;
        l.lineNumber = int(claim.lines.size()) + 1;
        l.code = code;
        l.modifiers = modifiers;
        l.amount = Money::fromCents(12500);
        l.pointers = {1};
        l.serviceDate = claim.serviceDate;
        claim.lines.push_back(l);
        return claim.lines.back();
    }

    std::vector<ScrubFinding> run() const { return ClaimScrubber::scrub(claim, facts); }

    // The findings of one rule.
    std::vector<ScrubFinding> of(const char* rule) const
    {
        std::vector<ScrubFinding> out;
        for (const ScrubFinding& f : run())
            if (f.ruleId == QLatin1String(rule))
                out.push_back(f);
        return out;
    }
};

// The NPI with its check digit changed.
QString wrongCheckDigit(const QString& npi)
{
    return npi.left(9) + QString::number((npi.at(9).digitValue() + 1) % 10);
}

void requireOne(const Case& c, const char* rule, ScrubSeverity severity, const char* fieldPart)
{
    const auto found = c.of(rule);
    INFO(rule);
    REQUIRE(found.size() == 1);
    CHECK(found.front().severity == severity);
    CHECK(found.front().field.contains(QLatin1String(fieldPart)));
    CHECK(found.front().message.contains(QLatin1String("FD000000001")));
    CHECK(found.front().claimId == QLatin1String("claim-1"));
    CHECK_FALSE(found.front().fix.isEmpty());
}

}  // namespace

TEST_CASE("a clean claim has no findings", "[billing][scrub]")
{
    const Case c;
    const auto findings = c.run();
    for (const ScrubFinding& f : findings)
        UNSCOPED_INFO(f.ruleId.toStdString() + ": " + f.message.toStdString());
    CHECK(findings.empty());
}

TEST_CASE("NPI-CHECK: billing, rendering, referring and supervising NPIs", "[billing][scrub]")
{
    CHECK(ClaimScrubber::isNpi(npiFrom(QStringLiteral("123456789"))));
    CHECK_FALSE(ClaimScrubber::isNpi(QStringLiteral("1234567890")));
    CHECK_FALSE(ClaimScrubber::isNpi(QStringLiteral("12345")));

    Case rendering;
    rendering.facts.providers[QStringLiteral("lovelace")].npi = wrongCheckDigit(npiFrom(QStringLiteral("124531959")));
    requireOne(rendering, "NPI-CHECK", ScrubSeverity::Error, "rendering_provider.npi");

    Case billing;
    billing.facts.practiceNpi = QStringLiteral("1234567890");
    requireOne(billing, "NPI-CHECK", ScrubSeverity::Error, "billing_provider.npi");

    Case own;  // a provider billing under their own NPI is the billing provider
    own.facts.providers[QStringLiteral("lovelace")].billsUnderOrganization = false;
    own.facts.practiceNpi = QStringLiteral("1234567890");
    CHECK(own.of("NPI-CHECK").empty());
    own.facts.providers[QStringLiteral("lovelace")].npi.clear();
    requireOne(own, "NPI-CHECK", ScrubSeverity::Error, "billing_provider.npi");

    Case referring;
    referring.claim.referringProviderId = QStringLiteral("dijkstra");
    referring.claim.supervisingProviderId = QStringLiteral("hopper");
    CHECK(referring.of("NPI-CHECK").empty());
    referring.facts.providers[QStringLiteral("dijkstra")].npi = wrongCheckDigit(npiFrom(QStringLiteral("133344455")));
    requireOne(referring, "NPI-CHECK", ScrubSeverity::Error, "referring_provider.npi");

    Case supervising;
    supervising.claim.supervisingProviderId = QStringLiteral("hopper");
    supervising.facts.providers[QStringLiteral("hopper")].npi = QStringLiteral("191230195");
    requireOne(supervising, "NPI-CHECK", ScrubSeverity::Error, "supervising_provider.npi");

    Case unknown;
    unknown.claim.renderingProviderId = QStringLiteral("nobody");
    requireOne(unknown, "NPI-CHECK", ScrubSeverity::Error, "rendering_provider");
}

TEST_CASE("TAX-ID: nine digits, not all zeros", "[billing][scrub]")
{
    CHECK(ClaimScrubber::isTaxId(QStringLiteral("123456789")));
    CHECK(ClaimScrubber::isTaxId(QStringLiteral("12-3456789")));
    for (const char* bad : {"000000000", "00-0000000", "12345678", "1234567890", "12-345678A", "",
                            "123-456789", "1-23456789", "12-34567890", "12 3456789"}) {
        Case c;
        c.facts.taxId = QString::fromLatin1(bad);
        INFO(bad);
        requireOne(c, "TAX-ID", ScrubSeverity::Error, "billing_provider.tax_id");
    }
}

TEST_CASE("TAXONOMY-FORMAT: ten characters in the NUCC form", "[billing][scrub]")
{
    for (const char* good : {"207Q00000X", "363LF0000X", "261QP2300X", "1223G0001X"})
        CHECK(ClaimScrubber::isTaxonomy(QString::fromLatin1(good)));
    for (const char* bad : {"207Q0000X", "207Q00000Y", "207q00000x", "207Q00000XX", "A07Q00000X",
                            "207Q0a000X", "207Q0-000X", "20 Q00000X"})
        CHECK_FALSE(ClaimScrubber::isTaxonomy(QString::fromLatin1(bad)));
    Case billing;
    billing.facts.practiceTaxonomy = QStringLiteral("207Q0000X");
    requireOne(billing, "TAXONOMY-FORMAT", ScrubSeverity::Error, "billing_provider.taxonomy");
    Case rendering;
    rendering.facts.providers[QStringLiteral("lovelace")].taxonomy = QStringLiteral("207Q-0000X");
    requireOne(rendering, "TAXONOMY-FORMAT", ScrubSeverity::Error, "rendering_provider.taxonomy");
}

TEST_CASE("MEMBER-ID and COVERAGE-ACTIVE: the coverage billed, in effect on the date", "[billing][scrub]")
{
    Case noMember;
    noMember.facts.patients[QStringLiteral("alice")].coverages[0].memberId = QStringLiteral("  ");
    requireOne(noMember, "MEMBER-ID", ScrubSeverity::Error, "coverage.member_id");

    Case ended;
    ended.facts.patients[QStringLiteral("alice")].coverages[0].effectiveTo = QDate(2025, 2, 28);
    requireOne(ended, "COVERAGE-ACTIVE", ScrubSeverity::Error, "coverage");
    CHECK(ended.of("COVERAGE-ACTIVE").front().message.contains(QLatin1String("2025-02-28")));
    ended.facts.patients[QStringLiteral("alice")].coverages[0].effectiveTo = QDate(2025, 3, 3);
    CHECK(ended.of("COVERAGE-ACTIVE").empty());

    Case gone;
    gone.claim.coverageId = QStringLiteral("cov-removed");
    requireOne(gone, "COVERAGE-ACTIVE", ScrubSeverity::Error, "coverage");

    Case otherPayer;
    otherPayer.facts.patients[QStringLiteral("alice")].coverages[0].payerId = QStringLiteral("other");
    requireOne(otherPayer, "COVERAGE-ACTIVE", ScrubSeverity::Error, "coverage.payer");

    Case unreadable;
    unreadable.facts.patients[QStringLiteral("alice")].unreadable = QStringLiteral("restricted record");
    requireOne(unreadable, "PATIENT-RECORD", ScrubSeverity::Error, "patient");
}

TEST_CASE("COVERAGE-ORDER: a secondary claim needs a primary; orders are coherent", "[billing][scrub]")
{
    Case secondary;
    auto& coverages = secondary.facts.patients[QStringLiteral("alice")].coverages;
    coverages[0].order = 2;
    secondary.claim.payerOrder = 2;
    requireOne(secondary, "COVERAGE-ORDER", ScrubSeverity::Error, "payer_order");
    coverages.push_back({QStringLiteral("cov-0"), QStringLiteral("acme"), QStringLiteral("P1"), 1, QDate(2024, 1, 1), {}});
    CHECK(secondary.of("COVERAGE-ORDER").empty());
    coverages.back().effectiveTo = QDate(2025, 1, 31);  // the primary ended before the visit
    requireOne(secondary, "COVERAGE-ORDER", ScrubSeverity::Error, "payer_order");

    Case mismatch;
    mismatch.claim.payerOrder = 2;  // the record says primary
    CHECK(mismatch.of("COVERAGE-ORDER").size() >= 1);

    Case twoPrimaries;
    twoPrimaries.facts.patients[QStringLiteral("alice")].coverages.push_back(
        {QStringLiteral("cov-2"), QStringLiteral("acme"), QStringLiteral("X9"), 1, QDate(2025, 1, 1), {}});
    requireOne(twoPrimaries, "COVERAGE-ORDER", ScrubSeverity::Error, "payer_order");
}

TEST_CASE("DX-VALID, DX-POINTER and DX-UNPOINTED", "[billing][scrub]")
{
    Case invalid;
    invalid.facts.diagnosisProblems.insert(ScrubFacts::diagnosisKey(QStringLiteral("J069"), QDate(2025, 3, 3)),
                                           QStringLiteral("J069 is not valid on 2025-03-03"));
    requireOne(invalid, "DX-VALID", ScrubSeverity::Error, "diagnoses[1]");
    Case none;
    none.claim.diagnoses.clear();
    none.claim.lines[0].pointers.clear();
    CHECK(none.of("DX-VALID").size() == 1);
    CHECK(none.of("DX-POINTER").size() == 1);

    Case pointer;
    pointer.claim.lines[0].pointers = {1, 3};
    requireOne(pointer, "DX-POINTER", ScrubSeverity::Error, "lines[1].pointers");
    pointer.claim.diagnoses << QStringLiteral("E119") << QStringLiteral("I10");
    CHECK(pointer.of("DX-POINTER").empty());
    requireOne(pointer, "DX-UNPOINTED", ScrubSeverity::Warning, "diagnoses[2]");

    Case five;
    five.claim.diagnoses = {QStringLiteral("J069"), QStringLiteral("E119"), QStringLiteral("I10"),
                            QStringLiteral("R509"), QStringLiteral("M545")};
    five.claim.lines[0].pointers = {1, 2, 3, 4, 5};
    requireOne(five, "DX-POINTER", ScrubSeverity::Error, "lines[1].pointers");
}

TEST_CASE("MODIFIER-FORMAT and MODIFIER-COUNT", "[billing][scrub]")
{
    Case format;
    format.claim.lines[0].modifiers = {QStringLiteral("25"), QStringLiteral("5!")};
    requireOne(format, "MODIFIER-FORMAT", ScrubSeverity::Error, "lines[1].modifiers[2]");
    format.claim.lines[0].modifiers = {QStringLiteral("25"), QStringLiteral("LT"), QStringLiteral("59"),
                                       QStringLiteral("XU")};
    CHECK(format.of("MODIFIER-FORMAT").empty());
    CHECK(format.of("MODIFIER-COUNT").empty());
    format.claim.lines[0].modifiers << QStringLiteral("RT");
    requireOne(format, "MODIFIER-COUNT", ScrubSeverity::Error, "lines[1].modifiers");
    Case oneChar;
    oneChar.claim.lines[0].modifiers = {QStringLiteral("2")};
    requireOne(oneChar, "MODIFIER-FORMAT", ScrubSeverity::Error, "lines[1].modifiers[1]");
}

TEST_CASE("UNITS-POSITIVE and CHARGE-POSITIVE", "[billing][scrub]")
{
    Case units;
    units.claim.lines[0].units = 0;
    requireOne(units, "UNITS-POSITIVE", ScrubSeverity::Error, "lines[1].units");
    Case charge;
    charge.claim.lines[0].amount = Money::fromCents(0);
    requireOne(charge, "CHARGE-POSITIVE", ScrubSeverity::Error, "lines[1].amount");
    charge.claim.lines[0].amount = Money::fromCents(-500);
    requireOne(charge, "CHARGE-POSITIVE", ScrubSeverity::Error, "lines[1].amount");
}

TEST_CASE("NCCI-PTP: column 2 with column 1 on the same day, modifier indicators 0, 1 and 9", "[billing][scrub]")
{
    auto withEdit = [](int indicator, const QStringList& modifiers, const QDate& deletion = {}) {
        Case c;
        c.addLine(QStringLiteral("93000"));
        c.addLine(QStringLiteral("93010"), modifiers);
        c.facts.ncci[ScrubFacts::ncciKey(QStringLiteral("93000"), QStringLiteral("93010"))].push_back(
            {QStringLiteral("93000"), QStringLiteral("93010"), QDate(2019, 1, 1), deletion, indicator});
        return c;
    };
    requireOne(withEdit(0, {}), "NCCI-PTP", ScrubSeverity::Error, "lines[3].code");
    requireOne(withEdit(0, {QStringLiteral("59")}), "NCCI-PTP", ScrubSeverity::Error, "lines[3].code");
    requireOne(withEdit(1, {}), "NCCI-PTP", ScrubSeverity::Error, "lines[3].code");
    requireOne(withEdit(1, {QStringLiteral("26")}), "NCCI-PTP", ScrubSeverity::Error, "lines[3].code");
    for (const char* bypass : {"59", "XE", "XS", "XP", "XU", "25", "91", "LT"})
        CHECK(withEdit(1, {QString::fromLatin1(bypass)}).of("NCCI-PTP").empty());
    CHECK(withEdit(9, {}).of("NCCI-PTP").empty());
    CHECK(withEdit(0, {}, QDate(2024, 12, 31)).of("NCCI-PTP").empty());  // deleted before the visit
    Case notYet = withEdit(0, {});
    notYet.facts.ncci.begin()->front().effective = QDate(2025, 4, 1);
    CHECK(notYet.of("NCCI-PTP").empty());
    Case otherDay = withEdit(0, {});
    otherDay.claim.lines[2].serviceDate = QDate(2025, 3, 4);
    otherDay.facts.today = QDate(2025, 3, 7);
    CHECK(otherDay.of("NCCI-PTP").empty());
}

TEST_CASE("DATE-FUTURE, DATE-BEFORE-BIRTH and DATE-AFTER-DEATH", "[billing][scrub]")
{
    Case future;
    future.facts.today = QDate(2025, 3, 2);
    requireOne(future, "DATE-FUTURE", ScrubSeverity::Error, "service_date");
    Case birth;
    birth.facts.patients[QStringLiteral("alice")].birthDate = QDate(2025, 3, 4);
    requireOne(birth, "DATE-BEFORE-BIRTH", ScrubSeverity::Error, "service_date");
    Case death;
    death.facts.patients[QStringLiteral("alice")].deceasedDate = QDate(2025, 3, 2);
    requireOne(death, "DATE-AFTER-DEATH", ScrubSeverity::Error, "service_date");
    death.facts.patients[QStringLiteral("alice")].deceasedDate = QDate(2025, 3, 3);
    CHECK(death.of("DATE-AFTER-DEATH").empty());
}

TEST_CASE("REFERRING-REQUIRED: a payer's rule", "[billing][scrub]")
{
    Case c;
    c.facts.payerRules.insert(QStringLiteral("acme"), {QStringLiteral("acme"), true});
    requireOne(c, "REFERRING-REQUIRED", ScrubSeverity::Error, "referring_provider");
    CHECK(c.of("REFERRING-REQUIRED").front().message.contains(QLatin1String("Acme Health")));
    c.claim.referringProviderId = QStringLiteral("dijkstra");
    CHECK(c.of("REFERRING-REQUIRED").empty());
    Case off;
    off.facts.payerRules.insert(QStringLiteral("acme"), {QStringLiteral("acme"), false});
    CHECK(off.of("REFERRING-REQUIRED").empty());
}

TEST_CASE("DUPLICATE-CLAIM: the same service on another live claim", "[billing][scrub]")
{
    Case c;
    const QString key =
        ScrubFacts::billedKey(QStringLiteral("alice"), QDate(2025, 3, 3), QStringLiteral("99213"), QStringLiteral("acme"));
    c.facts.billed[key].push_back({QStringLiteral("claim-1"), QStringLiteral("FD000000001"), QStringLiteral("enc-1")});
    CHECK(c.of("DUPLICATE-CLAIM").empty());  // itself
    c.facts.billed[key].push_back({QStringLiteral("claim-0"), QStringLiteral("FD000000000"), QStringLiteral("enc-1")});
    CHECK(c.of("DUPLICATE-CLAIM").empty());  // split from the same visit
    c.facts.billed[key].push_back({QStringLiteral("claim-9"), QStringLiteral("FD000000009"), QStringLiteral("enc-9")});
    requireOne(c, "DUPLICATE-CLAIM", ScrubSeverity::Warning, "lines[1].code");
    CHECK(c.of("DUPLICATE-CLAIM").front().message.contains(QLatin1String("FD000000009")));
    c.claim.frequency = Frequency::Replacement;
    CHECK(c.of("DUPLICATE-CLAIM").empty());
}

TEST_CASE("TIMELY-FILING: a warning within 30 days of the payer's limit, an error after", "[billing][scrub]")
{
    Case c;
    c.facts.payers[QStringLiteral("acme")].timelyFilingDays = 90;  // limit 2025-06-01
    CHECK(c.of("TIMELY-FILING").empty());
    c.facts.today = QDate(2025, 5, 1);  // 31 days left
    CHECK(c.of("TIMELY-FILING").empty());
    c.facts.today = QDate(2025, 5, 2);  // 30 days left
    requireOne(c, "TIMELY-FILING", ScrubSeverity::Warning, "service_date");
    c.facts.today = QDate(2025, 6, 1);
    requireOne(c, "TIMELY-FILING", ScrubSeverity::Warning, "service_date");
    c.facts.today = QDate(2025, 6, 2);
    requireOne(c, "TIMELY-FILING", ScrubSeverity::Error, "service_date");
    c.claim.status = ClaimStatus::Submitted;  // filed in time already
    CHECK(c.of("TIMELY-FILING").empty());

    Case unknownPayer;
    unknownPayer.facts.payers.clear();
    requireOne(unknownPayer, "PAYER-KNOWN", ScrubSeverity::Error, "payer");
}

}  // namespace fd::billing::test
