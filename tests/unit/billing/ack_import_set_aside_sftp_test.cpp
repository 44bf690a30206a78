// A fetched acknowledgment file that keeps failing to import, set aside by a biller and taken
// back; fetched from Debian's sshd on loopback (ctest label "sftp").
#include "ack_test_support.h"
#include "sftp_fixture.h"

#include "billing/core/ack_registration.h"
#include "billing/core/billing_permissions.h"
#include "billing/core/fetched_acks.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::test;

namespace {

void put(const SftpFixture& t, const QString& name, const QByteArray& content)
{
    QFile f(QDir(t.sshd.ackDir()).filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(content) == content.size());
}

// Submitted claims and three acknowledgment files fetched: a.999 and c.277 good, b.999 cut
// before its SE (it can never import).
struct FetchedWithBadFile
{
    explicit FetchedWithBadFile(SftpFixture& t)
    {
        REQUIRE(t.f.db->migrate({ackMigrations()}).ok());
        t.save(t.settings(t.sshd.port()));
        t.readyClaims(2);
        sent = t.submit();
        REQUIRE(sent.delivered());
        broken = ack999(903, sent.batch.groupControlNumber, true);
        broken.truncate(broken.indexOf("\nSE*") + 1);
        put(t, QStringLiteral("a.999"), ack999(901, sent.batch.groupControlNumber, true));
        put(t, QStringLiteral("b.999"), broken);
        put(t, QStringLiteral("c.277"),
            ack277ca(902, sent.claimNumbers,
                     {QStringLiteral("A2:20:PR"), QStringLiteral("A2:20:PR")}, {}));
        auto fetched = t.clearinghouse().fetchAcknowledgments();
        REQUIRE(fetched.ok());
        REQUIRE(fetched->size() == 3);
    }
    SubmitResult sent;
    QByteArray broken;
};

std::vector<AckImportResult> importFetched(SftpFixture& t)
{
    auto imported = t.f.service<IAckImport>()->importFetched();
    INFO((imported.ok() ? std::string() : imported.error().toString().toStdString()));
    REQUIRE(imported.ok());
    return imported.value();
}

}  // namespace

TEST_CASE(
    "A fetched file set aside is skipped by later imports, listed with why, who and when, and "
    "taken back",
    "[billing][sftp][acks][set_aside]")
{
    SftpFixture t;
    t.f.access->user.id = QStringLiteral("user-biller-1");
    t.f.access->user.username = QStringLiteral("bella");
    FetchedWithBadFile files(t);
    auto first = importFetched(t);
    REQUIRE(first.size() == 3);
    REQUIRE_FALSE(first[1].error.isEmpty());

    auto& fetched = *t.f.service<IFetchedAcks>();
    const std::size_t audited = t.f.audit->records.size();
    auto aside = fetched.setAside(QStringLiteral("b.999"),
                                  QStringLiteral("the clearinghouse resends it corrected"));
    INFO((aside.ok() ? std::string() : aside.error().toString().toStdString()));
    REQUIRE(aside.ok());
    CHECK(aside->state() == QStringLiteral("set_aside"));
    CHECK(aside->setAsideReason == QStringLiteral("the clearinghouse resends it corrected"));
    CHECK(aside->setAsideBy == QStringLiteral("user-biller-1"));
    CHECK(aside->setAsideByName == QStringLiteral("bella"));
    CHECK(aside->setAsideAt == t.f.clock->nowUtc());
    REQUIRE(t.f.audit->records.size() == audited + 1);
    CHECK(t.f.audit->records.back().entityId == aside->id);
    CHECK(t.f.audit->records.back().details.value(QStringLiteral("step")).toString() ==
          QStringLiteral("set_aside"));

    // Later runs neither fetch it again nor try it, and report nothing; its bytes are kept.
    auto refetched = t.clearinghouse().fetchAcknowledgments();
    REQUIRE(refetched.ok());
    CHECK(refetched->empty());
    CHECK(importFetched(t).empty());
    CHECK(t.count(
              QStringLiteral("SELECT COUNT(*) FROM billing_ack_files WHERE file_name = 'b.999' AND "
                             "imported_at = '' AND length(content) = %1")
                  .arg(files.broken.size())) == 1);

    // The listing shows it set aside; the imported ones only with --all.
    auto pending = fetched.list(false);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->front().name == QStringLiteral("b.999"));
    CHECK(pending->front().setAsideByName == QStringLiteral("bella"));
    auto all = fetched.list(true);
    REQUIRE(all.ok());
    CHECK(all->size() == 3);
    CHECK(all->front().state() == QStringLiteral("imported"));
    const auto granted = t.f.access->granted;
    t.f.access->granted = {perm::kView};
    CHECK(fetched.list(false).ok());
    CHECK(fetched.takeBack(QStringLiteral("b.999"), {}).error().code ==
          ErrorCode::PermissionDenied);
    t.f.access->granted = granted;

    // Taken back (by its id), the next import tries it again and reports it again.
    auto back = fetched.takeBack(aside->id, QStringLiteral("the corrected copy did not come"));
    REQUIRE(back.ok());
    CHECK(back->state() == QStringLiteral("pending"));
    CHECK(t.f.audit->records.back().details.value(QStringLiteral("step")).toString() ==
          QStringLiteral("taken_back"));
    auto retried = importFetched(t);
    REQUIRE(retried.size() == 1);
    CHECK(retried.front().fileName == QStringLiteral("b.999"));
    CHECK_FALSE(retried.front().error.isEmpty());

    // Set aside again: the history keeps both.
    REQUIRE(fetched.setAside(QStringLiteral("b.999"), QStringLiteral("still broken")).ok());
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_ack_file_set_asides")) == 2);
    CHECK(t.count(QStringLiteral(
              "SELECT COUNT(*) FROM billing_ack_file_set_asides WHERE taken_back_at = ''")) == 1);
}

TEST_CASE(
    "Setting aside a file never fetched, one imported, one set aside, or without a reason is "
    "refused",
    "[billing][sftp][acks][set_aside]")
{
    SftpFixture t;
    FetchedWithBadFile files(t);
    importFetched(t);
    auto& fetched = *t.f.service<IFetchedAcks>();
    const std::size_t audited = t.f.audit->records.size();

    auto never = fetched.setAside(QStringLiteral("z.999"), QStringLiteral("not ours"));
    REQUIRE_FALSE(never.ok());
    CHECK(never.error().code == ErrorCode::NotFound);
    CHECK(never.error().message.contains(QStringLiteral("z.999")));

    auto imported = fetched.setAside(QStringLiteral("a.999"), QStringLiteral("x"));
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message.contains(QStringLiteral("imported")));

    auto noReason = fetched.setAside(QStringLiteral("b.999"), QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == ErrorCode::InvalidInput);

    auto notAside = fetched.takeBack(QStringLiteral("b.999"), {});
    REQUIRE_FALSE(notAside.ok());
    CHECK(notAside.error().message.contains(QStringLiteral("not set aside")));
    CHECK(fetched.takeBack(QStringLiteral("nothing.277"), {}).error().code == ErrorCode::NotFound);

    const auto granted = t.f.access->granted;
    t.f.access->granted = {perm::kView};
    CHECK(fetched.setAside(QStringLiteral("b.999"), QStringLiteral("x")).error().code ==
          ErrorCode::PermissionDenied);
    t.f.access->granted = granted;

    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_ack_file_set_asides")) == 0);
    CHECK(t.f.audit->records.size() == audited);

    REQUIRE(fetched.setAside(QStringLiteral("b.999"), QStringLiteral("broken at the source")).ok());
    auto twice = fetched.setAside(QStringLiteral("b.999"), QStringLiteral("again"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(twice.error().message.contains(QStringLiteral("broken at the source")));
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM billing_ack_file_set_asides")) == 1);
}

TEST_CASE(
    "A practice file whose submission schema is at version 2 gains the set-asides, its fetched "
    "files kept",
    "[billing][acks][set_aside]")
{
    BillingFixture f;
    storage::MigrationSet older = submissionMigrations();
    REQUIRE(older.migrations.size() == 3);
    older.migrations.pop_back();
    REQUIRE(f.db->migrate({scrubMigrations(), older, ackMigrations()}).ok());
    REQUIRE(storage::exec(
                f.db->connection(),
                QStringLiteral(
                    "INSERT INTO billing_ack_files (id, remote_dir, file_name, size, mtime, "
                    "content, fetched_at, fetched_by) VALUES ('f1', '/acks', 'old.999', 3, 1, "
                    "'ISA', '2025-03-07T15:00:00.000Z', 'user-1')"))
                .ok());
    CHECK(f.count(QStringLiteral(
              "SELECT count(*) FROM sqlite_master WHERE name = 'billing_ack_file_set_asides'")) ==
          0);

    REQUIRE(f.db->migrate({submissionMigrations()}).ok());
    REQUIRE(f.db->migrate({submissionMigrations()}).ok());  // again: nothing to do
    auto& fetched = *f.service<IFetchedAcks>();
    auto listed = fetched.list(false);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().state() == QStringLiteral("pending"));
    REQUIRE(fetched.setAside(QStringLiteral("old.999"), QStringLiteral("from before the upgrade"))
                .ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_ack_files WHERE content = 'ISA'")) ==
          1);
}

TEST_CASE("The clearinghouse's pending acknowledgments leave out a file while it is set aside",
          "[billing][sftp][acks][set_aside]")
{
    SftpFixture t;
    FetchedWithBadFile files(t);
    auto pendingNames = [&t] {
        auto pending = t.clearinghouse().pendingAcknowledgments();
        INFO((pending.ok() ? std::string() : pending.error().toString().toStdString()));
        REQUIRE(pending.ok());
        QStringList names;
        for (const AckFile& a : pending.value())
            names << a.name;
        return names;
    };
    REQUIRE(pendingNames() ==
            QStringList{QStringLiteral("a.999"), QStringLiteral("b.999"), QStringLiteral("c.277")});

    auto& fetched = *t.f.service<IFetchedAcks>();
    REQUIRE(fetched.setAside(QStringLiteral("b.999"), QStringLiteral("resent corrected")).ok());
    CHECK(pendingNames() == QStringList{QStringLiteral("a.999"), QStringLiteral("c.277")});

    // Taken back (without a note), it is pending again; the import then takes the good files
    // and leaves it.
    auto back = fetched.takeBack(QStringLiteral("b.999"), {});
    INFO((back.ok() ? std::string() : back.error().toString().toStdString()));
    REQUIRE(back.ok());
    CHECK(pendingNames() ==
          QStringList{QStringLiteral("a.999"), QStringLiteral("b.999"), QStringLiteral("c.277")});
    importFetched(t);
    CHECK(pendingNames() == QStringList{QStringLiteral("b.999")});
    REQUIRE(fetched.setAside(QStringLiteral("b.999"), QStringLiteral("still broken")).ok());
    CHECK(pendingNames().isEmpty());
}
