#include "security/audit_actions.h"
#include "security/audit_chain.h"
#include "security/practice_session.h"
#include "storage/database.h"

#include "security_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QSqlQuery>

#include <thread>

using namespace fd;
using namespace fd::security;
using fd::security::test::kAdminPassword;

namespace {
AuditRecord readOf(const QString& patient)
{
    AuditRecord r;
    r.action = audit::kRead;
    r.patientId = patient;
    r.entity = QStringLiteral("patients");
    r.entityId = patient;
    return r;
}

int lines(const QString& path)
{
    return int(fd::security::test::fileBytes(path).count('\n'));
}
}  // namespace

TEST_CASE("Audit entries are chained, filtered and listed", "[audit]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    auto session = fd::security::test::createPractice(dir.file(QStringLiteral("practice.db")));
    IAuditTrail& trail = session->audit();
    for (int i = 0; i < 5; ++i) {
        policy.clock().advanceSecs(60);
        REQUIRE(trail.record(readOf(QStringLiteral("patient-%1").arg(i % 2))).ok());
    }
    AuditRecord update;
    update.action = audit::kUpdate;
    update.patientId = QStringLiteral("patient-1");
    update.entity = QStringLiteral("patients");
    update.entityId = QStringLiteral("patient-1");
    update.details = QJsonObject{{QStringLiteral("prior"), QJsonObject{{QStringLiteral("phone"), QStringLiteral("555-0100")}}}};
    REQUIRE(trail.record(update).ok());
    CHECK(trail.record(AuditRecord{}).error().code == ErrorCode::InvalidInput);

    AuditFilter byPatient;
    byPatient.patientId = QStringLiteral("patient-1");
    CHECK(trail.count(byPatient).value() == 3);
    const auto newest = trail.list(byPatient).value();
    REQUIRE(newest.size() == 3);
    CHECK(newest[0].record.action == audit::kUpdate);
    CHECK(newest[0].record.details.value(QStringLiteral("prior")).toObject().value(QStringLiteral("phone")).toString() ==
          QStringLiteral("555-0100"));
    CHECK(newest[0].username == QStringLiteral("admin"));
    CHECK(newest[0].role == QStringLiteral("administrator"));
    CHECK(newest[0].digest.size() == 64);
    CHECK(newest[0].seq > newest[1].seq);

    AuditFilter window;
    window.from = fd::security::test::kStart.addSecs(120);
    window.to = fd::security::test::kStart.addSecs(240);
    window.newestFirst = false;
    const auto inWindow = trail.list(window).value();
    REQUIRE(inWindow.size() == 2);
    CHECK(inWindow[0].at == fd::security::test::kStart.addSecs(120));
    AuditFilter paged;
    paged.limit = 2;
    paged.offset = 1;
    CHECK(trail.list(paged).value().size() == 2);

    const auto v = trail.verify().value();
    CHECK(v.intact);
    CHECK(v.entriesChecked == trail.count({}).value());
    CHECK(v.unprotectedTail == v.entriesChecked);  // no checkpoint yet
}

// Existing trails must keep verifying: the digests below were computed outside this code base
// (Python's hashlib) from the format in docs/SECURITY.md.
TEST_CASE("The chain digest format does not change", "[audit]")
{
    AuditRow row;
    row.at = QStringLiteral("2026-03-02T09:00:00.000Z");
    row.userId = QStringLiteral("u-1");
    row.username = QStringLiteral("ada");
    row.role = QStringLiteral("administrator");
    row.workstation = QStringLiteral("desk-1");
    row.patientId = QStringLiteral("p-\u00f1");
    row.entity = QStringLiteral("patients");
    row.entityId = row.patientId;
    row.action = QStringLiteral("update");
    row.outcome = QStringLiteral("success");
    row.details = QStringLiteral(R"({"prior":{"phone":"555-0100"}})");
    const QByteArray canonical = auditchain::canonical(row);
    CHECK(canonical == QStringLiteral("fd-audit/1;24:2026-03-02T09:00:00.000Z;3:u-1;3:ada;13:administrator;"
                                      "6:desk-1;4:p-\u00f1;8:patients;4:p-\u00f1;6:update;7:success;"
                                      R"(30:{"prior":{"phone":"555-0100"}};)")
                           .toUtf8());
    const QByteArray first = auditchain::digest(auditchain::genesis(), canonical);
    CHECK(first == "e459007c4cb48868a79625442d260f0da10bfc804d96cc6c0b5a4c2315acb846");
    row.action = QStringLiteral("read");
    row.details = QStringLiteral("{}");
    const auditchain::DigestHex second = auditchain::digestHex(first, auditchain::canonical(row));
    CHECK(QByteArray(second.data(), qsizetype(second.size())) ==
          "10191f63ac8817ce085cc3e6662ae74fc6f0b39eaca4920f00e47d60ea16e6d0");
}

namespace {

// Takes a digest as its thread ends, after the chain's own per-thread hash object is gone (it
// was made later, so it is destroyed first): as a session kept in a static records its logout
// when the program exits.
struct DigestAtThreadEnd
{
    QByteArray* out = nullptr;
    ~DigestAtThreadEnd()
    {
        if (out)
            *out = auditchain::digest(auditchain::genesis(), "fd-audit/1;");
    }
};

}  // namespace

TEST_CASE("A digest taken while its thread ends is still right", "[audit]")
{
    QByteArray during;
    QByteArray atEnd;
    std::thread([&] {
        thread_local DigestAtThreadEnd last;
        last.out = &atEnd;
        during = auditchain::digest(auditchain::genesis(), "fd-audit/1;");
    }).join();
    REQUIRE(during.size() == 64);
    CHECK(atEnd == during);
}

TEST_CASE("audit_log refuses UPDATE and DELETE", "[audit]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    auto session = fd::security::test::createPractice(path);
    QSqlDatabase db = session->database().connection();
    auto upd = storage::exec(db, QStringLiteral("UPDATE audit_log SET username = 'mallory' WHERE seq = 1"));
    REQUIRE_FALSE(upd.ok());
    CHECK(upd.error().toString().contains(QStringLiteral("append-only")));
    CHECK_FALSE(storage::exec(db, QStringLiteral("DELETE FROM audit_log")).ok());
    CHECK(session->audit().verify().value().intact);
}

TEST_CASE("Entries join the caller's transaction and roll back with it", "[audit]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    auto session = fd::security::test::createPractice(dir.file(QStringLiteral("practice.db")));
    const qint64 before = session->audit().count({}).value();
    {
        auto tx = session->database().begin(storage::Database::Durability::Full);
        REQUIRE(tx.ok());
        REQUIRE(session->audit().record(readOf(QStringLiteral("p1"))).ok());
        REQUIRE(session->audit().record(readOf(QStringLiteral("p2"))).ok());
        // rolled back here
    }
    CHECK(session->audit().count({}).value() == before);
    {
        auto tx = session->database().begin(storage::Database::Durability::Full);
        REQUIRE(session->audit().record(readOf(QStringLiteral("p1"))).ok());
        REQUIRE(tx.value()->commit().ok());
    }
    CHECK(session->audit().count({}).value() == before + 1);
    CHECK(session->audit().verify().value().intact);
}

TEST_CASE("Two connections appending in turn keep one chain", "[audit]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    auto first = fd::security::test::createPractice(path);
    auto second = PracticeSession::login(path, QStringLiteral("admin"), kAdminPassword);
    REQUIRE(second.ok());
    for (int i = 0; i < 3; ++i) {
        REQUIRE(first->audit().record(readOf(QStringLiteral("p1"))).ok());
        REQUIRE(second.value()->audit().record(readOf(QStringLiteral("p2"))).ok());
    }
    {
        // Rolled back on one connection while the other appends: neither may link to the
        // entry that never was.
        auto tx = first->database().begin(storage::Database::Durability::Full);
        REQUIRE(first->audit().record(readOf(QStringLiteral("p1"))).ok());
        tx.value()->rollback();
    }
    REQUIRE(second.value()->audit().record(readOf(QStringLiteral("p2"))).ok());
    REQUIRE(first->audit().record(readOf(QStringLiteral("p1"))).ok());
    const auto v = first->audit().verify().value();
    CHECK(v.intact);
    CHECK(v.entriesChecked == first->audit().count({}).value());
    CHECK(second.value()->audit().verify().value().intact);
}

TEST_CASE("Checkpoints every N entries and at logout; the tail is reported", "[audit]")
{
    fd::security::test::TestPolicy policy;
    policy.update([](SecurityPolicy& p) { p.checkpointInterval = 10; });
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    const QString cpFile = PracticeFiles(path).checkpoints();
    auto session = fd::security::test::createPractice(path);
    CHECK(lines(cpFile) == 0);
    for (int i = 0; i < 25; ++i)
        REQUIRE(session->audit().record(readOf(QStringLiteral("p"))).ok());
    // 2 (create, login) + 25 = 27 entries: checkpoints at 10 and 20.
    CHECK(lines(cpFile) == 2);
    auto v = session->audit().verify().value();
    CHECK(v.intact);
    CHECK(v.checkpointsChecked == 2);
    CHECK(v.unprotectedTail == 7);
    REQUIRE(session->audit().checkpoint().ok());
    REQUIRE(session->audit().checkpoint().ok());  // nothing new: no line
    CHECK(lines(cpFile) == 3);
    CHECK(session->audit().verify().value().unprotectedTail == 0);
    REQUIRE(session->logout().ok());
    CHECK(lines(cpFile) == 4);
    const QByteArray last = fd::security::test::fileBytes(cpFile).split('\n').at(3);
    CHECK(last.startsWith("28 "));
}

TEST_CASE("A forged checkpoint line is detected", "[audit]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    fd::security::test::createPractice(path)->logout().ok();
    QFile f(PracticeFiles(path).checkpoints());
    REQUIRE(f.open(QIODevice::Append));
    f.write("3 " + QByteArray(64, 'a') + " 2026-03-02T09:00:00.000Z 2 - " + QByteArray(64, 'b') + "\n");
    f.close();
    auto s = PracticeSession::login(path, QStringLiteral("admin"), kAdminPassword);
    REQUIRE(s.ok());
    auto v = s.value()->audit().verify();
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().code == ErrorCode::Tampered);
    CHECK(v.error().message.contains(QStringLiteral("line 2")));
}
