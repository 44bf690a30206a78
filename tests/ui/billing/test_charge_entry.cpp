// Charge entry from an appointment: the day's appointments, the superbill's lines, posting
// through the charge service, and refusals that keep the dialog open and store nothing.
#include "billing/ui/charge_entry_dialog.h"
#include "billing/ui/unbilled_model.h"
#include "billing_ui_support.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::ui;
using namespace fd::billing::ui::test;
using namespace fd::billing::test;

namespace {

const QDate kMonday(2025, 3, 3);

ChargeEntryDialog* openFor(BillingDocksHarness& h, const calendar::Appointment& appointment)
{
    ChargeEntryDialog* dialog = h.unbilled->openChargeEntry();
    REQUIRE(dialog);
    dialog->setDate(kMonday);
    REQUIRE(dialog->appointmentTable()->model()->rowCount() == 1);
    REQUIRE(dialog->selectAppointment(appointment.id));
    return dialog;
}

}  // namespace

TEST_CASE("charges entered for an appointment post lines and show as unbilled", "[billing_ui][charges]")
{
    BillingFixture f;
    const calendar::Appointment visit = f.pastAppointment(f.aliceId);
    BillingDocksHarness h(f);
    CHECK(h.unbilled->model()->rowCount() == 0);

    ChargeEntryDialog* dialog = openFor(h, visit);
    // The superbill of FU30 gives 99213; the rendering provider is the appointment's.
    QTableWidget* lines = dialog->linesTable();
    REQUIRE(lines->rowCount() == 1);
    CHECK(lines->item(0, ChargeEntryDialog::CodeColumn)->text() == QStringLiteral("99213"));
    CHECK(dialog->renderingBox()->currentData().toString() == f.lovelaceId);
    CHECK(dialog->postButton()->isEnabled());

    // Typed as a biller would: a second line with a modifier, two units and two pointers.
    dialog->diagnosesEdit()->setText(QStringLiteral("j06.9, R50.9"));
    dialog->addLine(QStringLiteral("36415"), {}, 2);
    lines->item(1, ChargeEntryDialog::ModifiersColumn)->setText(QStringLiteral("59"));
    lines->item(1, ChargeEntryDialog::PointersColumn)->setText(QStringLiteral("2 1"));
    dialog->supervisingBox()->setCurrentIndex(dialog->supervisingBox()->findData(f.hopperId));
    dialog->priorAuthEdit()->setText(QStringLiteral("PA-778"));
    REQUIRE(dialog->post());
    REQUIRE(dialog->encounter());

    auto stored = f.charges().encounterForAppointment(visit.id);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    const Encounter& e = stored->value();
    CHECK(e.diagnoses == QStringList{QStringLiteral("J069"), QStringLiteral("R509")});
    REQUIRE(e.lines.size() == 2);
    CHECK(e.lines[0].code == QStringLiteral("99213"));
    CHECK(e.lines[1].code == QStringLiteral("36415"));
    CHECK(e.lines[1].modifiers == QStringList{QStringLiteral("59")});
    CHECK(e.lines[1].units == 2);
    CHECK(e.lines[1].pointers == QList<int>{2, 1});
    CHECK(e.supervisingProviderId == f.hopperId);
    CHECK(e.priorAuthorization == QStringLiteral("PA-778"));
    CHECK(e.total() == Money::fromCents(12500 + 2400));
    CHECK_FALSE(e.lines[0].ledgerEntryId.isEmpty());

    // The unbilled dock heard of it.
    CHECK(h.unbilled->model()->rowCount() == 2);

    // The visit is charged once: picking it again says so and offers no posting.
    ChargeEntryDialog* again = h.unbilled->openChargeEntry();
    again->setDate(kMonday);
    CHECK_FALSE(again->selectAppointment(visit.id));
    CHECK_FALSE(again->postButton()->isEnabled());
    CHECK(again->messageLabel()->text().contains(QStringLiteral("already")));
}

TEST_CASE("bad charge entry is refused with the line named and stores nothing", "[billing_ui][charges]")
{
    BillingFixture f;
    const calendar::Appointment visit = f.pastAppointment(f.aliceId);
    BillingDocksHarness h(f);
    ChargeEntryDialog* dialog = openFor(h, visit);
    dialog->diagnosesEdit()->setText(QStringLiteral("J06.9"));

    SECTION("units that are not a number")
    {
        dialog->linesTable()->item(0, ChargeEntryDialog::UnitsColumn)->setText(QStringLiteral("two"));
        CHECK_FALSE(dialog->post());
        CHECK(dialog->messageLabel()->text().contains(QStringLiteral("Line 1")));
    }
    SECTION("a pointer past the diagnoses, refused by the core")
    {
        dialog->linesTable()->item(0, ChargeEntryDialog::PointersColumn)->setText(QStringLiteral("3"));
        CHECK_FALSE(dialog->post());
        CHECK_FALSE(dialog->messageLabel()->text().isEmpty());
    }
    SECTION("no diagnosis")
    {
        dialog->diagnosesEdit()->clear();
        CHECK_FALSE(dialog->post());
        CHECK_FALSE(dialog->messageLabel()->text().isEmpty());
    }
    CHECK(dialog->isVisible());
    CHECK_FALSE(f.charges().encounterForAppointment(visit.id)->has_value());
    CHECK(h.unbilled->model()->rowCount() == 0);
}

TEST_CASE("charge entry is keyboard-driven", "[billing_ui][charges]")
{
    BillingFixture f;
    const calendar::Appointment visit = f.pastAppointment(f.aliceId);
    BillingDocksHarness h(f);
    ChargeEntryDialog* dialog = openFor(h, visit);
    QApplication::setActiveWindow(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    dialog->appointmentTable()->setFocus();
    QTest::keyClick(dialog->appointmentTable(), Qt::Key_Return);
    CHECK(dialog->diagnosesEdit()->hasFocus());
    QTest::keyClicks(dialog->diagnosesEdit(), QStringLiteral("J06.9"));
    QTest::keyClick(dialog->diagnosesEdit(), Qt::Key_Return, Qt::ControlModifier);
    auto stored = f.charges().encounterForAppointment(visit.id);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK(stored->value().lines.size() == 1);
}
