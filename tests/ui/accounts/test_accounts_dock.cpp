// The Accounts dock as the front desk and the office manager use it: find a patient, read the
// balance and the ledger, record a payment through the dialog, reverse an entry, filter the
// ledger; what a role may not do is disabled; and the picture of the dock the docs show.
#include "accounts/core/accounts_permissions.h"
#include "accounts/ui/balance_header.h"
#include "accounts/ui/guarantor_panel.h"
#include "accounts/ui/ledger_filter_proxy.h"
#include "accounts/ui/ledger_table_model.h"
#include "accounts/ui/money_edit.h"
#include "accounts/ui/payment_dialog.h"
#include "accounts/ui/posting_dialog.h"
#include "accounts_ui_support.h"
#include "patients/core/patients_permissions.h"
#include "practice/core/practice_permissions.h"
#include "security/security_permissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>

using namespace fd;
using namespace fd::accounts;
using namespace fd::accounts::test;
using namespace fd::accounts::ui;

namespace {

LedgerEntry charge(AccountsFixture& fx, const QString& patientId, qint64 cents, const QDate& day,
                   const QString& code = QStringLiteral("99213"), Bucket bucket = Bucket::Patient,
                   const QString& claim = {}, const QString& description = QStringLiteral("Office visit"))
{
    ChargeRequest r;
    r.patientId = patientId;
    r.serviceDate = day;
    r.code = code;
    r.description = description;
    r.amount = Money::fromCents(cents);
    r.responsibility = bucket;
    r.claimId = claim;
    auto posted = fx.ledger().postCharge(r);
    INFO((posted.ok() ? std::string() : posted.error().toString().toStdString()));
    REQUIRE(posted.ok());
    return posted.value();
}

void openBySearch(AccountsDock* dock, const QString& text)
{
    dock->searchField()->setFocus();
    QTest::keyClicks(dock->searchField(), text);
    QTest::qWait(AccountsDock::kDebounceMs + 100);
    REQUIRE(dock->results()->count() >= 1);
    QTest::keyClick(dock->searchField(), Qt::Key_Return);
}

int rowOfKind(AccountsDock* dock, EntryKind kind)
{
    for (int row = 0; row < dock->filter()->rowCount(); ++row)
        if (dock->filter()->index(row, 0).data(LedgerTableModel::KindRole).toString() == entryKindId(kind))
            return row;
    return -1;
}

void selectRow(AccountsDock* dock, int row)
{
    REQUIRE(row >= 0);
    dock->table()->selectionModel()->setCurrentIndex(dock->filter()->index(row, 0),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

}  // namespace

TEST_CASE("Recording a payment through the dialog adds a ledger row and updates the balance", "[accounts_ui]")
{
    AccountsFixture fx;
    const auto patient = fx.addPatient(QStringLiteral("Lena"), QStringLiteral("Ledgertest"));
    charge(fx, patient.id, 12000, QDate(2025, 3, 10));
    AccountsDockHarness h(fx);
    AccountsDock* dock = h.dock;
    CHECK_FALSE(dock->paymentButton()->isEnabled());  // no patient yet

    const int readsBefore = fx.audit->countOf(QStringLiteral("read"), QStringLiteral("patients"));
    openBySearch(dock, QStringLiteral("ledgert"));
    REQUIRE(dock->patientId() == patient.id);
    CHECK(dock->patientLabel()->text().contains(QStringLiteral("Ledgertest, Lena")));
    CHECK(dock->patientLabel()->text().contains(patient.accountNumber));
    CHECK(fx.audit->countOf(QStringLiteral("read"), QStringLiteral("patients")) > readsBefore);
    REQUIRE(dock->model()->rowCount() == 1);
    CHECK(dock->header()->patientOwes()->text() == QStringLiteral("$120.00"));
    CHECK(dock->header()->agingCell(1, 0)->text() == QStringLiteral("$120.00"));
    REQUIRE(dock->paymentButton()->isEnabled());

    bool ran = false;
    QString clientId;
    whenModal<PaymentDialog>(
        [&clientId](PaymentDialog* d) {
            clientId = d->clientId();
            CHECK(d->lineBox()->currentData().toString().size() == 36);  // the open visit, preselected
            d->amountEdit()->setText(QStringLiteral("45.00"));
            d->methodBox()->setCurrentIndex(d->methodBox()->findData(QStringLiteral("check")));
            d->referenceEdit()->setText(QStringLiteral("1042"));
            d->receiptBox()->setChecked(false);
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("fd.accounts.payment.record")), Qt::LeftButton);
        },
        &ran);
    QTest::mouseClick(dock->paymentButton(), Qt::LeftButton);
    REQUIRE(ran);
    REQUIRE(dock->model()->rowCount() == 2);
    const LedgerEntry* payment = dock->model()->entryAt(1);
    REQUIRE(payment);
    CHECK(payment->kind == EntryKind::PatientPayment);
    CHECK(payment->amount == Money::fromCents(4500));
    CHECK(payment->clientId == clientId);
    CHECK(dock->model()->index(1, LedgerTableModel::Credit).data().toString() == QStringLiteral("$45.00"));
    CHECK(dock->model()->index(1, LedgerTableModel::Running).data().toString() == QStringLiteral("$75.00"));
    CHECK(dock->model()->index(1, LedgerTableModel::PostedBy).data().toString() == QStringLiteral("Dana Desk"));
    CHECK(dock->header()->patientOwes()->text() == QStringLiteral("$75.00"));
    CHECK(dock->header()->total()->text() == QStringLiteral("$75.00"));
    CHECK(dock->messageLabel()->text().contains(QStringLiteral("$45.00")));
    REQUIRE(dock->selectedEntry());
    CHECK(dock->selectedEntry()->id == payment->id);
    CHECK(dock->receiptButton()->isEnabled());  // a payment is selected: its receipt can be reprinted
}

TEST_CASE("The payment dialog reads dollars and cents exactly and posts once per dialog", "[accounts_ui]")
{
    AccountsFixture fx;
    const auto patient = fx.addPatient(QStringLiteral("Cora"), QStringLiteral("Copay"));
    AccountsDockHarness h(fx);
    PaymentDialog dialog(AccountsServices::from(fx.registry), patient.id, &h.window);
    CHECK(dialog.lineBox()->count() == 1);  // no open line: unapplied credit only
    CHECK(dialog.lineBox()->currentData().toString().isEmpty());

    QTest::keyClicks(dialog.amountEdit(), QStringLiteral("abc"));  // the validator keeps letters out
    CHECK(dialog.amountEdit()->text().isEmpty());
    CHECK_FALSE(dialog.submit());
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("amount")));

    QTest::keyClicks(dialog.amountEdit(), QStringLiteral("1,234.567"));  // a third decimal is not taken
    CHECK(dialog.amountEdit()->text() == QStringLiteral("1,234.56"));
    REQUIRE(dialog.amountEdit()->amount().has_value());
    CHECK(dialog.amountEdit()->amount()->cents() == 123456);
    dialog.amountEdit()->setText(QStringLiteral("0.29"));
    CHECK(dialog.amountEdit()->amount()->cents() == 29);  // not 28.999...

    // A card number is refused by the ledger, with its message, and nothing is posted.
    dialog.methodBox()->setCurrentIndex(dialog.methodBox()->findData(QStringLiteral("card")));
    dialog.referenceEdit()->setText(QStringLiteral("4111 1111 1111 1111"));
    CHECK_FALSE(dialog.submit());
    CHECK(dialog.messageLabel()->isVisibleTo(&dialog));
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("card number")));
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")) == 0);

    dialog.referenceEdit()->setText(QStringLiteral("auth 083311"));
    REQUIRE(dialog.submit());
    REQUIRE(dialog.submit());  // pressed twice
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")) == 1);

    // Even a second post of the same request (an answer lost on the way) posts nothing new.
    PatientPaymentRequest again;
    again.patientId = patient.id;
    again.amount = Money::fromCents(29);
    again.method = PaymentMethod::Card;
    again.reference = QStringLiteral("auth 083311");
    again.clientId = dialog.clientId();
    auto retried = fx.ledger().recordPatientPayment(again);
    REQUIRE(retried.ok());
    CHECK(retried->id == dialog.entry()->id);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")) == 1);
}

TEST_CASE("What a role may not do is disabled; the office manager reverses an entry", "[accounts_ui]")
{
    AccountsFixture fx;
    const auto patient = fx.addPatient(QStringLiteral("Rita"), QStringLiteral("Reverso"));
    const LedgerEntry visit = charge(fx, patient.id, 9000, QDate(2025, 3, 12));
    fx.pay(patient.id, visit.lineId, 9000);
    fx.clock->advanceSecs(60);  // the reversal comes later

    security::declareSecurityPermissions();  // patients.read and practice.view, as a practice session declares them
    SECTION("front desk: payments yes; adjustments, transfers, refunds and reversals no")
    {
        fx.grantRole(security::Role::FrontDesk);
        AccountsDockHarness h(fx);
        REQUIRE(h.dock->openPatient(patient.id));
        selectRow(h.dock, rowOfKind(h.dock, EntryKind::PatientPayment));
        CHECK(h.dock->paymentButton()->isEnabled());
        CHECK(h.dock->receiptButton()->isEnabled());
        CHECK_FALSE(h.dock->reverseButton()->isEnabled());
        CHECK(h.dock->reverseButton()->toolTip().contains(perm::kReverse));
        CHECK_FALSE(h.dock->adjustButton()->isEnabled());
        CHECK_FALSE(h.dock->transferButton()->isEnabled());
        CHECK_FALSE(h.dock->refundButton()->isEnabled());
        h.dock->reverseSelected();  // the slot itself refuses too
        CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'reversal'")) == 0);
    }
    SECTION("office manager: the reversal is posted with its reason and the payment struck through")
    {
        fx.grantRole(security::Role::OfficeManager);
        AccountsDockHarness h(fx);
        REQUIRE(h.dock->openPatient(patient.id));
        CHECK(h.dock->header()->patientOwes()->text() == QStringLiteral("$0.00"));
        const int paymentRow = rowOfKind(h.dock, EntryKind::PatientPayment);
        selectRow(h.dock, paymentRow);
        REQUIRE(h.dock->reverseButton()->isEnabled());
        bool ran = false;
        whenModal<QInputDialog>(
            [](QInputDialog* d) {
                d->setTextValue(QStringLiteral("Check returned unpaid"));
                d->accept();
            },
            &ran);
        QTest::mouseClick(h.dock->reverseButton(), Qt::LeftButton);
        REQUIRE(ran);
        REQUIRE(h.dock->model()->rowCount() == 3);
        CHECK(h.dock->header()->patientOwes()->text() == QStringLiteral("$90.00"));
        const QModelIndex paid = h.dock->filter()->index(paymentRow, LedgerTableModel::Kind);
        CHECK(paid.data(Qt::FontRole).value<QFont>().strikeOut());
        CHECK(paid.data().toString().contains(QStringLiteral("reversed")));
        const int reversalRow = rowOfKind(h.dock, EntryKind::Reversal);
        CHECK(h.dock->filter()->index(reversalRow, LedgerTableModel::Description).data().toString().contains(
            QStringLiteral("Check returned unpaid")));
        // Neither the reversed payment nor the reversal can be reversed again.
        selectRow(h.dock, paymentRow);
        CHECK_FALSE(h.dock->reverseButton()->isEnabled());
        selectRow(h.dock, reversalRow);
        CHECK_FALSE(h.dock->reverseButton()->isEnabled());
        CHECK_FALSE(h.dock->receiptButton()->isEnabled());
    }
}

TEST_CASE("The filters hide rows by kind, date, claim and reversal", "[accounts_ui]")
{
    AccountsFixture fx;
    const auto patient = fx.addPatient(QStringLiteral("Finn"), QStringLiteral("Filter"));
    const LedgerEntry first = charge(fx, patient.id, 15000, QDate(2025, 2, 3), QStringLiteral("99214"),
                                     Bucket::Insurance, QStringLiteral("CLM-2025-0007"));
    fx.clock->advanceSecs(60);
    fx.insurancePay(patient.id, first.lineId, 9000);
    const LedgerEntry second = charge(fx, patient.id, 8000, QDate(2025, 3, 12));
    fx.clock->advanceSecs(60);
    const LedgerEntry wrong = fx.pay(patient.id, second.lineId, 1500);
    fx.clock->advanceSecs(60);
    REQUIRE(fx.ledger().reverse(wrong.id, QStringLiteral("Posted twice")).ok());
    AccountsDockHarness h(fx);
    AccountsDock* dock = h.dock;
    REQUIRE(dock->openPatient(patient.id));
    REQUIRE(dock->filter()->rowCount() == 5);

    dock->kindBox()->setCurrentIndex(dock->kindBox()->findData(entryKindId(EntryKind::Charge)));
    CHECK(dock->filter()->rowCount() == 2);
    dock->kindBox()->setCurrentIndex(0);
    CHECK(dock->filter()->rowCount() == 5);

    dock->fromEdit()->setDate(QDate(2025, 3, 1));
    // The March charge, the insurance payment (deposited today), the payment and its reversal.
    CHECK(dock->filter()->rowCount() == 4);
    dock->fromEdit()->setDate(dock->fromEdit()->minimumDate());  // "any"
    dock->toEdit()->setDate(QDate(2025, 2, 28));
    CHECK(dock->filter()->rowCount() == 1);  // the February charge alone
    dock->toEdit()->setDate(dock->toEdit()->minimumDate());

    dock->claimEdit()->setText(QStringLiteral("0007"));
    CHECK(dock->filter()->rowCount() == 2);  // the charge and the insurance payment on its line
    dock->claimEdit()->clear();

    QTest::mouseClick(dock->reversedBox(), Qt::LeftButton);
    CHECK_FALSE(dock->reversedBox()->isChecked());
    CHECK(dock->filter()->rowCount() == 3);
    // The running balance is still the account's, whatever is hidden.
    CHECK(dock->filter()->index(2, LedgerTableModel::Running).data().toString() == QStringLiteral("$140.00"));
}

TEST_CASE("The guarantor panel lists the family and its totals", "[accounts_ui]")
{
    AccountsFixture fx;
    const QString parent = fx.addGuarantor(QStringLiteral("Paul"), QStringLiteral("Parent"));
    const auto kit = fx.addPatient(QStringLiteral("Kit"), QStringLiteral("Parent"), parent);
    const auto lee = fx.addPatient(QStringLiteral("Lee"), QStringLiteral("Parent"), parent);
    charge(fx, kit.id, 5000, QDate(2025, 3, 3));
    charge(fx, lee.id, 7000, QDate(2025, 3, 4));
    AccountsDockHarness h(fx);
    REQUIRE(h.dock->openPatient(kit.id));
    CHECK(h.dock->guarantorPanel()->summary()->text().contains(QStringLiteral("Parent, Paul")));
    CHECK(h.dock->guarantorPanel()->summary()->text().contains(QStringLiteral("$120.00")));
    QTableWidget* members = h.dock->guarantorPanel()->members();
    REQUIRE(members->rowCount() == 2);
    int leeRow = members->item(0, 0)->data(Qt::UserRole).toString() == lee.id ? 0 : 1;
    CHECK(members->item(leeRow, 2)->text() == QStringLiteral("$70.00"));
    emit members->cellActivated(leeRow, 1);
    CHECK(h.dock->patientId() == lee.id);
    CHECK(h.dock->header()->patientOwes()->text() == QStringLiteral("$70.00"));
}

TEST_CASE("Adjustments need their CARC reason and post through the dialog", "[accounts_ui]")
{
    AccountsFixture fx;
    const auto patient = fx.addPatient(QStringLiteral("Ada"), QStringLiteral("Adjust"));
    charge(fx, patient.id, 20000, QDate(2025, 3, 3), QStringLiteral("99214"), Bucket::Insurance);
    AccountsDockHarness h(fx);
    REQUIRE(h.dock->openPatient(patient.id));
    PostingDialog dialog(PostingDialog::Kind::Adjustment, AccountsServices::from(fx.registry), patient.id, &h.window);
    REQUIRE(dialog.lineBox()->count() == 1);
    dialog.amountEdit()->setText(QStringLiteral("45.50"));
    CHECK_FALSE(dialog.submit());  // no reason code yet
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("reason code")));
    dialog.reasonCodeEdit()->setText(QStringLiteral("45"));
    dialog.amountEdit()->setText(QStringLiteral("250.00"));  // more than insurance owes
    CHECK_FALSE(dialog.submit());
    CHECK_FALSE(dialog.messageLabel()->text().isEmpty());
    dialog.amountEdit()->setText(QStringLiteral("45.50"));
    REQUIRE(dialog.submit());
    CHECK(dialog.entry()->reasonGroup == QStringLiteral("CO"));
    CHECK(dialog.entry()->reasonCode == QStringLiteral("45"));
    auto balance = fx.ledger().balance(patient.id);
    REQUIRE(balance.ok());
    CHECK(balance->insurance == Money::fromCents(15450));
}

TEST_CASE("Without accounts.view the dock explains why it shows nothing", "[accounts_ui]")
{
    AccountsFixture fx;
    fx.access->granted = {practice::perm::kView, practice::perm::kEdit, patients::perm::kRead};
    AccountsDockHarness h(fx);
    CHECK(h.dock->searchField() == nullptr);
    auto* denied = h.dock->findChild<QLabel*>(QStringLiteral("fd.accounts.denied"));
    REQUIRE(denied);
    CHECK(denied->text().contains(perm::kView));
}

TEST_CASE("Screenshot of the dock on an account with payments, an adjustment and credit", "[accounts_ui][screenshot]")
{
    AccountsFixture fx;
    const QString mother = fx.addGuarantor(QStringLiteral("Elena"), QStringLiteral("Delgado"));
    const auto maria = fx.addPatient(QStringLiteral("Maria"), QStringLiteral("Delgado"), mother);
    const auto tomas = fx.addPatient(QStringLiteral("Tomas"), QStringLiteral("Delgado"), mother);
    charge(fx, tomas.id, 9500, QDate(2025, 2, 20), QStringLiteral("99213"), Bucket::Patient, {},
           QStringLiteral("Office visit, established"));
    const auto later = [&fx] { fx.clock->advanceSecs(90); };

    const LedgerEntry january = charge(fx, maria.id, 18000, QDate(2025, 1, 8), QStringLiteral("99214"),
                                       Bucket::Insurance, QStringLiteral("CLM-2025-0012"),
                                       QStringLiteral("Office visit, moderate"));
    charge(fx, maria.id, 4500, QDate(2025, 1, 8), QStringLiteral("85025"), Bucket::Insurance,
           QStringLiteral("CLM-2025-0012"), QStringLiteral("Complete blood count"));
    later();
    InsurancePaymentRequest eob;
    eob.patientId = maria.id;
    eob.lineId = january.lineId;
    eob.payerId = fx.payerId;
    eob.amount = Money::fromCents(11000);
    eob.reference = QStringLiteral("0224-5501");
    eob.depositDate = QDate(2025, 2, 12);
    REQUIRE(fx.ledger().recordInsurancePayment(eob).ok());
    later();
    AdjustmentRequest writeOff;
    writeOff.patientId = maria.id;
    writeOff.lineId = january.lineId;
    writeOff.amount = Money::fromCents(4000);
    writeOff.reasonGroup = QStringLiteral("CO");
    writeOff.reasonCode = QStringLiteral("45");
    writeOff.date = QDate(2025, 2, 12);
    REQUIRE(fx.ledger().adjust(writeOff).ok());
    later();
    TransferRequest deductible;
    deductible.patientId = maria.id;
    deductible.lineId = january.lineId;
    deductible.amount = Money::fromCents(3000);
    deductible.note = QStringLiteral("Deductible");
    deductible.date = QDate(2025, 2, 12);
    REQUIRE(fx.ledger().transfer(deductible).ok());
    later();
    const auto payment = [&fx, &maria](const QString& lineId, qint64 cents, PaymentMethod method,
                                       const QString& reference, const QDate& day) {
        PatientPaymentRequest r;
        r.patientId = maria.id;
        r.lineId = lineId;
        r.amount = Money::fromCents(cents);
        r.method = method;
        r.reference = reference;
        r.paymentDate = day;
        auto posted = fx.ledger().recordPatientPayment(r);
        REQUIRE(posted.ok());
        return posted.value();
    };
    payment(january.lineId, 3000, PaymentMethod::Card, QStringLiteral("auth 083311"), QDate(2025, 2, 20));
    later();
    const LedgerEntry march = charge(fx, maria.id, 12000, QDate(2025, 3, 10));
    later();
    const LedgerEntry mistaken = payment(march.lineId, 1500, PaymentMethod::Cash, {}, QDate(2025, 3, 10));
    later();
    payment(march.lineId, 2500, PaymentMethod::Check, QStringLiteral("1042"), QDate(2025, 3, 10));
    later();
    REQUIRE(fx.ledger().reverse(mistaken.id, QStringLiteral("Entered on the wrong account")).ok());
    later();
    payment({}, 2000, PaymentMethod::Cash, {}, QDate(2025, 3, 14));  // today's copay, before today's charges

    AccountsDockHarness h(fx, {1280, 860});
    REQUIRE(h.dock->openPatient(maria.id));
    REQUIRE(h.dock->model()->rowCount() == 11);
    CHECK(h.dock->header()->credit()->text() == QStringLiteral("$20.00"));
    CHECK(h.dock->header()->patientOwes()->text() == QStringLiteral("$95.00"));
    CHECK(h.dock->header()->insurancePending()->text() == QStringLiteral("$45.00"));
    selectRow(h.dock, h.dock->filter()->rowCount() - 1);
    QTest::qWait(50);

    const QImage image = h.dock->grab().toImage();
    REQUIRE(image.width() >= 1200);
    const QString target = qEnvironmentVariable("FRONTDESK_ACCOUNTS_SCREENSHOT");
    const QString file = target.isEmpty() ? fx.dir.file(QStringLiteral("accounts-dock.png")) : target;
    REQUIRE(image.save(file));
    CHECK_FALSE(QImage(file).isNull());
}
