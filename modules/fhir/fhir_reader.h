#pragma once

#include "common/result.h"
#include "fhir/fhir_datatypes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace fd::fhir {

// Reads one element of incoming JSON, knowing where it is: every error names the JSON path
// ("Location.address[0].postalCode: expected a string") so a person can find it.
class ElementReader
{
public:
    ElementReader(QJsonObject object, QString path)
        : m_object(std::move(object)), m_path(std::move(path))
    {
    }

    const QString& path() const { return m_path; }
    const QJsonObject& json() const { return m_object; }
    bool has(const QString& key) const { return m_object.contains(key); }
    QString childPath(const QString& key) const { return m_path + QLatin1Char('.') + key; }

    // An InvalidInput error naming `path.key` (or the element itself for an empty key).
    Error error(const QString& key, const QString& what) const;

    // A string element: absent gives an empty string unless `required`; present must be a
    // non-empty JSON string.
    Result<QString> string(const QString& key, bool required = false) const;
    Result<QString> code(const QString& key, bool required = false) const;
    Result<std::optional<QDate>> date(const QString& key, bool required = false) const;
    Result<bool> boolean(const QString& key, bool fallback) const;
    Result<QStringList> strings(const QString& key) const;
    // A child object; nothing when absent.
    Result<std::optional<ElementReader>> object(const QString& key, bool required = false) const;
    // An array of objects (absent: empty); each reader's path is key[i].
    Result<std::vector<ElementReader>> objects(const QString& key, bool required = false) const;

    // Datatypes.
    Result<Coding> coding() const;
    Result<CodeableConcept> codeableConcept() const;
    Result<Period> period() const;
    Result<Identifier> identifier() const;
    Result<HumanName> humanName() const;
    Result<Address> address() const;
    Result<ContactPoint> contactPoint() const;
    Result<Reference> reference() const;
    // The extension with `url` among this element's "extension" array; nothing when absent.
    Result<std::optional<ElementReader>> extension(const QString& url) const;

    // Lists of datatypes under `key`.
    Result<QList<Identifier>> identifiers(const QString& key) const;
    Result<QList<HumanName>> humanNames(const QString& key) const;
    Result<QList<Address>> addresses(const QString& key) const;
    Result<QList<ContactPoint>> contactPoints(const QString& key) const;
    Result<QList<CodeableConcept>> codeableConcepts(const QString& key) const;

private:
    Result<QJsonValue> typed(const QString& key, bool required, QJsonValue::Type type,
                             const char* expected) const;
    QJsonObject m_object;
    QString m_path;
};

// A reader for a resource of `expectedType` (empty: any): checks resourceType and id.
Result<ElementReader> readResource(const QJsonObject& resource, const QString& expectedType = {});

}  // namespace fd::fhir
