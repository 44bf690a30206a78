#include "eligibility_checks.h"

#include "billing/core/billing_permissions.h"
#include "billing/core/eligibility_service.h"
#include "test_support.h"
#include "x12/x12_reader.h"
#include "x12_validation.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>

namespace fd::billing::test {

void enableEligibility(BillingFixture& f)
{
    auto migrated = f.db->migrate({eligibilityMigrations()});
    INFO((migrated.ok() ? std::string() : migrated.error().toString().toStdString()));
    REQUIRE(migrated.ok());
    f.access->granted.insert(perm::kEligibility);
}

void requireValid270(const QByteArray& content)
{
    const x12::Document d = x12::X12Reader::readBytes(content);
    INFO((d.findings.empty() ? std::string() : d.findings.front().toText().toStdString()));
    REQUIRE(d.findings.empty());
    REQUIRE(d.transactionSets() == QStringList{QStringLiteral("270")});
    REQUIRE(d.interchanges.front().groups.front().transactions.front().guide != nullptr);

    const QString report = fd::test::validateX12(content, QStringLiteral("inquiry.270"));
    CHECK(report.contains(QStringLiteral("1 interchange(s), 1 group(s), 1 transaction set(s)")));
}

QByteArray traceOf(const QByteArray& x12)
{
    const qsizetype at = x12.indexOf("TRN*1*");
    if (at < 0)
        return {};
    return x12.mid(at + 6).split('*').first();
}

QByteArray make271(const QByteArray& trace, const QByteArray& memberSegments)
{
    QList<QByteArray> body{"BHT*0022*11*" + trace + "*20250307*1500~",
                           "HL*1**20*1~",
                           "NM1*PR*2*ACME HEALTH*****PI*60054~",
                           "HL*2*1*21*1~",
                           "NM1*1P*2*EXAMPLE FAMILY PRACTICE*****XX*1234567893~"};
    for (const QByteArray& line : memberSegments.split('\n'))
        if (!line.trimmed().isEmpty())
            body << line.trimmed();
    QByteArray out = "ISA*00*          *00*          *ZZ*ACMEHEALTH     *ZZ*FRONTDESK      *250307*1500*^*00501*"
                     "000000077*0*T*:~\n"
                     "GS*HB*ACMEHEALTH*FRONTDESK*20250307*1500*77*X*005010X279A1~\n"
                     "ST*271*0001*005010X279A1~\n";
    for (const QByteArray& s : body)
        out += s + '\n';
    out += "SE*" + QByteArray::number(body.size() + 2) + "*0001~\nGE*1*77~\nIEA*1*000000077~\n";
    return out;
}

QByteArray readTestFile(const QString& path)
{
    QFile f(path);
    INFO(path.toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

}  // namespace fd::billing::test
