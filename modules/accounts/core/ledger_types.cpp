#include "accounts/core/ledger_types.h"

#include <array>
#include <utility>

namespace fd::accounts {

namespace {

const std::array<std::pair<EntryKind, const char*>, 8> kKinds{{
    {EntryKind::Charge, "charge"},
    {EntryKind::InsurancePayment, "insurance_payment"},
    {EntryKind::PatientPayment, "patient_payment"},
    {EntryKind::Adjustment, "adjustment"},
    {EntryKind::Transfer, "transfer"},
    {EntryKind::Refund, "refund"},
    {EntryKind::Reversal, "reversal"},
    {EntryKind::CreditApplication, "credit_application"},
}};

const std::array<std::pair<PaymentMethod, const char*>, 4> kMethods{{
    {PaymentMethod::Cash, "cash"},
    {PaymentMethod::Check, "check"},
    {PaymentMethod::Card, "card"},
    {PaymentMethod::Eft, "eft"},
}};

}  // namespace

QString entryKindId(EntryKind kind)
{
    for (const auto& [k, id] : kKinds)
        if (k == kind)
            return QString::fromLatin1(id);
    return {};
}

std::optional<EntryKind> entryKindFromId(const QString& id)
{
    for (const auto& [k, name] : kKinds)
        if (id == QLatin1String(name))
            return k;
    return std::nullopt;
}

QString bucketId(Bucket bucket)
{
    return bucket == Bucket::Insurance ? QStringLiteral("insurance") : QStringLiteral("patient");
}

std::optional<Bucket> bucketFromId(const QString& id)
{
    if (id == QLatin1String("insurance"))
        return Bucket::Insurance;
    if (id == QLatin1String("patient"))
        return Bucket::Patient;
    return std::nullopt;
}

QString paymentMethodId(PaymentMethod method)
{
    for (const auto& [m, id] : kMethods)
        if (m == method)
            return QString::fromLatin1(id);
    return {};
}

std::optional<PaymentMethod> paymentMethodFromId(const QString& id)
{
    for (const auto& [m, name] : kMethods)
        if (id == QLatin1String(name))
            return m;
    return std::nullopt;
}

void Aging::add(Money amount, int days)
{
    if (days <= 30)
        days0to30 += amount;
    else if (days <= 60)
        days31to60 += amount;
    else if (days <= 90)
        days61to90 += amount;
    else if (days <= 120)
        days91to120 += amount;
    else
        over120 += amount;
}

}  // namespace fd::accounts
