// The billing settings pages (Clearinghouse, Real-time eligibility): offered only with their
// permissions, validated with messages naming the field, saved through the services with
// secrets kept when their fields are left empty.
#include "billing/core/billing_permissions.h"
#include "billing/ui/clearinghouse_settings_page.h"
#include "billing/ui/endpoint_settings_page.h"
#include "billing_ui_support.h"
#include "sftp_fixture.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <optional>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::ui;
using namespace fd::billing::ui::test;
using namespace fd::billing::test;

namespace {

const QString kFingerprint = QStringLiteral("SHA256:") + QString(43, QLatin1Char('A'));

struct SettingsHarness
{
    explicit SettingsHarness(BillingFixture& f)
    {
        migrateLaterBilling(f);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        REQUIRE(module.initialize(f.registry).ok());
        REQUIRE(module.allModulesInitialized(f.registry).ok());
    }
    std::vector<shell::SettingsPage*> pages() { return module.createSettingsPages(&parent); }
    template <typename Page>
    Page* page()
    {
        for (shell::SettingsPage* p : pages())
            if (auto* wanted = qobject_cast<Page*>(p))
                return wanted;
        return nullptr;
    }

    BillingModule module;
    QWidget parent;
};

QLineEdit* edit(QWidget* page, const char* name)
{
    auto* e = page->findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(e);
    return e;
}

void choose(QWidget* page, const char* combo, int data)
{
    auto* c = page->findChild<QComboBox*>(QString::fromLatin1(combo));
    REQUIRE(c);
    c->setCurrentIndex(c->findData(data));
}

// Rows of the stored clearinghouse whose password column holds `password`.
qint64 storedWithPassword(BillingFixture& f, const QByteArray& password)
{
    return f.count(QStringLiteral("SELECT COUNT(*) FROM billing_clearinghouse WHERE password = ?"),
                   {password});
}

// Every audit entry's details as text: secrets must never be in them.
QString auditText(BillingFixture& f)
{
    QString all;
    for (const security::AuditRecord& r : f.audit->records)
        all += QString::fromUtf8(QJsonDocument(r.detailsObject()).toJson());
    return all;
}

// Starts the connection test and waits for its outcome (the page's signal).
std::optional<bool> awaitTest(ClearinghouseSettingsPage* page)
{
    QSignalSpy finished(page, &ClearinghouseSettingsPage::testFinished);
    if (!page->testConnection())
        return std::nullopt;
    if (!finished.wait(20000))
        return std::nullopt;
    return finished.front().front().toBool();
}

void fillSftp(ClearinghouseSettingsPage* page)
{
    choose(page, "mode", int(DeliveryMode::Sftp));
    edit(page, "host")->setText(QStringLiteral("127.0.0.1"));
    edit(page, "port")->setText(QStringLiteral("2222"));
    edit(page, "user")->setText(QStringLiteral("practice"));
    edit(page, "hostKey")->setText(kFingerprint);
    edit(page, "uploadDir")->setText(QStringLiteral("/inbound"));
}

}  // namespace

TEST_CASE("the billing settings pages need the permissions the CLI needs", "[billing_ui][settings]")
{
    BillingFixture f;
    f.access->granted.remove(perm::kSubmit);
    f.access->granted.remove(perm::kSetup);
    SECTION("neither")
    {
        SettingsHarness h(f);
        CHECK(h.pages().empty());
    }
    SECTION("billing.submit: the clearinghouse page only")
    {
        f.access->granted.insert(perm::kSubmit);
        SettingsHarness h(f);
        auto pages = h.pages();
        REQUIRE(pages.size() == 1);
        CHECK(pages.front()->title() == QStringLiteral("Clearinghouse"));
    }
    SECTION("billing.setup: the real-time eligibility page only")
    {
        f.access->granted.insert(perm::kSetup);
        f.access->granted.insert(perm::kEligibility);
        SettingsHarness h(f);
        auto pages = h.pages();
        REQUIRE(pages.size() == 1);
        CHECK(pages.front()->title() == QStringLiteral("Real-time eligibility"));
    }
}

TEST_CASE("the clearinghouse page validates, saves and keeps a secret left empty",
          "[billing_ui][settings]")
{
    BillingFixture f;
    SettingsHarness h(f);
    auto* page = h.page<ClearinghouseSettingsPage>();
    REQUIRE(page);
    CHECK(page->message().contains(QStringLiteral("No clearinghouse is set up")));
    auto service = f.service<IClearinghouse>();
    fillSftp(page);

    edit(page, "port")->setText(QStringLiteral("70000"));
    auto bad = page->save();
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(
        QStringLiteral("port \"70000\" is not a number from 1 to 65535")));
    edit(page, "port")->setText(QStringLiteral("2222"));
    edit(page, "hostKey")->clear();
    bad = page->save();
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("host key fingerprint is missing")));
    edit(page, "hostKey")->setText(QStringLiteral("SHA256:short"));
    bad = page->save();
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("is not a SHA256 fingerprint")));
    edit(page, "hostKey")->setText(kFingerprint);
    bad = page->save();
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("needs the password")));
    CHECK_FALSE(service->settings()->configured);  // nothing was saved by the failures

    edit(page, "password")->setText(QStringLiteral("s3cret-Pass"));
    REQUIRE(page->save().ok());
    CHECK(service->settings()->configured);
    CHECK(service->settings()->host == QStringLiteral("127.0.0.1"));
    CHECK(service->settings()->port == 2222);
    CHECK(service->secretsSet()->contains(QStringLiteral("password")));
    CHECK(storedWithPassword(f, "s3cret-Pass") == 1);
    // Never shown again: the field is empty and says a password is stored.
    CHECK(edit(page, "password")->text().isEmpty());
    CHECK(edit(page, "password")->placeholderText().contains(QStringLiteral("stored")));

    // Another page (the dialog opened again) loads what was saved; the password stays when
    // its field is left empty.
    auto* again = h.page<ClearinghouseSettingsPage>();
    REQUIRE(again);
    CHECK(edit(again, "host")->text() == QStringLiteral("127.0.0.1"));
    CHECK(edit(again, "hostKey")->text() == kFingerprint);
    CHECK(edit(again, "password")->text().isEmpty());
    edit(again, "user")->setText(QStringLiteral("billing"));
    again->apply();
    CHECK(again->message() == QStringLiteral("The clearinghouse settings were saved."));
    CHECK(service->settings()->username == QStringLiteral("billing"));
    CHECK(storedWithPassword(f, "s3cret-Pass") == 1);
    CHECK_FALSE(auditText(f).contains(QStringLiteral("s3cret-Pass")));
    CHECK(auditText(f).contains(QStringLiteral("secrets_changed")));
}

TEST_CASE("the clearinghouse page tests the connection off the GUI thread and shows the outcome",
          "[billing_ui][settings]")
{
    BillingFixture f;
    SettingsHarness h(f);
    auto* page = h.page<ClearinghouseSettingsPage>();
    REQUIRE(page);
    auto* button = page->findChild<QPushButton*>(QStringLiteral("testConnection"));
    auto* busy = page->findChild<QWidget*>(QStringLiteral("testBusy"));
    REQUIRE(button);
    REQUIRE(busy);
    SECTION("an outbox folder")
    {
        QTemporaryDir outbox;
        QFile(QDir(outbox.path()).filePath(QStringLiteral("earlier.837"))).open(QIODevice::WriteOnly);
        choose(page, "mode", int(DeliveryMode::Folder));
        edit(page, "outbox")->setText(QStringLiteral("relative/outbox"));
        CHECK_FALSE(page->testConnection());  // refused before any thread starts
        CHECK_FALSE(page->isTesting());
        CHECK(page->message().contains(QStringLiteral("absolute path")));
        edit(page, "outbox")->setText(outbox.path());
        REQUIRE(awaitTest(page) == true);  // saves the changes first
        CHECK(f.service<IClearinghouse>()->settings()->outboxDir == outbox.path());
        CHECK(page->message().contains(QStringLiteral("can be written; it holds 1 file")));
        CHECK_FALSE(page->hasUnsavedChanges());
        CHECK(busy->isHidden());
        CHECK(button->isEnabled());
        CHECK(QDir(outbox.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);  // the probe is gone
    }
    SECTION("an SFTP port nobody listens on")
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        fillSftp(page);
        edit(page, "port")->setText(QString::number(port));
        edit(page, "password")->setText(QStringLiteral("s3cret-Pass"));
        REQUIRE(awaitTest(page) == false);
        CHECK(page->message().startsWith(QStringLiteral("The connection test failed:")));
        CHECK(page->message().contains(QStringLiteral("127.0.0.1")));
        CHECK_FALSE(page->message().contains(QStringLiteral("s3cret-Pass")));
        CHECK(busy->isHidden());
        CHECK(button->isEnabled());
    }
    SECTION("an SFTP server that never speaks: the page stays usable while libssh waits")
    {
        // It accepts the connection and says nothing, so libssh waits out the connect timeout.
        QTcpServer silent;
        REQUIRE(silent.listen(QHostAddress::LocalHost));
        auto service = f.service<IClearinghouse>();
        ClearinghouseSettings s = *service->settings();
        s.configured = true;
        s.mode = DeliveryMode::Sftp;
        s.host = QStringLiteral("127.0.0.1");
        s.port = silent.serverPort();
        s.username = QStringLiteral("practice");
        s.hostKeySha256 = kFingerprint;
        s.uploadDir = QStringLiteral("/inbound");
        s.connectTimeoutSeconds = 2;
        ClearinghouseSecrets secrets;
        secrets.password = SecureBytes::fromByteArray(QByteArrayLiteral("s3cret-Pass"));
        REQUIRE(service->saveSettings(s, std::move(secrets), {}).ok());
        auto* again = h.page<ClearinghouseSettingsPage>();
        REQUIRE(again);
        auto* againBusy = again->findChild<QWidget*>(QStringLiteral("testBusy"));
        QSignalSpy finished(again, &ClearinghouseSettingsPage::testFinished);
        REQUIRE(again->testConnection());
        // The call came back before the server answered: the probe runs on a worker.
        CHECK(again->isTesting());
        CHECK(finished.isEmpty());
        CHECK(again->message() == QStringLiteral("Connecting…"));
        CHECK_FALSE(againBusy->isHidden());
        CHECK_FALSE(again->findChild<QPushButton*>(QStringLiteral("testConnection"))->isEnabled());
        CHECK_FALSE(again->testConnection());  // one test at a time
        // This thread's events go on meanwhile: timers fire and typing reaches the form.
        int ticksWhileTesting = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            if (again->isTesting())
                ++ticksWhileTesting;
        });
        ticker.start(50);
        QTimer::singleShot(100, again, [again] { QTest::keyClicks(edit(again, "user"), QStringLiteral("-2")); });
        REQUIRE(finished.wait(20000));
        CHECK(ticksWhileTesting >= 3);
        CHECK(edit(again, "user")->text() == QStringLiteral("practice-2"));
        CHECK(finished.front().front().toBool() == false);
        INFO(again->message().toStdString());
        CHECK(again->message().startsWith(QStringLiteral("The connection test failed:")));
        CHECK(again->message().contains(QStringLiteral("127.0.0.1")));
        CHECK_FALSE(again->message().contains(QStringLiteral("s3cret-Pass")));
        CHECK(againBusy->isHidden());
        CHECK_FALSE(again->isTesting());
    }
}

TEST_CASE("Test Connection on the worker thread reaches a real SFTP server",
          "[billing_ui][settings][sftp]")
{
    SftpFixture t;
    t.save(t.settings(t.sshd.port()));
    QFile(QDir(t.sshd.uploadDir()).filePath(QStringLiteral("waiting.837")))
        .open(QIODevice::WriteOnly);
    SettingsHarness h(t.f);
    auto* page = h.page<ClearinghouseSettingsPage>();
    REQUIRE(page);
    REQUIRE(awaitTest(page) == true);
    INFO(page->message().toStdString());
    CHECK(page->message().startsWith(QStringLiteral("Connected to sftp://")));
    CHECK(page->message().contains(t.sshd.hostKeyFingerprint()));
    CHECK(page->message().contains(QStringLiteral("the upload folder holds 1 file(s)")));
    CHECK_FALSE(page->isTesting());
}

TEST_CASE("the real-time eligibility page wants https and keeps the password",
          "[billing_ui][settings]")
{
    BillingFixture f;
    f.access->granted.insert(perm::kEligibility);
    SettingsHarness h(f);
    auto* page = h.page<EndpointSettingsPage>();
    REQUIRE(page);
    CHECK(page->message() == QStringLiteral("No real-time endpoint is set up yet."));
    auto service = f.service<IEligibilityService>();
    edit(page, "url")->setText(QStringLiteral("http://core.clearinghouse.example.com/rt"));
    edit(page, "senderId")->setText(QStringLiteral("FRONTDESK"));
    edit(page, "receiverId")->setText(QStringLiteral("ACMEHEALTH"));
    edit(page, "username")->setText(QStringLiteral("practice"));
    edit(page, "password")->setText(QStringLiteral("pw-Secret-1"));
    auto bad = page->save();
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("must start with https://")));
    edit(page, "url")->setText(QStringLiteral("https://core.clearinghouse.example.com/rt"));
    edit(page, "caFile")->setText(QStringLiteral("/nonexistent/ca.pem"));
    bad = page->save();
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("/nonexistent/ca.pem does not exist")));
    CHECK_FALSE(service->endpoint().ok());  // nothing saved yet
    edit(page, "caFile")->clear();
    page->findChild<QComboBox*>(QStringLiteral("envelope"))->setCurrentIndex(1);
    page->findChild<QSpinBox*>(QStringLiteral("timeout"))->setValue(45);
    page->apply();
    CHECK(page->message() == QStringLiteral("The real-time eligibility settings were saved."));
    auto saved = service->endpoint();
    REQUIRE(saved);
    CHECK(saved->envelope == QStringLiteral("mime"));
    CHECK(saved->timeoutSeconds == 45);
    CHECK(saved->hasPassword);
    CHECK(saved->password.isEmpty());  // never read back
    const QString passwordSql =
        QStringLiteral("SELECT COUNT(*) FROM billing_eligibility_endpoint WHERE password = ?");
    CHECK(f.count(passwordSql, {QStringLiteral("pw-Secret-1")}) == 1);
    CHECK(edit(page, "password")->text().isEmpty());

    auto* again = h.page<EndpointSettingsPage>();
    REQUIRE(again);
    CHECK(edit(again, "url")->text() ==
          QStringLiteral("https://core.clearinghouse.example.com/rt"));
    CHECK(edit(again, "password")->placeholderText().contains(QStringLiteral("stored")));
    edit(again, "receiverId")->setText(QStringLiteral("ACMEHEALTH2"));
    REQUIRE(again->save().ok());
    CHECK(service->endpoint()->receiverId == QStringLiteral("ACMEHEALTH2"));
    CHECK(f.count(passwordSql, {QStringLiteral("pw-Secret-1")}) == 1);
    CHECK_FALSE(auditText(f).contains(QStringLiteral("pw-Secret-1")));
}
