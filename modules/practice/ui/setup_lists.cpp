#include "practice/ui/setup_lists.h"

#include "practice/ui/location_dialog.h"
#include "practice/ui/payer_dialog.h"
#include "practice/ui/provider_dialog.h"

#include <QCoreApplication>

namespace fd::practice::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::practice::ui", text);
}

QString rolesText(const Provider& p)
{
    QStringList roles;
    if (p.hasRole(ClaimRole::Rendering))
        roles << tr("rendering");
    if (p.hasRole(ClaimRole::Supervising))
        roles << tr("supervising");
    if (p.hasRole(ClaimRole::Referring))
        roles << tr("referring");
    return roles.join(QStringLiteral(", "));
}

}  // namespace

ListPage* makeLocationsPage(const PracticeServices& s, bool canEdit, QWidget* parent)
{
    ListPage::Hooks hooks;
    hooks.load = [s]() -> Result<std::vector<PracticeTableModel::Row>> {
        auto list = s.locations->list();
        FD_TRY(list);
        std::vector<PracticeTableModel::Row> rows;
        for (const Location& l : list.value())
            rows.push_back({l.id, {l.name, l.timeZone, l.placeOfService, QStringLiteral("%1, %2").arg(l.address.city, l.address.state),
                                   QString::number(l.resources.size())}});
        return rows;
    };
    hooks.add = [s](QWidget* w) { return LocationDialog(s.locations, Location{}, w).exec() == QDialog::Accepted; };
    hooks.edit = [s](QWidget* w, const QString& id) {
        auto l = s.locations->find(id);
        return l && LocationDialog(s.locations, l.value(), w).exec() == QDialog::Accepted;
    };
    hooks.remove = [s](const QString& id) -> Status {
        auto l = s.locations->find(id);
        FD_TRY(l);
        return s.locations->remove(id, l->rowVersion);
    };
    return new ListPage(QStringLiteral("fd.practice.locations"),
                        {tr("Name"), tr("Time zone"), tr("POS"), tr("City"), tr("Rooms and equipment")}, hooks, canEdit,
                        parent);
}

ListPage* makeProvidersPage(const PracticeServices& s, bool canEdit, QWidget* parent)
{
    ListPage::Hooks hooks;
    hooks.load = [s]() -> Result<std::vector<PracticeTableModel::Row>> {
        auto list = s.providers->list(ProviderFilter{true, true, {}, 0});
        FD_TRY(list);
        std::vector<PracticeTableModel::Row> rows;
        for (const Provider& p : list.value())
            rows.push_back({p.id, {p.displayName(), p.npi, p.taxonomy, rolesText(p),
                                   p.external ? tr("outside") : p.specialties.join(QStringLiteral(", "))}});
        return rows;
    };
    const auto open = [s](QWidget* w, Provider p) {
        auto locations = s.locations->list();
        return ProviderDialog(s.providers, locations ? locations.value() : std::vector<Location>{}, std::move(p), w).exec()
               == QDialog::Accepted;
    };
    hooks.add = [open](QWidget* w) { return open(w, Provider{}); };
    hooks.edit = [s, open](QWidget* w, const QString& id) {
        auto p = s.providers->find(id);
        return p && open(w, p.value());
    };
    hooks.remove = [s](const QString& id) -> Status {
        auto p = s.providers->find(id);
        FD_TRY(p);
        return s.providers->remove(id, p->rowVersion);
    };
    return new ListPage(QStringLiteral("fd.practice.providers"),
                        {tr("Name"), tr("NPI"), tr("Taxonomy"), tr("Roles"), tr("Specialties")}, hooks, canEdit, parent);
}

ListPage* makePayersPage(const PracticeServices& s, bool canEdit, QWidget* parent)
{
    ListPage::Hooks hooks;
    hooks.load = [s]() -> Result<std::vector<PracticeTableModel::Row>> {
        auto list = s.payers->list(true);
        FD_TRY(list);
        std::vector<PracticeTableModel::Row> rows;
        for (const Payer& p : list.value())
            rows.push_back({p.id, {p.name, p.payerIdFor(QStringLiteral("default")), p.claimFilingIndicator,
                                   tr("%1 days").arg(p.timelyFilingDays), p.active ? QString() : tr("inactive")}});
        return rows;
    };
    hooks.add = [s](QWidget* w) { return PayerDialog(s.payers, Payer{}, w).exec() == QDialog::Accepted; };
    hooks.edit = [s](QWidget* w, const QString& id) {
        auto p = s.payers->find(id);
        return p && PayerDialog(s.payers, p.value(), w).exec() == QDialog::Accepted;
    };
    hooks.remove = [s](const QString& id) -> Status {
        auto p = s.payers->find(id);
        FD_TRY(p);
        return s.payers->remove(id, p->rowVersion);
    };
    return new ListPage(QStringLiteral("fd.practice.payers"),
                        {tr("Name"), tr("Payer id"), tr("Filing"), tr("Timely filing"), tr("Status")}, hooks, canEdit,
                        parent);
}

}  // namespace fd::practice::ui
