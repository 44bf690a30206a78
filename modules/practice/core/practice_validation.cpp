#include "practice/core/practice_validation.h"

#include "practice/core/practice_profile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace fd::practice {

QString practiceTr(const char* text)
{
    return QCoreApplication::translate("fd::practice", text);
}

namespace {

Error invalid(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

const QSet<QString>& usStates()
{
    static const QSet<QString> states = [] {
        const char* codes[] = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL",
                               "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
                               "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD",
                               "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI",
                               "AA", "AE", "AP"};
        QSet<QString> set;
        for (const char* c : codes)
            set.insert(QString::fromLatin1(c));
        return set;
    }();
    return states;
}

}  // namespace

bool isValidTaxId(const QString& taxId)
{
    static const QRegularExpression ein(QStringLiteral("^([0-9]{2})-?([0-9]{7})$"));
    const auto m = ein.match(taxId);
    if (!m.hasMatch())
        return false;
    // The IRS never issues these prefixes; a typo often lands on them.
    static const QSet<QString> unused{QStringLiteral("00"), QStringLiteral("07"), QStringLiteral("08"),
                                      QStringLiteral("09"), QStringLiteral("17"), QStringLiteral("18"),
                                      QStringLiteral("19"), QStringLiteral("28"), QStringLiteral("29"),
                                      QStringLiteral("49"), QStringLiteral("69"), QStringLiteral("70"),
                                      QStringLiteral("78"), QStringLiteral("79"), QStringLiteral("89"),
                                      QStringLiteral("96"), QStringLiteral("97")};
    return !unused.contains(m.captured(1));
}

QString normalizeTaxId(const QString& taxId)
{
    QString digits = taxId;
    digits.remove(QLatin1Char('-'));
    return digits;
}

bool isValidTaxonomyForm(const QString& taxonomy)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]{3}[0-9A-Z]{6}X$"));
    return form.match(taxonomy).hasMatch();
}

bool isValidTimeZone(const QString& zone)
{
    return !zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone.toUtf8());
}

bool isValidState(const QString& state)
{
    return usStates().contains(state);
}

bool isValidZip(const QString& zip)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]{5}(-?[0-9]{4})?$"));
    return form.match(zip).hasMatch();
}

Status checkNpi(const QString& npi, const QString& field, bool required)
{
    if (npi.isEmpty()) {
        if (required)
            return invalid(QCoreApplication::translate("fd::practice", "An NPI is required."), field);
        return {};
    }
    if (!isValidNpi(npi))
        return invalid(QCoreApplication::translate("fd::practice", "NPI \"%1\" is not valid: it must be 10 digits starting with 1 or 2, "
                                  "with a correct check digit.")
                           .arg(npi),
                       field);
    return {};
}

Status checkTaxId(const QString& taxId)
{
    if (!taxId.isEmpty() && !isValidTaxId(taxId))
        return invalid(QCoreApplication::translate("fd::practice", "Tax id \"%1\" is not an EIN (nine digits, as 12-3456789).").arg(taxId),
                       QStringLiteral("tax_id"));
    return {};
}

Status checkTaxonomyForm(const QString& taxonomy, const QString& field)
{
    if (!taxonomy.isEmpty() && !isValidTaxonomyForm(taxonomy))
        return invalid(QCoreApplication::translate("fd::practice", "Taxonomy \"%1\" is not a NUCC code (10 characters ending in X, "
                                  "as 207Q00000X).")
                           .arg(taxonomy),
                       field);
    return {};
}

Status checkTimeZone(const QString& zone, const QString& field)
{
    if (!isValidTimeZone(zone))
        return invalid(QCoreApplication::translate("fd::practice", "Unknown time zone \"%1\" (use an IANA id such as America/Chicago).").arg(zone),
                       field);
    return {};
}

Status checkAddress(const Address& a, const QString& field, bool required)
{
    if (a.isEmpty() && !required)
        return {};
    if (a.line1.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("fd::practice", "The address needs a street line."), field + QStringLiteral(".line1"));
    if (a.city.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("fd::practice", "The address needs a city."), field + QStringLiteral(".city"));
    if (!isValidState(a.state))
        return invalid(QCoreApplication::translate("fd::practice", "\"%1\" is not a US state code (two capital letters, as NY).").arg(a.state),
                       field + QStringLiteral(".state"));
    if (!isValidZip(a.zip))
        return invalid(QCoreApplication::translate("fd::practice", "ZIP code \"%1\" must be 5 or 9 digits.").arg(a.zip), field + QStringLiteral(".zip"));
    return {};
}

Status checkPlaceOfServiceForm(const QString& code)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]{2}$"));
    if (!form.match(code).hasMatch())
        return invalid(QCoreApplication::translate("fd::practice", "Place of service \"%1\" must be a two-digit CMS code (11 is an office).").arg(code),
                       QStringLiteral("place_of_service"));
    return {};
}

Status checkHours(const QMap<QString, QString>& hours)
{
    static const QStringList days{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                  QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                  QStringLiteral("sun")};
    static const QRegularExpression range(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$"));
    for (auto it = hours.constBegin(); it != hours.constEnd(); ++it) {
        if (!days.contains(it.key()))
            return invalid(QCoreApplication::translate("fd::practice", "\"%1\" is not a weekday (mon, tue, ... sun).").arg(it.key()), QStringLiteral("hours"));
        if (it.value().isEmpty())
            continue;
        for (const QString& part : it.value().split(QLatin1Char(','))) {
            const auto m = range.match(part.trimmed());
            if (!m.hasMatch() || part.trimmed().left(5) >= part.trimmed().mid(6))
                return invalid(QCoreApplication::translate("fd::practice", "Hours \"%1\" on %2 must be ranges like 08:00-12:00,13:00-17:00.")
                                   .arg(it.value(), it.key()),
                               QStringLiteral("hours"));
        }
    }
    return {};
}

}  // namespace fd::practice
