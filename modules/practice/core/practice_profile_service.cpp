#include "practice/core/practice_profile_service.h"

#include "practice/core/code_set_store.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/practice_validation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fd::practice {

QVariantMap addressColumns(const QString& prefix, const Address& a)
{
    return {{prefix + QStringLiteral("line1"), a.line1.trimmed()},
            {prefix + QStringLiteral("line2"), a.line2.trimmed()},
            {prefix + QStringLiteral("city"), a.city.trimmed()},
            {prefix + QStringLiteral("state"), a.state},
            {prefix + QStringLiteral("zip"), a.zip}};
}

Address addressFromRow(const QSqlQuery& q, int first)
{
    return {q.value(first).toString(), q.value(first + 1).toString(), q.value(first + 2).toString(),
            q.value(first + 3).toString(), q.value(first + 4).toString()};
}

Status checkTaxonomyKnown(storage::Database& db, const QString& taxonomy, const QDate& date, const QString& field)
{
    if (taxonomy.isEmpty())
        return {};
    FD_TRY(checkTaxonomyForm(taxonomy, field));
    auto found = CodeSetStore(db.connection()).lookup(CodeSet::Taxonomy, taxonomy, date, false);
    if (!found)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::practice", "Taxonomy %1 is not a known NUCC code; import the current NUCC file "
                                    "(frontdeskctl codes import --set taxonomy) if it is new.")
                             .arg(taxonomy),
                         field);
    return {};
}

namespace {

const QString kColumns = QStringLiteral(
    "id, row_version, name, time_zone, npi, tax_id, taxonomy, billing_line1, billing_line2, billing_city, "
    "billing_state, billing_zip, pay_to_line1, pay_to_line2, pay_to_city, pay_to_state, pay_to_zip, phone, fax, "
    "email, logo");

}  // namespace

Result<PracticeProfile> PracticeProfileService::profile() const
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT %1 FROM practice_profile WHERE deleted = 0 "
                                          "ORDER BY updated_at DESC LIMIT 1")
                               .arg(kColumns));
    FD_TRY(q);
    PracticeProfile p;
    if (q->next()) {
        p.name = q->value(2).toString();
        p.timeZone = q->value(3).toString();
        p.npi = q->value(4).toString();
        p.taxId = q->value(5).toString();
        p.taxonomy = q->value(6).toString();
        p.billingAddress = addressFromRow(q.value(), 7);
        p.payToAddress = addressFromRow(q.value(), 12);
        p.phone = q->value(17).toString();
        p.fax = q->value(18).toString();
        p.email = q->value(19).toString();
        p.logo = q->value(20).toByteArray();
    }
    return p;
}

Status PracticeProfileService::save(const PracticeProfile& profile)
{
    FD_TRY(m_ctx.access->require(perm::kEdit));
    FD_TRY(validate(profile));
    FD_TRY(checkTaxonomyKnown(m_ctx.db, profile.taxonomy, m_ctx.today(), QStringLiteral("taxonomy")));
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    if (!tx)
        return tx.error();
    auto current = storage::exec((*tx)->connection(),
                                 QStringLiteral("SELECT id, row_version FROM practice_profile WHERE deleted = 0 LIMIT 1"));
    FD_TRY(current);
    QVariantMap fields{{QStringLiteral("name"), profile.name.trimmed()},
                       {QStringLiteral("time_zone"), profile.timeZone},
                       {QStringLiteral("npi"), profile.npi},
                       {QStringLiteral("tax_id"), profile.taxId},
                       {QStringLiteral("taxonomy"), profile.taxonomy},
                       {QStringLiteral("phone"), profile.phone},
                       {QStringLiteral("fax"), profile.fax},
                       {QStringLiteral("email"), profile.email},
                       {QStringLiteral("logo"), profile.logo}};
    fields.insert(addressColumns(QStringLiteral("billing_"), profile.billingAddress));
    fields.insert(addressColumns(QStringLiteral("pay_to_"), profile.payToAddress));
    QString id;
    qint64 version = 0;
    if (current->next()) {
        id = current->value(0).toString();
        version = current->value(1).toLongLong();
    }
    FD_TRY(writeAudited(m_ctx, **tx, QStringLiteral("practice_profile"), id, version, fields));
    return (*tx)->commit();
}

}  // namespace fd::practice
