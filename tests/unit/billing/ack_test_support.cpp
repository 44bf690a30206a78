#include "ack_test_support.h"

#include "billing/core/ack_registration.h"

#include <catch2/catch_test_macros.hpp>

namespace fd::billing::test {

namespace {

QByteArray isa(qint64 isa13)
{
    return "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*FRONTDESK      *250308*1200*^*00501*" +
           QByteArray::number(isa13).rightJustified(9, '0') + "*0*T*:~\n";
}

}  // namespace

QByteArray inbound(qint64 isa13, const QByteArray& functionalId, qint64 gs06, const QByteArray& set,
                   const QByteArray& version, const QList<QByteArray>& body)
{
    QByteArray out = isa(isa13);
    out += "GS*" + functionalId + "*CLEARINGHOUSE*FRONTDESK*20250308*1200*" + QByteArray::number(gs06) + "*X*" +
           version + "~\n";
    out += "ST*" + set + "*0001*" + version + "~\n";
    for (const QByteArray& s : body)
        out += s + "~\n";
    out += "SE*" + QByteArray::number(body.size() + 2) + "*0001~\n";
    out += "GE*1*" + QByteArray::number(gs06) + "~\n";
    out += "IEA*1*" + QByteArray::number(isa13).rightJustified(9, '0') + "~\n";
    return out;
}

QByteArray ta1File(qint64 isa13, qint64 answered, char status, const QByteArray& note)
{
    return isa(isa13) + "TA1*" + QByteArray::number(answered).rightJustified(9, '0') + "*250308*1200*" +
           QByteArray(1, status) + "*" + note + "~\nIEA*0*" + QByteArray::number(isa13).rightJustified(9, '0') +
           "~\n";
}

QByteArray ack999(qint64 isa13, qint64 group, bool accept, const QByteArray& setControl)
{
    QList<QByteArray> body{"AK1*HC*" + QByteArray::number(group) + "*005010X222A1",
                           "AK2*837*" + setControl + "*005010X222A1"};
    if (accept)
        body << "IK5*A" << "AK9*A*1*1*1";
    else
        body << "IK3*CLM*15*2300*8" << "IK4*2*782*7*ABC" << "IK5*R*5" << "AK9*R*1*1*0";
    return inbound(isa13, "FA", isa13, "999", "005010X231A1", body);
}

QByteArray ack277ca(qint64 isa13, const QStringList& claimNumbers, const QStringList& statuses,
                    const QStringList& payerNumbers)
{
    QList<QByteArray> body{"BHT*0085*08*BATCH0001*20250308*1200*TH",
                           "HL*1**20*1",
                           "NM1*PR*2*ACME HEALTH*****PI*12345",
                           "TRN*1*0001",
                           "DTP*050*D8*20250308",
                           "DTP*009*D8*20250308",
                           "HL*2*1*21*1",
                           "NM1*41*2*EXAMPLE FAMILY PRACTICE*****46*TGJ23",
                           "TRN*2*BATCH0001",
                           "STC*A1:19:PR*20250308*WQ*200",
                           "HL*3*2*19*1",
                           "NM1*85*2*EXAMPLE FAMILY PRACTICE*****XX*1234567893",
                           "TRN*1*PROV0001",
                           "STC*A1:19:PR**WQ*200"};
    for (int i = 0; i < claimNumbers.size(); ++i) {
        body << "HL*" + QByteArray::number(4 + i) + "*3*PT"
             << "NM1*QC*1*PATIENT*TEST****MI*TEST0000000" + QByteArray::number(i + 1)
             << "TRN*2*" + claimNumbers[i].toLatin1() << "STC*" + statuses[i].toLatin1() + "*20250308*WQ*100";
        if (!payerNumbers.value(i).isEmpty())
            body << "REF*1K*" + payerNumbers[i].toLatin1();
        body << "DTP*472*D8*20250303";
    }
    return inbound(isa13, "HN", isa13, "277", "005010X214", body);
}

SentBatch sendTwoClaims(BillingFixture& f)
{
    auto migrated = f.db->migrate({ackMigrations()});
    INFO((migrated.ok() ? std::string() : migrated.error().toString().toStdString()));
    REQUIRE(migrated.ok());
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    f.enter(f.visit(f.bobId, QDate(2025, 3, 4), {QStringLiteral("99213")}));
    auto built = f.claims().build(QDate(2025, 3, 1), QDate(2025, 3, 7));
    REQUIRE(built.ok());
    REQUIRE(built->claims.size() == 2);
    f.makeReady(built->claims);
    auto written = f.exporter().export837({}, f.dir.file(QStringLiteral("batch.837")));
    INFO((written.ok() ? std::string() : written.error().toString().toStdString()));
    REQUIRE(written.ok());
    SentBatch sent{written.value(), claimNow(f, built->claims[0].id), claimNow(f, built->claims[1].id)};
    REQUIRE(sent.alice.patientId == f.aliceId);
    REQUIRE(sent.alice.status == ClaimStatus::Submitted);
    return sent;
}

AckImportResult importAck(BillingFixture& f, const QByteArray& content, const QString& name)
{
    auto imported = f.registry.get<IAckImport>()->importBytes(content, name);
    INFO((imported.ok() ? std::string() : imported.error().toString().toStdString()));
    REQUIRE(imported.ok());
    return imported.value();
}

Claim claimNow(BillingFixture& f, const QString& id)
{
    auto c = f.claims().claim(id);
    REQUIRE(c.ok());
    return c.value();
}

QString snapshot(BillingFixture& f)
{
    QStringList parts;
    for (const char* table : {"billing_ack_imports", "billing_batch_acks", "billing_rejections", "billing_payer_statuses",
                              "billing_status_requests", "billing_claim_history", "outbox"})
        parts << QString::number(f.count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    auto claims = f.claims().list();
    REQUIRE(claims.ok());
    for (const Claim& c : claims.value())
        parts << c.claimNumber + QLatin1Char('=') + claimStatusId(c.status);
    return parts.join(QLatin1Char(' '));
}

}  // namespace fd::billing::test
