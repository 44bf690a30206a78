// Export Schedule from the Calendar dock: a provider's week as an iCalendar file and as a
// FHIR Bundle, written where the user chose, owner-only, recorded in the audit trail; a role
// without patients.export gets the service's refusal in the dialog and no file.
#include "calendar/core/calendar_store.h"
#include "calendar/dock/export_schedule_dialog.h"
#include "calendar_dock_support.h"
#include "fhir/fhir_bundle.h"
#include "security/audit_actions.h"
#include "security/roles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

#include <algorithm>

using namespace fd;
using namespace fd::calendar;
using namespace fd::calendar::test;
using fd::calendar::dock::ExportScheduleDialog;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Fills the dialog for Dr. Lovelace's week in `format` to `path` and presses Export; leaves
// the dialog open (rejects it) when the export was refused, so the test can read why.
struct ExportRun
{
    QString error;
    bool ran = false;
};

ExportRun runExport(DockHarness& h, CalendarFixture& fx, ExportScheduleDialog::Format format,
                    const QString& path)
{
    ExportRun run;
    ModalWatch<ExportScheduleDialog> watch([&](ExportScheduleDialog* d) {
        d->providerBox()->setCurrentIndex(d->providerBox()->findData(fx.lovelaceId));
        d->formatBox()->setCurrentIndex(d->formatBox()->findData(int(format)));
        d->fromEdit()->setDate(kMonday);
        d->toEdit()->setDate(kMonday.addDays(4));
        d->fileEdit()->setText(path);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("fd.calendar.export.run")),
                          Qt::LeftButton);
        if (d->isVisible()) {
            run.error = d->messageLabel()->text();
            d->reject();
        }
    });
    QTest::mouseClick(h.dock->exportButton(), Qt::LeftButton);
    run.ran = watch.ran();
    return run;
}

// Readable and writable by its owner, by no one else.
bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return p.testFlag(QFileDevice::ReadOwner) && p.testFlag(QFileDevice::WriteOwner) &&
           !(p & others);
}

int exportsRecorded(CalendarFixture& fx, const QString& format)
{
    return int(std::count_if(fx.audit->records.begin(), fx.audit->records.end(),
                             [&](const security::AuditRecord& r) {
                                 return r.action == security::audit::kExport &&
                                        r.entity == table::kAppointments &&
                                        r.entityId == fx.lovelaceId &&
                                        r.detailsObject().value(QStringLiteral("format")) ==
                                            format;
                             }));
}

}  // namespace

TEST_CASE("Export Schedule writes a provider's week as iCalendar, without names by default",
          "[calendar_dock][export]")
{
    CalendarFixture fx;
    fx.grantRole(security::Role::FrontDesk);
    fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    fx.book(fx.request(fx.bobId, kMonday.addDays(2), QTime(10, 0)));
    fx.book(fx.request(fx.bobId, kMonday.addDays(7), QTime(10, 0)));  // the week after
    DockHarness h(fx);
    REQUIRE(h.dock->exportButton()->isEnabled());

    const QString path = fx.dir.file(QStringLiteral("lovelace.ics"));
    const ExportRun run = runExport(h, fx, ExportScheduleDialog::Format::ICalendar, path);
    REQUIRE(run.ran);
    REQUIRE(run.error.isEmpty());
    const QByteArray ics = readAll(path);
    CHECK(ics.startsWith("BEGIN:VCALENDAR"));
    CHECK(ics.count("BEGIN:VEVENT") == 2);
    CHECK_FALSE(ics.contains("Example"));  // no patient names unless asked
    CHECK_FALSE(ics.contains("Sample"));
    CHECK(ownerOnly(path));
    CHECK(exportsRecorded(fx, QStringLiteral("ics")) == 1);
    CHECK(h.dock->messageLabel()->text().contains(QStringLiteral("2 appointment")));
}

TEST_CASE("Export Schedule writes a FHIR Bundle for a role with patients.export and refuses "
          "others",
          "[calendar_dock][export]")
{
    CalendarFixture fx;
    fx.grantRole(security::Role::FrontDesk);
    fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    fx.book(fx.request(fx.bobId, kMonday.addDays(1), QTime(14, 0)));
    DockHarness h(fx);
    const QString path = fx.dir.file(QStringLiteral("lovelace.json"));

    SECTION("front desk: refused, nothing written")
    {
        const ExportRun run = runExport(h, fx, ExportScheduleDialog::Format::Fhir, path);
        REQUIRE(run.ran);
        CHECK(run.error.contains(QStringLiteral("patients.export")));
        CHECK_FALSE(QFile::exists(path));
        CHECK(exportsRecorded(fx, QStringLiteral("fhir")) == 0);
    }
    SECTION("office manager: a Bundle of Schedule, Slots and the two Appointments")
    {
        fx.grantRole(security::Role::OfficeManager);
        const ExportRun run = runExport(h, fx, ExportScheduleDialog::Format::Fhir, path);
        REQUIRE(run.ran);
        REQUIRE(run.error.isEmpty());
        const QJsonObject bundle = QJsonDocument::fromJson(readAll(path)).object();
        CHECK(bundle.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Bundle"));
        CHECK(bundle.value(QStringLiteral("type")).toString() == QStringLiteral("collection"));
        auto resources = fhir::readBundle(bundle);
        REQUIRE(resources.ok());
        QHash<QString, int> byType;
        for (const QJsonObject& r : resources.value()) {
            const QString type = r.value(QStringLiteral("resourceType")).toString();
            ++byType[type];
            if (type == QStringLiteral("Appointment") || type == QStringLiteral("Schedule"))
                CHECK(QJsonDocument(r).toJson().contains(
                    ("Practitioner/" + fx.lovelaceId).toUtf8()));
        }
        CHECK(byType.value(QStringLiteral("Schedule")) == 1);  // New York only
        CHECK(byType.value(QStringLiteral("Appointment")) == 2);
        CHECK(byType.value(QStringLiteral("Slot")) > 0);
        CHECK(ownerOnly(path));
        CHECK(exportsRecorded(fx, QStringLiteral("fhir")) == 1);
    }
}
