// Patient files through the dock: a file from another system mapped column by column, its
// problems shown and fixed, the import written all at once and read back through the registry;
// an export that is private to its owner and reads back in the import's preview; and the
// picture of the mapping dialog the docs show.
#include "patients/core/patient_csv.h"
#include "patients/core/patient_search.h"
#include "patients/core/patients.h"
#include "patients/ui/csv_import_dialog.h"
#include "patients/ui/patient_csv_preview_model.h"
#include "patients_ui_support.h"
#include "test_support.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>

using namespace fd::patients;
using namespace fd::patients::ui;
using namespace fd::patients::test;

namespace {

// The sample file copied where the test may change it.
QString copyOfSample(const PatientsFixture& fx, const QString& name)
{
    const QString source = fd::test::sourceDir() + QStringLiteral("/tests/data/patients/") + name;
    const QString target = fx.dir.file(name);
    QFile::remove(target);
    REQUIRE(QFile::copy(source, target));
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

void replaceInFile(const QString& path, const QByteArray& from, const QByteArray& to)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    file.close();
    REQUIRE(content.contains(from));
    content.replace(from, to);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
}

QComboBox* fieldBox(CsvImportDialog& dialog, int column)
{
    auto* box = qobject_cast<QComboBox*>(dialog.columns()->cellWidget(column, 2));
    REQUIRE(box);
    return box;
}

QString cell(CsvImportDialog& dialog, int row, int column)
{
    return dialog.previewModel()->index(row, column).data().toString();
}

bool problemsMention(const CsvImportDialog& dialog, const QString& field)
{
    for (const PatientCsvProblem& p : dialog.problems())
        if (p.field == field)
            return true;
    return false;
}

// The columns of csv_other_system.csv.
enum SampleColumn
{
    Chart,
    Surname,
    Given,
    BornOn,
    Gender,
    Cell,
    Street,
    Town,
    St,
    Postal,
    Carrier,
    PolicyNo,
    ReferredBy
};

// Maps the columns the header names do not give away, as a person would with the combo boxes.
void mapOtherSystem(CsvImportDialog& dialog)
{
    QComboBox* given = fieldBox(dialog, Given);
    given->setCurrentIndex(given->findData(QStringLiteral("first_name")));
    QComboBox* born = fieldBox(dialog, BornOn);
    born->setCurrentIndex(born->findData(QStringLiteral("birth_date")));
    dialog.setField(Postal, QStringLiteral("zip"));
    dialog.setField(Carrier, QStringLiteral("payer_id"));
    dialog.setField(PolicyNo, QStringLiteral("member_id"));
}

}  // namespace

TEST_CASE("A file from another system is mapped, its problem fixed and imported all at once",
          "[patients_ui][csv]")
{
    PatientsFixture fx;
    const Patient existing =
        fx.add(QStringLiteral("Henrik"), QStringLiteral("Lindqvist"), QDate(1988, 11, 2));
    DockHarness h(fx);
    const QString file = copyOfSample(fx, QStringLiteral("csv_other_system.csv"));
    CsvImportDialog dialog(PatientsServices::from(fx.registry), &h.window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(dialog.importButton()->isEnabled());  // nothing loaded yet

    REQUIRE(dialog.loadFile(file));
    REQUIRE(dialog.columns()->rowCount() == 13);
    CHECK(dialog.columns()->item(Surname, 0)->text() == QStringLiteral("Surname"));
    CHECK(dialog.columns()->item(Surname, 1)->text().contains(QStringLiteral("Okafor")));
    CHECK(dialog.columns()->item(Surname, 1)->text().contains(QStringLiteral("Moreau")));
    // Matched by the common header names: these, and nothing for the others.
    CHECK(dialog.fieldOf(Surname) == QStringLiteral("last_name"));
    CHECK(dialog.fieldOf(Gender) == QStringLiteral("sex"));
    CHECK(dialog.fieldOf(Cell) == QStringLiteral("phone"));
    CHECK(dialog.fieldOf(Town) == QStringLiteral("city"));
    CHECK(dialog.fieldOf(Given).isEmpty());
    CHECK(dialog.fieldOf(BornOn).isEmpty());
    CHECK(problemsMention(dialog, QStringLiteral("first_name")));
    CHECK(problemsMention(dialog, QStringLiteral("birth_date")));
    CHECK(dialog.previewModel()->rowCount() == 0);
    CHECK_FALSE(dialog.importButton()->isEnabled());

    mapOtherSystem(dialog);
    REQUIRE(dialog.mapping().has_value());
    CHECK(dialog.mapping()->value(QStringLiteral("Born On")) == QStringLiteral("birth_date"));
    // The preview follows the mapping: every row, read as it will be imported.
    REQUIRE(dialog.previewModel()->rowCount() == 4);
    CHECK(cell(dialog, 0, PatientCsvPreviewModel::FirstName) == QStringLiteral("Adaeze"));
    CHECK(cell(dialog, 0, PatientCsvPreviewModel::BirthDate) == QStringLiteral("04/12/1979"));
    CHECK(cell(dialog, 0, PatientCsvPreviewModel::Payer) == QStringLiteral("Acme Health Plan"));
    CHECK(cell(dialog, 0, PatientCsvPreviewModel::MemberId) == QStringLiteral("ZQK100200300"));
    CHECK(cell(dialog, 3, PatientCsvPreviewModel::Zip) == QStringLiteral("12207"));

    // Row 4 has a date that does not exist: listed, and Import stays off.
    REQUIRE(dialog.problems().size() == 1);
    const PatientCsvProblem& bad = dialog.problems().front();
    CHECK(bad.row == 4);
    CHECK(bad.column == QStringLiteral("Born On"));
    CHECK(bad.message.contains(QStringLiteral("13/45/1990")));
    REQUIRE(dialog.problemList()->rowCount() == 1);
    CHECK(dialog.problemList()->item(0, 0)->text() == QStringLiteral("4"));
    CHECK(dialog.problemList()->item(0, 1)->text() == QStringLiteral("Born On"));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.summary()->text().contains(QStringLiteral("1 problem")));

    // Double-clicking the problem selects its row in the preview, on the cell it is about.
    QTableWidget* list = dialog.problemList();
    const QRect rect = list->visualItemRect(list->item(0, 2));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      rect.center());  // a double-click's first press
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    const QModelIndex current = dialog.previewView()->currentIndex();
    CHECK(current.row() == dialog.previewModel()->rowOfFileRow(4));
    CHECK(current.column() == PatientCsvPreviewModel::BirthDate);
    CHECK(cell(dialog, current.row(), PatientCsvPreviewModel::LastName) ==
          QStringLiteral("Moreau"));

    // The mapping is saved as the file frontdeskctl reads too, and loads into a new dialog.
    const QString mappingFile = fx.dir.file(QStringLiteral("other-system.json"));
    REQUIRE(dialog.saveMapping(mappingFile));
    {
        QFile saved(mappingFile);
        REQUIRE(saved.open(QIODevice::ReadOnly));
        auto parsed = parsePatientCsvMapping(saved.readAll(), QStringLiteral("other-system.json"));
        REQUIRE(parsed.ok());
        CHECK(parsed->value(QStringLiteral("Given")) == QStringLiteral("first_name"));
        CHECK(parsed->value(QStringLiteral("Referred By")).isEmpty());
        CsvImportDialog again(PatientsServices::from(fx.registry), &h.window);
        REQUIRE(again.loadFile(file));
        CHECK(again.fieldOf(BornOn).isEmpty());
        REQUIRE(again.loadMapping(mappingFile));
        CHECK(again.fieldOf(BornOn) == QStringLiteral("birth_date"));
        CHECK(again.fieldOf(PolicyNo) == QStringLiteral("member_id"));
        CHECK(again.problems().size() == 1);
    }

    // Corrected in the file and read again: the mapping is kept and Import is offered.
    replaceInFile(file, "13/45/1990", "03/05/1990");
    REQUIRE(dialog.reloadFile());
    CHECK(dialog.fieldOf(BornOn) == QStringLiteral("birth_date"));
    CHECK(dialog.problems().empty());
    CHECK(dialog.problemList()->rowCount() == 0);
    CHECK(dialog.summary()->text().contains(QStringLiteral("4 patients are ready to import")));
    REQUIRE(dialog.importButton()->isEnabled());

    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    REQUIRE(dialog.report().has_value());
    CHECK(dialog.report()->patients == 4);
    CHECK(dialog.report()->coverages == 2);
    CHECK(dialog.report()->accountNumbersAllocated == 4);
    CHECK(dialog.report()->duplicatesQueued >= 1);  // Henrik Lindqvist was registered already
    CHECK(dialog.reportLabel()->isVisible());
    CHECK(dialog.reportLabel()->text().contains(QStringLiteral("4 patients")));
    CHECK_FALSE(dialog.importButton()->isEnabled());  // imported once

    // Written as previewed, read back through the registry.
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 5);
    auto hits = fx.service<IPatientSearch>()->search(QStringLiteral("okafor"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    auto adaeze = fx.service<IPatientService>()->get(hits->front().patient.id);
    REQUIRE(adaeze.ok());
    CHECK(adaeze->firstName == QStringLiteral("Adaeze"));
    CHECK(adaeze->birthDate == QDate(1979, 4, 12));
    CHECK(adaeze->address.zip == QStringLiteral("12210"));
    auto coverages = fx.service<ICoverageService>()->list(adaeze->id);
    REQUIRE(coverages.ok());
    REQUIRE(coverages->size() == 1);
    CHECK(coverages->front().payerId == fx.payerId);
    CHECK(coverages->front().memberId == QStringLiteral("ZQK100200300"));
    auto celine = fx.service<IPatientSearch>()->search(QStringLiteral("moreau"));
    REQUIRE(celine.ok());
    REQUIRE(celine->size() == 1);
    CHECK(fx.service<IPatientService>()->get(celine->front().patient.id)->birthDate ==
          QDate(1990, 3, 5));
    CHECK(fx.audit->countForPatient(QStringLiteral("import")) == 1);

    // The report offers the review of the duplicates the import queued.
    REQUIRE(dialog.reviewButton()->isVisible());
    QTest::mouseClick(dialog.reviewButton(), Qt::LeftButton);
    CHECK(dialog.reviewRequested());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(existing.id != hits->front().patient.id);
}

TEST_CASE("A file with a problem imports nothing, even when forced", "[patients_ui][csv]")
{
    PatientsFixture fx;
    DockHarness h(fx);
    const QString file = copyOfSample(fx, QStringLiteral("csv_other_system.csv"));
    CsvImportDialog dialog(PatientsServices::from(fx.registry), &h.window);
    REQUIRE(dialog.loadFile(file));
    mapOtherSystem(dialog);
    REQUIRE(dialog.problems().size() == 1);
    CHECK_FALSE(dialog.runImport());
    // Mapping the bad column away is a fix too: the rows then lack a birth date.
    dialog.setField(BornOn, QString());
    CHECK(problemsMention(dialog, QStringLiteral("birth_date")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.report().has_value());
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 0);
}

TEST_CASE("Import and export are offered by permission", "[patients_ui][csv]")
{
    PatientsFixture fx;
    SECTION("office manager")
    {
        DockHarness h(fx);
        REQUIRE(h.dock->filesButton());
        CHECK(h.dock->filesButton()->isVisible());
        const QList<QAction*> actions = h.dock->filesButton()->menu()->actions();
        REQUIRE(actions.size() == 2);
        CHECK(actions.at(0)->objectName() == QStringLiteral("fd.patients.importCsv"));
        CHECK(actions.at(0)->isEnabled());
        CHECK(actions.at(1)->isEnabled());
    }
    SECTION("front desk")
    {
        fx.grantFrontDesk();  // no patients.import, no patients.export
        DockHarness h(fx);
        CHECK_FALSE(h.dock->filesButton()->isVisible());
        for (QAction* action : h.dock->filesButton()->menu()->actions())
            CHECK_FALSE(action->isEnabled());
        CHECK_FALSE(h.dock->exportCsvTo(fx.dir.file(QStringLiteral("refused.csv"))));
        CHECK(h.dock->message()->text().contains(QStringLiteral("patients.export")));
        CHECK_FALSE(QFileInfo::exists(fx.dir.file(QStringLiteral("refused.csv"))));
    }
}

TEST_CASE("An export is private to its owner and reads back in the import preview",
          "[patients_ui][csv]")
{
    PatientsFixture fx;
    fx.add(QStringLiteral("Ruth"), QStringLiteral("Abbott"), QDate(1950, 5, 6),
           QStringLiteral("518-555-0150"));
    fx.add(QStringLiteral("Omar"), QStringLiteral("Baptiste"), QDate(1999, 9, 9));
    fx.add(QStringLiteral("Lena"), QStringLiteral("Castro"), QDate(2010, 1, 20));
    DockHarness h(fx);
    const QString path = fx.dir.file(QStringLiteral("export.csv"));
    REQUIRE(h.dock->exportCsvTo(path));
    const QFileDevice::Permissions perms = QFileInfo(path).permissions();
    CHECK(perms.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(perms.testFlag(QFileDevice::WriteOther));
    CHECK(fx.audit->countForPatient(QStringLiteral("export")) == 1);

    CsvImportDialog dialog(PatientsServices::from(fx.registry), &h.window);
    REQUIRE(dialog.loadFile(path));
    const QStringList fields = patientCsvFields();
    REQUIRE(dialog.columns()->rowCount() == fields.size());
    for (int i = 0; i < fields.size(); ++i)
        CHECK(dialog.fieldOf(i) == fields.at(i));  // the export's header needs no mapping
    REQUIRE(dialog.previewModel()->rowCount() == 3);
    CHECK(cell(dialog, 0, PatientCsvPreviewModel::LastName) == QStringLiteral("Abbott"));
    CHECK(cell(dialog, 0, PatientCsvPreviewModel::BirthDate) == QStringLiteral("05/06/1950"));
    CHECK(cell(dialog, 0, PatientCsvPreviewModel::Phones).contains(QStringLiteral("0150")));
    CHECK(cell(dialog, 2, PatientCsvPreviewModel::FirstName) == QStringLiteral("Lena"));
    // The same people again: their account numbers are taken, so the file cannot go back in as is.
    REQUIRE(dialog.problems().size() == 3);
    for (const PatientCsvProblem& p : dialog.problems())
        CHECK(p.field == QStringLiteral("account_number"));
    CHECK_FALSE(dialog.importButton()->isEnabled());
}

TEST_CASE("Screenshot of the CSV import dialog with a file loaded and one problem",
          "[patients_ui][screenshot]")
{
    PatientsFixture fx;
    DockHarness h(fx);
    const QString file = copyOfSample(fx, QStringLiteral("csv_other_system.csv"));
    CsvImportDialog dialog(PatientsServices::from(fx.registry), &h.window);
    dialog.resize(1180, 820);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.loadFile(file));
    mapOtherSystem(dialog);
    REQUIRE(dialog.problems().size() == 1);
    dialog.showProblem(0);
    dialog.problemList()->selectRow(0);
    QTest::qWait(50);

    const QImage image = dialog.grab().toImage();
    REQUIRE(image.width() >= 1100);
    const QString target = qEnvironmentVariable("FRONTDESK_CSV_IMPORT_SCREENSHOT");
    const QString out =
        target.isEmpty() ? fx.dir.file(QStringLiteral("patients-csv-import.png")) : target;
    REQUIRE(image.save(out));
    CHECK_FALSE(QImage(out).isNull());
}
