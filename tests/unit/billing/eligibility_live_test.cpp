// The real-time eligibility client against an HTTPS server of the tests' own on loopback.
#include "billing/core/core_connectivity_client.h"
#include "billing/core/eligibility_service.h"
#include "core_endpoint_test_server.h"
#include "eligibility_checks.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::test;

namespace {

const QByteArray kAnswer = make271("%TRACE%", "HL*3*2*22*0~\nTRN*2*%TRACE%*9877281234~\n"
                                              "NM1*IL*1*EXAMPLE*ALICE****MI*ACM100200~\n"
                                              "EB*1*IND*30**ACME PPO GOLD~\n"
                                              "EB*B*IND*98*HM*ACME PPO GOLD*27*25*****Y~\n"
                                              "EB*C*IND*30**ACME PPO GOLD*29*350.25*****Y~");

void point(BillingFixture& f, const CoreTestPki& pki, int port, const QString& envelope = QStringLiteral("soap"))
{
    EligibilityEndpoint e;
    e.url = QStringLiteral("https://127.0.0.1:%1/core").arg(port);
    e.envelope = envelope;
    e.senderId = QStringLiteral("FRONTDESK");
    e.receiverId = QStringLiteral("CLEARINGHOUSE");
    e.username = QStringLiteral("practice");
    e.password = QStringLiteral("s3cret-word");
    e.caBundlePath = pki.ca;
    e.timeoutSeconds = 2;
    auto saved = f.service<IEligibilityService>()->setEndpoint(e);
    INFO((saved.ok() ? std::string() : saved.error().toString().toStdString()));
    REQUIRE(saved.ok());
}

qint64 checks(BillingFixture& f)
{
    return f.count(QStringLiteral("SELECT count(*) FROM billing_eligibility_checks"));
}

// The check fails with a message containing `words` and stores nothing.
void requireFailure(BillingFixture& f, const QString& words)
{
    const qint64 before = checks(f);
    auto result = f.service<IEligibilityService>()->checkNow(f.aliceCoverageId);
    REQUIRE_FALSE(result.ok());
    INFO(result.error().toString().toStdString());
    CHECK(result.error().message.contains(words));
    CHECK_FALSE(result.error().toString().contains(QStringLiteral("s3cret-word")));
    CHECK(checks(f) == before);
}

}  // namespace

TEST_CASE("real-time eligibility over CORE SOAP and MIME to a local HTTPS endpoint", "[eligibility][clearinghouse]")
{
    static CoreTestPki pki;
    BillingFixture f;
    enableEligibility(f);
    auto& service = *f.service<IEligibilityService>();

    SECTION("SOAP: the 271 is read, stored and shown at check-in")
    {
        CoreTestServer server(pki, QStringLiteral("success"), kAnswer);
        point(f, pki, server.port);
        auto check = service.checkNow(f.aliceCoverageId);
        INFO((check.ok() ? std::string() : check.error().toString().toStdString()));
        REQUIRE(check.ok());
        CHECK(check->status == EligibilityStatus::Active);
        CHECK(check->channel == CheckChannel::RealTime);
        CHECK(check->benefits.planName == QStringLiteral("ACME PPO GOLD"));
        CHECK(check->response.contains(check->traceNumber.toLatin1()));
        CHECK(checks(f) == 1);
        auto summary = f.service<calendar::IInsuranceCheck>()->checkNow(f.aliceCoverageId);
        REQUIRE(summary.ok());
        CHECK(summary->status == QStringLiteral("active"));
        CHECK(summary->officeVisitCopay == Money::fromCents(2500));
        CHECK(summary->deductibleRemaining == Money::fromCents(35025));
        CHECK(checks(f) == 2);
    }
    SECTION("MIME multipart, and the batch for a day's appointments")
    {
        CoreTestServer server(pki, QStringLiteral("success"), kAnswer);
        point(f, pki, server.port, QStringLiteral("mime"));
        const auto visit = f.pastAppointment(f.aliceId);
        BatchOptions options;
        options.day = visit.start.date();
        auto batch = service.runBatch(options);
        REQUIRE(batch.ok());
        CHECK(batch->checked == 1);
        auto list = service.verificationList(options.day);
        REQUIRE(list.ok());
        REQUIRE(list->size() == 1);
        CHECK(list->front().status == EligibilityStatus::Active);
        CHECK(list->front().copay == Money::fromCents(2500));
    }
    SECTION("a server that never answers times out")
    {
        CoreTestServer server(pki, QStringLiteral("silent"), kAnswer);
        point(f, pki, server.port);
        requireFailure(f, QStringLiteral("did not answer within 2 s"));
        // The batch lists the error rather than stopping.
        const auto visit = f.pastAppointment(f.aliceId);
        BatchOptions options;
        options.day = visit.start.date();
        auto batch = service.runBatch(options);
        REQUIRE(batch.ok());
        CHECK(batch->errors == 1);
        CHECK(service.verificationList(options.day)->front().status == EligibilityStatus::Error);
        CHECK(checks(f) == 0);
    }
    SECTION("a refused connection")
    {
        point(f, pki, freeLoopbackPort());
        requireFailure(f, QStringLiteral("refused the connection"));
    }
    SECTION("a certificate the test CA did not sign")
    {
        CoreTestServer server(pki, QStringLiteral("success"), kAnswer, QStringLiteral("X12_271_Response_005010X279A1"), false);
        point(f, pki, server.port);
        requireFailure(f, QStringLiteral("TLS"));
    }
    SECTION("a SOAP fault")
    {
        CoreTestServer server(pki, QStringLiteral("fault"), kAnswer);
        point(f, pki, server.port);
        requireFailure(f, QStringLiteral("SOAP fault (soapenv:Sender): UsernameToken rejected"));
    }
    SECTION("an HTTP error")
    {
        CoreTestServer server(pki, QStringLiteral("http500"), kAnswer);
        point(f, pki, server.port);
        requireFailure(f, QStringLiteral("HTTP 500"));
    }
    SECTION("an answer of another payload type, and a payload that is not a 271")
    {
        {
            CoreTestServer server(pki, QStringLiteral("not271"), kAnswer);
            point(f, pki, server.port);
            requireFailure(f, QStringLiteral("not X12_271_Response_005010X279A1"));
        }
        CoreTestServer server(pki, QStringLiteral("success"), "this is not X12");
        point(f, pki, server.port);
        requireFailure(f, QStringLiteral("not a 271"));
    }
}

TEST_CASE("the CORE envelopes carry the rule's fields", "[eligibility]")
{
    CoreEndpointSettings s;
    s.senderId = QStringLiteral("FRONTDESK");
    s.receiverId = QStringLiteral("CLEARINGHOUSE");
    s.username = QStringLiteral("practice");
    s.password = QStringLiteral("pw&<>");
    const CoreRequest r{QStringLiteral("X12_276_Request_005010X212"), {}, "ISA*00~A&B~", QStringLiteral("id-1"),
                        QDateTime(QDate(2025, 3, 7), QTime(15, 0), Qt::UTC)};
    const QByteArray soap = CoreConnectivityClient::soapBody(s, r);
    for (const char* part : {"<PayloadType>X12_276_Request_005010X212</PayloadType>",
                             "<ProcessingMode>RealTime</ProcessingMode>", "<PayloadID>id-1</PayloadID>",
                             "<TimeStamp>2025-03-07T15:00:00Z</TimeStamp>", "<SenderID>FRONTDESK</SenderID>",
                             "<ReceiverID>CLEARINGHOUSE</ReceiverID>", "<CORERuleVersion>2.2.0</CORERuleVersion>",
                             "<Payload>ISA*00~A&amp;B~</Payload>", "COREEnvelopeRealTimeRequest",
                             "http://www.w3.org/2003/05/soap-envelope", "pw&amp;&lt;&gt;"})
        CHECK(soap.contains(part));
    const QByteArray mime = CoreConnectivityClient::mimeBody(s, r, "b1");
    CHECK(mime.contains("--b1\r\nContent-Disposition: form-data; name=\"PayloadType\"\r\n\r\nX12_276_Request_005010X212\r\n"));
    CHECK(mime.endsWith("--b1--\r\n"));
    auto parsed = CoreConnectivityClient::parseMime(QStringLiteral("h"), "multipart/form-data; boundary=\"b1\"", mime);
    REQUIRE(parsed.ok());
    CHECK(parsed->payload == "ISA*00~A&B~");
    CHECK(parsed->payloadType == QStringLiteral("X12_276_Request_005010X212"));
    auto fault = CoreConnectivityClient::parseSoap(QStringLiteral("h"), "<not xml");
    REQUIRE_FALSE(fault.ok());
    CHECK(fault.error().message.contains(QStringLiteral("not a SOAP 1.2 envelope")));
}
