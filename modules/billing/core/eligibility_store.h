#pragma once

#include "billing/core/billing_context.h"
#include "billing/core/eligibility.h"

#include <QJsonObject>

namespace fd::billing {

namespace table {
inline const QString kEligibilityChecks = QStringLiteral("billing_eligibility_checks");
inline const QString kVerifications = QStringLiteral("billing_eligibility_verifications");
inline const QString kEligibilityEndpoint = QStringLiteral("billing_eligibility_endpoint");
}  // namespace table

QJsonObject benefitsToJson(const EligibilityBenefits& benefits);
EligibilityBenefits benefitsFromJson(const QJsonObject& json);

// The SQL of the eligibility tables.
class EligibilityStore
{
public:
    // Checks matching `where` (on billing_eligibility_checks), newest first.
    static Result<std::vector<EligibilityCheck>> checks(QSqlDatabase db, const QString& where, const QVariantList& binds,
                                                        int limit = 100);
    static Result<std::vector<VerificationItem>> items(QSqlDatabase db, const QString& where,
                                                       const QVariantList& binds);
    // The endpoint; the password only when `withPassword`. NotFound when none is set.
    static Result<EligibilityEndpoint> endpoint(QSqlDatabase db, bool withPassword);
    // Keeps the stored password when `endpoint.password` is empty.
    static Status saveEndpoint(QSqlDatabase db, const EligibilityEndpoint& endpoint);
    static QVariantMap checkFields(const EligibilityCheck& check);
};

}  // namespace fd::billing
