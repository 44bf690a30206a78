#include "practice/core/practice_fhir_exchange.h"

#include "fhir/fhir_reader.h"
#include "practice/core/location_service.h"
#include "practice/core/payer_service.h"
#include "practice/core/practice_fhir.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/practice_profile_service.h"
#include "practice/core/practice_validation.h"
#include "practice/core/provider_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fd::practice {

namespace {

const QString kOrganization = QStringLiteral("Organization");
const QString kLocation = QStringLiteral("Location");
const QString kPractitioner = QStringLiteral("Practitioner");
const QString kPractitionerRole = QStringLiteral("PractitionerRole");

// An error about one incoming resource: where it came from, then what is wrong.
Error at(const fhir::IncomingResource& r, const Error& e)
{
    return makeError(e.code, QStringLiteral("%1: %2").arg(r.origin, e.message), e.details);
}

QString jsonText(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString listJson(const QStringList& items)
{
    return jsonText(QJsonArray::fromStringList(items));
}

// The id of a row of `table` whose `column` equals `value` (case-insensitive); empty if none.
Result<QString> existing(storage::Transaction& tx, const QString& table, const QString& column,
                         const QString& value)
{
    auto q = storage::exec(
        tx.connection(),
        QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND %2 = ? COLLATE NOCASE LIMIT 1")
            .arg(table, column),
        {value});
    FD_TRY(q);
    return q->next() ? q->value(0).toString() : QString();
}

// What the PractitionerRoles of one incoming practitioner add up to.
struct RoleSummary
{
    QStringList locationIds;  // local ids
    QStringList specialties;
    int claimRoles = 0;
    int count = 0;
};

// The roles of the import by incoming practitioner id; a role must name a practitioner and a
// location of the same import.
Result<QHash<QString, RoleSummary>> collectRoles(
    const std::vector<fhir::IncomingResource>& resources, const fhir::ImportContext& context)
{
    QSet<QString> practitioners;
    for (const fhir::IncomingResource& r : resources) {
        if (r.type == kPractitioner)
            practitioners.insert(r.id);
    }
    QHash<QString, RoleSummary> roles;
    for (const fhir::IncomingResource& r : resources) {
        if (r.type != kPractitionerRole)
            continue;
        auto reader = fhir::readResource(r.json, kPractitionerRole);
        if (!reader)
            return at(r, reader.error());
        auto link = roleFromFhir(reader.value());
        if (!link)
            return at(r, link.error());
        if (!practitioners.contains(link->practitionerId))
            return at(
                r,
                makeError(ErrorCode::InvalidInput,
                          QCoreApplication::translate(
                              "fd::practice",
                              "PractitionerRole.practitioner: Practitioner/%1 is not in the import")
                              .arg(link->practitionerId),
                          QStringLiteral("PractitionerRole.practitioner")));
        RoleSummary& sum = roles[link->practitionerId];
        sum.claimRoles |= link->claimRoles;
        sum.count += 1;
        for (const QString& specialty : link->specialties) {
            if (!sum.specialties.contains(specialty))
                sum.specialties << specialty;
        }
        if (link->locationId.isEmpty())
            continue;
        const QString local = context.localId(kLocation, link->locationId);
        if (local.isEmpty())
            return at(r,
                      makeError(ErrorCode::InvalidInput,
                                QCoreApplication::translate(
                                    "fd::practice",
                                    "PractitionerRole.location: Location/%1 is not in the import")
                                    .arg(link->locationId),
                                QStringLiteral("PractitionerRole.location")));
        if (!sum.locationIds.contains(local))
            sum.locationIds << local;
    }
    return roles;
}

}  // namespace

QStringList PracticeFhirSource::resourceTypes() const
{
    return {kOrganization, kLocation, kPractitioner, kPractitionerRole};
}

Status PracticeFhirSource::exportResources(const Emit& out) const
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto profile = m_services.profile->profile();
    FD_TRY(profile);
    auto row = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral(
            "SELECT id FROM practice_profile WHERE deleted = 0 ORDER BY updated_at DESC LIMIT 1"));
    FD_TRY(row);
    const QString practiceId = row->next() ? row->value(0).toString() : QString();
    if (!practiceId.isEmpty())
        FD_TRY(out(practiceToFhir(profile.value(), practiceId)));
    auto payers = m_services.payers->list(true);
    FD_TRY(payers);
    for (const Payer& p : payers.value())
        FD_TRY(out(payerToFhir(p)));
    auto locations = m_services.locations->list();
    FD_TRY(locations);
    QHash<QString, QString> phones;
    for (const Location& l : locations.value()) {
        phones.insert(l.id, l.phone.isEmpty() ? profile->phone : l.phone);
        FD_TRY(out(locationToFhir(l, practiceId)));
    }
    ProviderFilter all;
    all.includeInactive = true;
    auto providers = m_services.providers->list(all);
    FD_TRY(providers);
    for (const Provider& p : providers.value())
        FD_TRY(out(providerToFhir(p)));
    for (const Provider& p : providers.value()) {
        for (const QString& locationId : p.locationIds)
            FD_TRY(out(providerRoleToFhir(p, locationId, practiceId,
                                          phones.value(locationId, profile->phone))));
    }
    return {};
}

QStringList PracticeFhirSink::resourceTypes() const
{
    return {kOrganization, kLocation, kPractitioner, kPractitionerRole};
}

Status PracticeFhirSink::importResources(const std::vector<fhir::IncomingResource>& resources,
                                         fhir::ImportContext& context)
{
    FD_TRY(m_ctx.access->require(perm::kEdit));
    auto tx = context.services().get<storage::Transaction>();
    if (!tx || !tx->isActive())
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("fd::practice",
                                        "The FHIR import must run inside a database transaction."));
    FD_TRY(importPayers(*tx, resources, context));
    FD_TRY(importLocations(*tx, resources, context));
    return importProviders(*tx, resources, context);
}

Status PracticeFhirSink::importPayers(storage::Transaction& tx,
                                      const std::vector<fhir::IncomingResource>& resources,
                                      fhir::ImportContext& context)
{
    for (const fhir::IncomingResource& r : resources) {
        if (r.type != kOrganization)
            continue;
        if (!isPayerOrganization(r.json)) {
            context.report().skipped[kOrganization] += 1;
            context.report().notes
                << QCoreApplication::translate(
                       "fd::practice",
                       "%1: an Organization that is not a payer (the practice's own profile is "
                       "set up by init) was left alone")
                       .arg(r.origin);
            continue;
        }
        auto reader = fhir::readResource(r.json, kOrganization);
        if (!reader)
            return at(r, reader.error());
        auto payer = payerFromFhir(reader.value());
        if (!payer)
            return at(r, payer.error());
        if (payer->claimFilingIndicator == QLatin1String("09")) {
            // Self-pay: nothing is sent to anyone.
            payer->eligibilityChannel = QStringLiteral("none");
            payer->claimChannel = QStringLiteral("portal");
        }
        auto same =
            existing(tx, QStringLiteral("payers"), QStringLiteral("name"), payer->name.trimmed());
        FD_TRY(same);
        if (!same->isEmpty()) {
            context.mapId(kOrganization, r.id, same.value());
            context.report().skipped[kOrganization] += 1;
            continue;
        }
        if (auto checked = m_services.payers->check(payer.value()); !checked)
            return at(r, checked.error());
        QVariantMap ids;
        for (auto it = payer->payerIds.constBegin(); it != payer->payerIds.constEnd(); ++it)
            ids.insert(it.key(), it.value());
        QVariantMap fields{
            {QStringLiteral("name"), payer->name.trimmed()},
            {QStringLiteral("payer_ids"), jsonText(QJsonObject::fromVariantMap(ids))},
            {QStringLiteral("claim_filing_indicator"), payer->claimFilingIndicator},
            {QStringLiteral("timely_filing_days"), payer->timelyFilingDays},
            {QStringLiteral("appeal_days"), payer->appealDays},
            {QStringLiteral("crossover"), payer->crossover ? 1 : 0},
            {QStringLiteral("eligibility_channel"), payer->eligibilityChannel},
            {QStringLiteral("claim_channel"), payer->claimChannel},
            {QStringLiteral("phone"), payer->phone},
            {QStringLiteral("active"), payer->active ? 1 : 0}};
        fields.insert(addressColumns(QString(), payer->address));
        auto id = writeAudited(m_ctx, tx, QStringLiteral("payers"), {}, 0, fields);
        if (!id)
            return at(r, id.error());
        context.mapId(kOrganization, r.id, id.value());
        context.report().imported[kOrganization] += 1;
    }
    return {};
}

Status PracticeFhirSink::importLocations(storage::Transaction& tx,
                                         const std::vector<fhir::IncomingResource>& resources,
                                         fhir::ImportContext& context)
{
    for (const fhir::IncomingResource& r : resources) {
        if (r.type != kLocation)
            continue;
        auto reader = fhir::readResource(r.json, kLocation);
        if (!reader)
            return at(r, reader.error());
        auto location = locationFromFhir(reader.value());
        if (!location)
            return at(r, location.error());
        auto same = existing(tx, QStringLiteral("locations"), QStringLiteral("name"),
                             location->name.trimmed());
        FD_TRY(same);
        if (!same->isEmpty()) {
            context.mapId(kLocation, r.id, same.value());
            context.report().skipped[kLocation] += 1;
            continue;
        }
        if (auto checked = m_services.locations->check(location.value()); !checked)
            return at(r, checked.error());
        QJsonObject hours;
        for (auto it = location->hours.constBegin(); it != location->hours.constEnd(); ++it)
            hours.insert(it.key(), it.value());
        QVariantMap fields{{QStringLiteral("name"), location->name.trimmed()},
                           {QStringLiteral("time_zone"), location->timeZone},
                           {QStringLiteral("place_of_service"), location->placeOfService},
                           {QStringLiteral("facility_npi"), location->facilityNpi},
                           {QStringLiteral("phone"), location->phone},
                           {QStringLiteral("hours"), jsonText(hours)}};
        fields.insert(addressColumns(QString(), location->address));
        auto id = writeAudited(m_ctx, tx, QStringLiteral("locations"), {}, 0, fields);
        if (!id)
            return at(r, id.error());
        context.mapId(kLocation, r.id, id.value());
        context.report().imported[kLocation] += 1;
    }
    return {};
}

Status PracticeFhirSink::importProviders(storage::Transaction& tx,
                                         const std::vector<fhir::IncomingResource>& resources,
                                         fhir::ImportContext& context)
{
    // Roles first: they say where each practitioner works and what they do on claims.
    auto collected = collectRoles(resources, context);
    FD_TRY(collected);
    const QHash<QString, RoleSummary>& roles = collected.value();
    for (const fhir::IncomingResource& r : resources) {
        if (r.type != kPractitioner)
            continue;
        auto reader = fhir::readResource(r.json, kPractitioner);
        if (!reader)
            return at(r, reader.error());
        auto provider = providerFromFhir(reader.value());
        if (!provider)
            return at(r, provider.error());
        const RoleSummary link = roles.value(r.id);
        provider->locationIds = link.locationIds;
        provider->specialties = link.specialties;
        // A practitioner without a role at the practice refers patients from outside.
        provider->external = !roles.contains(r.id);
        provider->claimRoles =
            provider->external ? int(ClaimRole::Referring)
                               : (link.claimRoles ? link.claimRoles : int(ClaimRole::Rendering));
        auto same = existing(tx, QStringLiteral("providers"), QStringLiteral("npi"), provider->npi);
        FD_TRY(same);
        if (!same->isEmpty()) {
            context.mapId(kPractitioner, r.id, same.value());
            context.report().skipped[kPractitioner] += 1;
            if (link.count > 0)
                context.report().skipped[kPractitionerRole] += link.count;
            continue;
        }
        if (auto checked = m_services.providers->check(provider.value()); !checked)
            return at(r, checked.error());
        const QVariantMap fields{
            {QStringLiteral("first_name"), provider->firstName.trimmed()},
            {QStringLiteral("last_name"), provider->lastName.trimmed()},
            {QStringLiteral("credentials"), provider->credentials.trimmed()},
            {QStringLiteral("npi"), provider->npi},
            {QStringLiteral("taxonomy"), provider->taxonomy},
            {QStringLiteral("specialties"), listJson(provider->specialties)},
            {QStringLiteral("location_ids"), listJson(provider->locationIds)},
            {QStringLiteral("bills_under_organization"), provider->billsUnderOrganization ? 1 : 0},
            {QStringLiteral("claim_roles"), provider->claimRoles},
            {QStringLiteral("external"), provider->external ? 1 : 0},
            {QStringLiteral("active"), provider->active ? 1 : 0}};
        auto id = writeAudited(m_ctx, tx, QStringLiteral("providers"), {}, 0, fields);
        if (!id)
            return at(r, id.error());
        context.mapId(kPractitioner, r.id, id.value());
        context.report().imported[kPractitioner] += 1;
        if (link.count > 0)
            context.report().imported[kPractitionerRole] += link.count;
    }
    return {};
}

}  // namespace fd::practice
