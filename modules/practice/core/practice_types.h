#pragma once

#include "common/money.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fd::practice {

// A US postal address as claims print it (N3/N4 segments).
struct Address
{
    QString line1;
    QString line2;
    QString city;
    QString state;  // USPS two-letter code
    QString zip;    // 5 or 9 digits ("12345" or "12345-6789")

    bool isEmpty() const { return line1.isEmpty() && city.isEmpty() && state.isEmpty() && zip.isEmpty(); }
    bool operator==(const Address&) const = default;
};

// Rooms and equipment a location can book alongside a provider.
struct LocationResource
{
    QString id;
    qint64 rowVersion = 0;
    QString kind = QStringLiteral("room");  // room | equipment
    QString name;
    bool active = true;
};

struct Location
{
    QString id;  // uuid; empty until saved
    qint64 rowVersion = 0;
    QString name;
    Address address;
    QString timeZone = QStringLiteral("America/New_York");  // IANA id
    QString placeOfService = QStringLiteral("11");          // CMS POS code
    QString facilityNpi;  // type 2 NPI of the facility, when it has its own
    QString phone;
    // Opening hours per weekday, "mon".."sun" -> "08:00-17:00" (several ranges comma-separated).
    QMap<QString, QString> hours;
    QList<LocationResource> resources;
};

// The roles a provider may take on a claim (2310B rendering, 2310D supervising, 2310A referring).
enum class ClaimRole { Rendering = 1, Supervising = 2, Referring = 4 };

struct Provider
{
    QString id;
    qint64 rowVersion = 0;
    QString firstName;
    QString lastName;
    QString credentials;  // "MD", "DO", "NP", "PA-C"
    QString npi;          // type 1 (individual) NPI
    QString taxonomy;     // NUCC code, e.g. 207Q00000X
    QStringList specialties;
    QStringList locationIds;
    bool billsUnderOrganization = true;  // else under their own NPI
    int claimRoles = int(ClaimRole::Rendering);  // ClaimRole flags
    bool external = false;  // a referring provider from outside the practice
    bool active = true;

    bool hasRole(ClaimRole role) const { return (claimRoles & int(role)) != 0; }
    QString displayName() const;
};

struct Payer
{
    QString id;
    qint64 rowVersion = 0;
    QString name;
    // Payer id per clearinghouse ("availity" -> "60054"); "default" when only one is used.
    QMap<QString, QString> payerIds;
    QString claimFilingIndicator = QStringLiteral("CI");  // X12 SBR09 (CI, MB, MC, BL, 09, ...)
    int timelyFilingDays = 365;
    int appealDays = 180;
    bool crossover = false;  // secondary claims cross over automatically (no 837 from us)
    QString eligibilityChannel = QStringLiteral("x12_270");  // x12_270 | portal | phone | none
    QString claimChannel = QStringLiteral("x12_837");         // x12_837 | paper | portal
    Address address;  // paper claims and appeals
    QString phone;
    bool active = true;

    // The payer id for a clearinghouse, falling back to the "default" entry.
    QString payerIdFor(const QString& clearinghouse) const;
};

// A charge master (what the practice bills) or one payer's allowed amounts (what it expects),
// valid from effectiveFrom through effectiveTo (open-ended when null).
struct FeeSchedule
{
    QString id;
    qint64 rowVersion = 0;
    QString name;
    QString payerId;  // empty: the charge master
    QDate effectiveFrom;
    QDate effectiveTo;
    int itemCount = 0;

    bool isChargeMaster() const { return payerId.isEmpty(); }
};

struct FeeItem
{
    QString codeSystem = QStringLiteral("CPT");  // CPT | HCPCS
    QString code;
    QString modifier;
    QString description;  // the practice's own wording (CPT descriptions are licensed)
    Money amount;
};

// What a service is billed at and, for a payer, what the payer is expected to allow.
struct FeeQuote
{
    QString code;
    QString modifier;
    QDate dateOfService;
    Money charge;
    bool hasAllowed = false;
    Money allowed;
    QString chargeScheduleId;
    QString allowedScheduleId;
};

}  // namespace fd::practice
