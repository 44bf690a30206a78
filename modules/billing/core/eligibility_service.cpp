#include "billing/core/eligibility_service.h"

#include "billing/core/billing_patient_hooks.h"
#include "billing/core/billing_permissions.h"
#include "billing/core/eligibility_271_reader.h"
#include "billing/core/eligibility_store.h"
#include "common/uuid.h"
#include "patients/core/patient_hooks.h"
#include "security/audit_actions.h"
#include "storage/synced_rows.h"

namespace fd::billing {

namespace {

const QString kRequestType = QStringLiteral("X12_270_Request_005010X279A1");
const QString kResponseType = QStringLiteral("X12_271_Response_005010X279A1");

PartyName nameOf(const patients::Patient& p)
{
    return {false, p.lastName, p.firstName, p.middleName, p.suffix};
}

CoreEndpointSettings settingsOf(const EligibilityEndpoint& e)
{
    CoreEndpointSettings s;
    s.url = QUrl(e.url);
    s.envelope = e.envelope == QLatin1String("mime") ? CoreEnvelope::Mime : CoreEnvelope::Soap;
    s.senderId = e.senderId;
    s.receiverId = e.receiverId;
    s.username = e.username;
    s.password = e.password;
    s.caBundlePath = e.caBundlePath;
    s.timeoutMs = e.timeoutSeconds * 1000;
    return s;
}

QJsonObject auditDetails(const EligibilityCheck& c)
{
    return {{QStringLiteral("coverage_id"), c.coverageId},
            {QStringLiteral("payer_id"), c.payerId},
            {QStringLiteral("channel"), c.channel == CheckChannel::RealTime ? QStringLiteral("realtime")
                                                                            : QStringLiteral("file")},
            {QStringLiteral("trace_number"), c.traceNumber},
            {QStringLiteral("status"), eligibilityStatusId(c.status)}};
}

}  // namespace

void registerEligibility(ServiceRegistry& registry, const BillingContext& ctx)
{
    auto service = std::make_shared<EligibilityService>(ctx);
    registry.add<IEligibilityService>(service);
    registry.add<calendar::IInsuranceCheck>(std::make_shared<InsuranceCheck>(service));
    // A patient merge carries the merged-away patient's checks and list rows along.
    if (auto hooks = registry.get<patients::PatientHooks>())
        hooks->addMergeParticipant(std::make_shared<EligibilityMergeParticipant>());
}

Result<Eligibility270Request> EligibilityService::requestFor(const patients::Coverage& coverage,
                                                             const practice::Payer& payer, const QDate& serviceDate)
{
    auto profile = m_ctx.profile->profile();
    FD_TRY(profile);
    auto patient = m_ctx.patients->get(coverage.patientId);
    FD_TRY(patient);
    Eligibility270Request r;
    auto ep = EligibilityStore::endpoint(m_ctx.db.connection(), false);
    r.senderId = ep ? ep->senderId : profile->npi;
    r.receiverId = ep ? ep->receiverId : payer.payerIdFor(QStringLiteral("default"));
    r.production = ep && ep->production;
    r.payerName = payer.name;
    r.payerId = payer.payerIdFor(ep ? ep->receiverId.toLower() : QStringLiteral("default"));
    r.provider = {true, profile->name, {}, {}, {}};
    r.providerNpi = profile->npi;
    r.providerTaxId = profile->taxId;
    r.memberId = coverage.memberId;
    r.serviceDate = serviceDate;
    const bool self = coverage.relationship.isEmpty() || coverage.relationship == QLatin1String("18");
    r.dependent = !self;
    if (self) {
        r.subscriber = nameOf(patient.value());
        r.subscriberBirthDate = patient->birthDate;
        r.subscriberSex = patients::sexCode(patient->sex);
        return r;
    }
    r.patient = nameOf(patient.value());
    r.patientBirthDate = patient->birthDate;
    r.patientSex = patients::sexCode(patient->sex);
    if (!coverage.subscriberPatientId.isEmpty()) {
        auto subscriber = m_ctx.patients->get(coverage.subscriberPatientId);
        FD_TRY(subscriber);
        r.subscriber = nameOf(subscriber.value());
        r.subscriberBirthDate = subscriber->birthDate;
        r.subscriberSex = patients::sexCode(subscriber->sex);
    } else {
        r.subscriber = {false, coverage.subscriberLastName, coverage.subscriberFirstName, {}, {}};
        r.subscriberBirthDate = coverage.subscriberBirthDate;
        r.subscriberSex = patients::sexCode(coverage.subscriberSex);
    }
    return r;
}

Result<EligibilityCheck> EligibilityService::prepare(const QString& coverageId, const QStringList& serviceTypes,
                                                     CheckChannel channel, const QDate& serviceDate)
{
    FD_TRY(m_ctx.access->require(perm::kEligibility));
    auto coverage = m_ctx.coverages->get(coverageId);
    FD_TRY(coverage);
    auto payer = m_ctx.payers->find(coverage->payerId);
    FD_TRY(payer);
    if (payer->eligibilityChannel != QLatin1String("x12_270"))
        return makeError(ErrorCode::InvalidInput,
                         tr("The payer %1 answers eligibility questions by %2, not by a 270.")
                             .arg(payer->name, payer->eligibilityChannel),
                         QStringLiteral("eligibility_channel"));
    auto request = requestFor(coverage.value(), payer.value(), serviceDate);
    FD_TRY(request);
    request->serviceTypes = serviceTypes;
    request->created = m_ctx.now();
    request->interchangeControl = 1;  // checked first so a refused request uses no numbers
    request->traceNumber = QStringLiteral("0");
    FD_TRY(Eligibility270Writer::check(request.value()));
    {
        auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
        FD_TRY(tx);
        auto interchange = nextCounterValue((*tx)->connection(), QStringLiteral("interchange_control"), 999999999);
        FD_TRY(interchange);
        auto trace = nextCounterValue((*tx)->connection(), QStringLiteral("eligibility_trace"), 9999999999LL);
        FD_TRY(trace);
        FD_TRY((*tx)->commit());
        request->interchangeControl = interchange.value();
        request->traceNumber = QStringLiteral("FDE%1").arg(trace.value(), 10, 10, QLatin1Char('0'));
    }
    auto content = Eligibility270Writer::write(request.value());
    FD_TRY(content);
    EligibilityCheck c;
    c.coverageId = coverage->id;
    c.patientId = coverage->patientId;
    c.payerId = payer->id;
    c.checkedAt = m_ctx.now();
    c.checkedBy = m_ctx.userId();
    c.channel = channel;
    c.traceNumber = request->traceNumber;
    c.interchangeControl = request->interchangeControl;
    c.request = content.value();
    return c;
}

Result<EligibilityCheck> EligibilityService::store(EligibilityCheck check)
{
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    auto id = storage::SyncedRows::insert(**tx, table::kEligibilityChecks, EligibilityStore::checkFields(check));
    FD_TRY(id);
    check.id = id.value();
    FD_TRY(auditChange(m_ctx, security::audit::kCreate, check.patientId, table::kEligibilityChecks, check.id,
                       auditDetails(check)));
    FD_TRY((*tx)->commit());
    return check;
}

Result<EligibilityCheck> EligibilityService::checkOn(const QString& coverageId, const QStringList& serviceTypes,
                                                     const QDate& day)
{
    FD_TRY(m_ctx.access->require(perm::kEligibility));
    auto ep = EligibilityStore::endpoint(m_ctx.db.connection(), true);
    FD_TRY(ep);
    const CoreEndpointSettings settings = settingsOf(ep.value());
    FD_TRY(settings.validate());
    auto check = prepare(coverageId, serviceTypes, CheckChannel::RealTime, day);
    FD_TRY(check);
    const CoreRequest request{kRequestType, kResponseType, check->request, newUuid(), m_ctx.now()};
    auto answer = CoreConnectivityClient::exchange(settings, request);
    FD_TRY(answer);
    auto answers = Eligibility271Reader::read(answer->payload);
    if (!answers)
        return makeError(ErrorCode::Unavailable,
                         tr("The clearinghouse %1 answered with a payload that is not a 271: %2")
                             .arg(settings.url.host(), answers.error().message),
                         answers.error().details);
    const Eligibility271Answer* mine = nullptr;
    for (const Eligibility271Answer& a : answers.value())
        if (a.traceNumbers.contains(check->traceNumber))
            mine = &a;
    if (!mine && answers->size() == 1 && answers->front().traceNumbers.isEmpty())
        mine = &answers->front();  // rejected above the subscriber: no trace to echo
    if (!mine)
        return makeError(ErrorCode::Unavailable,
                         tr("The clearinghouse %1 answered another inquiry: the 271 does not echo trace number %2.")
                             .arg(settings.url.host(), check->traceNumber));
    check->response = answer->payload;
    check->benefits = mine->benefits;
    check->status = mine->benefits.status;
    return store(check.value());
}

Result<EligibilityCheck> EligibilityService::checkNow(const QString& coverageId, const QStringList& serviceTypes)
{
    return checkOn(coverageId, serviceTypes, m_ctx.today());
}

Result<EligibilityCheck> EligibilityService::write270(const QString& coverageId, const QStringList& serviceTypes)
{
    auto check = prepare(coverageId, serviceTypes, CheckChannel::File, m_ctx.today());
    FD_TRY(check);
    return store(check.value());
}

Result<std::vector<EligibilityCheck>> EligibilityService::import271(const QByteArray& content)
{
    FD_TRY(m_ctx.access->require(perm::kEligibility));
    auto answers = Eligibility271Reader::read(content);
    FD_TRY(answers);
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    std::vector<EligibilityCheck> out;
    for (const Eligibility271Answer& a : answers.value()) {
        std::vector<EligibilityCheck> waiting;
        for (const QString& trace : a.traceNumbers) {
            auto found = EligibilityStore::checks((*tx)->connection(), QStringLiteral("trace_number = ? AND response = ''"),
                                                  {trace}, 1);
            FD_TRY(found);
            if (!found->empty())
                waiting = found.value();
        }
        if (waiting.empty())
            return makeError(ErrorCode::InvalidInput,
                             tr("The 271 answer with trace number %1 matches no 270 waiting for an answer; nothing "
                                "was imported.")
                                 .arg(a.traceNumbers.isEmpty() ? tr("(none)") : a.traceNumbers.join(QStringLiteral(", "))),
                             QStringLiteral("TRN02"));
        EligibilityCheck c = waiting.front();
        c.response = content;
        c.benefits = a.benefits;
        c.status = a.benefits.status;
        auto version = storage::exec((*tx)->connection(),
                                     QStringLiteral("SELECT row_version FROM billing_eligibility_checks WHERE id = ?"), {c.id});
        FD_TRY(version);
        version->next();
        const QVariantMap fields = EligibilityStore::checkFields(c);
        FD_TRY(storage::SyncedRows::update(**tx, table::kEligibilityChecks, c.id, version->value(0).toLongLong(),
                                           {{QStringLiteral("status"), fields.value(QStringLiteral("status"))},
                                            {QStringLiteral("response"), fields.value(QStringLiteral("response"))},
                                            {QStringLiteral("benefits"), fields.value(QStringLiteral("benefits"))},
                                            {QStringLiteral("answered_at"), toIsoUtc(m_ctx.now())}}));
        FD_TRY(auditChange(m_ctx, security::audit::kUpdate, c.patientId, table::kEligibilityChecks, c.id, auditDetails(c)));
        out.push_back(std::move(c));
    }
    FD_TRY((*tx)->commit());
    return out;
}

Result<std::optional<EligibilityCheck>> EligibilityService::latest(const QString& coverageId)
{
    FD_TRY(m_ctx.access->require(perm::kEligibility));
    auto found = EligibilityStore::checks(m_ctx.db.connection(), QStringLiteral("coverage_id = ? AND response <> ''"),
                                          {coverageId}, 1);
    FD_TRY(found);
    if (found->empty())
        return std::optional<EligibilityCheck>();
    return std::optional<EligibilityCheck>(found->front());
}

Result<std::vector<EligibilityCheck>> EligibilityService::history(const QString& coverageId)
{
    FD_TRY(m_ctx.access->require(perm::kEligibility));
    auto found = EligibilityStore::checks(m_ctx.db.connection(), QStringLiteral("coverage_id = ?"), {coverageId}, 1000);
    FD_TRY(found);
    if (!found->empty()) {
        security::AuditRecord read;
        read.action = security::audit::kRead;
        read.patientId = found->front().patientId;
        read.entity = table::kEligibilityChecks;
        read.details = {{QStringLiteral("coverage_id"), coverageId}, {QStringLiteral("checks"), int(found->size())}};
        FD_TRY(m_ctx.audit->record(read));
    }
    return found;
}

Result<EligibilityEndpoint> EligibilityService::endpoint()
{
    FD_TRY(m_ctx.access->require(perm::kEligibility));
    return EligibilityStore::endpoint(m_ctx.db.connection(), false);
}

Status EligibilityService::setEndpoint(const EligibilityEndpoint& e)
{
    FD_TRY(m_ctx.access->require(perm::kSetup));
    if (e.envelope != QLatin1String("soap") && e.envelope != QLatin1String("mime"))
        return invalidInput(tr("The envelope must be soap or mime, not \"%1\".").arg(e.envelope), QStringLiteral("envelope"));
    if (e.timeoutSeconds < 1 || e.timeoutSeconds > 600)
        return invalidInput(tr("The timeout must be 1 to 600 seconds."), QStringLiteral("timeout"));
    FD_TRY(settingsOf(e).validate());
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    FD_TRY(EligibilityStore::saveEndpoint((*tx)->connection(), e));
    FD_TRY(auditChange(m_ctx, security::audit::kUpdate, {}, table::kEligibilityEndpoint, QStringLiteral("1"),
                       {{QStringLiteral("url"), e.url},
                        {QStringLiteral("envelope"), e.envelope},
                        {QStringLiteral("sender_id"), e.senderId},
                        {QStringLiteral("receiver_id"), e.receiverId},
                        {QStringLiteral("password_changed"), !e.password.isEmpty()}}));
    return (*tx)->commit();
}

Result<calendar::InsuranceCheckSummary> InsuranceCheck::latest(const QString& coverageId)
{
    auto found = m_service->latest(coverageId);
    FD_TRY(found);
    return EligibilityService::summaryOf(coverageId, found.value());
}

Result<calendar::InsuranceCheckSummary> InsuranceCheck::checkNow(const QString& coverageId)
{
    auto done = m_service->checkNow(coverageId);
    FD_TRY(done);
    return EligibilityService::summaryOf(coverageId, done.value());
}

}  // namespace fd::billing
