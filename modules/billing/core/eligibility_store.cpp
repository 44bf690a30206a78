#include "billing/core/eligibility_store.h"

#include "common/clock.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fd::billing {

namespace {

QJsonValue moneyJson(const std::optional<Money>& m)
{
    return m ? QJsonValue(m->toDecimalString()) : QJsonValue();
}

std::optional<Money> moneyFrom(const QJsonValue& v)
{
    if (!v.isString())
        return std::nullopt;
    auto m = Money::parse(v.toString());
    return m ? std::optional<Money>(m.value()) : std::nullopt;
}

Network networkFrom(const QString& id)
{
    for (Network n : {Network::In, Network::Out, Network::NotApplicable})
        if (networkId(n) == id)
            return n;
    return Network::Unknown;
}

// Text columns are NOT NULL: a null QString binds as NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s.trimmed();
}

QDateTime instant(const QVariant& v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

}  // namespace

QJsonObject benefitsToJson(const EligibilityBenefits& b)
{
    QJsonArray amounts;
    for (const BenefitAmount& a : b.amounts) {
        QJsonObject o{{QStringLiteral("kind"), a.kind},
                      {QStringLiteral("service_type"), a.serviceType},
                      {QStringLiteral("coverage_level"), a.coverageLevel},
                      {QStringLiteral("time_period"), a.timePeriod},
                      {QStringLiteral("network"), networkId(a.network)},
                      {QStringLiteral("amount"), moneyJson(a.amount)},
                      {QStringLiteral("messages"), QJsonArray::fromStringList(a.messages)}};
        if (a.percentBasisPoints)
            o.insert(QStringLiteral("percent_basis_points"), *a.percentBasisPoints);
        amounts.append(o);
    }
    return {{QStringLiteral("status"), eligibilityStatusId(b.status)},
            {QStringLiteral("plan_name"), b.planName},
            {QStringLiteral("member_name"), b.memberName},
            {QStringLiteral("coverage_from"), b.coverageFrom.toString(Qt::ISODate)},
            {QStringLiteral("amounts"), amounts},
            {QStringLiteral("errors"), QJsonArray::fromStringList(b.errors)},
            {QStringLiteral("reject_codes"), QJsonArray::fromStringList(b.rejectCodes)}};
}

EligibilityBenefits benefitsFromJson(const QJsonObject& o)
{
    EligibilityBenefits b;
    b.status = eligibilityStatusFromId(o.value(QStringLiteral("status")).toString()).value_or(EligibilityStatus::NotChecked);
    b.planName = o.value(QStringLiteral("plan_name")).toString();
    b.memberName = o.value(QStringLiteral("member_name")).toString();
    b.coverageFrom = QDate::fromString(o.value(QStringLiteral("coverage_from")).toString(), Qt::ISODate);
    for (const QJsonValue& v : o.value(QStringLiteral("amounts")).toArray()) {
        const QJsonObject a = v.toObject();
        BenefitAmount x;
        x.kind = a.value(QStringLiteral("kind")).toString();
        x.serviceType = a.value(QStringLiteral("service_type")).toString();
        x.coverageLevel = a.value(QStringLiteral("coverage_level")).toString();
        x.timePeriod = a.value(QStringLiteral("time_period")).toString();
        x.network = networkFrom(a.value(QStringLiteral("network")).toString());
        x.amount = moneyFrom(a.value(QStringLiteral("amount")));
        if (a.contains(QStringLiteral("percent_basis_points")))
            x.percentBasisPoints = a.value(QStringLiteral("percent_basis_points")).toInt();
        for (const QJsonValue& m : a.value(QStringLiteral("messages")).toArray())
            x.messages << m.toString();
        b.amounts.push_back(x);
    }
    for (const QJsonValue& e : o.value(QStringLiteral("errors")).toArray())
        b.errors << e.toString();
    for (const QJsonValue& e : o.value(QStringLiteral("reject_codes")).toArray())
        b.rejectCodes << e.toString();
    return b;
}

QVariantMap EligibilityStore::checkFields(const EligibilityCheck& c)
{
    return notNull({{QStringLiteral("coverage_id"), c.coverageId},
            {QStringLiteral("patient_id"), c.patientId},
            {QStringLiteral("payer_id"), c.payerId},
            {QStringLiteral("checked_at"), toIsoUtc(c.checkedAt)},
            {QStringLiteral("checked_by"), c.checkedBy},
            {QStringLiteral("channel"), c.channel == CheckChannel::RealTime ? QStringLiteral("realtime")
                                                                            : QStringLiteral("file")},
            {QStringLiteral("trace_number"), c.traceNumber},
            {QStringLiteral("interchange_control"), c.interchangeControl},
            {QStringLiteral("status"), eligibilityStatusId(c.status)},
            {QStringLiteral("request"), QString::fromLatin1(c.request)},
            {QStringLiteral("response"), QString::fromLatin1(c.response)},
            {QStringLiteral("benefits"),
             QString::fromUtf8(QJsonDocument(benefitsToJson(c.benefits)).toJson(QJsonDocument::Compact))}});
}

Result<std::vector<EligibilityCheck>> EligibilityStore::checks(QSqlDatabase db, const QString& where,
                                                               const QVariantList& binds, int limit)
{
    auto q = storage::exec(db,
                           QStringLiteral("SELECT id, coverage_id, patient_id, payer_id, checked_at, checked_by, channel, "
                                          "trace_number, interchange_control, status, request, response, benefits "
                                          "FROM billing_eligibility_checks WHERE deleted = 0 AND (%1) "
                                          "ORDER BY checked_at DESC, rowid DESC LIMIT %2")
                               .arg(where)
                               .arg(limit),
                           binds);
    FD_TRY(q);
    std::vector<EligibilityCheck> out;
    while (q->next()) {
        EligibilityCheck c;
        c.id = q->value(0).toString();
        c.coverageId = q->value(1).toString();
        c.patientId = q->value(2).toString();
        c.payerId = q->value(3).toString();
        c.checkedAt = instant(q->value(4));
        c.checkedBy = q->value(5).toString();
        c.channel = q->value(6).toString() == QLatin1String("file") ? CheckChannel::File : CheckChannel::RealTime;
        c.traceNumber = q->value(7).toString();
        c.interchangeControl = q->value(8).toLongLong();
        c.status = eligibilityStatusFromId(q->value(9).toString()).value_or(EligibilityStatus::NotChecked);
        c.request = q->value(10).toString().toLatin1();
        c.response = q->value(11).toString().toLatin1();
        c.benefits = benefitsFromJson(QJsonDocument::fromJson(q->value(12).toString().toUtf8()).object());
        out.push_back(std::move(c));
    }
    return out;
}

Result<std::vector<VerificationItem>> EligibilityStore::items(QSqlDatabase db, const QString& where,
                                                              const QVariantList& binds)
{
    // patient_name is not read: older rows still hold a copied name; the service reads the
    // registry's (EligibilityService::nameItems).
    auto q = storage::exec(db,
                           QStringLiteral("SELECT id, row_version, day, appointment_id, appointment_start, patient_id, "
                                          "coverage_id, payer_id, payer_name, status, check_id, "
                                          "copay_cents, message, verified_by_phone, verified_by, verified_at, note "
                                          "FROM billing_eligibility_verifications WHERE deleted = 0 AND (%1) "
                                          "ORDER BY appointment_start")
                               .arg(where),
                           binds);
    FD_TRY(q);
    std::vector<VerificationItem> out;
    while (q->next()) {
        VerificationItem i;
        i.id = q->value(0).toString();
        i.rowVersion = q->value(1).toLongLong();
        i.day = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        i.appointmentId = q->value(3).toString();
        i.appointmentStart = instant(q->value(4));
        i.patientId = q->value(5).toString();
        i.coverageId = q->value(6).toString();
        i.payerId = q->value(7).toString();
        i.payerName = q->value(8).toString();
        i.status = eligibilityStatusFromId(q->value(9).toString()).value_or(EligibilityStatus::NotChecked);
        i.checkId = q->value(10).toString();
        if (!q->value(11).isNull())
            i.copay = Money::fromCents(q->value(11).toLongLong());
        i.message = q->value(12).toString();
        i.verifiedByPhone = q->value(13).toInt() == 1;
        i.verifiedBy = q->value(14).toString();
        i.verifiedAt = instant(q->value(15));
        i.note = q->value(16).toString();
        out.push_back(std::move(i));
    }
    return out;
}

Result<EligibilityEndpoint> EligibilityStore::endpoint(QSqlDatabase db, bool withPassword)
{
    auto q = storage::exec(db, QStringLiteral("SELECT url, envelope, sender_id, receiver_id, username, password, "
                                              "ca_bundle_path, timeout_seconds, production "
                                              "FROM billing_eligibility_endpoint WHERE id = 1"));
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         billingTr("No clearinghouse endpoint is set up for real-time eligibility."),
                         QStringLiteral("eligibility endpoint set"));
    EligibilityEndpoint e;
    e.url = q->value(0).toString();
    e.envelope = q->value(1).toString();
    e.senderId = q->value(2).toString();
    e.receiverId = q->value(3).toString();
    e.username = q->value(4).toString();
    e.hasPassword = !q->value(5).toString().isEmpty();
    if (withPassword)
        e.password = q->value(5).toString();
    e.caBundlePath = q->value(6).toString();
    e.timeoutSeconds = q->value(7).toInt();
    e.production = q->value(8).toInt() == 1;
    return e;
}

Status EligibilityStore::saveEndpoint(QSqlDatabase db, const EligibilityEndpoint& e)
{
    QString password = e.password;
    if (password.isEmpty()) {
        auto stored = endpoint(db, true);
        if (stored)
            password = stored->password;
    }
    FD_TRY(storage::exec(db,
                         QStringLiteral("INSERT OR REPLACE INTO billing_eligibility_endpoint (id, url, envelope, "
                                        "sender_id, receiver_id, username, password, ca_bundle_path, timeout_seconds, "
                                        "production) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {text(e.url), text(e.envelope), text(e.senderId), text(e.receiverId), text(e.username),
                          password.isNull() ? QStringLiteral("") : password, text(e.caBundlePath), e.timeoutSeconds,
                          e.production ? 1 : 0}));
    return {};
}

}  // namespace fd::billing
