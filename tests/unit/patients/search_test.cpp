// Search-as-you-type: each kind of query, and the ranking exact > prefix > nickname > phonetic,
// then last-name matches before first-name ones, then by name.
#include "patients/core/patient_search.h"
#include "patients/core/patients.h"
#include "patients_fixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::patients;
using fd::patients::test::PatientsFixture;

namespace {

struct Seeded
{
    PatientsFixture fx;
    Patient john, johanna, jolene, joan, robert, alice, jose, aaron;

    Seeded()
    {
        john = fx.add(QStringLiteral("John"), QStringLiteral("Smith"), QDate(1980, 3, 7), QStringLiteral("518-555-0142"));
        johanna = fx.add(QStringLiteral("Johanna"), QStringLiteral("Smith"), QDate(1975, 6, 1));
        jolene = fx.add(QStringLiteral("Jolene"), QStringLiteral("Smithson"), QDate(1990, 1, 1));
        joan = fx.add(QStringLiteral("Joan"), QStringLiteral("Smyth"), QDate(1985, 2, 2));
        robert = fx.add(QStringLiteral("Robert"), QStringLiteral("Jones"), QDate(1960, 8, 9), QStringLiteral("212-555-0199"));
        alice = fx.add(QStringLiteral("Alice"), QStringLiteral("Bobbitt"), QDate(1970, 4, 4));
        jose = fx.add(QStringLiteral("José"), QStringLiteral("Muñoz"), QDate(1999, 9, 9));
        aaron = fx.add(QStringLiteral("Samuel"), QStringLiteral("Aaron"), QDate(2001, 1, 1));
    }

    std::vector<PatientSearchHit> find(const QString& text)
    {
        auto hits = fx.service<IPatientSearch>()->search(text);
        INFO(text.toStdString());
        REQUIRE(hits.ok());
        return hits.value();
    }

    static QStringList ids(const std::vector<PatientSearchHit>& hits)
    {
        QStringList list;
        for (const auto& h : hits)
            list << h.patient.id;
        return list;
    }
};

}  // namespace

TEST_CASE("A last name ranks exact, then prefix, then sound-alike", "[patients][search]")
{
    Seeded s;
    const auto hits = s.find(QStringLiteral("smith"));
    REQUIRE(Seeded::ids(hits) == QStringList{s.johanna.id, s.john.id, s.jolene.id, s.joan.id});
    CHECK(hits[0].rank == MatchRank::Exact);
    CHECK(hits[1].rank == MatchRank::Exact);
    CHECK(hits[2].rank == MatchRank::Prefix);
    CHECK(hits[3].rank == MatchRank::Phonetic);
    CHECK(hits[0].patient.displayName == QStringLiteral("Smith, Johanna"));
    CHECK(hits[1].patient.age == 45);  // on 2025-03-14
    CHECK(hits[1].field == MatchField::Name);
}

TEST_CASE("One letter finds last names first, then first names", "[patients][search]")
{
    Seeded s;
    const auto hits = s.find(QStringLiteral("S"));
    REQUIRE(hits.size() == 5);
    CHECK(Seeded::ids(hits).mid(0, 4) == QStringList{s.johanna.id, s.john.id, s.jolene.id, s.joan.id});
    CHECK(hits[4].patient.id == s.aaron.id);  // "Samuel" is a first name
    for (const auto& h : hits)
        CHECK(h.rank == MatchRank::Prefix);
}

TEST_CASE("Last-then-first and first-then-last queries narrow by both names", "[patients][search]")
{
    Seeded s;
    CHECK(Seeded::ids(s.find(QStringLiteral("smi, jo"))) == QStringList{s.johanna.id, s.john.id, s.jolene.id});
    const auto exact = s.find(QStringLiteral("Smith, John"));
    REQUIRE(Seeded::ids(exact) == QStringList{s.john.id});
    CHECK(exact[0].rank == MatchRank::Exact);
    const auto joh = s.find(QStringLiteral("smith, joh"));
    REQUIRE(Seeded::ids(joh) == QStringList{s.johanna.id, s.john.id});
    CHECK(joh[0].rank == MatchRank::Prefix);
    CHECK(s.find(QStringLiteral("john smith")).front().patient.id == s.john.id);
    CHECK(s.find(QStringLiteral("smith, zed")).empty());
    const auto bySound = s.find(QStringLiteral("smyth, joan"));
    REQUIRE_FALSE(bySound.empty());
    CHECK(bySound.front().patient.id == s.joan.id);
}

TEST_CASE("Nicknames find the formal name, after real prefixes", "[patients][search]")
{
    Seeded s;
    const auto hits = s.find(QStringLiteral("bob"));
    REQUIRE(Seeded::ids(hits) == QStringList{s.alice.id, s.robert.id});
    CHECK(hits[0].rank == MatchRank::Prefix);    // Bobbitt
    CHECK(hits[1].rank == MatchRank::Nickname);  // Robert
    CHECK(s.find(QStringLiteral("jones, bob")).front().patient.id == s.robert.id);
}

TEST_CASE("Accents and case are folded", "[patients][search]")
{
    Seeded s;
    CHECK(Seeded::ids(s.find(QStringLiteral("munoz"))) == QStringList{s.jose.id});
    CHECK(Seeded::ids(s.find(QStringLiteral("MUÑOZ, jose"))) == QStringList{s.jose.id});
}

TEST_CASE("A date of birth is found in every common format", "[patients][search]")
{
    Seeded s;
    for (const char* text : {"1980-03-07", "03/07/1980", "3/7/80", "03071980"}) {
        INFO(text);
        const auto hits = s.find(QString::fromLatin1(text));
        REQUIRE(Seeded::ids(hits) == QStringList{s.john.id});
        CHECK(hits[0].field == MatchField::BirthDate);
    }
}

TEST_CASE("Phones are found in full or by their last four digits", "[patients][search]")
{
    Seeded s;
    const auto last4 = s.find(QStringLiteral("0142"));
    REQUIRE(Seeded::ids(last4) == QStringList{s.john.id});
    CHECK(last4[0].field == MatchField::Phone);
    CHECK(Seeded::ids(s.find(QStringLiteral("(518) 555-0142"))) == QStringList{s.john.id});
    CHECK(Seeded::ids(s.find(QStringLiteral("5185550142"))) == QStringList{s.john.id});
    CHECK(s.find(QStringLiteral("0150")).empty());
}

TEST_CASE("Account numbers are found exactly and by prefix", "[patients][search]")
{
    Seeded s;
    const auto exact = s.find(s.robert.accountNumber);
    REQUIRE(Seeded::ids(exact) == QStringList{s.robert.id});
    CHECK(exact[0].field == MatchField::AccountNumber);
    CHECK(exact[0].rank == MatchRank::Exact);
    // All eight numbers share their first digits: a prefix lists them.
    CHECK(s.find(s.robert.accountNumber.left(4)).size() == 8);
}

TEST_CASE("Member ids of live coverages are found", "[patients][search]")
{
    Seeded s;
    Coverage c;
    c.patientId = s.alice.id;
    c.payerId = s.fx.payerId;
    c.memberId = QStringLiteral("XYZ-123456");
    c.effectiveFrom = QDate(2024, 1, 1);
    auto saved = s.fx.service<ICoverageService>()->save(c);
    REQUIRE(saved.ok());
    const auto hits = s.find(QStringLiteral("xyz123456"));
    REQUIRE(Seeded::ids(hits) == QStringList{s.alice.id});
    CHECK(hits[0].field == MatchField::MemberId);
    REQUIRE(s.fx.service<ICoverageService>()->remove(saved->id, saved->rowVersion).ok());
    CHECK(s.find(QStringLiteral("xyz123456")).empty());
}

TEST_CASE("Changes reach the index in the same transaction", "[patients][search]")
{
    Seeded s;
    Patient p = s.alice;
    p.lastName = QStringLiteral("Carter");
    REQUIRE(s.fx.service<IPatientService>()->update(p).ok());
    CHECK(Seeded::ids(s.find(QStringLiteral("carter"))) == QStringList{s.alice.id});
    CHECK(Seeded::ids(s.find(QStringLiteral("bobbitt"))).isEmpty());
}

namespace {

class FakeActivity final : public IPatientActivity
{
public:
    fd::Status fill(const std::vector<QString>& ids, std::vector<PatientActivity>& activity) override
    {
        for (size_t i = 0; i < ids.size(); ++i)
            activity[i].balance = fd::Money::fromCents(1250);
        return {};
    }
};

}  // namespace

TEST_CASE("Search shows what activity sources know, and needs patients.read", "[patients][search]")
{
    Seeded s;
    s.fx.service<PatientHooks>()->addActivitySource(std::make_shared<FakeActivity>());
    const auto hits = s.find(QStringLiteral("jones"));
    REQUIRE(hits.size() == 1);
    REQUIRE(hits[0].activity.balance.has_value());
    CHECK(hits[0].activity.balance->cents() == 1250);
    CHECK_FALSE(hits[0].activity.nextVisit.has_value());
    const auto auditsBefore = s.fx.audit->records.size();
    s.find(QStringLiteral("smith"));
    CHECK(s.fx.audit->records.size() == auditsBefore);  // a result row is not a read

    s.fx.access->granted.clear();
    auto denied = s.fx.service<IPatientSearch>()->search(QStringLiteral("smith"));
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == fd::ErrorCode::PermissionDenied);
}
