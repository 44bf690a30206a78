// The Practice dock used end to end as a person would: profile, a location, a provider and a
// payer through their dialogs (with the inline messages a mistake brings), a fee schedule and
// a code set imported and searched.
#include "practice/core/fee_schedules.h"
#include "practice/core/locations.h"
#include "practice/core/payers.h"
#include "practice/core/providers.h"
#include "practice/ui/code_sets_page.h"
#include "practice/ui/fee_schedules_page.h"
#include "practice/ui/list_page.h"
#include "practice/ui/location_dialog.h"
#include "practice/ui/payer_dialog.h"
#include "practice/ui/practice_dock.h"
#include "practice/ui/practice_module.h"
#include "practice/ui/profile_page.h"
#include "practice/ui/provider_dialog.h"
#include "practice_fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace fd::practice;
using namespace fd::practice::ui;
using fd::practice::test::PracticeFixture;

namespace {

void type(QWidget* root, const char* name, const QString& text)
{
    auto* edit = root->findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Runs `fill` on the modal dialog the next click opens (dialogs run their own event loop).
template <typename Dialog>
void whenOpened(std::function<void(Dialog*)> fill, bool* ran)
{
    QTimer::singleShot(0, [fill, ran] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        *ran = dialog != nullptr;
        if (dialog)
            fill(dialog);
        else if (QApplication::activeModalWidget())
            QApplication::activeModalWidget()->close();
    });
}

void click(QWidget* root, const QString& name)
{
    auto* button = root->findChild<QPushButton*>(name);
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

}  // namespace

TEST_CASE("Practice setup screens end to end", "[practice_ui]")
{
    PracticeFixture fx;
    fd::ServiceRegistry& registry = fx.registry;
    PracticeModule module;
    REQUIRE(module.initialize(registry).ok());
    REQUIRE(module.allModulesInitialized(registry).ok());
    auto docks = module.docks();
    REQUIRE(docks.size() == 1);
    CHECK(docks.front().objectName == QStringLiteral("fd.practice.setup"));
    QWidget window;
    QWidget* created = docks.front().create(&window);
    auto* dock = qobject_cast<PracticeDock*>(created);
    REQUIRE(dock);
    REQUIRE(dock->tabs()->count() == 6);
    window.resize(1000, 700);
    window.show();

    SECTION("profile with inline validation")
    {
        ProfilePage* page = dock->profilePage();
        type(page, "name", QStringLiteral("Maple Street Clinic"));
        type(page, "npi", QStringLiteral("1234567890"));  // wrong check digit: flagged while typing
        CHECK(page->errors().messageAt(QStringLiteral("npi")).contains(QStringLiteral("check digit")));
        type(page, "npi", QStringLiteral("1234567893"));
        CHECK(page->errors().messageAt(QStringLiteral("npi")).isEmpty());
        type(page, "tax_id", QStringLiteral("12-3456789"));
        type(page, "taxonomy", QStringLiteral("207Q00001X"));  // right form, unknown to NUCC
        type(page, "billing_address.line1", QStringLiteral("12 Main St"));
        type(page, "billing_address.city", QStringLiteral("Albany"));
        type(page, "billing_address.state", QStringLiteral("NY"));
        type(page, "billing_address.zip", QStringLiteral("1220"));
        click(page, QStringLiteral("fd.practice.profile.save"));
        CHECK(page->errors().messageAt(QStringLiteral("billing_address.zip")).contains(QStringLiteral("1220")));
        type(page, "billing_address.zip", QStringLiteral("12207"));
        click(page, QStringLiteral("fd.practice.profile.save"));
        CHECK(page->errors().messageAt(QStringLiteral("taxonomy")).contains(QStringLiteral("207Q00001X")));
        CHECK(page->errors().messageAt(QStringLiteral("billing_address.zip")).isEmpty());
        type(page, "taxonomy", QStringLiteral("193200000X"));
        click(page, QStringLiteral("fd.practice.profile.save"));
        CHECK(page->errors().messageAt(QStringLiteral("taxonomy")).isEmpty());
        auto saved = fx.service<IPracticeProfile>()->profile();
        REQUIRE(saved.ok());
        CHECK(saved->name == QStringLiteral("Maple Street Clinic"));
        CHECK(saved->billingAddress.zip == QStringLiteral("12207"));
    }

    SECTION("location, provider and payer through their dialogs")
    {
        dock->tabs()->setCurrentWidget(dock->locationsPage());
        bool ran = false;
        whenOpened<LocationDialog>(
            [](LocationDialog* d) {
                type(d, "name", QStringLiteral("Lakeshore"));
                type(d, "address.line1", QStringLiteral("1 Lake St"));
                type(d, "address.city", QStringLiteral("Evanston"));
                type(d, "address.state", QStringLiteral("IL"));
                type(d, "address.zip", QStringLiteral("60201"));
                d->findChild<QComboBox*>(QStringLiteral("time_zone"))->setCurrentText(QStringLiteral("Central"));
                d->save();
                CHECK(d->errors().messageAt(QStringLiteral("time_zone")).contains(QStringLiteral("Central")));
                CHECK(d->isVisible());
                d->findChild<QComboBox*>(QStringLiteral("time_zone"))->setCurrentText(QStringLiteral("America/Chicago"));
                d->save();
            },
            &ran);
        click(dock->locationsPage(), QStringLiteral("fd.practice.locations.add"));
        CHECK(ran);
        REQUIRE(dock->locationsPage()->model()->rowCount() == 1);
        CHECK(dock->locationsPage()->model()->index(0, 1).data().toString() == QStringLiteral("America/Chicago"));

        dock->tabs()->setCurrentWidget(dock->providersPage());
        ran = false;
        whenOpened<ProviderDialog>(
            [](ProviderDialog* d) {
                type(d, "first_name", QStringLiteral("Ada"));
                type(d, "last_name", QStringLiteral("Lovelace"));
                type(d, "npi", QStringLiteral("1245319590"));
                CHECK(d->errors().messageAt(QStringLiteral("npi")).contains(QStringLiteral("check digit")));
                type(d, "npi", QStringLiteral("1245319599"));
                type(d, "taxonomy", QStringLiteral("207Q00000X"));
                auto* locations = d->findChild<QListWidget*>(QStringLiteral("location_ids"));
                REQUIRE(locations->count() == 1);
                locations->item(0)->setCheckState(Qt::Checked);
                d->findChild<QCheckBox*>(QStringLiteral("role_rendering"))->setChecked(false);
                d->save();
                CHECK(d->errors().messageAt(QStringLiteral("claim_roles")).contains(QStringLiteral("roles")));
                d->findChild<QCheckBox*>(QStringLiteral("role_rendering"))->setChecked(true);
                d->save();
            },
            &ran);
        click(dock->providersPage(), QStringLiteral("fd.practice.providers.add"));
        CHECK(ran);
        REQUIRE(dock->providersPage()->model()->rowCount() == 1);
        CHECK(dock->providersPage()->model()->index(0, 0).data().toString() == QStringLiteral("Ada Lovelace"));

        dock->tabs()->setCurrentWidget(dock->payersPage());
        ran = false;
        whenOpened<PayerDialog>(
            [](PayerDialog* d) {
                type(d, "name", QStringLiteral("Aetna"));
                d->save();  // electronic claims need a payer id
                CHECK(d->errors().messageAt(QStringLiteral("payer_ids")).contains(QStringLiteral("payer id")));
                type(d, "payer_ids", QStringLiteral("60054"));
                d->save();
            },
            &ran);
        click(dock->payersPage(), QStringLiteral("fd.practice.payers.add"));
        CHECK(ran);
        REQUIRE(dock->payersPage()->model()->rowCount() == 1);
        CHECK(dock->payersPage()->model()->index(0, 1).data().toString() == QStringLiteral("60054"));

        // Editing keeps the id: the row is updated, not duplicated.
        dock->payersPage()->view()->selectRow(0);
        ran = false;
        whenOpened<PayerDialog>([](PayerDialog* d) {
            type(d, "name", QStringLiteral("Aetna Better Health"));
            d->save();
        }, &ran);
        click(dock->payersPage(), QStringLiteral("fd.practice.payers.edit"));
        CHECK(ran);
        REQUIRE(dock->payersPage()->model()->rowCount() == 1);
        CHECK(dock->payersPage()->model()->index(0, 0).data().toString() == QStringLiteral("Aetna Better Health"));
    }

    SECTION("fee schedules and code sets")
    {
        FeeSchedulesPage* fees = dock->feesPage();
        CHECK_FALSE(fees->importFile(fx.dataFile(QStringLiteral("fees_malformed.csv")), {}, QDate(2025, 1, 1), {}).ok());
        CHECK(fees->statusText().contains(QStringLiteral("line 3:")));
        CHECK(fees->schedules()->rowCount() == 0);
        REQUIRE(fees->importFile(fx.dataFile(QStringLiteral("fees_2025.csv")), {}, QDate(2025, 1, 1),
                                 QStringLiteral("Charge master 2025")).ok());
        REQUIRE(fees->schedules()->rowCount() == 1);
        fees->schedulesView()->selectRow(0);
        CHECK(fees->items()->rowCount() == 4);

        CodeSetsPage* codes = dock->codesPage();
        CHECK_FALSE(codes->importFile(CodeSet::Icd10Cm, QStringLiteral("2024"), QDate(2023, 10, 1),
                                      fx.dataFile(QStringLiteral("icd10cm_order_malformed.txt"))).ok());
        CHECK(codes->statusText().contains(QStringLiteral("line 7:")));
        REQUIRE(codes->importFile(CodeSet::Icd10Cm, QStringLiteral("2024"), QDate(2023, 10, 1),
                                  fx.dataFile(QStringLiteral("icd10cm_order_2024.txt"))).ok());
        CHECK(codes->versions()->rowCount() == 2);
        codes->setSearch(CodeSet::Icd10Cm, QStringLiteral("E11"), QDate(2024, 1, 15));
        REQUIRE(codes->results()->rowCount() == 3);  // the 2024 file's E11, E11.65, E11.9
        CHECK(codes->results()->index(2, 0).data().toString() == QStringLiteral("E11.9"));
        codes->setSearch(CodeSet::Icd10Cm, QStringLiteral("diabetes"), QDate(2022, 1, 15));
        CHECK(codes->results()->rowCount() >= 8);  // the starter set was in effect then
    }
}

TEST_CASE("Without practice.edit the setup is read-only", "[practice_ui]")
{
    PracticeFixture fx;
    fx.grantViewOnly();
    PracticeDock dock(PracticeServices::from(fx.registry), false, false);
    CHECK_FALSE(dock.findChild<QPushButton*>(QStringLiteral("fd.practice.profile.save"))->isEnabled());
    CHECK_FALSE(dock.findChild<QPushButton*>(QStringLiteral("fd.practice.locations.add"))->isEnabled());
    CHECK_FALSE(dock.findChild<QPushButton*>(QStringLiteral("fd.practice.codes.import"))->isEnabled());
}
