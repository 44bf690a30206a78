// A batch left "sending" by a connection cut right after the rename, settled by hand; the
// acknowledgments fetched from the clearinghouse and imported (ctest label "sftp").
#include "ack_test_support.h"
#include "sftp_fixture.h"

#include "billing/core/ack_registration.h"
#include "billing/core/billing_permissions.h"
#include "billing/core/submission_service.h"

#include <catch2/catch_test_macros.hpp>

#include <QFileInfo>
#include <QJsonDocument>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::test;

namespace {

// The first batch uploaded through a proxy that cuts the connection as soon as the server
// answers the rename (the file is in place): the workstation never hears that it worked.
struct CutAfterRename
{
    explicit CutAfterRename(SftpFixture& t) : proxy(t.sshd.port())
    {
        QString error;
        REQUIRE(proxy.start(&error));
        t.save(t.settings(proxy.port()));
        claims = t.readyClaims(2);
        const QString target = QDir(t.sshd.uploadDir()).filePath(SubmissionService::fileNameFor(1));
        proxy.setCutOnAnswerWhen([target] { return QFileInfo::exists(target); });
        stuck = t.submit();
        proxy.setCutOnAnswerWhen({});  // the connection is gone; the next ones pass
        REQUIRE(proxy.cut());
    }

    fd::test::CuttingProxy proxy;
    std::vector<Claim> claims;
    SubmitResult stuck;
};

// The claim rows that went out on uploaded batches, counted per claim: each must be 1.
qint64 maxTimesSent(const SftpFixture& t)
{
    return t.count(QStringLiteral("SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM billing_batch_claims bc "
                                  "JOIN billing_batches b ON b.id = bc.batch_id WHERE b.status = 'uploaded' "
                                  "GROUP BY bc.claim_id)"));
}

void put(const SftpFixture& t, const QString& name, const QByteArray& content)
{
    QFile f(QDir(t.sshd.ackDir()).filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(content) == content.size());
}

}  // namespace

TEST_CASE("A connection cut right after the rename leaves the batch sending until it is settled as uploaded",
          "[billing][sftp]")
{
    SftpFixture t;
    CutAfterRename cut(t);
    const BatchRecord& b = cut.stuck.batch;
    CHECK(b.status == BatchStatus::Sending);
    CHECK_FALSE(b.error.isEmpty());
    CHECK(b.fileSize > 0);
    // The file is at the clearinghouse, whole, but nothing was marked submitted.
    CHECK(t.uploaded() == QStringList{b.fileName});
    CHECK(QFileInfo(QDir(t.sshd.uploadDir()).filePath(b.fileName)).size() == b.fileSize);
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE status = 'ready'")) == 2);
    // Its claims cannot be sent again meanwhile.
    auto again = t.submission().submit({});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);

    auto check = t.submission().checkBatchFile(QString::number(b.interchangeControlNumber));
    REQUIRE(check.ok());
    CHECK(check->present);
    CHECK(check->size == b.fileSize);
    CHECK(check->sizeMatches());

    // A reason is required; the permission is checked; nothing changes on refusal.
    auto noReason = t.submission().settleBatch(b.fileName, BatchSettlement::Uploaded, QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().details == QStringLiteral("reason"));
    t.f.access->granted.remove(perm::kSubmit);
    auto denied = t.submission().settleBatch(b.id, BatchSettlement::Uploaded, QStringLiteral("portal shows it"));
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    t.f.access->granted.insert(perm::kSubmit);
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_batches WHERE status = 'sending'")) == 1);

    auto settled = t.submission().settleBatch(QString::number(b.interchangeControlNumber), BatchSettlement::Uploaded,
                                              QStringLiteral("The clearinghouse portal lists the file"));
    INFO((settled.ok() ? std::string() : settled.error().toString().toStdString()));
    REQUIRE(settled.ok());
    CHECK(settled->status == BatchStatus::Uploaded);
    CHECK(settled->sentAt.isValid());
    CHECK(t.f.count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE status = 'submitted' AND batch_id = ?"),
                    {b.id}) == 2);
    bool audited = false;
    for (const security::AuditRecord& r : t.f.audit->records)
        audited = audited || (r.entityId == b.id && (QJsonDocument(r.details).toJson() + r.detailsJson)
                                                         .contains("The clearinghouse portal lists the file"));
    CHECK(audited);

    // Settled once: a second settlement and a resubmission are refused; nothing went twice.
    auto twice = t.submission().settleBatch(b.id, BatchSettlement::Failed, QStringLiteral("changed my mind"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(twice.error().message.contains(QStringLiteral("\"uploaded\"")));
    CHECK_FALSE(t.submission().submit({}).ok());
    CHECK(t.uploaded() == QStringList{b.fileName});
    CHECK(maxTimesSent(t) == 1);
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_batches")) == 1);
}

TEST_CASE("A batch settled as failed frees its claims for a new batch with new numbers, each claim sent once",
          "[billing][sftp]")
{
    SftpFixture t;
    CutAfterRename cut(t);
    const BatchRecord& b = cut.stuck.batch;
    REQUIRE(b.status == BatchStatus::Sending);
    // The clearinghouse says it never processed the file and removed it.
    REQUIRE(QFile::remove(QDir(t.sshd.uploadDir()).filePath(b.fileName)));
    auto check = t.submission().checkBatchFile(b.id);
    REQUIRE(check.ok());
    CHECK_FALSE(check->present);
    CHECK_FALSE(check->sizeMatches());

    auto settled = t.submission().settleBatch(b.fileName, BatchSettlement::Failed,
                                              QStringLiteral("Clearinghouse ticket 4711: file never processed"));
    INFO((settled.ok() ? std::string() : settled.error().toString().toStdString()));
    REQUIRE(settled.ok());
    CHECK(settled->status == BatchStatus::Failed);
    CHECK(settled->error.contains(QStringLiteral("ticket 4711")));
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE status = 'ready' AND batch_id = ''")) ==
          2);
    // Its numbers stay used: the next batch is interchange 2, carrying the same claims once.
    CHECK(t.count(QStringLiteral("SELECT next_value FROM billing_counters WHERE name = 'interchange_control'")) == 2);
    const SubmitResult resent = t.submit();
    CHECK(resent.delivered());
    CHECK(resent.batch.interchangeControlNumber == 2);
    CHECK(resent.claimIds.size() == 2);
    CHECK(t.uploaded() == QStringList{resent.batch.fileName});
    CHECK(maxTimesSent(t) == 1);
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE status = 'submitted'")) == 2);
    CHECK_FALSE(t.submission().submit({}).ok());

    // Only a batch in "sending" can be settled.
    auto delivered = t.submission().settleBatch(QStringLiteral("2"), BatchSettlement::Failed, QStringLiteral("x"));
    REQUIRE_FALSE(delivered.ok());
    CHECK(delivered.error().code == ErrorCode::Conflict);
    auto failedAgain = t.submission().settleBatch(b.id, BatchSettlement::Uploaded, QStringLiteral("x"));
    REQUIRE_FALSE(failedAgain.ok());
    CHECK(failedAgain.error().message.contains(QStringLiteral("\"failed\"")));
    auto unknown = t.submission().settleBatch(QStringLiteral("77"), BatchSettlement::Failed, QStringLiteral("x"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
}

TEST_CASE("Acknowledgments fetched from the clearinghouse are applied once, with billing.claims alone",
          "[billing][sftp][acks]")
{
    SftpFixture t;
    REQUIRE(t.f.db->migrate({ackMigrations()}).ok());
    t.save(t.settings(t.sshd.port()));
    t.readyClaims(2);
    const SubmitResult sent = t.submit();
    REQUIRE(sent.delivered());
    REQUIRE(sent.claimNumbers.size() == 2);
    put(t, QStringLiteral("ack-0001.999"), ack999(901, sent.batch.groupControlNumber, true));
    put(t, QStringLiteral("ack-0002.277"),
        ack277ca(902, sent.claimNumbers, {QStringLiteral("A2:20:PR"), QStringLiteral("A7:562:85")}, {}));

    // Fetching and importing take billing.claims only (marking the files needs nothing more).
    t.f.access->granted.remove(perm::kSubmit);
    auto fetched = t.clearinghouse().fetchAcknowledgments();
    REQUIRE(fetched.ok());
    CHECK(fetched->size() == 2);
    auto imported = t.f.service<IAckImport>()->importFetched();
    INFO((imported.ok() ? std::string() : imported.error().toString().toStdString()));
    REQUIRE(imported.ok());
    REQUIRE(imported->size() == 2);
    for (const AckImportResult& r : imported.value())
        CHECK(r.error.isEmpty());
    CHECK(imported->at(0).fileName == QStringLiteral("ack-0001.999"));
    CHECK(imported->at(1).claims.size() == 2);
    CHECK(imported->at(1).rejections == 1);
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_batches WHERE status = 'acknowledged'")) == 1);
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE status = 'accepted'")) == 1);
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE status = 'rejected'")) == 1);
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_ack_files WHERE imported_at = ''")) == 0);
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_ack_imports")) == 2);

    // A second run finds nothing new and changes nothing.
    t.f.access->granted.insert(perm::kSubmit);
    const QString before = snapshot(t.f);
    auto refetched = t.clearinghouse().fetchAcknowledgments();
    REQUIRE(refetched.ok());
    CHECK(refetched->empty());
    auto reimported = t.f.service<IAckImport>()->importFetched();
    REQUIRE(reimported.ok());
    CHECK(reimported->empty());
    CHECK(snapshot(t.f) == before);
}

TEST_CASE("A bad fetched acknowledgment is reported and kept while the good ones are applied",
          "[billing][sftp][acks]")
{
    SftpFixture t;
    REQUIRE(t.f.db->migrate({ackMigrations()}).ok());
    t.save(t.settings(t.sshd.port()));
    t.readyClaims(2);
    const SubmitResult sent = t.submit();
    REQUIRE(sent.delivered());
    QByteArray broken = ack999(903, sent.batch.groupControlNumber, true);
    broken.truncate(broken.indexOf("\nSE*") + 1);  // ends before SE: no SE, GE or IEA
    put(t, QStringLiteral("a.999"), ack999(901, sent.batch.groupControlNumber, true));
    put(t, QStringLiteral("b.999"), broken);
    put(t, QStringLiteral("c.277"),
        ack277ca(902, sent.claimNumbers, {QStringLiteral("A2:20:PR"), QStringLiteral("A2:20:PR")}, {}));
    REQUIRE(t.clearinghouse().fetchAcknowledgments().ok());

    auto imported = t.f.service<IAckImport>()->importFetched();
    REQUIRE(imported.ok());
    REQUIRE(imported->size() == 3);
    const AckImportResult& bad = imported->at(1);
    CHECK(bad.fileName == QStringLiteral("b.999"));
    INFO(bad.error.toStdString());
    CHECK(bad.error.contains(QStringLiteral("b.999")));
    CHECK(bad.error.contains(QStringLiteral("segment")));
    CHECK(imported->at(0).error.isEmpty());
    CHECK(imported->at(2).error.isEmpty());
    CHECK(imported->at(2).claims.size() == 2);
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE status = 'accepted'")) == 2);
    // The bad file is kept, not marked imported, and reported again by the next run.
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_ack_files WHERE imported_at = '' AND file_name = "
                                 "'b.999' AND length(content) > 0")) == 1);
    const QString before = snapshot(t.f);
    auto retried = t.f.service<IAckImport>()->importFetched();
    REQUIRE(retried.ok());
    REQUIRE(retried->size() == 1);
    CHECK(retried->front().fileName == QStringLiteral("b.999"));
    CHECK_FALSE(retried->front().error.isEmpty());
    CHECK(snapshot(t.f) == before);
}
