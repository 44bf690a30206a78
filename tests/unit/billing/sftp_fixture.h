#pragma once
// The sshd-backed fixture of the sftp tests (ctest label "sftp").
#include "billing_fixture.h"

#include "billing/core/scrub_service.h"
#include "billing/core/sftp_jobs.h"
#include "billing/core/submission.h"
#include "billing/core/submission_registration.h"
#include "sshd_test_server.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>

namespace fd::billing::test {

inline QByteArray fileContent(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline SecureBytes secret(const QByteArray& text)
{
    QByteArray copy = text;
    return SecureBytes::fromByteArray(copy);
}

// The billing fixture with the submission (and scrubber) schema, a running sshd and ready
// claims of the week.
struct SftpFixture
{
    SftpFixture()
    {
        auto migrated = f.db->migrate({scrubMigrations(), submissionMigrations()});
        INFO((migrated.ok() ? std::string() : migrated.error().toString().toStdString()));
        REQUIRE(migrated.ok());
        QString error;
        started = sshd.start(&error);
        if (!started)
            WARN("sshd: " << error.toStdString());
        REQUIRE(started);
    }

    ClearinghouseSettings settings(int port) const
    {
        ClearinghouseSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.username = sshd.user();
        s.auth = SftpAuth::PrivateKey;
        s.hostKeySha256 = sshd.hostKeyFingerprint();
        s.uploadDir = sshd.uploadDir();
        s.ackDir = sshd.ackDir();
        s.connectTimeoutSeconds = 10;
        s.transferTimeoutSeconds = 20;
        s.receiverId = QStringLiteral("CLEARINGHOUSE");
        return s;
    }
    void save(const ClearinghouseSettings& s, ClearinghouseSecrets secrets = {})
    {
        if (secrets.privateKey.isEmpty() && secrets.password.isEmpty())
            secrets.privateKey = secret(sshd.authorizedKey());
        auto saved = clearinghouse().saveSettings(s, std::move(secrets), {});
        INFO((saved.ok() ? std::string() : saved.error().toString().toStdString()));
        REQUIRE(saved.ok());
    }
    // Claims for `visits` visits (each with three lines, one per patient and day so that the
    // scrubber sees no duplicate), made ready.
    std::vector<Claim> readyClaims(int visits)
    {
        for (int i = 0; i < visits; ++i)
            f.enter(f.visit(i % 2 ? f.bobId : f.aliceId, QDate(2025, 3, 6).addDays(-(i / 2)),
                            {QStringLiteral("99213"), QStringLiteral("36415"), QStringLiteral("93000")}));
        auto built = f.claims().build(QDate(2025, 2, 1), QDate(2025, 3, 7));
        REQUIRE(built.ok());
        f.makeReady(built->claims);
        return built->claims;
    }
    SubmitResult submit(const QStringList& ids = {})
    {
        auto done = submission().submit({ids});
        INFO((done.ok() ? std::string() : done.error().toString().toStdString()));
        REQUIRE(done.ok());
        return done.value();
    }
    qint64 count(const QString& sql) const { return f.count(sql); }
    IClearinghouse& clearinghouse() const { return *f.service<IClearinghouse>(); }
    IClaimSubmission& submission() const { return *f.service<IClaimSubmission>(); }
    QStringList uploaded() const { return QDir(sshd.uploadDir()).entryList(QDir::Files | QDir::Hidden); }

    // After a failed delivery: the batch is recorded as failed with the reason, its numbers
    // are used, every claim is still ready and none is submitted.
    void requireNothingSubmitted(const SubmitResult& failed, int claims)
    {
        CHECK_FALSE(failed.delivered());
        CHECK(failed.batch.status == BatchStatus::Failed);
        CHECK_FALSE(failed.batch.error.isEmpty());
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE status = 'ready'")) == claims);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE status = 'submitted'")) == 0);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE batch_id <> ''")) == 0);
    }
    // The retry: a new batch with new numbers, every claim sent exactly once.
    void requireRetrySucceeds(int claims, qint64 interchange)
    {
        const SubmitResult again = submit();
        CHECK(again.delivered());
        CHECK(again.batch.interchangeControlNumber == interchange);
        CHECK(again.claimIds.size() == claims);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE status = 'submitted'")) == claims);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM billing_batch_claims bc JOIN billing_batches b ON "
                                   "b.id = bc.batch_id WHERE b.status = 'uploaded'")) == claims);
        CHECK(fileContent(QDir(sshd.uploadDir()).filePath(again.batch.fileName)).contains("~CLM*"));
        CHECK(uploaded() == QStringList{again.batch.fileName});
        auto twice = submission().submit({again.claimIds});
        REQUIRE_FALSE(twice.ok());
    }

    BillingFixture f;
    fd::test::SshdTestServer sshd;
    bool started = false;
};

}  // namespace fd::billing::test
