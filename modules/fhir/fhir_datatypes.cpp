#include "fhir/fhir_datatypes.h"

#include "fhir/fhir_primitives.h"
#include "fhir/fhir_systems.h"

#include <QJsonArray>

namespace fd::fhir {

void putString(QJsonObject& o, const QString& key, const QString& value)
{
    if (isValidString(value))
        o.insert(key, value);
}

void putObject(QJsonObject& o, const QString& key, const QJsonObject& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

namespace {
void putStrings(QJsonObject& o, const QString& key, const QStringList& values)
{
    QJsonArray array;
    for (const QString& v : values) {
        if (isValidString(v))
            array.append(v);
    }
    if (!array.isEmpty())
        o.insert(key, array);
}
}  // namespace

QJsonObject Coding::toJson() const
{
    QJsonObject o;
    putString(o, QStringLiteral("system"), system);
    putString(o, QStringLiteral("version"), version);
    putString(o, QStringLiteral("code"), code);
    putString(o, QStringLiteral("display"), display);
    return o;
}

CodeableConcept CodeableConcept::of(const QString& system, const QString& code,
                                    const QString& display)
{
    return CodeableConcept{{Coding{system, code, display, {}}}, {}};
}

QString CodeableConcept::codeIn(const QString& system) const
{
    for (const Coding& c : codings) {
        if (c.system == system)
            return c.code;
    }
    return {};
}

QJsonObject CodeableConcept::toJson() const
{
    QJsonObject o;
    putArray(o, QStringLiteral("coding"), codings);
    putString(o, QStringLiteral("text"), text);
    return o;
}

Period Period::ofDates(const QDate& start, const QDate& end)
{
    return Period{date(start), date(end)};
}

Period Period::ofTimes(const QDateTime& start, const QDateTime& end)
{
    return Period{dateTime(start), dateTime(end)};
}

QJsonObject Period::toJson() const
{
    QJsonObject o;
    putString(o, QStringLiteral("start"), start);
    putString(o, QStringLiteral("end"), end);
    return o;
}

Identifier Identifier::typed(const QString& typeCode, const QString& typeDisplay,
                             const QString& system, const QString& value)
{
    Identifier id;
    id.type = CodeableConcept::of(systems::kIdentifierType, typeCode, typeDisplay);
    id.system = system;
    id.value = value;
    return id;
}

Identifier Identifier::npi(const QString& value)
{
    return typed(QStringLiteral("NPI"), QStringLiteral("National provider identifier"),
                 systems::kNpi, value);
}

Identifier Identifier::taxId(const QString& value)
{
    return typed(QStringLiteral("TAX"), QStringLiteral("Tax ID number"), systems::kEin, value);
}

Identifier Identifier::memberId(const QString& system, const QString& value)
{
    return typed(QStringLiteral("MB"), QStringLiteral("Member Number"), system, value);
}

QString Identifier::typeCode() const
{
    return type.codeIn(systems::kIdentifierType);
}

QJsonObject Identifier::toJson() const
{
    QJsonObject o;
    putString(o, QStringLiteral("use"), use);
    putObject(o, QStringLiteral("type"), type.toJson());
    putString(o, QStringLiteral("system"), system);
    putString(o, QStringLiteral("value"), value);
    putObject(o, QStringLiteral("period"), period.toJson());
    return o;
}

QJsonObject HumanName::toJson() const
{
    QJsonObject o;
    putString(o, QStringLiteral("use"), use);
    putString(o, QStringLiteral("text"), text);
    putString(o, QStringLiteral("family"), family);
    putStrings(o, QStringLiteral("given"), given);
    putStrings(o, QStringLiteral("prefix"), prefix);
    putStrings(o, QStringLiteral("suffix"), suffix);
    putObject(o, QStringLiteral("period"), period.toJson());
    return o;
}

QJsonObject Address::toJson() const
{
    QJsonObject o;
    putString(o, QStringLiteral("use"), use);
    putString(o, QStringLiteral("type"), type);
    putString(o, QStringLiteral("text"), text);
    putStrings(o, QStringLiteral("line"), lines);
    putString(o, QStringLiteral("city"), city);
    putString(o, QStringLiteral("district"), district);
    putString(o, QStringLiteral("state"), state);
    putString(o, QStringLiteral("postalCode"), postalCode);
    putString(o, QStringLiteral("country"), country);
    putObject(o, QStringLiteral("period"), period.toJson());
    return o;
}

QJsonObject ContactPoint::toJson() const
{
    QJsonObject o;
    if (!isValidString(value))
        return o;
    putString(o, QStringLiteral("system"), system);
    putString(o, QStringLiteral("value"), value);
    putString(o, QStringLiteral("use"), use);
    if (rank > 0)
        o.insert(QStringLiteral("rank"), rank);
    putObject(o, QStringLiteral("period"), period.toJson());
    return o;
}

QJsonObject MoneyValue::toJson() const
{
    // A JSON number written from cents: 12345 cents -> 123.45. Doubles hold every cent
    // exactly up to 2^53 cents, and the shortest form Qt writes round-trips.
    const double value = double(amount.cents()) / 100.0;
    return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("currency"), currency}};
}

Reference Reference::to(const QString& resourceType, const QString& id, const QString& display)
{
    Reference r;
    if (isValidId(id))
        r.reference = resourceType + QLatin1Char('/') + id;
    r.display = display;
    return r;
}

QString Reference::targetType() const
{
    const qsizetype slash = reference.indexOf(QLatin1Char('/'));
    if (slash <= 0 || reference.startsWith(QLatin1String("urn:")) ||
        reference.indexOf(QLatin1Char('/'), slash + 1) >= 0)
        return {};
    return reference.left(slash);
}

QString Reference::targetId() const
{
    return targetType().isEmpty() ? QString()
                                  : reference.mid(reference.indexOf(QLatin1Char('/')) + 1);
}

QJsonObject Reference::toJson() const
{
    QJsonObject o;
    putString(o, QStringLiteral("reference"), reference);
    putString(o, QStringLiteral("type"), type);
    putString(o, QStringLiteral("display"), display);
    return o;
}

Extension Extension::code(const QString& url, const QString& value)
{
    return Extension{url, QStringLiteral("Code"), value, {}};
}

Extension Extension::string(const QString& url, const QString& value)
{
    return Extension{url, QStringLiteral("String"), value, {}};
}

QJsonObject Extension::toJson() const
{
    QJsonObject o{{QStringLiteral("url"), url}};
    if (!extensions.isEmpty()) {
        putArray(o, QStringLiteral("extension"), extensions);
        return o;
    }
    if (value.isUndefined() || value.isNull() ||
        (value.isString() && !isValidString(value.toString())))
        return {};
    o.insert(QStringLiteral("value") + valueType, value);
    return o;
}

}  // namespace fd::fhir
