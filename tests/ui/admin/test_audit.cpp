#include "admin/core/audit_csv.h"
#include "admin/ui/audit_model.h"
#include "admin/ui/audit_view.h"
#include "admin_fixture.h"
#include "fake_audit_trail.h"
#include "security/audit_actions.h"

#include <catch2/catch_test_macros.hpp>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTableView>

using namespace fd;
using namespace fd::admin;

TEST_CASE("the audit model pages through a long trail", "[admin][audit]")
{
    auto trail = std::make_shared<fakes::FakeAuditTrail>(1234);
    AuditModel model(trail, 100);
    REQUIRE(model.setFilter({}).ok());
    CHECK(model.totalCount() == 1234);
    CHECK(model.rowCount() == 100);
    CHECK(model.canFetchMore({}));
    // Newest first by default.
    CHECK(model.index(0, AuditModel::Seq).data().toLongLong() == 1234);

    int fetches = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++fetches;
    }
    CHECK(fetches == 12);
    CHECK(model.rowCount() == 1234);
    for (const security::AuditFilter& call : trail->listCalls)
        CHECK(call.limit == 100);  // never everything at once
    CHECK(trail->listCalls.back().offset == 1200);

    // A filter starts over from its first page; sorting by time asks the service for the order.
    REQUIRE(model.setFilter([] {
                security::AuditFilter f;
                f.username = QStringLiteral("bob");
                return f;
            }())
                .ok());
    CHECK(model.totalCount() == 411);
    CHECK(model.rowCount() == 100);
    CHECK(model.index(0, AuditModel::User).data().toString() == QStringLiteral("bob"));
    model.sort(AuditModel::Time, Qt::AscendingOrder);
    CHECK(model.index(0, AuditModel::Seq).data().toLongLong() == 3);
    CHECK_FALSE(trail->listCalls.back().newestFirst);
}

TEST_CASE("an entry about many patients shows how many, and the first few in its tooltip", "[admin][audit]")
{
    auto trail = std::make_shared<fakes::FakeAuditTrail>(3);
    security::AuditEntry bulk;
    bulk.at = QDateTime(QDate(2026, 1, 6), QTime(8, 0), Qt::UTC);
    bulk.username = QStringLiteral("carol");
    bulk.record.action = security::audit::kRead;
    bulk.record.entity = QStringLiteral("patients");
    for (int i = 0; i < 12; ++i)
        bulk.record.patientIds << QStringLiteral("p-%1").arg(i + 10);
    bulk.record.details = QJsonObject{{QStringLiteral("read"), QJsonArray{QStringLiteral("patients")}},
                                      {QStringLiteral("patients"), QJsonArray::fromStringList(bulk.record.patientIds)}};
    trail->add(bulk);
    AuditModel model(trail, 100);
    REQUIRE(model.setFilter({}).ok());
    REQUIRE(model.rowCount() == 4);
    const QModelIndex patient = model.index(0, AuditModel::Patient);  // newest first
    CHECK(patient.data().toString() == QStringLiteral("12 patients"));
    CHECK(model.index(1, AuditModel::Patient).data().toString() == QStringLiteral("p-3"));
    const QString tip = patient.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("\"read\"")));
    CHECK(tip.contains(QStringLiteral("Patients: p-10, p-11, p-12")));
    CHECK(tip.contains(QStringLiteral("p-19 and 2 more")));
    CHECK_FALSE(tip.contains(QStringLiteral("p-20")));

    security::AuditFilter one;
    one.patientId = QStringLiteral("p-21");
    REQUIRE(model.setFilter(one).ok());
    CHECK(model.totalCount() == 1);
}

TEST_CASE("a table view fetches audit pages as it scrolls", "[admin][audit]")
{
    auto trail = std::make_shared<fakes::FakeAuditTrail>(600);
    AuditModel model(trail, 50);
    REQUIRE(model.setFilter({}).ok());
    QTableView view;
    view.setModel(&model);
    view.resize(600, 300);
    view.show();
    const int before = model.rowCount();
    view.scrollToBottom();
    QCoreApplication::processEvents();
    CHECK(model.rowCount() > before);
    CHECK(model.rowCount() < 600);
}

TEST_CASE("the audit trail exports as CSV a page at a time", "[admin][audit]")
{
    fakes::FakeAuditTrail trail(1050);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    security::AuditFilter filter;
    auto written = writeAuditCsv(trail, filter, buffer, 200);
    REQUIRE(written.ok());
    CHECK(written.value() == 1050);
    const QList<QByteArray> lines = buffer.data().split('\n');
    CHECK(lines.size() == 1052);  // header, entries, the empty piece after the last CRLF
    CHECK(lines.front().startsWith("seq,time_utc,username"));
    for (const security::AuditFilter& call : trail.listCalls)
        CHECK(call.limit == 200);

    security::AuditEntry tricky;
    tricky.username = QStringLiteral("=HYPERLINK(\"x\")");
    tricky.record.entity = QStringLiteral("note, with comma");
    const QString row = auditCsvRow(tricky);
    CHECK(row.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
    CHECK(row.contains(QStringLiteral("\"note, with comma\"")));
}

TEST_CASE("the audit dock filters break-glass accesses and audits its exports", "[admin][audit]")
{
    fakes::PracticeFixture f;
    AuditView view(f.audit(), f.access(), QStringLiteral("Maple Street Clinic"));
    CHECK(view.model()->totalCount() >= 1);  // at least the practice's creation and login

    view.setBreakGlassOnly(true);
    CHECK(view.currentFilter().action == security::audit::kBreakGlass);
    CHECK(view.model()->totalCount() == 0);
    view.clearFilter();
    CHECK(view.currentFilter().action.isEmpty());

    const QString csv = f.dir.file(QStringLiteral("audit.csv"));
    auto written = view.exportCsv(csv);
    REQUIRE(written.ok());
    CHECK(QFile::exists(csv));
    const QString fhir = f.dir.file(QStringLiteral("audit.json"));
    auto bundled = view.exportFhir(fhir);
    REQUIRE(bundled.ok());
    QFile json(fhir);
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonObject bundle = QJsonDocument::fromJson(json.readAll()).object();
    CHECK(bundle.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Bundle"));
    CHECK(bundle.value(QStringLiteral("entry")).toArray().size() == bundled.value());

    security::AuditFilter exports;
    exports.action = security::audit::kExport;
    auto count = f.audit()->count(exports);
    REQUIRE(count.ok());
    CHECK(count.value() == 2);
    CHECK(view.verifyChain().contains(QStringLiteral("intact")));
}
