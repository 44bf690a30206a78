// The Front desk dock as the front desk uses it: the flow board with its statuses, waits and
// late patients, the check-in flow through the dialog (confirmations, copay into the ledger
// once), check-out with the follow-up booked, the filters, and what a role may not do.
#include "accounts/core/accounts_permissions.h"
#include "accounts/core/ledger.h"
#include "accounts/ui/money_edit.h"
#include "calendar/core/frontdesk_permissions.h"
#include "calendar/frontdesk/checkin_dialog.h"
#include "calendar/frontdesk/checkout_dialog.h"
#include "calendar/frontdesk/flow_board_model.h"
#include "frontdesk_fixture.h"
#include "frontdesk_ui_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

using namespace fd;
using namespace fd::calendar;
using namespace fd::calendar::frontdesk;
using namespace fd::calendar::frontdesk::test;
using fd::calendar::test::FrontdeskFixture;

namespace {

QPushButton* acceptButton(QDialogButtonBox* box)
{
    for (QAbstractButton* b : box->buttons())
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton*>(b);
    return nullptr;
}

QString cell(FrontdeskDock* dock, const QString& appointmentId, int column)
{
    const int row = dock->model()->rowOf(appointmentId);
    REQUIRE(row >= 0);
    return dock->model()->index(row, column).data().toString();
}

std::vector<accounts::LedgerEntry> ledgerOf(FrontdeskFixture& fx, const QString& patientId)
{
    auto entries = fx.registry.get<accounts::ILedger>()->entries(patientId);
    REQUIRE(entries.ok());
    return entries.value();
}

}  // namespace

TEST_CASE("Checking in through the dialog confirms, takes the copay once and arrives the patient",
          "[frontdesk_ui][checkin]")
{
    FrontdeskFixture fx;
    const Appointment bob = fx.bookToday(fx.bobId, QTime(10, 30));
    const Appointment alice = fx.bookToday(fx.aliceId, QTime(11, 0));
    fx.at(QTime(10, 50));
    FrontdeskDockHarness h(fx.registry);
    FrontdeskDock* dock = h.dock;
    REQUIRE(dock->model()->rowCount() == 2);
    CHECK(cell(dock, bob.id, FlowBoardModel::Time) < cell(dock, alice.id, FlowBoardModel::Time));

    REQUIRE(dock->selectAppointment(alice.id));
    REQUIRE(dock->arriveButton()->isEnabled());
    QTest::mouseClick(dock->arriveButton(), Qt::LeftButton);
    QPointer<CheckInDialog> dialog = dock->findChild<CheckInDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->isLoaded());
    CHECK(dialog->isVisible());

    // What the desk reads back to the patient.
    CHECK(dialog->demographicsLabel()->text().contains(QStringLiteral("Example, Alice")));
    CHECK(dialog->demographicsLabel()->text().contains(QStringLiteral("Never confirmed")));
    CHECK(dialog->insuranceLabel()->text().contains(QStringLiteral("Acme Health Plan")));
    CHECK(dialog->insuranceLabel()->text().contains(QStringLiteral("XJK100200")));
    CHECK(dialog->balanceLabel()->text() == QStringLiteral("$0.00"));
    CHECK(dialog->copayLabel()->text() == QStringLiteral("$25.00"));
    CHECK(dialog->takeCopayBox()->isChecked());
    REQUIRE(dialog->amountEdit()->amount().has_value());
    CHECK(dialog->amountEdit()->amount()->cents() == 2500);

    QTest::mouseClick(dialog->demographicsBox(), Qt::LeftButton, {}, QPoint(4, 4));
    QTest::mouseClick(dialog->insuranceBox(), Qt::LeftButton, {}, QPoint(4, 4));
    CHECK(dialog->demographicsBox()->isChecked());
    CHECK(dialog->insuranceBox()->isChecked());
    dialog->methodBox()->setCurrentIndex(dialog->methodBox()->findData(QStringLiteral("card")));
    REQUIRE(dialog->referenceEdit()->isEnabled());
    // A card number where the approval code belongs: the ledger refuses the payment.
    QTest::keyClicks(dialog->referenceEdit(), QStringLiteral("4111 1111 1111 1111"));
    QTest::mouseClick(acceptButton(dialog->buttons()), Qt::LeftButton);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->messageLabel()->text().isEmpty());
    CHECK(ledgerOf(fx, fx.aliceId).empty());

    // Corrected and pressed again: the same client id finishes the check-in once.
    dialog->referenceEdit()->clear();
    QTest::keyClicks(dialog->referenceEdit(), QStringLiteral("approval 4411"));
    const QString clientId = dialog->clientId();
    QTest::mouseClick(acceptButton(dialog->buttons()), Qt::LeftButton);
    QTest::qWait(20);
    CHECK((!dialog || !dialog->isVisible()));

    const auto entries = ledgerOf(fx, fx.aliceId);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].kind == accounts::EntryKind::PatientPayment);
    CHECK(entries[0].lineId.isEmpty());
    CHECK(entries[0].creditDelta.cents() == 2500);
    CHECK(entries[0].method == QStringLiteral("card"));
    CHECK(entries[0].clientId == clientId);
    auto balance = fx.registry.get<accounts::ILedger>()->balance(fx.aliceId);
    REQUIRE(balance.ok());
    CHECK(balance->credit.cents() == 2500);

    // A double submit of the same form posts nothing more.
    CheckInRequest again;
    again.appointmentId = alice.id;
    again.confirmDemographics = true;
    again.confirmInsurance = true;
    again.copay = Money::fromCents(2500);
    again.method = accounts::PaymentMethod::Card;
    again.reference = QStringLiteral("approval 4411");
    again.clientId = clientId;
    auto repeated = fx.desk().checkIn(again);
    REQUIRE(repeated.ok());
    CHECK(repeated->repeated);
    CHECK(ledgerOf(fx, fx.aliceId).size() == 1);

    auto records = fx.desk().checkIns(alice.id);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 1);
    CHECK(records->front().demographicsConfirmed);
    CHECK(records->front().insuranceConfirmed);
    CHECK(records->front().ledgerEntryId == entries[0].id);

    // The board shows the arrival, selected, with its wait.
    CHECK(fx.appointments().get(alice.id)->status == AppointmentStatus::Arrived);
    CHECK(cell(dock, alice.id, FlowBoardModel::Status) == QStringLiteral("Arrived"));
    CHECK_FALSE(cell(dock, alice.id, FlowBoardModel::Arrived).isEmpty());
    CHECK(cell(dock, alice.id, FlowBoardModel::Wait) == QStringLiteral("0 min"));
    REQUIRE(dock->selectedRow());
    CHECK(dock->selectedRow()->appointment.id == alice.id);
    CHECK_FALSE(dock->arriveButton()->isEnabled());
    CHECK(dock->roomButton()->isEnabled());
    CHECK(dock->summaryLabel()->text().contains(QStringLiteral("1 in the office")));

    // A minute tick later the wait has grown without reading the board again.
    fx.at(QTime(11, 5));
    dock->tick();
    CHECK(cell(dock, alice.id, FlowBoardModel::Wait) == QStringLiteral("15 min"));
}

TEST_CASE("Late patients are highlighted on the minute tick", "[frontdesk_ui][board]")
{
    FrontdeskFixture fx;
    const Appointment bob = fx.bookToday(fx.bobId, QTime(10, 30));
    FrontdeskDockHarness h(fx.registry);
    FrontdeskDock* dock = h.dock;
    CHECK(dock->tickTimer()->interval() == 60 * 1000);
    CHECK(dock->tickTimer()->isActive());
    const int row = dock->model()->rowOf(bob.id);
    REQUIRE(row >= 0);
    CHECK_FALSE(dock->model()->index(row, 0).data(FlowBoardModel::kLateRole).toBool());

    fx.at(QTime(10, 41));
    dock->tick();
    const QModelIndex wait = dock->model()->index(row, FlowBoardModel::Wait);
    CHECK(wait.data(FlowBoardModel::kLateRole).toBool());
    CHECK(wait.data().toString() == QStringLiteral("Late 11 min"));
    CHECK(wait.data(Qt::BackgroundRole).value<QColor>() == StatusLook::lateBackground());
    CHECK(dock->summaryLabel()->text().contains(QStringLiteral("1 late")));
    REQUIRE(dock->selectAppointment(bob.id));
    CHECK(dock->noShowButton()->isEnabled());
    QTest::mouseClick(dock->noShowButton(), Qt::LeftButton);
    CHECK(cell(dock, bob.id, FlowBoardModel::Status) == QStringLiteral("No-show"));
    CHECK_FALSE(dock->summaryLabel()->text().contains(QStringLiteral("late")));
}

TEST_CASE("Checking out books the follow-up from the proposed slots", "[frontdesk_ui][checkout]")
{
    FrontdeskFixture fx;
    const Appointment alice = fx.bookToday(fx.aliceId, QTime(11, 0));
    fx.at(QTime(10, 55));
    REQUIRE(fx.desk().advance(alice.id, AppointmentStatus::Arrived).ok());
    fx.at(QTime(11, 40));
    FrontdeskDockHarness h(fx.registry);
    FrontdeskDock* dock = h.dock;
    REQUIRE(dock->selectAppointment(alice.id));
    QTest::mouseClick(dock->roomButton(), Qt::LeftButton);
    QTest::mouseClick(dock->withProviderButton(), Qt::LeftButton);
    CHECK(cell(dock, alice.id, FlowBoardModel::Status) == QStringLiteral("With provider"));
    REQUIRE(dock->checkOutButton()->isEnabled());
    QTest::mouseClick(dock->checkOutButton(), Qt::LeftButton);
    QPointer<CheckOutDialog> dialog = dock->findChild<CheckOutDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->typeBox()->currentText().startsWith(QStringLiteral("Follow-up")));
    CHECK(dialog->providerBox()->currentData().toString() == fx.lovelaceId);
    dialog->countBox()->setValue(3);
    dialog->unitBox()->setCurrentIndex(
        dialog->unitBox()->findData(int(FollowUpInterval::Unit::Months)));
    CHECK_FALSE(dialog->bookButton()->isEnabled());
    QTest::mouseClick(dialog->findButton(), Qt::LeftButton);
    REQUIRE(dialog->slotList()->count() == 5);
    REQUIRE(dialog->proposed().size() == 5);
    CHECK(dialog->proposed()[0].date == QDate(2025, 6, 9));  // 3 months on is a Saturday
    CHECK(dialog->bookButton()->isEnabled());
    dialog->slotList()->setCurrentRow(1);
    const FoundSlot chosen = dialog->proposed()[1];
    QTest::mouseClick(dialog->bookButton(), Qt::LeftButton);
    QTest::qWait(20);
    CHECK((!dialog || !dialog->isVisible()));

    CHECK(fx.appointments().get(alice.id)->status == AppointmentStatus::CheckedOut);
    CHECK(cell(dock, alice.id, FlowBoardModel::Status) == QStringLiteral("Checked out"));
    AppointmentFilter filter;
    filter.patientId = fx.aliceId;
    filter.from = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
    filter.to = QDateTime(QDate(2025, 7, 1), QTime(0, 0), Qt::UTC);
    auto followUps = fx.appointments().list(filter);
    REQUIRE(followUps.ok());
    REQUIRE(followUps->size() == 1);
    CHECK(followUps->front().start == utcFromSecs(chosen.utc.start));
    CHECK(followUps->front().providerId == fx.lovelaceId);
}

TEST_CASE("The board follows the date, provider and location filters", "[frontdesk_ui][board]")
{
    FrontdeskFixture fx;
    fx.bookToday(fx.aliceId, QTime(11, 0));
    fx.bookToday(fx.bobId, QTime(11, 30));
    FrontdeskDockHarness h(fx.registry);
    FrontdeskDock* dock = h.dock;
    CHECK(dock->date() == FrontdeskFixture::kToday);
    CHECK(dock->model()->rowCount() == 2);
    dock->providerBox()->setCurrentIndex(dock->providerBox()->findData(fx.hopperId));
    CHECK(dock->model()->rowCount() == 0);
    dock->providerBox()->setCurrentIndex(dock->providerBox()->findData(fx.lovelaceId));
    CHECK(dock->model()->rowCount() == 2);
    dock->locationBox()->setCurrentIndex(dock->locationBox()->findData(fx.losAngelesId));
    CHECK(dock->model()->rowCount() == 0);
    dock->locationBox()->setCurrentIndex(0);
    dock->setDate(FrontdeskFixture::kToday.addDays(1));
    CHECK(dock->model()->rowCount() == 0);
    dock->setDate(FrontdeskFixture::kToday);
    CHECK(dock->model()->rowCount() == 2);
}

TEST_CASE("What a provider may not do at the desk is disabled", "[frontdesk_ui][permissions]")
{
    FrontdeskFixture fx;
    const Appointment alice = fx.bookToday(fx.aliceId, QTime(11, 0));
    fx.grantRole(security::Role::Provider);
    FrontdeskDockHarness h(fx.registry);
    REQUIRE(h.dock->selectAppointment(alice.id));
    CHECK_FALSE(h.dock->arriveButton()->isEnabled());
    CHECK_FALSE(h.dock->checkOutButton()->isEnabled());
    CHECK(h.dock->roomButton()->isEnabled());
    CHECK(h.dock->arriveSelected() == nullptr);
}

TEST_CASE("The check-in dialog for a self-pay patient and for a missing appointment",
          "[frontdesk_ui][checkin]")
{
    FrontdeskFixture fx;
    const Appointment bob = fx.bookToday(fx.bobId, QTime(10, 30));
    const FrontdeskServices services = FrontdeskServices::from(fx.registry);

    CheckInDialog selfPay(services, bob.id);
    REQUIRE(selfPay.isLoaded());
    CHECK(selfPay.insuranceLabel()->text().contains(QStringLiteral("self-pay")));
    CHECK_FALSE(selfPay.insuranceBox()->isEnabled());
    CHECK(selfPay.copayLabel()->text() == QStringLiteral("None on file"));
    CHECK_FALSE(selfPay.takeCopayBox()->isChecked());
    CHECK_FALSE(selfPay.amountEdit()->isEnabled());
    REQUIRE(selfPay.submit());
    REQUIRE(selfPay.result().has_value());
    CHECK(selfPay.result()->appointment.status == AppointmentStatus::Arrived);
    CHECK(selfPay.result()->record.ledgerEntryId.isEmpty());
    CHECK(ledgerOf(fx, fx.bobId).empty());

    CheckInDialog missing(services, QStringLiteral("no-such-appointment"));
    CHECK_FALSE(missing.isLoaded());
    CHECK_FALSE(missing.messageLabel()->text().isEmpty());
    CHECK_FALSE(acceptButton(missing.buttons())->isEnabled());
    CHECK_FALSE(missing.submit());
}
