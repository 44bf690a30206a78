// Demo patients: people, coverages, families with one guarantor, a few duplicate registrations.
#include "patients/core/patients_demo.h"

#include "common/uuid.h"
#include "demo/demo_people.h"
#include "patients/core/patient_bulk_writer.h"
#include "patients/core/patients_permissions.h"
#include "practice/core/payers.h"

#include <QCoreApplication>

#include <deque>

namespace fd::patients {

namespace {

// Patients per transaction of the demo data (a family may run a chunk a few patients over).
constexpr qint64 kChunkPatients = 20000;

enum class Plan
{
    Commercial,
    Medicare,
    Medicaid,
    SelfPay
};

// The demo payers by kind of plan, from their claim filing indicators (X12 SBR09).
struct PayerPools
{
    QStringList commercial;  // CI, BL, HM
    QStringList medicare;    // MB, 16 (Medicare Advantage)
    QStringList medicaid;    // MC
};

Result<PayerPools> payerPools(ServiceRegistry& services)
{
    auto payers = services.get<practice::IPayerService>()->list();
    FD_TRY(payers);
    PayerPools pools;
    for (const practice::Payer& p : payers.value()) {
        const QString& ind = p.claimFilingIndicator;
        if (ind == QLatin1String("CI") || ind == QLatin1String("BL") || ind == QLatin1String("HM"))
            pools.commercial << p.id;
        else if (ind == QLatin1String("MB") || ind == QLatin1String("16"))
            pools.medicare << p.id;
        else if (ind == QLatin1String("MC"))
            pools.medicaid << p.id;
    }
    if (pools.commercial.isEmpty() || pools.medicare.isEmpty() || pools.medicaid.isEmpty())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate(
                "fd::patients",
                "The demo patients need the demo payers (commercial, Medicare and Medicaid)."));
    return pools;
}

// Member ids as the plans print them, unique per serial number: a commercial "W" and nine
// digits, a Medicare Beneficiary Identifier's shape, a New York Medicaid client id's shape.
QString commercialMemberId(qint64 serial)
{
    return QStringLiteral("W%1").arg((serial * 7919) % 900000000 + 100000000);
}

QString medicareMemberId(qint64 serial)
{
    static const char kLetters[] = "ACDEFGHJKMNPQRTUVWXY";  // MBIs leave out S, L, O, I, B, Z
    static const char kAlnum[] = "0123456789ACDEFGHJKMNPQRTUVWXY";
    quint64 x = quint64(serial) * 104729ULL + 12345ULL;
    QString out;
    const auto take = [&x, &out](const char* alphabet, quint64 radix, quint64 offset = 0) {
        out += QLatin1Char(alphabet[offset + x % radix]);
        x /= radix;
    };
    take("123456789", 9);
    take(kLetters, 20);
    take(kAlnum, 30);
    take("0123456789", 10);
    take(kLetters, 20);
    take(kAlnum, 30);
    take("0123456789", 10);
    take(kLetters, 20);
    take(kLetters, 20);
    take("0123456789", 10);
    take("0123456789", 10);
    return out;
}

QString medicaidMemberId(qint64 serial)
{
    static const char kLetters[] = "ABCDEFGHJKLMNPRSTUVW";
    const quint64 x = quint64(serial) * 7919ULL + 1;
    return QStringLiteral("%1%2%3%4")
        .arg(QLatin1Char(kLetters[x % 20]))
        .arg(QLatin1Char(kLetters[(x / 20) % 20]))
        .arg((x / 400) % 100000, 5, 10, QLatin1Char('0'))
        .arg(QLatin1Char(kLetters[(x / 40000000) % 20]));
}

class PatientsDemo final : public demo::IDemoContributor
{
public:
    QString entity() const override { return QStringLiteral("patients"); }
    Result<qint64> generate(demo::DemoContext& context) override;

private:
    Patient person(const QDate& today, Plan plan, int minAge = 0, int maxAge = -1);
    Coverage coverage(Plan plan, const Patient& patient, const QDate& today);
    Status addSingle(PatientBulkWriter& writer, const QDate& today);
    Result<int> addFamily(PatientBulkWriter& writer, const QDate& today);
    Status addDuplicate(PatientBulkWriter& writer);
    Status add(PatientBulkWriter& writer, const Patient& p, const std::optional<Coverage>& c);

    std::optional<demo::DemoPeople> m_people;
    std::optional<demo::DemoRandom> m_random;
    PayerPools m_pools;
    qint64 m_serial = 0;
    qint64 m_written = 0;
    std::deque<Patient> m_recent;  // earlier adults a duplicate registration copies
};

// The plan of a patient on their own. Family members (about 11% of patients) are all
// commercial and duplicate registrations (1%) carry no card, so single patients draw a little
// less commercial to give about 70 / 20 / 10 over the whole practice.
Plan drawPlan(demo::DemoRandom& random)
{
    const auto r = random.between(0, 99);
    return r < 66   ? Plan::Commercial
           : r < 89 ? Plan::Medicare
           : r < 96 ? Plan::Medicaid
                    : Plan::SelfPay;
}

Patient PatientsDemo::person(const QDate& today, Plan plan, int minAge, int maxAge)
{
    auto& random = *m_random;
    const demo::DemoPerson who = m_people->person(today);
    Patient p;
    p.firstName = who.firstName;
    p.lastName = who.lastName;
    p.sex = who.sex == QLatin1Char('M') ? AdministrativeSex::Male : AdministrativeSex::Female;
    p.birthDate = who.birthDate;
    if (plan == Plan::Medicare)
        minAge = std::max(minAge, 65);
    else if (maxAge < 0)
        maxAge = 64;
    const int age = p.ageOn(today);
    if (age < minAge || (maxAge >= 0 && age > maxAge))
        p.birthDate = today.addYears(-int(random.between(minAge, maxAge >= 0 ? maxAge : 95)))
                          .addDays(-random.between(0, 364));
    p.address = {who.address.line1, {}, who.address.city, who.address.state, who.address.zip};
    p.phones.append({QStringLiteral("mobile"), who.phone, random.chance(0.6)});
    if (random.chance(0.2))
        p.phones.append({QStringLiteral("home"), m_people->phone(), false});
    if (random.chance(0.7)) {
        p.email = who.email;
        p.emailConsent = random.chance(0.5);
    }
    if (random.chance(0.08))
        p.preferredLanguage = QStringLiteral("es");
    const auto r = random.between(0, 999);
    if (r < 40)
        p.status = PatientStatus::Inactive;
    else if (r < 42 && p.ageOn(today) >= 60) {
        p.status = PatientStatus::Deceased;
        p.deceasedDate = today.addDays(-random.between(30, 700));
    } else if (r < 52)
        p.alert = QStringLiteral("needs interpreter");
    else if (r < 62)
        p.alert = QStringLiteral("collections");
    else if (r < 63)
        p.restricted = true;
    return p;
}

Coverage PatientsDemo::coverage(Plan plan, const Patient& patient, const QDate& today)
{
    auto& random = *m_random;
    Coverage c;
    const qint64 serial = ++m_serial;
    QDate from(int(random.between(today.year() - 6, today.year())), 1, 1);
    switch (plan) {
        case Plan::Commercial: {
            static const QStringList kPlans{
                QStringLiteral("Choice PPO"), QStringLiteral("Select HMO"),
                QStringLiteral("Open Access EPO"), QStringLiteral("Choice POS")};
            c.payerId =
                m_pools.commercial.at(qsizetype(random.between(0, m_pools.commercial.size() - 1)));
            c.memberId = commercialMemberId(serial);
            c.groupNumber = QStringLiteral("GRP%1").arg(random.between(10000, 10400));
            c.planName = kPlans.at(qsizetype(random.between(0, kPlans.size() - 1)));
            c.copay = Money::fromCents(random.pick(std::vector<qint64>{2000, 2500, 3000, 4000}));
            c.deductible = Money::fromCents(random.between(5, 30) * 10000);
            c.coinsurancePercent = 20;
            break;
        }
        case Plan::Medicare: {
            c.payerId =
                m_pools.medicare.at(qsizetype(random.between(0, m_pools.medicare.size() - 1)));
            c.memberId = medicareMemberId(serial);
            c.planName = QStringLiteral("Medicare Part B");
            c.coinsurancePercent = 20;
            const QDate sixtyFive = patient.birthDate.addYears(65);
            from = std::max(from, QDate(sixtyFive.year(), sixtyFive.month(), 1));
            break;
        }
        case Plan::Medicaid:
            c.payerId =
                m_pools.medicaid.at(qsizetype(random.between(0, m_pools.medicaid.size() - 1)));
            c.memberId = medicaidMemberId(serial);
            c.planName = QStringLiteral("Medicaid Managed Care");
            c.copay = Money::fromCents(0);
            break;
        case Plan::SelfPay:
            break;
    }
    c.effectiveFrom = std::max(from, patient.birthDate);
    return c;
}

Status PatientsDemo::add(PatientBulkWriter& writer, const Patient& p,
                         const std::optional<Coverage>& c)
{
    auto added = writer.add(p, c);
    FD_TRY(added);
    ++m_written;
    return {};
}

Status PatientsDemo::addSingle(PatientBulkWriter& writer, const QDate& today)
{
    const Plan plan = drawPlan(*m_random);
    Patient p = person(today, plan);
    std::optional<Coverage> c;
    if (plan != Plan::SelfPay)
        c = coverage(plan, p, today);
    FD_TRY(add(writer, p, c));
    if (p.ageOn(today) >= 18) {
        m_recent.push_back(p);
        if (m_recent.size() > 2000)
            m_recent.pop_front();
    }
    return {};
}

// Two adults and one to three children on the first adult's commercial plan; the first adult
// is the guarantor of all of them.
Result<int> PatientsDemo::addFamily(PatientBulkWriter& writer, const QDate& today)
{
    auto& random = *m_random;
    Patient head = person(today, Plan::Commercial, 25, 60);
    head.id = newUuid();
    Guarantor g;
    g.id = newUuid();
    g.patientId = head.id;
    g.firstName = head.firstName;
    g.lastName = head.lastName;
    g.birthDate = head.birthDate;
    g.address = head.address;
    g.phone = head.phones.front().number;
    g.email = head.email;
    FD_TRY(writer.addGuarantor(g));
    head.guarantorId = g.id;
    Coverage plan = coverage(Plan::Commercial, head, today);
    plan.effectiveFrom = std::max(plan.effectiveFrom, head.birthDate.addYears(18));
    FD_TRY(add(writer, head, plan));
    const int children = int(random.between(1, 3));
    for (int i = 0; i <= children; ++i) {
        const bool spouse = i == 0;
        Patient member = spouse ? person(today, Plan::Commercial, 25, 60)
                                : person(today, Plan::Commercial, 0, 17);
        if (!spouse || random.chance(0.7))
            member.lastName = head.lastName;
        member.address = head.address;
        member.guarantorId = g.id;
        Coverage dependent = plan;
        dependent.memberId =
            plan.memberId + QStringLiteral("-%1").arg(i + 2, 2, 10, QLatin1Char('0'));
        dependent.relationship = spouse ? QStringLiteral("01") : QStringLiteral("19");
        dependent.subscriberPatientId = head.id;
        dependent.subscriberFirstName = head.firstName;
        dependent.subscriberLastName = head.lastName;
        dependent.subscriberBirthDate = head.birthDate;
        dependent.subscriberSex = head.sex;
        dependent.effectiveFrom = std::max(plan.effectiveFrom, member.birthDate);
        FD_TRY(add(writer, member, dependent));
    }
    return children + 2;
}

// The same person registered again after a move: same name (or a sound-alike spelling) and
// date of birth, another address and phone, no insurance card at hand.
Status PatientsDemo::addDuplicate(PatientBulkWriter& writer)
{
    auto& random = *m_random;
    Patient copy = m_recent.at(std::size_t(random.between(0, qint64(m_recent.size()) - 1)));
    const demo::DemoAddress moved = m_people->address();
    copy.address = {moved.line1, {}, moved.city, moved.state, moved.zip};
    copy.phones = {{QStringLiteral("mobile"), m_people->phone(), false}};
    copy.email.clear();
    copy.emailConsent = false;
    if (random.chance(0.5)) {
        // A vowel after the first letter changes the spelling, not the Soundex code.
        static const QString vowels = QStringLiteral("aeiouy");
        for (qsizetype i = 1; i < copy.lastName.size(); ++i) {
            const qsizetype v = vowels.indexOf(copy.lastName.at(i));
            if (v >= 0) {
                copy.lastName[i] = vowels.at((v + 1) % vowels.size());
                break;
            }
        }
    }
    return add(writer, copy, std::nullopt);
}

Result<qint64> PatientsDemo::generate(demo::DemoContext& context)
{
    FD_TRY(context.services.get<security::IAccessControl>()->require(perm::kEdit));
    auto pools = payerPools(context.services);
    FD_TRY(pools);
    m_pools = pools.value();
    m_random.emplace(context.random(0x70617469));
    m_people.emplace(context.random(0x70656f70));
    m_serial = 0;
    m_written = 0;
    m_recent.clear();
    PatientsContext ctx = patientsContextOf(context.services);
    // Demo data is no user's import: it commits in chunks, so that no transaction outgrows the
    // page cache, with a larger cache for the duration.
    const BulkPageCache cache(context.database, BulkPageCache::kibFor(kChunkPatients));
    const qint64 target = context.profile.patients;
    while (m_written < target) {
        auto tx = context.database.begin();
        FD_TRY(tx);
        PatientBulkWriter writer(ctx, **tx);
        // Demo phones come from 1,200 fictional numbers, so a shared phone alone says nothing here.
        writer.setDuplicateFilter([](const DuplicateCandidate& c) {
            return std::any_of(c.reasons.begin(), c.reasons.end(),
                               [](DuplicateReason r) { return r != DuplicateReason::SamePhone; });
        });
        const qint64 chunkEnd = std::min(target, m_written + kChunkPatients);
        while (m_written < chunkEnd) {
            const qint64 left = target - m_written;
            const auto r = m_random->between(0, 999);
            if (r < 10 && !m_recent.empty())
                FD_TRY(addDuplicate(writer));
            else if (r < 40 && left >= 5)
                FD_TRY(addFamily(writer, context.today));
            else
                FD_TRY(addSingle(writer, context.today));
        }
        FD_TRY(writer.finish());
        FD_TRY((*tx)->commit());
    }
    return m_written;
}

}  // namespace

std::shared_ptr<demo::IDemoContributor> makePatientsDemoContributor()
{
    return std::make_shared<PatientsDemo>();
}

}  // namespace fd::patients
