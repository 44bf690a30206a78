#pragma once

#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// R4 datatypes as plain structs, each written by toJson() with empty elements left out (FHIR
// forbids empty strings, arrays and objects). Readers are in fhir_reader.h.
namespace fd::fhir {

struct Coding
{
    QString system;
    QString code;
    QString display;
    QString version;

    bool isEmpty() const { return system.isEmpty() && code.isEmpty() && display.isEmpty(); }
    QJsonObject toJson() const;
};

struct CodeableConcept
{
    QList<Coding> codings;
    QString text;

    static CodeableConcept of(const QString& system, const QString& code,
                              const QString& display = {});
    bool isEmpty() const { return codings.isEmpty() && text.isEmpty(); }
    // The code of the first coding in `system`; empty when none.
    QString codeIn(const QString& system) const;
    QJsonObject toJson() const;
};

// start/end are FHIR dateTime text (a plain date is allowed): use ofDates or ofTimes.
struct Period
{
    QString start;
    QString end;

    static Period ofDates(const QDate& start, const QDate& end = {});
    static Period ofTimes(const QDateTime& start, const QDateTime& end = {});
    bool isEmpty() const { return start.isEmpty() && end.isEmpty(); }
    QJsonObject toJson() const;
};

struct Identifier
{
    QString use;  // usual | official | temp | secondary | old
    CodeableConcept type;
    QString system;
    QString value;
    Period period;

    // An individual's or an organization's NPI (type NPI, system us-npi).
    static Identifier npi(const QString& value);
    // An employer identification number (type TAX, the IRS system).
    static Identifier taxId(const QString& value);
    // A member id on a payer's card (type MB) in the payer's own system.
    static Identifier memberId(const QString& system, const QString& value);
    // A v2-0203 typed identifier in any system.
    static Identifier typed(const QString& typeCode, const QString& typeDisplay,
                            const QString& system, const QString& value);
    QString typeCode() const;  // the v2-0203 code, empty when none
    QJsonObject toJson() const;
};

struct HumanName
{
    QString use;  // usual | official | temp | nickname | anonymous | old | maiden
    QString text;
    QString family;
    QStringList given;
    QStringList prefix;
    QStringList suffix;
    Period period;

    QJsonObject toJson() const;
};

struct Address
{
    QString use;   // home | work | temp | old | billing
    QString type;  // postal | physical | both
    QString text;
    QStringList lines;
    QString city;
    QString district;
    QString state;
    QString postalCode;
    QString country;
    Period period;

    bool isEmpty() const
    {
        return lines.isEmpty() && city.isEmpty() && state.isEmpty() && postalCode.isEmpty();
    }
    QJsonObject toJson() const;
};

struct ContactPoint
{
    QString system;  // phone | fax | email | pager | url | sms | other
    QString value;
    QString use;   // home | work | temp | old | mobile
    int rank = 0;  // 0: unranked (FHIR ranks start at 1)
    Period period;

    QJsonObject toJson() const;
};

// An amount in a currency; built from integer cents so no float ever holds money.
struct MoneyValue
{
    fd::Money amount;
    QString currency = QStringLiteral("USD");

    QJsonObject toJson() const;
};

struct Reference
{
    QString reference;  // "Type/id" or "urn:uuid:..."
    QString type;
    QString display;

    // A relative reference "Type/id" (id must be a valid FHIR id).
    static Reference to(const QString& resourceType, const QString& id,
                        const QString& display = {});
    bool isEmpty() const { return reference.isEmpty() && display.isEmpty(); }
    // For "Type/id": Type and id; empty strings when the reference has another form.
    QString targetType() const;
    QString targetId() const;
    QJsonObject toJson() const;
};

// A simple extension (url and one value[x]) or a complex one (url and nested extensions).
struct Extension
{
    QString url;
    QString valueType;  // "Code", "String", "Boolean", "Coding", ... (the [x] suffix)
    QJsonValue value;
    QList<Extension> extensions;

    static Extension code(const QString& url, const QString& value);
    static Extension string(const QString& url, const QString& value);
    QJsonObject toJson() const;
};

// Helpers for writers: set a key only when there is something to write.
void putString(QJsonObject& o, const QString& key, const QString& value);
void putObject(QJsonObject& o, const QString& key, const QJsonObject& value);

template <typename T>
void putArray(QJsonObject& o, const QString& key, const QList<T>& items);

}  // namespace fd::fhir

#include <QJsonArray>

template <typename T>
void fd::fhir::putArray(QJsonObject& o, const QString& key, const QList<T>& items)
{
    QJsonArray array;
    for (const T& item : items) {
        const QJsonObject json = item.toJson();
        if (!json.isEmpty())
            array.append(json);
    }
    if (!array.isEmpty())
        o.insert(key, array);
}
