#include "fhir/fhir_reader.h"

#include "fhir/fhir_primitives.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fd::fhir {

Error ElementReader::error(const QString& key, const QString& what) const
{
    const QString where = key.isEmpty() ? m_path : childPath(key);
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("fd::fhir", "%1: %2").arg(where, what), where);
}

Result<QJsonValue> ElementReader::typed(const QString& key, bool required, QJsonValue::Type type,
                                        const char* expected) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (required)
            return error(key, QCoreApplication::translate("fd::fhir", "required but missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    if (value.type() != type)
        return error(key,
                     QCoreApplication::translate("fd::fhir", "expected %1").arg(fhirTr(expected)));
    return value;
}

Result<QString> ElementReader::string(const QString& key, bool required) const
{
    auto value =
        typed(key, required, QJsonValue::String, QT_TRANSLATE_NOOP("fd::fhir", "a string"));
    FD_TRY(value);
    if (value->isUndefined())
        return QString();
    const QString text = value->toString();
    if (!isValidString(text))
        return error(key,
                     QCoreApplication::translate("fd::fhir", "an empty string is not allowed"));
    return text;
}

Result<QString> ElementReader::code(const QString& key, bool required) const
{
    auto text = string(key, required);
    FD_TRY(text);
    if (!text->isEmpty() && !isValidCode(text.value()))
        return error(key, QCoreApplication::translate("fd::fhir", "\"%1\" is not a valid code")
                              .arg(text.value()));
    return text;
}

Result<std::optional<QDate>> ElementReader::date(const QString& key, bool required) const
{
    auto text = string(key, required);
    FD_TRY(text);
    if (text->isEmpty())
        return std::optional<QDate>();
    auto d = parseDate(text.value());
    if (!d)
        return error(key,
                     QCoreApplication::translate("fd::fhir", "\"%1\" is not a date (YYYY-MM-DD)")
                         .arg(text.value()));
    return d;
}

Result<bool> ElementReader::boolean(const QString& key, bool fallback) const
{
    auto value =
        typed(key, false, QJsonValue::Bool, QT_TRANSLATE_NOOP("fd::fhir", "true or false"));
    FD_TRY(value);
    return value->isUndefined() ? fallback : value->toBool();
}

Result<QStringList> ElementReader::strings(const QString& key) const
{
    auto value = typed(key, false, QJsonValue::Array, QT_TRANSLATE_NOOP("fd::fhir", "an array"));
    FD_TRY(value);
    QStringList out;
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString item = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!array.at(i).isString())
            return error(item, QCoreApplication::translate("fd::fhir", "expected a string"));
        if (!isValidString(array.at(i).toString()))
            return error(item,
                         QCoreApplication::translate("fd::fhir", "an empty string is not allowed"));
        out << array.at(i).toString();
    }
    return out;
}

Result<std::optional<ElementReader>> ElementReader::object(const QString& key, bool required) const
{
    auto value =
        typed(key, required, QJsonValue::Object, QT_TRANSLATE_NOOP("fd::fhir", "an object"));
    FD_TRY(value);
    if (value->isUndefined())
        return std::optional<ElementReader>();
    return std::optional<ElementReader>(ElementReader(value->toObject(), childPath(key)));
}

Result<std::vector<ElementReader>> ElementReader::objects(const QString& key, bool required) const
{
    auto value = typed(key, required, QJsonValue::Array, QT_TRANSLATE_NOOP("fd::fhir", "an array"));
    FD_TRY(value);
    std::vector<ElementReader> out;
    const QJsonArray array = value->toArray();
    if (required && array.isEmpty())
        return error(key, QCoreApplication::translate("fd::fhir", "required but empty"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString item = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!array.at(i).isObject())
            return error(item, QCoreApplication::translate("fd::fhir", "expected an object"));
        out.emplace_back(array.at(i).toObject(), childPath(item));
    }
    return out;
}

Result<Coding> ElementReader::coding() const
{
    Coding c;
    auto system = string(QStringLiteral("system"));
    FD_TRY(system);
    auto code = this->code(QStringLiteral("code"));
    FD_TRY(code);
    auto display = string(QStringLiteral("display"));
    FD_TRY(display);
    auto version = string(QStringLiteral("version"));
    FD_TRY(version);
    return Coding{system.value(), code.value(), display.value(), version.value()};
}

Result<CodeableConcept> ElementReader::codeableConcept() const
{
    CodeableConcept cc;
    auto codings = objects(QStringLiteral("coding"));
    FD_TRY(codings);
    for (const ElementReader& r : codings.value()) {
        auto c = r.coding();
        FD_TRY(c);
        cc.codings << c.value();
    }
    auto text = string(QStringLiteral("text"));
    FD_TRY(text);
    cc.text = text.value();
    return cc;
}

Result<Period> ElementReader::period() const
{
    Period p;
    for (const auto& [key, target] :
         {std::pair{QStringLiteral("start"), &p.start}, std::pair{QStringLiteral("end"), &p.end}}) {
        auto text = string(key);
        FD_TRY(text);
        if (!text->isEmpty() && !parseDateTime(text.value(), true))
            return error(key,
                         QCoreApplication::translate("fd::fhir", "\"%1\" is not a FHIR dateTime")
                             .arg(text.value()));
        *target = text.value();
    }
    return p;
}

Result<Identifier> ElementReader::identifier() const
{
    Identifier id;
    auto use = code(QStringLiteral("use"));
    FD_TRY(use);
    id.use = use.value();
    auto type = object(QStringLiteral("type"));
    FD_TRY(type);
    if (type.value()) {
        auto cc = type.value()->codeableConcept();
        FD_TRY(cc);
        id.type = cc.value();
    }
    auto system = string(QStringLiteral("system"));
    FD_TRY(system);
    id.system = system.value();
    auto value = string(QStringLiteral("value"));
    FD_TRY(value);
    id.value = value.value();
    auto period = object(QStringLiteral("period"));
    FD_TRY(period);
    if (period.value()) {
        auto p = period.value()->period();
        FD_TRY(p);
        id.period = p.value();
    }
    return id;
}

Result<HumanName> ElementReader::humanName() const
{
    HumanName n;
    for (const auto& [key, target] :
         {std::pair{QStringLiteral("use"), &n.use}, std::pair{QStringLiteral("text"), &n.text},
          std::pair{QStringLiteral("family"), &n.family}}) {
        auto text = string(key);
        FD_TRY(text);
        *target = text.value();
    }
    for (const auto& [key, target] : {std::pair{QStringLiteral("given"), &n.given},
                                      std::pair{QStringLiteral("prefix"), &n.prefix},
                                      std::pair{QStringLiteral("suffix"), &n.suffix}}) {
        auto list = strings(key);
        FD_TRY(list);
        *target = list.value();
    }
    return n;
}

Result<Address> ElementReader::address() const
{
    Address a;
    for (const auto& [key, target] :
         {std::pair{QStringLiteral("use"), &a.use}, std::pair{QStringLiteral("type"), &a.type},
          std::pair{QStringLiteral("text"), &a.text}, std::pair{QStringLiteral("city"), &a.city},
          std::pair{QStringLiteral("district"), &a.district},
          std::pair{QStringLiteral("state"), &a.state},
          std::pair{QStringLiteral("postalCode"), &a.postalCode},
          std::pair{QStringLiteral("country"), &a.country}}) {
        auto text = string(key);
        FD_TRY(text);
        *target = text.value();
    }
    auto lines = strings(QStringLiteral("line"));
    FD_TRY(lines);
    a.lines = lines.value();
    return a;
}

Result<ContactPoint> ElementReader::contactPoint() const
{
    ContactPoint c;
    for (const auto& [key, target] :
         {std::pair{QStringLiteral("system"), &c.system},
          std::pair{QStringLiteral("value"), &c.value}, std::pair{QStringLiteral("use"), &c.use}}) {
        auto text = string(key);
        FD_TRY(text);
        *target = text.value();
    }
    return c;
}

Result<Reference> ElementReader::reference() const
{
    Reference r;
    for (const auto& [key, target] : {std::pair{QStringLiteral("reference"), &r.reference},
                                      std::pair{QStringLiteral("type"), &r.type},
                                      std::pair{QStringLiteral("display"), &r.display}}) {
        auto text = string(key);
        FD_TRY(text);
        *target = text.value();
    }
    return r;
}

Result<std::optional<ElementReader>> ElementReader::extension(const QString& url) const
{
    auto list = objects(QStringLiteral("extension"));
    FD_TRY(list);
    for (const ElementReader& e : list.value()) {
        auto u = e.string(QStringLiteral("url"), true);
        FD_TRY(u);
        if (u.value() == url)
            return std::optional<ElementReader>(e);
    }
    return std::optional<ElementReader>();
}

namespace {
template <typename T>
Result<QList<T>> readList(const ElementReader& parent, const QString& key,
                          Result<T> (ElementReader::*read)() const)
{
    auto items = parent.objects(key);
    FD_TRY(items);
    QList<T> out;
    for (const ElementReader& r : items.value()) {
        auto item = (r.*read)();
        FD_TRY(item);
        out << item.value();
    }
    return out;
}
}  // namespace

Result<QList<Identifier>> ElementReader::identifiers(const QString& key) const
{
    return readList(*this, key, &ElementReader::identifier);
}

Result<QList<HumanName>> ElementReader::humanNames(const QString& key) const
{
    return readList(*this, key, &ElementReader::humanName);
}

Result<QList<Address>> ElementReader::addresses(const QString& key) const
{
    return readList(*this, key, &ElementReader::address);
}

Result<QList<ContactPoint>> ElementReader::contactPoints(const QString& key) const
{
    return readList(*this, key, &ElementReader::contactPoint);
}

Result<QList<CodeableConcept>> ElementReader::codeableConcepts(const QString& key) const
{
    return readList(*this, key, &ElementReader::codeableConcept);
}

Result<ElementReader> readResource(const QJsonObject& resource, const QString& expectedType)
{
    const QString type = resource.value(QStringLiteral("resourceType")).toString();
    ElementReader reader(resource, type.isEmpty() ? QStringLiteral("(resource)") : type);
    if (type.isEmpty())
        return reader.error(QStringLiteral("resourceType"),
                            QCoreApplication::translate("fd::fhir", "required but missing"));
    if (!expectedType.isEmpty() && type != expectedType)
        return reader.error(QStringLiteral("resourceType"),
                            QCoreApplication::translate("fd::fhir", "expected \"%1\", found \"%2\"")
                                .arg(expectedType, type));
    auto id = reader.string(QStringLiteral("id"));
    FD_TRY(id);
    if (!id->isEmpty() && !isValidId(id.value()))
        return reader.error(
            QStringLiteral("id"),
            QCoreApplication::translate(
                "fd::fhir", "\"%1\" is not a valid id (1-64 letters, digits, '-' and '.')")
                .arg(id.value()));
    return reader;
}

}  // namespace fd::fhir
