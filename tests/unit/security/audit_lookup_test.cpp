// The audit trail's filters run over a lookup table filled in batches (security migration 2)
// instead of three secondary indexes: what a filter finds must not depend on whether an entry
// is already in the lookup or still in the unindexed tail.
#include "security/audit_actions.h"
#include "security/audit_chain.h"
#include "security/practice_session.h"
#include "security/security_migrations.h"
#include "storage/database.h"
#include "storage/synced_rows.h"

#include "security_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QSqlQuery>

using namespace fd;
using namespace fd::security;

namespace {
qint64 scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    auto q = storage::exec(db, sql, binds);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

AuditRecord entry(int i)
{
    AuditRecord r;
    r.action = i % 3 == 0 ? audit::kUpdate : audit::kRead;
    r.patientId = i % 5 == 0 ? QString() : QStringLiteral("patient-%1").arg(i % 4);
    r.entity = QStringLiteral("patients");
    r.entityId = r.patientId;
    return r;
}
}  // namespace

TEST_CASE("Filters find indexed entries and the unindexed tail alike", "[audit]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    auto session = fd::security::test::createPractice(dir.file(QStringLiteral("practice.db")));
    IAuditTrail& trail = session->audit();
    const QSqlDatabase db = session->database().connection();

    // Enough for two full batches and a tail.
    const int n = int(auditchain::kLookupBatch) * 2 + 37;
    for (int i = 0; i < n; ++i)
        REQUIRE(trail.record(entry(i)).ok());

    const qint64 head = scalar(db, QStringLiteral("SELECT max(seq) FROM audit_log"));
    const qint64 through = scalar(db, QStringLiteral("SELECT indexed_through FROM audit_lookup_state"));
    CHECK(through >= auditchain::kLookupBatch * 2);
    CHECK(head - through < auditchain::kLookupBatch);
    CHECK(head > through);  // a tail exists, so both paths are exercised below
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_lookup WHERE seq > ?"), {through}) == 0);

    for (int p = 0; p < 4; ++p) {
        const QString patient = QStringLiteral("patient-%1").arg(p);
        AuditFilter f;
        f.patientId = patient;
        const qint64 expected =
            scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE patient_id = ?"), {patient});
        CHECK(expected > 0);
        CHECK(trail.count(f).value() == expected);
        const auto listed = trail.list(f).value();
        REQUIRE(qint64(listed.size()) == expected);
        CHECK(listed.front().seq > through);  // newest first, from the tail
        CHECK(listed.back().seq <= through);  // oldest, from the lookup
        for (std::size_t i = 1; i < listed.size(); ++i)
            CHECK(listed[i - 1].seq > listed[i].seq);
        for (const AuditEntry& e : listed)
            CHECK(e.record.patientId == patient);
    }

    // The indexed part is read from the lookup, not from audit_log's columns.
    REQUIRE(storage::exec(db, QStringLiteral("INSERT INTO audit_lookup (kind, key, seq) VALUES (1, 'patient-x', ?)"),
                          {through})
                .ok());
    AuditFilter planted;
    planted.patientId = QStringLiteral("patient-x");
    CHECK(trail.count(planted).value() == 1);

    AuditFilter updates;
    updates.action = audit::kUpdate;
    CHECK(trail.count(updates).value() ==
          scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {audit::kUpdate}));

    AuditFilter both;
    both.action = audit::kUpdate;
    both.patientId = QStringLiteral("patient-2");
    CHECK(trail.count(both).value() ==
          scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND patient_id = ?"),
                 {audit::kUpdate, QStringLiteral("patient-2")}));

    AuditFilter byUser;
    byUser.username = QStringLiteral("admin");
    CHECK(trail.count(byUser).value() ==
          scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE username = ?"),
                 {QStringLiteral("admin")}));
    CHECK(trail.count(byUser).value() >= n);
}

TEST_CASE("A lookup batch rolls back with the caller's transaction", "[audit]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    auto session = fd::security::test::createPractice(dir.file(QStringLiteral("practice.db")));
    const QSqlDatabase db = session->database().connection();
    const qint64 before = scalar(db, QStringLiteral("SELECT indexed_through FROM audit_lookup_state"));
    {
        auto tx = session->database().begin(storage::Database::Durability::Full);
        REQUIRE(tx.ok());
        for (int i = 0; i < auditchain::kLookupBatch + 1; ++i)
            REQUIRE(session->audit().record(entry(i)).ok());
        CHECK(scalar(db, QStringLiteral("SELECT indexed_through FROM audit_lookup_state")) > before);
    }  // rolled back
    CHECK(scalar(db, QStringLiteral("SELECT indexed_through FROM audit_lookup_state")) == before);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_lookup WHERE seq > ?"), {before}) == 0);
    AuditFilter f;
    f.patientId = QStringLiteral("patient-1");
    CHECK(session->audit().count(f).value() == 0);
}

TEST_CASE("Migrating a version 1 trail fills the lookup from every entry", "[audit]")
{
    fd::test::TempDir dir;
    const SecureBytes key = SecureBytes::fromByteArray(QByteArray(32, '\x11'));
    auto created = storage::Database::create(dir.file(QStringLiteral("v1.db")), key);
    REQUIRE(created.ok());
    storage::Database& database = *created.value();
    storage::MigrationSet v1 = securityMigrations();
    v1.migrations.resize(1);
    REQUIRE(database.migrate({storage::storageMigrations(), v1}).ok());

    QSqlDatabase db = database.connection();
    QByteArray prev = auditchain::genesis();
    for (qint64 seq = 1; seq <= 10; ++seq) {
        AuditRow row;
        row.seq = seq;
        row.at = QStringLiteral("2026-03-02T09:00:%1.000Z").arg(seq, 2, 10, QLatin1Char('0'));
        row.username = seq % 2 ? QStringLiteral("ana") : QStringLiteral("ben");
        row.patientId = seq % 3 ? QStringLiteral("patient-%1").arg(seq % 3) : QString();
        row.action = seq % 2 ? audit::kRead : audit::kUpdate;
        row.outcome = QStringLiteral("success");
        row.details = QStringLiteral("{}");
        row.prevDigest = prev;
        row.digest = auditchain::digest(prev, auditchain::canonical(row));
        auto q = storage::exec(db, QString::fromLatin1(auditchain::kInsert),
                               {row.seq, row.at, row.userId, row.username, row.role, row.workstation, row.patientId,
                                row.entity, row.entityId, row.action, row.outcome, row.details,
                                QString::fromLatin1(row.prevDigest), QString::fromLatin1(row.digest)});
        REQUIRE(q.ok());
        prev = row.digest;
    }

    REQUIRE(database.migrate({storage::storageMigrations(), securityMigrations()}).ok());
    CHECK(scalar(db, QStringLiteral("SELECT indexed_through FROM audit_lookup_state")) == 10);
    // 10 actions + 10 usernames + the 7 entries with a patient.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_lookup")) == 27);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_lookup WHERE kind = 1 AND key = 'patient-1'")) == 4);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'audit_log_%' "
                                    "AND type = 'index'")) == 0);
}

TEST_CASE("An entry about several patients is found by each of them, in the tail and in the lookup", "[audit]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    auto session = fd::security::test::createPractice(dir.file(QStringLiteral("practice.db")));
    IAuditTrail& trail = session->audit();
    const QSqlDatabase db = session->database().connection();

    // A bulk read's entry, with its details already written, and one with details as an object.
    AuditRecord bulk;
    bulk.action = audit::kRead;
    bulk.entity = QStringLiteral("patients");
    bulk.patientIds = {QStringLiteral("patient-1"), QStringLiteral("patient-2"), QStringLiteral("patient-3")};
    bulk.detailsJson = R"({"read":["patients","coverages"]})";
    REQUIRE(trail.record(bulk).ok());
    AuditRecord other;
    other.action = audit::kExport;
    other.entity = QStringLiteral("claims");
    other.patientIds = {QStringLiteral("patient-3"), QStringLiteral("patient-4")};
    other.details = QJsonObject{{QStringLiteral("format"), QStringLiteral("837P")}};
    REQUIRE(trail.record(other).ok());
    REQUIRE(trail.record(entry(1)).ok());  // patient-1 alone

    auto found = [&](const QString& patient) {
        AuditFilter f;
        f.patientId = patient;
        return trail.list(f).value();
    };
    auto check = [&] {
        const auto one = found(QStringLiteral("patient-1"));
        REQUIRE(one.size() == 2);
        CHECK(one.front().record.patientId == QStringLiteral("patient-1"));
        CHECK(one.back().record.patientIds == bulk.patientIds);
        CHECK(one.back().record.patientId.isEmpty());
        CHECK(one.back().record.details.value(QStringLiteral("read")).toArray().size() == 2);
        const auto three = found(QStringLiteral("patient-3"));
        REQUIRE(three.size() == 2);
        CHECK(three.front().record.action == audit::kExport);
        CHECK(three.front().record.details.value(QStringLiteral("format")).toString() == QStringLiteral("837P"));
        CHECK(three.front().record.patientIds == other.patientIds);
        CHECK(found(QStringLiteral("patient-4")).size() == 1);
        CHECK(found(QStringLiteral("patient-")).empty());  // whole ids only
        CHECK(found(QStringLiteral("patient-9")).empty());
    };
    // Still in the unindexed tail.
    const qint64 seq = scalar(db, QStringLiteral("SELECT min(seq) FROM audit_log WHERE action = 'export'"));
    REQUIRE(scalar(db, QStringLiteral("SELECT indexed_through FROM audit_lookup_state")) < seq);
    check();
    // Indexed: one lookup row per listed patient.
    for (int i = 0; i < auditchain::kLookupBatch; ++i)
        REQUIRE(trail.record(entry(5)).ok());  // no patient
    REQUIRE(scalar(db, QStringLiteral("SELECT indexed_through FROM audit_lookup_state")) > seq);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_lookup WHERE kind = 1 AND seq <= ?"), {seq}) == 5);
    check();
    CHECK(trail.verify().value().intact);

    // One way of naming patients per entry.
    AuditRecord twice = bulk;
    twice.patientId = QStringLiteral("patient-1");
    CHECK(trail.record(twice).error().code == ErrorCode::InvalidInput);
    twice = other;
    twice.details.insert(QStringLiteral("patients"), QJsonArray{QStringLiteral("patient-5")});
    CHECK(trail.record(twice).error().code == ErrorCode::InvalidInput);
    twice = bulk;
    twice.patientIds << QString();
    CHECK(trail.record(twice).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("An edited entry whose details are not JSON does not stop the lookup from filling", "[audit]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    auto session = fd::security::test::createPractice(dir.file(QStringLiteral("practice.db")));
    IAuditTrail& trail = session->audit();
    const QSqlDatabase db = session->database().connection();
    const qint64 head = scalar(db, QStringLiteral("SELECT max(seq) FROM audit_log"));
    // Planted by someone holding the key: the verifier reports it; audited work goes on.
    REQUIRE(storage::exec(db, QStringLiteral("INSERT INTO audit_log (seq, at, user_id, username, role, workstation, "
                                             "patient_id, entity, entity_id, action, outcome, details, prev_digest, "
                                             "digest) VALUES (?, '2026-01-01T00:00:00.000Z', '', 'x', '', '', '', "
                                             "'', '', 'read', 'success', '{\"patients\":[\"patient-1\"', '', '')"),
                          {head + 1})
                .ok());
    for (int i = 0; i < auditchain::kLookupBatch; ++i)
        REQUIRE(trail.record(entry(1)).ok());
    CHECK(scalar(db, QStringLiteral("SELECT indexed_through FROM audit_lookup_state")) > head + 1);
    AuditFilter f;
    f.patientId = QStringLiteral("patient-1");
    CHECK(trail.count(f).value() == auditchain::kLookupBatch);
    CHECK_FALSE(trail.verify().value().intact);
}
