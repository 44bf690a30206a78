// The Patients dock used with the keyboard as the front desk does: search as you type, move
// into the results, open a patient; the permission and restricted-record gates; the review
// of possible duplicates; and the picture of the dock the docs show.
#include "patients/core/patient_merge.h"
#include "patients/core/patients.h"
#include "patients/core/patients_permissions.h"
#include "patients/ui/duplicate_review_dialog.h"
#include "patients/ui/patient_editor.h"
#include "patients/ui/patient_search_model.h"
#include "patients_ui_support.h"
#include "practice/core/practice_permissions.h"
#include "practice/ui/practice_table_model.h"

#include <QComboBox>
#include <QInputDialog>
#include <QRadioButton>
#include <QTableWidget>
#include <QLabel>
#include <QTableView>
#include <QTabWidget>

using namespace fd::patients;
using namespace fd::patients::ui;
using namespace fd::patients::test;

namespace {

QStringList names(const PatientSearchModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, PatientSearchModel::Name).data().toString();
    return out;
}

// Typing fires the search only after the debounce: wait for it like a person would.
void typeSearch(PatientsDock* dock, const QString& text)
{
    dock->searchField()->setFocus();
    QTest::keyClicks(dock->searchField(), text);
    QTest::qWait(PatientsDock::kDebounceMs + 100);
}

}  // namespace

TEST_CASE("Typing in the search field lists the matching patients and Enter opens the first", "[patients_ui]")
{
    PatientsFixture fx;
    const Patient john = fx.add(QStringLiteral("John"), QStringLiteral("Smith"), QDate(1980, 3, 7), QStringLiteral("518-555-0101"));
    fx.add(QStringLiteral("Jane"), QStringLiteral("Smithers"), QDate(1975, 11, 2));
    fx.add(QStringLiteral("Maria"), QStringLiteral("Lopez"), QDate(1990, 1, 15));
    DockHarness h(fx);
    PatientsDock* dock = h.dock;

    typeSearch(dock, QStringLiteral("smi"));
    CHECK(dock->model()->rowCount() == 2);
    CHECK(names(dock->model()).contains(QStringLiteral("Smith, John")));
    CHECK_FALSE(names(dock->model()).join(QLatin1Char(' ')).contains(QStringLiteral("Lopez")));

    // One more keystroke narrows it; the last is what counts, not every keystroke in between.
    QTest::keyClicks(dock->searchField(), QStringLiteral("th, jo"));
    QTest::qWait(PatientsDock::kDebounceMs + 100);
    REQUIRE(dock->model()->rowCount() == 1);
    CHECK(dock->model()->index(0, PatientSearchModel::Account).data().toString() == john.accountNumber);
    CHECK(dock->model()->index(0, PatientSearchModel::BirthDate).data().toString() == QStringLiteral("03/07/1980"));

    const int readsBefore = fx.audit->countForPatient(QStringLiteral("read"), john.id);
    QTest::keyClick(dock->searchField(), Qt::Key_Return);
    REQUIRE(dock->editor()->hasPatient());
    CHECK(dock->editor()->patient().id == john.id);
    CHECK(dock->editor()->header()->text().contains(QStringLiteral("Smith, John")));
    CHECK(fx.audit->countForPatient(QStringLiteral("read"), john.id) == readsBefore + 1);  // opening is a read; listing is not

    // A phone's last four digits and a date of birth find the same patient.
    dock->searchField()->clear();
    typeSearch(dock, QStringLiteral("0101"));
    CHECK(names(dock->model()) == QStringList{QStringLiteral("Smith, John")});
    dock->searchField()->clear();
    typeSearch(dock, QStringLiteral("3/7/1980"));
    CHECK(names(dock->model()) == QStringList{QStringLiteral("Smith, John")});
}

TEST_CASE("The search and results work from the keyboard alone", "[patients_ui]")
{
    PatientsFixture fx;
    fx.add(QStringLiteral("Anna"), QStringLiteral("Baker"), QDate(1970, 1, 1));
    fx.add(QStringLiteral("Bert"), QStringLiteral("Baker"), QDate(1971, 2, 2));
    fx.add(QStringLiteral("Cora"), QStringLiteral("Baker"), QDate(1972, 3, 3));
    DockHarness h(fx);
    PatientsDock* dock = h.dock;

    typeSearch(dock, QStringLiteral("baker"));
    REQUIRE(dock->model()->rowCount() == 3);

    QTest::keyClick(dock->searchField(), Qt::Key_Down);  // into the results
    CHECK(dock->results()->hasFocus());
    CHECK(dock->results()->currentIndex().row() == 0);
    QTest::keyClick(dock->results(), Qt::Key_Down);
    QTest::keyClick(dock->results(), Qt::Key_Down);
    REQUIRE(dock->results()->currentIndex().row() == 2);
    const QString third = dock->model()->summaryAt(2)->id;
    QTest::keyClick(dock->results(), Qt::Key_Return);
    REQUIRE(dock->editor()->hasPatient());
    CHECK(dock->editor()->patient().id == third);

    QTest::keyClick(dock->results(), Qt::Key_Escape);  // back to the field, text kept
    CHECK(dock->searchField()->hasFocus());
    CHECK(dock->searchField()->text() == QStringLiteral("baker"));
    QTest::keyClick(dock->searchField(), Qt::Key_Escape);  // clears the search
    CHECK(dock->searchField()->text().isEmpty());
    CHECK(dock->model()->rowCount() == 0);

    // Typing then Enter before the debounce fires still opens what was typed.
    QTest::keyClicks(dock->searchField(), QStringLiteral("cora"));
    QTest::keyClick(dock->searchField(), Qt::Key_Return);
    REQUIRE(dock->editor()->hasPatient());
    CHECK(dock->editor()->patient().firstName == QStringLiteral("Cora"));
}

TEST_CASE("Without patients.read the dock explains why it shows nothing", "[patients_ui]")
{
    PatientsFixture fx;
    fx.access->granted = {fd::practice::perm::kView};
    DockHarness h(fx);
    CHECK(h.dock->searchField() == nullptr);
    auto* denied = h.dock->findChild<QLabel*>(QStringLiteral("fd.patients.denied"));
    REQUIRE(denied);
    CHECK(denied->text().contains(QStringLiteral("patients.read")));
}

TEST_CASE("A restricted patient opens only after break-glass with a reason", "[patients_ui]")
{
    PatientsFixture fx;
    Patient vip = PatientsFixture::person(QStringLiteral("Victor"), QStringLiteral("Vance"), QDate(1960, 6, 6));
    vip.restricted = true;
    vip = fx.add(vip);
    fx.grantFrontDesk();  // no patients.restricted
    DockHarness h(fx);
    typeSearch(h.dock, QStringLiteral("vance"));
    REQUIRE(h.dock->model()->rowCount() == 1);

    bool asked = false;
    whenModal<QInputDialog>([](QInputDialog* d) { d->reject(); }, &asked);
    QTest::keyClick(h.dock->searchField(), Qt::Key_Return);
    CHECK(asked);
    CHECK_FALSE(h.dock->editor()->hasPatient());  // cancelled: nothing opened
    CHECK(fx.access->brokenGlass.isEmpty());

    whenModal<QInputDialog>(
        [](QInputDialog* d) {
            d->setTextValue(QStringLiteral("Patient collapsed at the front desk"));
            d->accept();
        },
        &asked);
    QTest::keyClick(h.dock->searchField(), Qt::Key_Return);
    CHECK(asked);
    CHECK(fx.access->brokenGlass.contains(vip.id));
    REQUIRE(h.dock->editor()->hasPatient());
    CHECK(h.dock->editor()->patient().id == vip.id);
}

TEST_CASE("Possible duplicates are compared, merged and the merge undone", "[patients_ui]")
{
    PatientsFixture fx;
    const Patient first = fx.add(QStringLiteral("Dana"), QStringLiteral("Reyes"), QDate(1985, 8, 20));
    const Patient second = fx.add(QStringLiteral("Dana"), QStringLiteral("Reyes"), QDate(1985, 8, 20));
    DockHarness h(fx);
    DuplicateReviewDialog review(PatientsServices::from(fx.registry), &h.window);
    REQUIRE(review.queue()->rowCount() == 1);
    review.select(0);
    CHECK(review.queue()->index(0, 2).data().toString().contains(QStringLiteral("same name and date of birth")));
    CHECK(review.comparison()->item(0, 0)->text() == second.accountNumber);  // the new record on the left
    CHECK(review.comparison()->item(0, 1)->text() == first.accountNumber);

    review.keepSecond()->setChecked(true);  // keep the older record
    REQUIRE(review.mergeSelected(QStringLiteral("Registered twice at check-in")));
    CHECK(review.queue()->rowCount() == 0);
    auto merged = fx.service<IPatientService>()->get(second.id);
    CHECK_FALSE(merged.ok());  // merged away

    review.statusFilter()->setCurrentIndex(review.statusFilter()->findData(QStringLiteral("merged")));
    REQUIRE(review.queue()->rowCount() == 1);
    review.select(0);
    REQUIRE(review.undoSelected());
    CHECK(fx.service<IPatientService>()->get(second.id).ok());
    CHECK(fx.service<IPatientService>()->get(first.id).ok());
}

TEST_CASE("Screenshot of the dock with a search in progress and a patient open", "[patients_ui][screenshot]")
{
    PatientsFixture fx;
    Patient open = PatientsFixture::person(QStringLiteral("Robert"), QStringLiteral("Smith"), QDate(1958, 4, 12),
                                           QStringLiteral("518-555-0142"));
    open.preferredName = QStringLiteral("Bob");
    open.alert = QStringLiteral("Needs a Spanish interpreter");
    open.primaryProviderId = fx.providerId;
    open.pronouns = QStringLiteral("he/him");
    open.sex = AdministrativeSex::Male;
    open = fx.add(open);
    fx.add(QStringLiteral("Jennifer"), QStringLiteral("Smith"), QDate(1984, 9, 30), QStringLiteral("518-555-0117"));
    fx.add(QStringLiteral("Samuel"), QStringLiteral("Smithson"), QDate(2012, 2, 3));
    Patient former = PatientsFixture::person(QStringLiteral("Eleanor"), QStringLiteral("Smythe"), QDate(1941, 12, 24));
    former.status = PatientStatus::Inactive;
    former.alert = QStringLiteral("Collections");
    fx.add(former);
    DockHarness h(fx);
    h.window.resize(1280, 800);
    h.dock->resize(1280, 800);
    typeSearch(h.dock, QStringLiteral("smi"));
    REQUIRE(h.dock->model()->rowCount() >= 3);
    REQUIRE(h.dock->openPatient(open.id));
    CHECK(h.dock->editor()->banner()->isVisible());
    CHECK(h.dock->editor()->banner()->text() == QStringLiteral("Needs a Spanish interpreter"));
    QTest::qWait(50);

    const QImage image = h.dock->grab().toImage();
    REQUIRE(image.width() >= 1200);
    const QString target = qEnvironmentVariable("FRONTDESK_PATIENTS_SCREENSHOT");
    const QString file = target.isEmpty() ? fx.dir.file(QStringLiteral("patients-dock.png")) : target;
    REQUIRE(image.save(file));
    CHECK_FALSE(QImage(file).isNull());
}
