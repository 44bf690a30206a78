// Claim submission against a real OpenSSH server on loopback (ctest label "sftp").
#include "sftp_fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonDocument>
#include <QTcpServer>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::test;

TEST_CASE("A batch uploaded by SFTP is the file on the server, and only then are its claims submitted",
          "[billing][sftp]")
{
    SftpFixture t;
    t.save(t.settings(t.sshd.port()));
    const auto claims = t.readyClaims(2);
    auto report = t.clearinghouse().test();
    REQUIRE(report.ok());
    CHECK(report->hostKeyFingerprint == t.sshd.hostKeyFingerprint());

    const SubmitResult done = t.submit();
    CHECK(done.delivered());
    CHECK(done.batch.interchangeControlNumber == 1);
    CHECK(done.batch.fileName == QStringLiteral("FD837-000000001.x12"));
    CHECK(done.batch.transport == QStringLiteral("sftp"));
    CHECK(done.batch.sentAt.isValid());
    CHECK(done.claimIds.size() == qsizetype(claims.size()));
    // Exactly the batch, renamed into place: no .part file left behind.
    CHECK(t.uploaded() == QStringList{done.batch.fileName});
    const QByteArray onServer = fileContent(QDir(t.sshd.uploadDir()).filePath(done.batch.fileName));
    CHECK(onServer.startsWith("ISA*"));
    CHECK(onServer.contains("*000000001*0*P*:~GS*HC*"));
    CHECK(onServer.count("~CLM*") == qsizetype(claims.size()));
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE status = 'submitted' AND batch_id = '") +
                  done.batch.id + QStringLiteral("'")) == qint64(claims.size()));
    auto listed = t.submission().batches(10);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().status == BatchStatus::Uploaded);
    CHECK(listed->front().claimCount == int(claims.size()));

    // Nothing ready any more: nothing sent, no number used.
    auto empty = t.submission().submit({});
    REQUIRE_FALSE(empty.ok());
    CHECK(t.count(QStringLiteral("SELECT next_value FROM billing_counters WHERE name = 'interchange_control'")) == 2);
}

TEST_CASE("A refused login fails the batch, keeps its numbers used and leaves the claims ready", "[billing][sftp]")
{
    SftpFixture t;
    ClearinghouseSettings s = t.settings(t.sshd.port());
    s.auth = SftpAuth::Password;
    ClearinghouseSecrets wrong;
    wrong.password = secret("not-the-password");
    t.save(s, std::move(wrong));
    const auto claims = t.readyClaims(2);

    const SubmitResult failed = t.submit();
    t.requireNothingSubmitted(failed, int(claims.size()));
    CHECK(failed.batch.error.contains(QStringLiteral("refused the login")));
    CHECK(failed.batch.interchangeControlNumber == 1);
    CHECK(t.uploaded().isEmpty());
    // The password is in no audit entry and no error.
    for (const security::AuditRecord& r : t.f.audit->records)
        CHECK_FALSE(QJsonDocument(r.details).toJson().contains("not-the-password"));
    CHECK_FALSE(failed.batch.error.contains(QStringLiteral("not-the-password")));

    // A key the server does not know is refused the same way.
    ClearinghouseSecrets unknown;
    unknown.privateKey = secret(t.sshd.unknownKey());
    s.auth = SftpAuth::PrivateKey;
    t.save(s, std::move(unknown));
    const SubmitResult refused = t.submit();
    t.requireNothingSubmitted(refused, int(claims.size()));
    CHECK(refused.batch.interchangeControlNumber == 2);

    t.save(t.settings(t.sshd.port()));
    t.requireRetrySucceeds(int(claims.size()), 3);
}

TEST_CASE("A changed or unknown host key refuses the connection naming the host and both fingerprints",
          "[billing][sftp]")
{
    SftpFixture t;
    ClearinghouseSettings s = t.settings(t.sshd.port());
    const QString impostor = QStringLiteral("SHA256:") + QString(43, QLatin1Char('A'));
    s.hostKeySha256 = impostor;
    t.save(s);
    const auto claims = t.readyClaims(1);

    auto test = t.clearinghouse().test();
    REQUIRE_FALSE(test.ok());
    const SubmitResult failed = t.submit();
    t.requireNothingSubmitted(failed, int(claims.size()));
    CHECK(failed.batch.error.contains(QStringLiteral("127.0.0.1:%1").arg(t.sshd.port())));
    CHECK(failed.batch.error.contains(t.sshd.hostKeyFingerprint()));
    CHECK(failed.batch.error.contains(impostor));
    CHECK(t.uploaded().isEmpty());

    // No pin at all is refused too, showing the key the server offers.
    SftpEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = t.sshd.port();
    e.username = t.sshd.user();
    e.usePrivateKey = true;
    e.privateKey = secret(t.sshd.authorizedKey());
    SftpListJob unpinned(std::move(e), t.sshd.uploadDir());
    REQUIRE_FALSE(unpinned.run().ok());
    CHECK(unpinned.errorText().contains(t.sshd.hostKeyFingerprint()));
    CHECK(unpinned.errorText().contains(QStringLiteral("unknown")));

    t.save(t.settings(t.sshd.port()));
    t.requireRetrySucceeds(int(claims.size()), 2);
}

TEST_CASE("A connection dropped in the middle of the upload leaves no file and the claims ready", "[billing][sftp]")
{
    SftpFixture t;
    fd::test::CuttingProxy proxy(t.sshd.port());
    QString error;
    REQUIRE(proxy.start(&error));
    t.save(t.settings(proxy.port()));
    const auto claims = t.readyClaims(16);

    // What connecting, logging in and listing costs upstream; the cut comes 2 KiB later, in
    // the middle of the batch (which is larger than that).
    REQUIRE(t.clearinghouse().test().ok());
    const qint64 handshake = proxy.upstreamBytes();
    REQUIRE(handshake > 0);
    proxy.setCutAfter(handshake + 2048);

    const SubmitResult failed = t.submit();
    CHECK(proxy.cut());
    t.requireNothingSubmitted(failed, int(claims.size()));
    const QStringList left = t.uploaded();
    CHECK_FALSE(left.contains(failed.batch.fileName));  // at most a hidden .part file

    proxy.setCutAfter(0);
    for (const QString& name : left)
        QFile::remove(QDir(t.sshd.uploadDir()).filePath(name));
    t.requireRetrySucceeds(int(claims.size()), 2);
}

TEST_CASE("A server that does not answer times out within the connect timeout", "[billing][sftp]")
{
    SftpFixture t;
    QTcpServer silent;  // accepts connections (the kernel does) and never says a word
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    ClearinghouseSettings s = t.settings(silent.serverPort());
    s.connectTimeoutSeconds = 1;
    t.save(s);
    const auto claims = t.readyClaims(1);
    const SubmitResult failed = t.submit();
    t.requireNothingSubmitted(failed, int(claims.size()));
    CHECK(failed.batch.error.contains(QStringLiteral("timed out")));
}

TEST_CASE("A claim on a batch whose delivery was never confirmed is not sent again", "[billing][sftp]")
{
    SftpFixture t;
    ClearinghouseSettings s = t.settings(t.sshd.port());
    s.hostKeySha256 = QStringLiteral("SHA256:") + QString(43, QLatin1Char('B'));
    t.save(s);
    t.readyClaims(1);
    const SubmitResult failed = t.submit();
    REQUIRE_FALSE(failed.delivered());
    // As if the workstation had stopped between the upload and recording its outcome.
    REQUIRE(storage::exec(t.f.db->connection(),
                          QStringLiteral("UPDATE billing_batches SET status = 'sending' WHERE id = ?"),
                          {failed.batch.id})
                .ok());
    t.save(t.settings(t.sshd.port()));
    auto again = t.submission().submit({});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message.contains(failed.batch.fileName));
    CHECK(t.uploaded().isEmpty());
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_batches")) == 1);
}

TEST_CASE("Acknowledgment files are fetched once and kept until imported", "[billing][sftp]")
{
    SftpFixture t;
    t.save(t.settings(t.sshd.port()));
    auto put = [&](const QString& name, const QByteArray& content) {
        QFile f(QDir(t.sshd.ackDir()).filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    put(QStringLiteral("a.999"), "ISA*00*999 one~");
    put(QStringLiteral("b.277"), "ISA*00*277 two~");
    put(QStringLiteral(".incoming.part"), "half");
    auto first = t.clearinghouse().fetchAcknowledgments();
    REQUIRE(first.ok());
    REQUIRE(first->size() == 2);
    CHECK(first->at(0).name == QStringLiteral("a.999"));
    CHECK(first->at(0).content == "ISA*00*999 one~");
    auto second = t.clearinghouse().fetchAcknowledgments();
    REQUIRE(second.ok());
    CHECK(second->empty());
    put(QStringLiteral("c.999"), "ISA*00*999 three~");
    auto third = t.clearinghouse().fetchAcknowledgments();
    REQUIRE(third.ok());
    REQUIRE(third->size() == 1);
    auto pending = t.clearinghouse().pendingAcknowledgments();
    REQUIRE(pending.ok());
    CHECK(pending->size() == 3);
    // The import marks a file in the transaction that applies it (batch_settle_sftp_test).
}

TEST_CASE("Folder mode saves the batch in the outbox, and the settings keep their secrets out of sight", "[billing][sftp]")
{
    SftpFixture t;
    ClearinghouseSettings s = t.settings(t.sshd.port());
    ClearinghouseSecrets secrets;
    secrets.password = secret("hunter2-test-only");
    s.auth = SftpAuth::Password;
    t.save(s, std::move(secrets));
    auto set = t.clearinghouse().secretsSet();
    REQUIRE(set.ok());
    CHECK(*set == QStringList{QStringLiteral("password")});
    auto shown = t.clearinghouse().settings();
    REQUIRE(shown.ok());
    CHECK_FALSE(QJsonDocument(shown->toJson()).toJson().contains("hunter2"));
    for (const security::AuditRecord& r : t.f.audit->records)
        CHECK_FALSE(QJsonDocument(r.details).toJson().contains("hunter2"));

    ClearinghouseSettings folder;
    folder.mode = DeliveryMode::Folder;
    folder.outboxDir = t.sshd.path(QStringLiteral("outbox"));
    REQUIRE(QDir().mkpath(folder.outboxDir));
    t.save(folder);
    CHECK(t.clearinghouse().secretsSet()->contains(QStringLiteral("password")));  // kept unless cleared
    const auto claims = t.readyClaims(1);
    const SubmitResult done = t.submit();
    CHECK(done.delivered());
    CHECK(done.batch.transport == QStringLiteral("folder"));
    CHECK(fileContent(QDir(folder.outboxDir).filePath(done.batch.fileName)).count("~CLM*") ==
          qsizetype(claims.size()));

    ClearinghouseSettings bad = folder;
    bad.outboxDir = QStringLiteral("relative/outbox");
    auto refused = t.clearinghouse().saveSettings(bad, {}, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().details == QStringLiteral("outbox"));
}
