#include "practice/core/practice_profile.h"

#include "practice/core/practice_profile_service.h"
#include "security/interfaces.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace fd::practice {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fd::practice", text);
}
}  // namespace

// NPI check digit: Luhn over the 9 identifier digits prefixed with the card issuer "80840".
bool isValidNpi(const QString& npi)
{
    static const QRegularExpression tenDigits(QStringLiteral("^[12][0-9]{9}$"));
    if (!tenDigits.match(npi).hasMatch())
        return false;
    const QString digits = QStringLiteral("80840") + npi.left(9);
    int sum = 0;
    bool doubleIt = true;  // rightmost digit of the payload is doubled (check digit excluded)
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    const int check = (10 - sum % 10) % 10;
    return check == npi.at(9).digitValue();
}

Status validate(const PracticeProfile& p)
{
    if (p.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The practice needs a name."), QStringLiteral("name"));
    if (!QTimeZone(p.timeZone.toUtf8()).isValid())
        return makeError(ErrorCode::InvalidInput, tr("Unknown time zone \"%1\".").arg(p.timeZone),
                         QStringLiteral("time_zone"));
    if (!p.npi.isEmpty() && !isValidNpi(p.npi))
        return makeError(ErrorCode::InvalidInput,
                         tr("NPI \"%1\" is not valid: it must be 10 digits with a correct check digit.").arg(p.npi),
                         QStringLiteral("npi"));
    static const QRegularExpression ein(QStringLiteral("^[0-9]{2}-?[0-9]{7}$"));
    if (!p.taxId.isEmpty() && !ein.match(p.taxId).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("Tax id \"%1\" is not an EIN (nine digits, as 12-3456789).").arg(p.taxId),
                         QStringLiteral("tax_id"));
    return {};
}

storage::MigrationSet practiceMigrations()
{
    storage::MigrationSet set;
    set.module = QStringLiteral("practice");
    set.migrations.push_back(
        {1,
         QStringLiteral("practice profile"),
         {QStringLiteral("CREATE TABLE practice_profile ("
                         " id TEXT PRIMARY KEY, row_version INTEGER NOT NULL, updated_at TEXT NOT NULL,"
                         " deleted INTEGER NOT NULL DEFAULT 0,"
                         " name TEXT NOT NULL, time_zone TEXT NOT NULL, npi TEXT, tax_id TEXT)")},
         {}});
    return set;
}

void registerServices(ServiceRegistry& registry)
{
    auto db = registry.get<storage::Database>();
    auto access = registry.get<security::IAccessControl>();
    auto audit = registry.get<security::IAuditTrail>();
    Q_ASSERT(db && access && audit);
    registry.add<IPracticeProfile>(std::make_shared<PracticeProfileService>(*db, access, audit));
}

}  // namespace fd::practice
