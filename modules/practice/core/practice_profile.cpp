#include "practice/core/practice_profile.h"

#include "practice/core/practice_validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fd::practice {

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

namespace {

constexpr qsizetype kMaxLogoBytes = 1024 * 1024;

Status checkLogo(const QByteArray& logo)
{
    if (logo.isEmpty())
        return {};
    const bool png = logo.startsWith("\x89PNG\r\n\x1a\n");
    const bool jpeg = logo.startsWith("\xff\xd8\xff");
    if (!png && !jpeg)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "The logo must be a PNG or JPEG picture."),
                         QStringLiteral("logo"));
    if (logo.size() > kMaxLogoBytes)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "The logo is larger than 1 MB."), QStringLiteral("logo"));
    return {};
}

}  // namespace

Status validate(const PracticeProfile& p)
{
    if (p.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "The practice needs a name."), QStringLiteral("name"));
    FD_TRY(checkTimeZone(p.timeZone, QStringLiteral("time_zone")));
    FD_TRY(checkNpi(p.npi, QStringLiteral("npi"), false));
    FD_TRY(checkTaxId(p.taxId));
    FD_TRY(checkTaxonomyForm(p.taxonomy, QStringLiteral("taxonomy")));
    FD_TRY(checkAddress(p.billingAddress, QStringLiteral("billing_address"), false));
    static const QRegularExpression poBox(QStringLiteral("\\bP\\.?\\s*O\\.?\\s*BOX\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (poBox.match(p.billingAddress.line1).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::practice", "The billing address must be a street address; put a PO box in the pay-to address."),
                         QStringLiteral("billing_address.line1"));
    FD_TRY(checkAddress(p.payToAddress, QStringLiteral("pay_to_address"), false));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "\"%1\" is not an email address.").arg(p.email),
                         QStringLiteral("email"));
    return checkLogo(p.logo);
}

}  // namespace fd::practice
