// The Recalls dock as the front desk uses it: the list and its filters, logging a contact,
// dismissing with a reason, scheduling into a free slot; what a role may not do is disabled.
#include "calendar/core/calendar_permissions.h"
#include "calendar/core/recall_campaign/recall_campaign.h"
#include "calendar/core/recall_permissions.h"
#include "calendar/recalls/recall_dialogs.h"
#include "calendar/recalls/recall_list_model.h"
#include "calendar/recalls/recalls_dock.h"
#include "patients/core/patients_permissions.h"
#include "recalls_fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace fd;
using namespace fd::calendar;
using namespace fd::calendar::test;
using namespace fd::calendar::ui;

namespace {

struct DockFixture : RecallsFixture
{
    DockFixture()
    {
        late = addRecall(aliceId, physicalId, QDate(2025, 2, 1));
        soon = addRecall(bobId, followUpId, QDate(2025, 4, 1));
        dock = std::make_unique<RecallsDock>(RecallsServices::from(registry));
        dock->resize(900, 500);
        dock->show();
    }
    template <typename T>
    T* child(const char* name) const
    {
        T* w = dock->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    QString cell(int row, int column) const
    {
        return dock->model()->index(row, column).data().toString();
    }
    Recall late;
    Recall soon;
    std::unique_ptr<RecallsDock> dock;
};

}  // namespace

TEST_CASE("Recalls dock: the list, by due date, and its filters", "[recalls][ui]")
{
    DockFixture f;
    RecallListModel* model = f.dock->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(f.cell(0, RecallListModel::Patient) == QLatin1String("Example, Alice"));
    CHECK(f.cell(0, RecallListModel::State) == QLatin1String("Overdue"));
    CHECK(f.cell(0, RecallListModel::Reason) == QLatin1String("Annual physical"));
    CHECK(f.cell(1, RecallListModel::State) == QLatin1String("Due"));
    CHECK(f.child<QLabel>("status")->text().contains(QLatin1String("2")));

    f.child<QCheckBox>("overdueOnly")->setChecked(true);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->rowAt(0)->recall.id == f.late.id);
    f.child<QCheckBox>("overdueOnly")->setChecked(false);

    auto* reason = f.child<QComboBox>("reasonFilter");
    reason->setCurrentIndex(reason->findText(QStringLiteral("Follow-up")));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->rowAt(0)->recall.id == f.soon.id);
    reason->setCurrentIndex(0);
    CHECK(model->rowCount() == 2);
}

TEST_CASE("Recalls dock: log a contact through the dialog", "[recalls][ui]")
{
    DockFixture f;
    REQUIRE(f.dock->selectRecall(f.late.id));
    CHECK(f.child<QPushButton>("logContact")->isEnabled());
    ContactDialog dialog;
    dialog.setAttempt(ContactMethod::Letter, ContactOutcome::Sent, QStringLiteral("Mailed reminder"));
    REQUIRE(f.dock->logContact(dialog.attempt()).ok());
    auto contacts = f.recalls().contacts(f.late.id);
    REQUIRE(contacts.ok());
    REQUIRE(contacts->size() == 1);
    CHECK(contacts->front().method == ContactMethod::Letter);
    CHECK(contacts->front().note == QLatin1String("Mailed reminder"));
    // The list shows it and the "not contacted in" filter leaves it out.
    CHECK_FALSE(f.cell(0, RecallListModel::LastContact).isEmpty());
    f.child<QSpinBox>("notContacted")->setValue(14);
    REQUIRE(f.dock->model()->rowCount() == 1);
    CHECK(f.dock->model()->rowAt(0)->recall.id == f.soon.id);
}

TEST_CASE("Recalls dock: dismiss needs a reason", "[recalls][ui]")
{
    DockFixture f;
    DismissDialog dialog;
    QPushButton* ok =
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("reason")), QStringLiteral("Moved away"));
    CHECK(ok->isEnabled());
    CHECK(dialog.reason() == QLatin1String("Moved away"));

    REQUIRE(f.dock->selectRecall(f.late.id));
    auto refused = f.dock->dismissSelected(QStringLiteral("  "));
    REQUIRE_FALSE(refused.ok());
    CHECK(f.dock->model()->rowCount() == 2);
    REQUIRE(f.dock->dismissSelected(dialog.reason()).ok());
    REQUIRE(f.dock->model()->rowCount() == 1);
    CHECK(f.dock->model()->rowAt(0)->recall.id == f.soon.id);
    CHECK(f.recall(f.late.id).dismissReason == QLatin1String("Moved away"));
}

TEST_CASE("Recalls dock: schedule into one of the first free slots", "[recalls][ui]")
{
    DockFixture f;
    REQUIRE(f.dock->selectRecall(f.soon.id));  // follow-up: FU30 with Dr. Lovelace
    auto found = f.dock->slotsForSelected(3);
    INFO((found ? std::string() : found.error().toString().toStdString()));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 3);
    auto booked = f.dock->bookSlot(found->front());
    INFO((booked ? std::string() : booked.error().toString().toStdString()));
    REQUIRE(booked.ok());
    CHECK(f.recall(f.soon.id).status == RecallStatus::Scheduled);
    CHECK(f.recall(f.soon.id).appointmentId == booked->id);
    REQUIRE(f.dock->selectRecall(f.soon.id));
    CHECK(f.cell(1, RecallListModel::State) == QLatin1String("Scheduled"));
}

TEST_CASE("Recalls dock: a provider sees the list but does not work it", "[recalls][ui]")
{
    DockFixture f;
    declareRecallPermissions();
    f.grantRole(security::Role::Provider);
    f.access->granted += QSet<QString>{patients::perm::kRead};
    f.dock->refresh();
    REQUIRE(f.dock->model()->rowCount() == 2);
    REQUIRE(f.dock->selectRecall(f.late.id));
    CHECK_FALSE(f.child<QPushButton>("logContact")->isEnabled());
    CHECK_FALSE(f.child<QPushButton>("dismiss")->isEnabled());
    CHECK_FALSE(f.child<QPushButton>("campaign")->isEnabled());
}

TEST_CASE("Campaign preview: names each skip", "[recalls][ui]")
{
    CampaignItem skipped;
    skipped.reason = QStringLiteral("opted_out");
    CHECK(CampaignPreviewDialog::outcomeText(skipped) == QLatin1String("Skipped: texted STOP"));
    CampaignReport report;
    report.dryRun = true;
    CampaignItem would;
    would.patientId = QStringLiteral("p1");
    would.outcome = CampaignOutcome::WouldSend;
    would.hasChannel = true;
    would.preview = QStringLiteral("Time to schedule your next visit");
    report.items = {would, skipped};
    CampaignPreviewDialog dialog(report, {{QStringLiteral("p1"), QStringLiteral("Example, Alice")}});
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("send")) != nullptr);
}
