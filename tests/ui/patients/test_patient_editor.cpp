// Registering and keeping a patient through the editor: a new patient saved and read back,
// the core's validation shown at its field, the duplicate warning on save, and insurance
// and documents on a saved record.
#include "patients/core/patients.h"
#include "patients/ui/demographics_page.h"
#include "patients/ui/documents_page.h"
#include "patients/ui/duplicate_warning_dialog.h"
#include "patients/ui/insurance_page.h"
#include "patients/ui/coverage_dialog.h"
#include "patients/ui/patient_editor.h"
#include "patients_ui_support.h"
#include "practice/ui/practice_table_model.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTabWidget>

using namespace fd::patients;
using namespace fd::patients::ui;
using namespace fd::patients::test;

namespace {

void fillNewPatient(PatientEditor* editor, const QString& first, const QString& last, const QString& birth)
{
    DemographicsPage* page = editor->demographics();
    typeInto(page, QStringLiteral("first_name"), first);
    typeInto(page, QStringLiteral("last_name"), last);
    typeInto(page, QStringLiteral("birth_date"), birth);
    typeInto(page, QStringLiteral("address.line1"), QStringLiteral("40 Elm St"));
    typeInto(page, QStringLiteral("address.city"), QStringLiteral("Albany"));
    page->findChild<QComboBox*>(QStringLiteral("address.state"))->setCurrentText(QStringLiteral("NY"));
    typeInto(page, QStringLiteral("address.zip"), QStringLiteral("12207"));
}

}  // namespace

TEST_CASE("A new patient entered in the editor is saved and reads back", "[patients_ui]")
{
    PatientsFixture fx;
    DockHarness h(fx);
    clickButton(h.dock, QStringLiteral("fd.patients.new"));
    PatientEditor* editor = h.dock->editor();
    REQUIRE(editor->isNew());
    CHECK_FALSE(editor->tabs()->isTabEnabled(1));  // insurance needs a saved record

    fillNewPatient(editor, QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("12/09/1946"));
    DemographicsPage* page = editor->demographics();
    typeInto(page, QStringLiteral("preferred_name"), QStringLiteral("Amazing"));
    typeInto(page, QStringLiteral("phones[0].number"), QStringLiteral("518-555-0177"));
    typeInto(page, QStringLiteral("email"), QStringLiteral("grace.hopper@example.org"));
    typeInto(page, QStringLiteral("alert"), QStringLiteral("Hard of hearing"));
    auto* sex = page->findChild<QComboBox*>(QStringLiteral("sex"));
    sex->setCurrentIndex(sex->findData(QStringLiteral("F")));
    auto* provider = page->findChild<QComboBox*>(QStringLiteral("primary_provider_id"));
    provider->setCurrentIndex(provider->findData(fx.providerId));
    clickButton(h.dock, QStringLiteral("fd.patients.save"));

    REQUIRE_FALSE(editor->isNew());
    const QString account = editor->patient().accountNumber;
    REQUIRE_FALSE(account.isEmpty());
    auto saved = fx.service<IPatientService>()->findByAccountNumber(account);
    REQUIRE(saved.ok());
    CHECK(saved->firstName == QStringLiteral("Grace"));
    CHECK(saved->lastName == QStringLiteral("Hopper"));
    CHECK(saved->preferredName == QStringLiteral("Amazing"));
    CHECK(saved->birthDate == QDate(1946, 12, 9));
    CHECK(saved->sex == AdministrativeSex::Female);
    CHECK(saved->address.state == QStringLiteral("NY"));
    REQUIRE(saved->phones.size() == 1);
    CHECK(saved->phones.front().number.contains(QStringLiteral("0177")));
    CHECK(saved->primaryProviderId == fx.providerId);
    CHECK(editor->banner()->isVisible());
    CHECK(editor->banner()->text() == QStringLiteral("Hard of hearing"));
    CHECK(editor->tabs()->isTabEnabled(1));

    // An edit saves against the row version and reads back too.
    typeInto(page, QStringLiteral("preferred_name"), QStringLiteral("Gracie"));
    clickButton(h.dock, QStringLiteral("fd.patients.save"));
    CHECK(fx.service<IPatientService>()->get(saved->id)->preferredName == QStringLiteral("Gracie"));
}

TEST_CASE("Validation errors show next to their field", "[patients_ui]")
{
    PatientsFixture fx;
    DockHarness h(fx);
    h.dock->newPatient();
    PatientEditor* editor = h.dock->editor();
    DemographicsPage* page = editor->demographics();

    fillNewPatient(editor, QStringLiteral("Alan"), QString(), QStringLiteral("06/23/1912"));
    clickButton(h.dock, QStringLiteral("fd.patients.save"));
    CHECK_FALSE(page->errors().messageAt(QStringLiteral("last_name")).isEmpty());
    CHECK(editor->isNew());

    typeInto(page, QStringLiteral("last_name"), QStringLiteral("Turing"));
    typeInto(page, QStringLiteral("birth_date"), QStringLiteral("23/06/1912"));  // day and month swapped
    clickButton(h.dock, QStringLiteral("fd.patients.save"));
    CHECK(page->errors().messageAt(QStringLiteral("birth_date")).contains(QStringLiteral("23/06/1912")));
    CHECK(page->errors().messageAt(QStringLiteral("last_name")).isEmpty());

    typeInto(page, QStringLiteral("birth_date"), QStringLiteral("06/23/1912"));
    typeInto(page, QStringLiteral("address.zip"), QStringLiteral("1220"));
    clickButton(h.dock, QStringLiteral("fd.patients.save"));
    CHECK_FALSE(page->errors().messageAt(QStringLiteral("address.zip")).isEmpty());
    CHECK(editor->isNew());
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 0);

    typeInto(page, QStringLiteral("address.zip"), QStringLiteral("12207"));
    clickButton(h.dock, QStringLiteral("fd.patients.save"));
    CHECK(page->errors().messageAt(QStringLiteral("address.zip")).isEmpty());
    CHECK_FALSE(editor->isNew());
}

TEST_CASE("Saving a same-name same-DOB patient warns of the duplicate", "[patients_ui]")
{
    PatientsFixture fx;
    const Patient existing = fx.add(QStringLiteral("Mary"), QStringLiteral("Shelley"), QDate(1997, 8, 30));
    DockHarness h(fx);
    PatientEditor* editor = h.dock->editor();

    SECTION("open the existing record instead")
    {
        h.dock->newPatient();
        fillNewPatient(editor, QStringLiteral("Mary"), QStringLiteral("Shelley"), QStringLiteral("08/30/1997"));
        bool warned = false;
        QString reasons;
        whenModal<DuplicateWarningDialog>(
            [&reasons](DuplicateWarningDialog* d) {
                reasons = d->table()->item(0, 3)->text();
                d->openSelected();
            },
            &warned);
        clickButton(h.dock, QStringLiteral("fd.patients.save"));
        CHECK(warned);
        CHECK(reasons.contains(QStringLiteral("same name and date of birth")));
        REQUIRE(editor->hasPatient());
        CHECK(editor->patient().id == existing.id);
        CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 1);
    }

    SECTION("save the new one anyway")
    {
        h.dock->newPatient();
        fillNewPatient(editor, QStringLiteral("Mary"), QStringLiteral("Shelley"), QStringLiteral("08/30/1997"));
        bool warned = false;
        whenModal<DuplicateWarningDialog>([](DuplicateWarningDialog* d) { d->saveAnyway(); }, &warned);
        clickButton(h.dock, QStringLiteral("fd.patients.save"));
        CHECK(warned);
        CHECK_FALSE(editor->isNew());
        CHECK(editor->patient().id != existing.id);
        CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 2);
    }
}

TEST_CASE("Insurance and documents are kept on a saved patient", "[patients_ui]")
{
    PatientsFixture fx;
    const Patient p = fx.add(QStringLiteral("Ida"), QStringLiteral("Wells"), QDate(1962, 7, 16));
    DockHarness h(fx);
    REQUIRE(h.dock->openPatient(p.id));
    PatientEditor* editor = h.dock->editor();
    editor->tabs()->setCurrentWidget(editor->insurance());

    bool ran = false;
    whenModal<CoverageDialog>(
        [&fx](CoverageDialog* d) {
            auto* payer = d->findChild<QComboBox*>(QStringLiteral("payer_id"));
            payer->setCurrentIndex(payer->findData(fx.payerId));
            typeInto(d, QStringLiteral("member_id"), QStringLiteral("XJH123456789"));
            typeInto(d, QStringLiteral("copay"), QStringLiteral("25.x"));
            d->save();
            CHECK(d->errors().messageAt(QStringLiteral("copay")).contains(QStringLiteral("25.x")));
            typeInto(d, QStringLiteral("copay"), QStringLiteral("$25.00"));
            typeInto(d, QStringLiteral("effective_from"), QStringLiteral("01/01/2025"));
            d->save();
        },
        &ran);
    clickButton(editor->insurance(), QStringLiteral("fd.patients.coverage.add"));
    CHECK(ran);
    auto coverages = fx.service<ICoverageService>()->list(p.id);
    REQUIRE(coverages.ok());
    REQUIRE(coverages->size() == 1);
    CHECK(coverages->front().memberId == QStringLiteral("XJH123456789"));
    REQUIRE(coverages->front().copay.has_value());
    CHECK(coverages->front().copay->cents() == 2500);
    CHECK(editor->insurance()->model()->rowCount() == 1);

    // A tiny valid PNG from disk, attached and listed.
    editor->tabs()->setCurrentWidget(editor->documents());
    QImage img(4, 4, QImage::Format_RGB32);
    img.fill(Qt::white);
    const QString file = fx.dir.file(QStringLiteral("card.png"));
    REQUIRE(img.save(file));
    REQUIRE(editor->documents()->attach(file, QStringLiteral("Insurance card"), QStringLiteral("insurance_card")));
    CHECK(editor->documents()->model()->rowCount() == 1);
    auto docs = fx.service<IPatientDocuments>()->list(p.id);
    REQUIRE(docs.ok());
    REQUIRE(docs->size() == 1);
    CHECK(docs->front().mimeType == QStringLiteral("image/png"));
}
