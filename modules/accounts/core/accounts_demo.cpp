// Demo ledger: the practice's past visits simulated day by day — charges, remittances,
// patient payments, desk copays as credit, refunds and reversals.
#include "accounts/core/accounts_demo.h"

#include "accounts/core/accounts_demo_visits.h"
#include "accounts/core/accounts_permissions.h"
#include "accounts/core/ledger_bulk_writer.h"
#include "common/uuid.h"
#include "patients/core/patient_bulk_writer.h"
#include "patients/core/patients.h"
#include "practice/core/payers.h"
#include "practice/core/providers.h"

#include <algorithm>
#include <map>

namespace fd::accounts {

namespace {

// Entries per transaction; a transaction ends at the end of the day that passes it.
constexpr qint64 kChunkEntries = 40000;
// The large practice carries the full activity of its most recent year (docs/ACCOUNTS.md).
constexpr int kMostMonths = 12;

enum class Due
{
    Remit,          // the payer's remittance for an insured visit
    Statement,      // the patient pays (or not) what the visit left them
    Refund,         // credit nobody used goes back to the patient
    ReturnedCheck,  // the bank returns a patient's check
    TakeBack,       // the payer takes a payment back (paid for the wrong member)
    Repost,         // ... and pays it again
};

struct Event
{
    Due kind = Due::Remit;
    int visit = -1;
    QString entryId;  // the entry to reverse
    qint64 amount = 0;
    QString lineId;  // the line to pay again
};

class AccountsDemo final : public demo::IDemoContributor
{
public:
    QString entity() const override { return QStringLiteral("ledger"); }
    Result<qint64> generate(demo::DemoContext& context) override;

private:
    Status loadPractice(demo::DemoContext& context);
    Status begin();
    Status commit();
    void schedule(const QDate& day, Event event) { m_agenda[day].push_back(std::move(event)); }
    QDateTime tick();

    Status openingBalances(const QDate& start);
    Status visitsOn(const QDate& day);
    Status visit(const QDate& day, const DemoProvider& provider, int patient);
    Status deskPayments(int visit, const QDate& day);
    Status dueOn(const QDate& day);
    Status remit(int visit, const QDate& day);
    Status statement(int visit, const QDate& day);
    Status refund(int patient, const QDate& day);
    Status reverse(const QString& entryId, const QString& reason, const QDate& day);
    Status payLine(int visit, const DemoLine& line, qint64 amount, const QDate& day, bool atDesk);
    Status insurancePayment(const Visit& v, const QString& lineId, qint64 amount, const QDate& day,
                            QString* entryId = nullptr);
    Result<qint64> patientOwes(const Visit& v);

    demo::DemoContext* m_context = nullptr;
    std::optional<demo::DemoRandom> m_random;
    std::optional<VisitPricing> m_pricing;
    std::optional<AccountsContext> m_accounts;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<storage::Transaction> m_tx;
    std::unique_ptr<LedgerBulkWriter> m_writer;
    std::vector<DemoProvider> m_providers;
    std::vector<DemoPatient> m_patients;
    std::vector<Visit> m_visits;
    std::map<QDate, std::vector<Event>> m_agenda;
    std::map<std::pair<int, int>, qint64> m_deductibleMet;  // (patient, year) -> cents
    QDateTime m_at;
    qint64 m_written = 0;
};

Status AccountsDemo::loadPractice(demo::DemoContext& context)
{
    auto providers =
        context.services.get<practice::IProviderService>()->list({false, false, {}, 0});
    FD_TRY(providers);
    for (const practice::Provider& p : providers.value())
        if (!p.external && p.active && !p.locationIds.isEmpty())
            m_providers.push_back({p.id, p.locationIds.front(), p.npi});
    // By NPI, which the seed decides (the ids are random).
    std::sort(m_providers.begin(), m_providers.end(),
              [](const DemoProvider& a, const DemoProvider& b) { return a.npi < b.npi; });

    auto patientService = context.services.get<patients::IPatientService>();
    for (int offset = 0;; offset += 1000) {
        auto page = patientService->list({true, offset, 1000});
        FD_TRY(page);
        for (const patients::PatientSummary& s : page.value())
            if (s.status == QLatin1String("active") && !s.restricted)
                m_patients.push_back({s.id, s.accountNumber, s.birthDate});
        if (page->size() < 1000)
            break;
    }
    // By account number, which the demo allocates in the seed's order.
    std::sort(m_patients.begin(), m_patients.end(), [](const DemoPatient& a, const DemoPatient& b) {
        return a.accountNumber.size() != b.accountNumber.size()
                   ? a.accountNumber.size() < b.accountNumber.size()
                   : a.accountNumber < b.accountNumber;
    });
    if (m_providers.empty() || m_patients.empty())
        return makeError(ErrorCode::NotFound,
                         accountsTr("The demo ledger needs the demo providers and patients."));
    return {};
}

Status AccountsDemo::begin()
{
    auto tx = m_context->database.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    m_tx = std::move(tx.value());
    m_writer = std::make_unique<LedgerBulkWriter>(*m_accounts, *m_tx);
    return {};
}

Status AccountsDemo::commit()
{
    FD_TRY(m_writer->finish());
    m_written += m_writer->written();
    m_writer.reset();
    FD_TRY(m_tx->commit());
    m_tx.reset();
    return {};
}

// Postings of one day follow each other by a few seconds from 8 a.m. Eastern.
QDateTime AccountsDemo::tick()
{
    m_at = m_at.addSecs(m_random->between(5, 25));
    m_writer->setPostedAt(m_at);
    return m_at;
}

Result<qint64> AccountsDemo::generate(demo::DemoContext& context)
{
    for (const QString& p : {perm::kCharges, perm::kPayments, perm::kAdjust, perm::kTransfer,
                             perm::kRefund, perm::kReverse})
        FD_TRY(context.services.get<security::IAccessControl>()->require(p));
    m_context = &context;
    m_random.emplace(context.random(0x6c656467));
    FD_TRY(loadPractice(context));
    m_pricing.emplace(context.services, context.today);
    // The ledger's "today" is the demo's, so that no service date is in its future.
    m_clock = std::make_shared<FixedClock>(QDateTime(context.today, QTime(23, 0), Qt::UTC));
    m_accounts.emplace(accountsContextOf(context.services));
    m_accounts->clock = m_clock;

    const int months = context.profile.size == demo::DemoSize::Large
                           ? std::min(context.profile.monthsBack, kMostMonths)
                           : context.profile.monthsBack;
    const QDate start = context.today.addMonths(-months);
    const patients::BulkPageCache cache(context.database, 256 * 1024);
    FD_TRY(begin());
    m_at = QDateTime(start, QTime(13, 0), Qt::UTC);
    FD_TRY(openingBalances(start));
    for (QDate day = start; day <= context.today; day = day.addDays(1)) {
        if (m_writer->written() >= kChunkEntries) {
            FD_TRY(commit());
            FD_TRY(begin());
        }
        m_at = QDateTime(day, QTime(13, 0), Qt::UTC);
        FD_TRY(dueOn(day));
        if (isWorkingDay(day))
            FD_TRY(visitsOn(day));
    }
    FD_TRY(commit());
    return m_written;
}

// What the previous system still had open when the practice started on this one: a few
// visits before the start, carried over with their service dates, waiting on the payer (an
// appeal) or on the patient.
Status AccountsDemo::openingBalances(const QDate& start)
{
    const int count = std::max(60, int(m_patients.size() / 40));
    for (int i = 0; i < count; ++i) {
        const int p = int(m_random->between(0, qint64(m_patients.size()) - 1));
        // Mostly the last two months before the start, some much older.
        const auto age = m_random->between(0, 99);
        const QDate service = start.addDays(-(age < 50   ? m_random->between(1, 60)
                                              : age < 85 ? m_random->between(61, 180)
                                                         : m_random->between(181, 365)));
        auto planned = m_pricing->plan(m_patients[std::size_t(p)], p, service);
        FD_TRY(planned);
        Visit v = planned.value();
        v.date = service;
        v.provider = int(m_random->between(0, qint64(m_providers.size()) - 1));
        const bool withPayer = v.plan != Plan::SelfPay && m_random->chance(0.6);
        if (!withPayer)
            v.plan = Plan::SelfPay;
        v.claimId = withPayer ? newUuid() : QString();
        auto price = m_pricing->price(QStringLiteral("99213"), service);
        FD_TRY(price);
        tick();
        ChargeRequest c;
        c.patientId = m_patients[std::size_t(p)].id;
        c.claimId = v.claimId;
        c.serviceDate = service;
        c.code = QStringLiteral("99213");
        c.providerId = m_providers[std::size_t(v.provider)].id;
        c.locationId = m_providers[std::size_t(v.provider)].locationId;
        c.amount = Money::fromCents(price.value());
        c.responsibility = withPayer ? Bucket::Insurance : Bucket::Patient;
        c.note = accountsTr("Balance brought over from the previous system");
        auto charged = m_writer->postCharge(c);
        FD_TRY(charged);
        v.lines.push_back({charged->lineId, charged->id, c.code, price.value()});
        m_visits.push_back(std::move(v));
        const int index = int(m_visits.size()) - 1;
        if (withPayer && m_random->chance(0.35))
            schedule(start.addDays(m_random->between(10, 80)), {Due::Remit, index});
        else if (!withPayer && m_random->chance(0.4))
            schedule(start.addDays(m_random->between(15, 90)), {Due::Statement, index});
    }
    return {};
}

Status AccountsDemo::visitsOn(const QDate& day)
{
    const int perDay = m_context->profile.appointmentsPerProviderDay;
    const qint64 fewest = std::max(1, perDay * 55 / 100);
    const qint64 most = std::max<qint64>(fewest, perDay * 85 / 100);
    const qint64 regulars = std::max<qint64>(1, qint64(m_patients.size()) / 10);
    for (const DemoProvider& provider : m_providers) {
        if (m_random->chance(0.04))
            continue;  // vacation, a conference, a sick day
        const qint64 seen = m_random->between(fewest, most);
        for (qint64 i = 0; i < seen; ++i) {
            // A tenth of the patients (the chronically ill, young children) make a third of
            // the visits.
            const qint64 last = m_random->chance(0.3) ? regulars : qint64(m_patients.size());
            FD_TRY(visit(day, provider, int(m_random->between(0, last - 1))));
        }
    }
    return {};
}

Status AccountsDemo::visit(const QDate& day, const DemoProvider& provider, int p)
{
    DemoPatient& patient = m_patients[std::size_t(p)];
    auto planned = m_pricing->plan(patient, p, day);
    FD_TRY(planned);
    Visit v = planned.value();
    v.date = day;
    v.provider = int(&provider - m_providers.data());
    if (v.plan != Plan::SelfPay)
        v.claimId = newUuid();
    const std::vector<QString> codes = m_pricing->services(*m_random, patient, day, &v.preventive);
    patient.seen = true;
    m_visits.push_back(v);
    const int index = int(m_visits.size()) - 1;
    tick();
    // The copay at check-in, before the visit's charges exist: credit until the remittance.
    if (v.plan == Plan::Commercial && v.copay > 0 && m_random->chance(0.85)) {
        PatientPaymentRequest r;
        r.patientId = patient.id;
        r.amount = Money::fromCents(v.copay);
        r.paymentDate = day;
        r.method = m_random->chance(0.7) ? PaymentMethod::Card : PaymentMethod::Cash;
        r.reference = r.method == PaymentMethod::Card ? cardReference(*m_random) : QString();
        r.note = accountsTr("Copay at check-in");
        r.clientId = newUuid();
        FD_TRY(m_writer->recordPatientPayment(r));
    }
    for (const QString& code : codes) {
        auto price = m_pricing->price(code, day);
        if (!price && price.error().code == ErrorCode::NotFound)
            continue;  // the practice does not bill it
        FD_TRY(price);
        tick();
        ChargeRequest c;
        c.patientId = patient.id;
        c.claimId = v.claimId;
        c.serviceDate = day;
        c.providerId = provider.id;
        c.locationId = provider.locationId;
        c.responsibility = v.plan == Plan::SelfPay ? Bucket::Patient : Bucket::Insurance;
        if (m_random->chance(0.003)) {
            // Keyed with a wrong code, reversed at once and posted again.
            c.code = QStringLiteral("99215");
            auto wrong = m_pricing->price(c.code, day);
            FD_TRY(wrong);
            c.amount = Money::fromCents(wrong.value());
            c.applyCredit = false;
            auto posted = m_writer->postCharge(c);
            FD_TRY(posted);
            FD_TRY(reverse(posted->id, accountsTr("Posted in error: wrong procedure code"), day));
        }
        c.code = code;
        c.amount = Money::fromCents(price.value());
        c.applyCredit = true;
        auto posted = m_writer->postCharge(c);
        FD_TRY(posted);
        m_visits[std::size_t(index)].lines.push_back(
            {posted->lineId, posted->id, code, price.value()});
    }
    const Visit& made = m_visits[std::size_t(index)];
    if (made.plan == Plan::SelfPay)
        return deskPayments(index, day);
    schedule(day.addDays(m_pricing->remitLag(*m_random, made.plan)), {Due::Remit, index});
    return {};
}

// A patient without insurance pays at the desk: most in full, some half, some nothing yet.
Status AccountsDemo::deskPayments(int index, const QDate& day)
{
    const auto r = m_random->between(0, 99);
    if (r < 80) {
        for (const DemoLine& line : m_visits[std::size_t(index)].lines)
            FD_TRY(payLine(index, line, -1, day, true));
        return {};
    }
    if (r < 90) {
        const DemoLine line = m_visits[std::size_t(index)].lines.front();
        auto state = m_writer->line(line.lineId);
        FD_TRY(state);
        if (state->patient > 1)
            FD_TRY(payLine(index, line, state->patient / 2, day, true));
    }
    schedule(day.addDays(m_random->between(20, 45)), {Due::Statement, index});
    return {};
}

Status AccountsDemo::dueOn(const QDate& day)
{
    auto found = m_agenda.find(day);
    if (found == m_agenda.end())
        return {};
    const std::vector<Event> events = std::move(found->second);
    m_agenda.erase(found);
    for (const Event& e : events) {
        tick();
        switch (e.kind) {
            case Due::Remit:
                FD_TRY(remit(e.visit, day));
                break;
            case Due::Statement:
                FD_TRY(statement(e.visit, day));
                break;
            case Due::Refund:
                FD_TRY(refund(m_visits[std::size_t(e.visit)].patient, day));
                break;
            case Due::ReturnedCheck:
                FD_TRY(reverse(e.entryId, accountsTr("Returned check: insufficient funds"), day));
                schedule(day.addDays(m_random->between(20, 40)), {Due::Statement, e.visit});
                break;
            case Due::TakeBack: {
                FD_TRY(reverse(e.entryId,
                               accountsTr("Payer recoupment: paid under the wrong member"), day));
                schedule(day.addDays(m_random->between(7, 21)),
                         {Due::Repost, e.visit, {}, e.amount, e.lineId});
                break;
            }
            case Due::Repost:
                FD_TRY(insurancePayment(m_visits[std::size_t(e.visit)], e.lineId, e.amount, day));
                break;
        }
    }
    return {};
}

Status AccountsDemo::reverse(const QString& entryId, const QString& reason, const QDate& day)
{
    auto reversed = m_writer->reverse(entryId, reason, day);
    FD_TRY(reversed);
    return {};
}

Status AccountsDemo::insurancePayment(const Visit& v, const QString& lineId, qint64 amount,
                                      const QDate& day, QString* entryId)
{
    InsurancePaymentRequest r;
    r.patientId = m_patients[std::size_t(v.patient)].id;
    r.lineId = lineId;
    r.payerId = v.payerId;
    r.amount = Money::fromCents(amount);
    r.method = PaymentMethod::Eft;
    r.reference = eftTrace(v.payerId, day);
    r.depositDate = day;
    r.clientId = newUuid();
    auto paid = m_writer->recordInsurancePayment(r);
    FD_TRY(paid);
    if (entryId)
        *entryId = paid->id;
    return {};
}

// The remittance of one insured visit, line by line as an 835 gives it: the payment, the
// contractual write-off (CO-45) and the patient's share moved to them by reason: deductible
// (PR-1), coinsurance (PR-2), copay (PR-3). Moving it applies the copay taken at check-in.
Status AccountsDemo::remit(int index, const QDate& day)
{
    const Visit v = m_visits[std::size_t(index)];
    const QString& patientId = m_patients[std::size_t(v.patient)].id;
    qint64 copayLeft = v.preventive ? 0 : v.copay;
    qint64& met = m_deductibleMet[{v.patient, v.date.year()}];
    Event takeBack{Due::TakeBack, index};
    for (const DemoLine& line : v.lines) {
        auto state = m_writer->line(line.lineId);
        FD_TRY(state);
        if (state->insurance <= 0)
            continue;  // reversed
        auto allowedPrice =
            m_pricing->allowed(v.payerId, v.plan, line.code, v.date, state->insurance);
        FD_TRY(allowedPrice);
        const qint64 allowed = std::min(allowedPrice.value(), state->insurance);
        const Share share = patientShare(v, allowed, copayLeft, met);
        copayLeft -= share.copay;
        met += share.deductible;
        const qint64 paid = allowed - share.copay - share.deductible - share.coinsurance;
        if (paid > 0) {
            QString id;
            FD_TRY(insurancePayment(v, line.lineId, paid, day, &id));
            if (takeBack.entryId.isEmpty())
                takeBack = {Due::TakeBack, index, id, paid, line.lineId};
        }
        if (state->insurance > allowed) {
            AdjustmentRequest a;
            a.patientId = patientId;
            a.lineId = line.lineId;
            a.bucket = Bucket::Insurance;
            a.amount = Money::fromCents(state->insurance - allowed);
            a.reasonGroup = QStringLiteral("CO");
            a.reasonCode = QStringLiteral("45");
            a.date = day;
            FD_TRY(m_writer->adjust(a));
        }
        const std::pair<qint64, const char*> moves[] = {
            {share.deductible, QT_TRANSLATE_NOOP("fd::accounts", "PR-1: deductible")},
            {share.coinsurance, QT_TRANSLATE_NOOP("fd::accounts", "PR-2: coinsurance")},
            {share.copay, QT_TRANSLATE_NOOP("fd::accounts", "PR-3: copay")}};
        for (const auto& [amount, reason] : moves) {
            if (amount <= 0)
                continue;
            TransferRequest t;
            t.patientId = patientId;
            t.lineId = line.lineId;
            t.from = Bucket::Insurance;
            t.amount = Money::fromCents(amount);
            t.note = accountsTr(reason);
            t.date = day;
            FD_TRY(m_writer->transfer(t));
        }
    }
    auto owes = patientOwes(v);
    FD_TRY(owes);
    if (owes.value() > 0)
        schedule(day.addDays(m_random->between(12, 60)), {Due::Statement, index});
    auto credit = m_writer->credit(patientId);
    FD_TRY(credit);
    if (credit.value() > 0 && m_random->chance(0.6))
        schedule(day.addDays(m_random->between(10, 40)), {Due::Refund, index});
    if (!takeBack.entryId.isEmpty() && m_random->chance(0.004))
        schedule(day.addDays(m_random->between(15, 60)), takeBack);
    return {};
}

Result<qint64> AccountsDemo::patientOwes(const Visit& v)
{
    qint64 owes = 0;
    for (const DemoLine& line : v.lines) {
        auto state = m_writer->line(line.lineId);
        FD_TRY(state);
        owes += state->patient;
    }
    return owes;
}

// The patient's answer to a statement: most pay it all, some half (and get another
// statement), some nothing, which is what the patient aging bands show.
Status AccountsDemo::statement(int index, const QDate& day)
{
    const auto r = m_random->between(0, 99);
    if (r >= 84)
        return {};
    const bool half = r >= 74;
    auto owes = patientOwes(m_visits[std::size_t(index)]);
    FD_TRY(owes);
    qint64 budget = half ? owes.value() / 2 : owes.value();
    if (budget <= 0)
        return {};
    const std::vector<DemoLine> lines = m_visits[std::size_t(index)].lines;
    for (const DemoLine& line : lines) {
        auto state = m_writer->line(line.lineId);
        FD_TRY(state);
        const qint64 amount = std::min(budget, state->patient);
        if (amount <= 0)
            continue;
        FD_TRY(payLine(index, line, amount, day, false));
        budget -= amount;
        if (budget <= 0)
            break;
    }
    if (half)
        schedule(day.addDays(m_random->between(25, 45)), {Due::Statement, index});
    return {};
}

// Pays `amount` (-1: all the patient owes) of a line: at the desk by card or cash, by mail
// mostly by check. A few overpay (the excess is credit, later refunded) and a few checks
// come back.
Status AccountsDemo::payLine(int index, const DemoLine& line, qint64 amount, const QDate& day,
                             bool atDesk)
{
    auto state = m_writer->line(line.lineId);
    FD_TRY(state);
    if (amount < 0)
        amount = state->patient;
    if (amount <= 0)
        return {};
    const bool over = m_random->chance(0.03);
    PatientPaymentRequest r;
    r.patientId = m_patients[std::size_t(m_visits[std::size_t(index)].patient)].id;
    r.lineId = line.lineId;
    r.amount = Money::fromCents(amount + (over ? m_random->between(5, 25) * 100 : 0));
    r.paymentDate = day;
    const auto how = m_random->between(0, 99);
    r.method = atDesk ? (how < 65 ? PaymentMethod::Card : PaymentMethod::Cash)
                      : (how < 45   ? PaymentMethod::Check
                         : how < 95 ? PaymentMethod::Card
                                    : PaymentMethod::Cash);
    if (r.method == PaymentMethod::Card)
        r.reference = cardReference(*m_random);
    else if (r.method == PaymentMethod::Check)
        r.reference = QString::number(m_random->between(1001, 9899));
    r.clientId = newUuid();
    auto paid = m_writer->recordPatientPayment(r);
    FD_TRY(paid);
    if (over && m_random->chance(0.7))
        schedule(day.addDays(m_random->between(20, 50)), {Due::Refund, index});
    else if (!over && r.method == PaymentMethod::Check && m_random->chance(0.015))
        schedule(day.addDays(m_random->between(5, 12)), {Due::ReturnedCheck, index, paid->id});
    return {};
}

Status AccountsDemo::refund(int p, const QDate& day)
{
    auto credit = m_writer->credit(m_patients[std::size_t(p)].id);
    FD_TRY(credit);
    if (credit.value() <= 0)
        return {};  // applied to a later visit meanwhile
    RefundRequest r;
    r.patientId = m_patients[std::size_t(p)].id;
    r.amount = Money::fromCents(credit.value());
    r.method = PaymentMethod::Check;
    r.reference = QString::number(m_random->between(20001, 29999));
    r.note = accountsTr("Refund of unused credit");
    r.date = day;
    r.clientId = newUuid();
    FD_TRY(m_writer->refund(r));
    return {};
}

}  // namespace

std::shared_ptr<demo::IDemoContributor> makeAccountsDemoContributor()
{
    return std::make_shared<AccountsDemo>();
}

}  // namespace fd::accounts
