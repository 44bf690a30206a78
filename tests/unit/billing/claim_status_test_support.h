#pragma once

#include "ack_test_support.h"

#include "billing/core/ack_registration.h"

#include "test_support.h"
#include "x12/x12_reader.h"
#include "x12_validation.h"

#include <catch2/catch_test_macros.hpp>


namespace fd::billing::test {

// What every 276 the project writes must pass, REQUIREd: the project's reader against its
// 276 guide (modules/x12/guides/276.5010.X212.guide: loops, segments, codes) with no findings,
// one transaction set 276; and a strict parse by node-x12 (tests/validators/validate-x12.js),
// a reader the project did not write. pyx12 publishes no 276 map, so there is no map walk.
inline x12::Document requireValid276(const QByteArray& content)
{
    x12::Document d = x12::X12Reader::readBytes(content);
    INFO((d.findings.empty() ? std::string() : d.findings.front().toText().toStdString()));
    REQUIRE(d.findings.empty());
    REQUIRE(d.transactionSets() == QStringList{QStringLiteral("276")});
    const QString report = fd::test::validateX12(content, QStringLiteral("status.276"));
    CHECK(report.contains(QStringLiteral("1 transaction set(s)")));
    return d;
}

// Alice's visit of 2025-03-03 with two lines (99213 then 87880) built, made ready and sent in
// an 837P batch; the acknowledgment tables migrated.
inline Claim sendTwoLineClaim(BillingFixture& f)
{
    auto migrated = f.db->migrate({ackMigrations()});
    REQUIRE(migrated.ok());
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213"), QStringLiteral("87880")}));
    auto built = f.claims().build(QDate(2025, 3, 1), QDate(2025, 3, 7));
    REQUIRE(built.ok());
    REQUIRE(built->claims.size() == 1);
    REQUIRE(built->claims[0].lines.size() == 2);
    f.makeReady(built->claims);
    auto written = f.exporter().export837({}, f.dir.file(QStringLiteral("batch.837")));
    INFO((written.ok() ? std::string() : written.error().toString().toStdString()));
    REQUIRE(written.ok());
    return claimNow(f, built->claims[0].id);
}

// A 277 (X212) answering trace `trace` (TRN02): the claim partly paid (F1:65), with its two
// service lines in loop 2220D, the 87880 first: 99213 paid (F1:65, 80.00), 87880 denied
// (F2:88). `lineSegments` replaces the 2220D loops when not empty.
inline QByteArray answer277Lines(qint64 isa13, const QByteArray& trace, const QList<QByteArray>& lineSegments = {})
{
    QList<QByteArray> body{"BHT*0010*08*STAT0002*20250310*0800*DG",
                           "HL*1**20*1",
                           "NM1*PR*2*ACME HEALTH*****PI*12345",
                           "HL*2*1*21*1",
                           "NM1*41*2*EXAMPLE FAMILY PRACTICE*****46*TGJ23",
                           "HL*3*2*19*1",
                           "NM1*1P*2*EXAMPLE FAMILY PRACTICE*****XX*1234567893",
                           "HL*4*3*22*0",
                           "NM1*IL*1*PATIENT*TEST****MI*TEST00000001",
                           "TRN*2*" + trace,
                           "STC*F1:65*20250310**160*80",
                           "REF*1K*PAYERCLM7",
                           "DTP*472*D8*20250303"};
    if (lineSegments.isEmpty())
        body << "SVC*HC:87880*35*0****1"
             << "STC*F2:88*20250310"
             << "REF*FJ*2"
             << "DTP*472*D8*20250303"
             << "SVC*HC:99213*125*80****1"
             << "STC*F1:65*20250310"
             << "REF*FJ*1"
             << "DTP*472*D8*20250303";
    else
        body << lineSegments;
    return inbound(isa13, "HN", isa13, "277", "005010X212", body);
}

}  // namespace fd::billing::test
