// The digital intake review used as the front desk does: open the queued form, correct one
// field with the keyboard, accept; a refused field marked on its row; the picture the docs show.
#include "patients/core/patient_intake.h"
#include "patients/core/patient_search.h"
#include "patients/core/patients.h"
#include "patients/ui/intake_review_dialog.h"
#include "patients_ui_support.h"
#include "practice/ui/practice_table_model.h"

#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>

using namespace fd::patients;
using namespace fd::patients::ui;
using namespace fd::patients::test;

namespace {

void importData(PatientsFixture& fx, const char* name)
{
    auto imported = fx.service<IPatientIntake>()->importFile(
        fd::test::sourceDir() + QStringLiteral("/tests/data/patients/") +
        QString::fromLatin1(name));
    INFO((imported.ok() ? std::string() : imported.error().toString().toStdString()));
    REQUIRE(imported.ok());
}

QString useOf(IntakeReviewDialog& dialog, int row)
{
    auto* use =
        qobject_cast<QComboBox*>(dialog.fieldTable()->cellWidget(row, IntakeReviewDialog::Use));
    REQUIRE(use);
    return use->currentText();
}

}  // namespace

TEST_CASE("An intake is accepted as a new patient with one field corrected from the keyboard",
          "[patients_ui][intake]")
{
    PatientsFixture fx;
    importData(fx, "intake-server.json");
    IntakeReviewDialog dialog(PatientsServices::from(fx.registry));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    REQUIRE(dialog.queue()->rowCount() == 1);
    CHECK(dialog.queue()->index(0, 1).data().toString() == QStringLiteral("Lopez, Maria"));
    REQUIRE(dialog.current());
    CHECK(dialog.target()->text() == QStringLiteral("New patient"));

    const int employer = dialog.rowOf(QStringLiteral("employer.name"));
    REQUIRE(employer >= 0);
    CHECK(dialog.fieldTable()->item(employer, IntakeReviewDialog::Submitted)->text() ==
          QStringLiteral("Troy Bakery"));
    CHECK(useOf(dialog, employer) == QStringLiteral("Take"));

    // F2 on the row edits the value to save; typing a correction switches the row to Edit.
    dialog.fieldTable()->setFocus();
    dialog.fieldTable()->setCurrentCell(employer, IntakeReviewDialog::Field);
    QTest::keyClick(dialog.fieldTable(), Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Troy Bakery Cooperative"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(0);  // the delegate commits the editor's text from the event loop
    CHECK(useOf(dialog, employer) == QStringLiteral("Edit"));

    // Ctrl+K keeps the record's (empty) language instead of the submitted "es".
    const int language = dialog.rowOf(QStringLiteral("language"));
    REQUIRE(language >= 0);
    dialog.fieldTable()->setCurrentCell(language, IntakeReviewDialog::Field);
    QTest::keyClick(dialog.fieldTable(), Qt::Key_K, Qt::ControlModifier);
    CHECK(useOf(dialog, language) == QStringLiteral("Keep"));

    clickButton(&dialog, QStringLiteral("fd.patients.intake.accept"));
    CHECK_FALSE(dialog.message()->isVisible());
    CHECK(dialog.queue()->rowCount() == 0);

    auto hits = fx.service<IPatientSearch>()->search(QStringLiteral("lopez, maria"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    auto saved = fx.service<IPatientService>()->get(hits->front().patient.id);
    REQUIRE(saved.ok());
    CHECK(saved->employer.name == QStringLiteral("Troy Bakery Cooperative"));  // corrected
    CHECK(saved->address.zip == QStringLiteral("12180"));                      // taken
    CHECK(saved->preferredLanguage == QStringLiteral("en"));                   // kept: the default
    auto coverages = fx.service<ICoverageService>()->list(saved->id);
    REQUIRE(coverages.ok());
    CHECK(coverages->size() == 1);
}

TEST_CASE("Yes/no answers read Yes and No and are saved as the values they stand for",
          "[patients_ui][intake]")
{
    PatientsFixture fx;
    importData(fx, "intake-server.json");  // email consent true, text message consent false
    IntakeReviewDialog dialog(PatientsServices::from(fx.registry));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const int email = dialog.rowOf(QStringLiteral("email.consent"));
    const int sms = dialog.rowOf(QStringLiteral("phone.mobile.smsConsent"));
    REQUIRE(email >= 0);
    REQUIRE(sms >= 0);
    QTableWidget* table = dialog.fieldTable();
    CHECK(table->item(email, IntakeReviewDialog::Submitted)->text() == QStringLiteral("Yes"));
    CHECK(table->item(email, IntakeReviewDialog::Value)->text() == QStringLiteral("Yes"));
    CHECK(table->item(sms, IntakeReviewDialog::Submitted)->text() == QStringLiteral("No"));
    // Other fields are shown as submitted.
    CHECK(table->item(dialog.rowOf(QStringLiteral("address.zip")), IntakeReviewDialog::Submitted)
              ->text() == QStringLiteral("12180"));

    // The desk corrects the email consent to No and takes the text message answer as it is.
    dialog.setChoice(email, IntakeDecision::Choice::Correct, QStringLiteral("No"));
    REQUIRE(dialog.acceptCurrent());
    auto hits = fx.service<IPatientSearch>()->search(QStringLiteral("lopez, maria"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    auto saved = fx.service<IPatientService>()->get(hits->front().patient.id);
    REQUIRE(saved.ok());
    CHECK_FALSE(saved->emailConsent);
    REQUIRE_FALSE(saved->phones.isEmpty());
    CHECK_FALSE(saved->phones.front().smsConsent);
}

TEST_CASE("A yes/no answer corrected to Yes is saved as true", "[patients_ui][intake]")
{
    PatientsFixture fx;
    importData(fx, "intake-server.json");
    IntakeReviewDialog dialog(PatientsServices::from(fx.registry));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const int sms = dialog.rowOf(QStringLiteral("phone.mobile.smsConsent"));
    REQUIRE(sms >= 0);
    dialog.setChoice(sms, IntakeDecision::Choice::Correct, QStringLiteral("Yes"));
    REQUIRE(dialog.acceptCurrent());
    auto hits = fx.service<IPatientSearch>()->search(QStringLiteral("lopez, maria"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    auto saved = fx.service<IPatientService>()->get(hits->front().patient.id);
    REQUIRE(saved.ok());
    REQUIRE_FALSE(saved->phones.isEmpty());
    CHECK(saved->phones.front().smsConsent);
    CHECK(saved->emailConsent);  // taken as submitted
}

TEST_CASE("A field the registry refuses is marked on its row and nothing is written",
          "[patients_ui][intake]")
{
    PatientsFixture fx;
    importData(fx, "intake-server.json");
    IntakeReviewDialog dialog(PatientsServices::from(fx.registry));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const int zip = dialog.rowOf(QStringLiteral("address.zip"));
    REQUIRE(zip >= 0);
    dialog.setChoice(zip, IntakeDecision::Choice::Correct, QStringLiteral("1218"));
    CHECK_FALSE(dialog.acceptCurrent());
    CHECK(dialog.message()->isVisible());
    CHECK(dialog.fieldTable()
              ->item(zip, IntakeReviewDialog::Problem)
              ->text()
              .contains(QStringLiteral("1218")));
    CHECK(dialog.fieldTable()->currentRow() == zip);
    CHECK(dialog.queue()->rowCount() == 1);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 0);

    REQUIRE(dialog.rejectCurrent(QStringLiteral("Test submission from the portal")));
    CHECK(dialog.queue()->rowCount() == 0);
}

TEST_CASE("Screenshot of the intake review with a form beside the matched record",
          "[patients_ui][intake][screenshot]")
{
    PatientsFixture fx;
    Patient ann = PatientsFixture::person(QStringLiteral("Ann"), QStringLiteral("Lee"),
                                          QDate(1980, 3, 7), QStringLiteral("518-555-0101"));
    ann.middleName = QStringLiteral("Marie");
    fx.add(ann);
    importData(fx, "intake-response.json");
    importData(fx, "intake-server.json");
    IntakeReviewDialog dialog(PatientsServices::from(fx.registry));
    dialog.resize(1180, 760);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.queue()->rowCount() == 2);
    dialog.queueView()->setCurrentIndex(dialog.queue()->index(0, 0));  // Ann Lee, submitted first
    REQUIRE(dialog.current());
    CHECK(dialog.target()->text().contains(QStringLiteral("Lee, Ann")));
    dialog.setChoice(dialog.rowOf(QStringLiteral("phone.mobile")),
                     IntakeDecision::Choice::KeepCurrent);
    dialog.setChoice(dialog.rowOf(QStringLiteral("address.line1")), IntakeDecision::Choice::Correct,
                     QStringLiteral("40 Elm St"));
    QTest::qWait(50);

    const QImage image = dialog.grab().toImage();
    REQUIRE(image.width() >= 1100);
    const QString target = qEnvironmentVariable("FRONTDESK_INTAKE_SCREENSHOT");
    const QString file =
        target.isEmpty() ? fx.dir.file(QStringLiteral("intake-review.png")) : target;
    REQUIRE(image.save(file));
    CHECK_FALSE(QImage(file).isNull());
}
