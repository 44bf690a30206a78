#pragma once

#include "practice/core/practice_profile.h"
#include "practice/core/practice_service_context.h"

namespace fd::practice {

class PracticeProfileService final : public IPracticeProfile
{
public:
    explicit PracticeProfileService(PracticeServiceContext context) : m_ctx(std::move(context)) {}

    Result<PracticeProfile> profile() const override;
    Status save(const PracticeProfile& profile) override;

private:
    mutable PracticeServiceContext m_ctx;
};

// Whether `taxonomy` is a NUCC code in effect on `date` (InvalidInput naming `field` if not).
Status checkTaxonomyKnown(storage::Database& db, const QString& taxonomy, const QDate& date, const QString& field);

// The address columns of a row (prefix "" for line1.., "billing_" for billing_line1..).
QVariantMap addressColumns(const QString& prefix, const Address& address);
Address addressFromRow(const QSqlQuery& query, int firstColumn);

}  // namespace fd::practice
