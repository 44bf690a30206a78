#include "billing/core/billing_types.h"

#include <QRegularExpression>

namespace fd::billing {

namespace {

struct StatusName
{
    ClaimStatus status;
    const char* id;
};

constexpr StatusName kStatuses[] = {{ClaimStatus::Draft, "draft"},
                                    {ClaimStatus::Ready, "ready"},
                                    {ClaimStatus::Submitted, "submitted"},
                                    {ClaimStatus::Accepted, "accepted"},
                                    {ClaimStatus::Rejected, "rejected"}};

}  // namespace

QString claimStatusId(ClaimStatus status)
{
    for (const auto& s : kStatuses)
        if (s.status == status)
            return QString::fromLatin1(s.id);
    return {};
}

std::optional<ClaimStatus> claimStatusFromId(const QString& id)
{
    for (const auto& s : kStatuses)
        if (id == QLatin1String(s.id))
            return s.status;
    return std::nullopt;
}

bool canMoveClaim(ClaimStatus from, ClaimStatus to)
{
    switch (from) {
        case ClaimStatus::Draft:
            return to == ClaimStatus::Ready;
        case ClaimStatus::Ready:
            return to == ClaimStatus::Draft || to == ClaimStatus::Submitted;
        case ClaimStatus::Submitted:
            return to == ClaimStatus::Accepted || to == ClaimStatus::Rejected;
        case ClaimStatus::Accepted:
        case ClaimStatus::Rejected:
            return false;
    }
    return false;
}

QString frequencyCode(Frequency frequency)
{
    return QString::number(int(frequency));
}

std::optional<Frequency> frequencyFromCode(const QString& code)
{
    if (code == QLatin1String("1"))
        return Frequency::Original;
    if (code == QLatin1String("7"))
        return Frequency::Replacement;
    if (code == QLatin1String("8"))
        return Frequency::Void;
    return std::nullopt;
}

Money Encounter::total() const
{
    Money sum;
    for (const ServiceLine& l : lines)
        sum += l.amount;
    return sum;
}

Money Claim::total() const
{
    Money sum;
    for (const ClaimLine& l : lines)
        sum += l.amount;
    return sum;
}

bool isProcedureCode(const QString& code)
{
    static const QRegularExpression cpt(QStringLiteral("^[0-9]{4}[0-9FTU]$"));
    static const QRegularExpression hcpcs(QStringLiteral("^[A-V][0-9]{4}$"));
    return cpt.match(code).hasMatch() || hcpcs.match(code).hasMatch();
}

bool isModifier(const QString& modifier)
{
    static const QRegularExpression form(QStringLiteral("^[A-Z0-9]{2}$"));
    return form.match(modifier).hasMatch();
}

bool isIcd10CmFormat(const QString& code)
{
    // U is reserved for provisional codes (U07.1); the rest of the first letters are in use.
    static const QRegularExpression form(
        QStringLiteral("^[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?$"));
    return form.match(code.trimmed().toUpper()).hasMatch();
}

QString normalizeIcd10(const QString& code)
{
    return code.trimmed().toUpper().remove(QLatin1Char('.'));
}

}  // namespace fd::billing
