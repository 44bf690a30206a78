// Real-time claim status (276/277) through the CAQH CORE client against an HTTPS server of the
// tests' own on loopback.
#include "billing/core/claim_status_service.h"
#include "billing/core/eligibility.h"
#include "claim_status_test_support.h"
#include "core_endpoint_test_server.h"
#include "eligibility_checks.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::test;

namespace {

const QString kAnswerType = ClaimStatusService::responsePayloadType();

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

QString recorded(BillingFixture& f)
{
    return snapshot(f) + QStringLiteral(" lines=%1").arg(
                             f.count(QStringLiteral("SELECT count(*) FROM billing_payer_line_statuses")));
}

// The request fails with `words` (in the message or its details) naming the endpoint, and
// nothing is recorded.
void requireFailure(BillingFixture& f, const Claim& claim, const QString& words)
{
    const QString before = recorded(f);
    auto result = f.service<IClaimStatus>()->requestRealtime({claim.claimNumber});
    REQUIRE_FALSE(result.ok());
    const QString text = result.error().toString();
    INFO(text.toStdString());
    CHECK(text.contains(words));
    CHECK(text.contains(QStringLiteral("127.0.0.1")));
    CHECK(text.contains(QStringLiteral("Nothing was recorded")));
    CHECK_FALSE(text.contains(QStringLiteral("s3cret-word")));
    CHECK(recorded(f) == before);
}

}  // namespace

TEST_CASE("real-time 276/277 through the CORE endpoint", "[claim_status][clearinghouse]")
{
    static CoreTestPki pki;
    BillingFixture f;
    enableEligibility(f);
    const Claim claim = sendTwoLineClaim(f);
    auto& status = *f.service<IClaimStatus>();

    SECTION("SOAP and MIME: the 277's claim and line statuses are stored and told")
    {
        const QString envelope = GENERATE(QStringLiteral("soap"), QStringLiteral("mime"));
        CoreTestServer server(pki, QStringLiteral("success"), answer277Lines(960, "%TRACE%"), kAnswerType);
        point(f, pki, server.port, envelope);
        auto done = status.requestRealtime({claim.claimNumber});
        INFO((done.ok() ? std::string() : done.error().toString().toStdString()));
        REQUIRE(done.ok());
        CHECK(done->host == QStringLiteral("127.0.0.1"));
        REQUIRE(done->request.traceNumbers.size() == 1);
        REQUIRE(done->applied.claims.size() == 1);
        const AckClaimChange& c = done->applied.claims[0];
        CHECK(c.claimNumber == claim.claimNumber);
        CHECK(c.code == QStringLiteral("F1:65"));
        CHECK(c.payerClaimNumber == QStringLiteral("PAYERCLM7"));
        REQUIRE(c.lines.size() == 2);
        CHECK(c.lines[0].category == QStringLiteral("F2"));
        CHECK(c.lines[1].toText().contains(QStringLiteral("Claim or line has been paid")));
        auto stored = f.service<IAckImport>()->payerStatuses(claim.id);
        REQUIRE(stored.ok());
        REQUIRE(stored->size() == 1);
        CHECK(stored->back().lines.size() == 2);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_status_requests WHERE trace = ?"),
                      {done->request.traceNumbers[0]}) == 1);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_ack_imports")) == 1);
        CHECK(claimNow(f, claim.id).status == ClaimStatus::Submitted);
    }
    SECTION("asking about one service line: the 276 sent carries its 2210D loop")
    {
        CoreTestServer server(pki, QStringLiteral("success"), answer277Lines(968, "%TRACE%"), kAnswerType);
        point(f, pki, server.port);
        const ClaimLine& strep = claim.lines[0].code == QStringLiteral("87880") ? claim.lines[0] : claim.lines[1];
        auto done = status.requestRealtime({claim.claimNumber}, {strep.id});
        INFO((done.ok() ? std::string() : done.error().toString().toStdString()));
        REQUIRE(done.ok());
        const x12::Document sent = requireValid276(done->request.content);
        const auto lines = sent.interchanges[0].groups[0].transactions[0].root.descendants("2210D");
        REQUIRE(lines.size() == 1);
        CHECK(lines.front()->segment("SVC")->element(1) == "HC:87880");
        REQUIRE(done->applied.claims.size() == 1);
        CHECK(done->applied.claims[0].lines[0].claimLineId == strep.id);
        const QString before = recorded(f);
        auto unknown = status.requestRealtime({claim.claimNumber}, {QStringLiteral("9")});
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().code == ErrorCode::NotFound);
        CHECK(recorded(f) == before);
    }
    SECTION("a server that never answers times out")
    {
        CoreTestServer server(pki, QStringLiteral("silent"), answer277Lines(961, "%TRACE%"), kAnswerType);
        point(f, pki, server.port);
        requireFailure(f, claim, QStringLiteral("did not answer within 2 s"));
    }
    SECTION("a server that closes the connection")
    {
        CoreTestServer server(pki, QStringLiteral("close"), answer277Lines(962, "%TRACE%"), kAnswerType);
        point(f, pki, server.port);
        requireFailure(f, claim, QStringLiteral("connection to the clearinghouse 127.0.0.1 failed"));
    }
    SECTION("a refused connection")
    {
        point(f, pki, freeLoopbackPort());
        requireFailure(f, claim, QStringLiteral("refused the connection"));
    }
    SECTION("a SOAP fault, an HTTP error, a CORE error code")
    {
        {
            CoreTestServer server(pki, QStringLiteral("fault"), answer277Lines(963, "%TRACE%"), kAnswerType);
            point(f, pki, server.port);
            requireFailure(f, claim, QStringLiteral("SOAP fault (soapenv:Sender): UsernameToken rejected"));
        }
        {
            CoreTestServer server(pki, QStringLiteral("http500"), answer277Lines(964, "%TRACE%"), kAnswerType);
            point(f, pki, server.port);
            requireFailure(f, claim, QStringLiteral("HTTP 500"));
        }
        CoreTestServer server(pki, QStringLiteral("coreerror"), answer277Lines(965, "%TRACE%"), kAnswerType);
        point(f, pki, server.port);
        requireFailure(f, claim, QStringLiteral("CORE error Receiver: Payer system unavailable"));
    }
    SECTION("a 277 answer that cannot be applied records no request either")
    {
        CoreTestServer server(pki, QStringLiteral("success"),
                              answer277Lines(967, "%TRACE%", {"SVC*HC:99213*12X5*80****1", "STC*F1:65*20250310"}),
                              kAnswerType);
        point(f, pki, server.port);
        requireFailure(f, claim, QStringLiteral("segment 17 (SVC)"));
    }
    SECTION("an answer that is not a 277")
    {
        CoreTestServer server(pki, QStringLiteral("success"), answer277Lines(966, "%TRACE%"),
                              QStringLiteral("X12_271_Response_005010X279A1"));
        point(f, pki, server.port);
        requireFailure(f, claim, QStringLiteral("not X12_277_Response_005010X212"));
    }
}
