#pragma once

// Builders for well-formed 837P and 835 transaction bodies of any size, shared by the unit
// tests (round trips, writer checks) and the benchmark (large generated files).

#include "x12/x12_writer.h"

#include <QByteArray>

namespace fd::x12::test {

inline Segment seg(const QByteArray& id, const QList<QByteArray>& elements)
{
    return Segment::make(id, elements);
}

// An 837P with `claims` claims for one billing provider, each claim with two service lines.
inline Loop professionalClaimsBody(int claims)
{
    Loop root;
    root.id = "ST";
    root.appendSegment(seg("BHT", {"0019", "00", "BATCH0001", "20240105", "1200", "CH"}));
    Loop& submitter = root.appendLoop("1000A");
    submitter.appendSegment(seg("NM1", {"41", "2", "Frontdesk Clinic", "", "", "", "", "46", "TGJ23"}));
    submitter.appendSegment(seg("PER", {"IC", "Billing Office", "TE", "5555551234"}));
    root.appendLoop("1000B").appendSegment(seg("NM1", {"40", "2", "Clearinghouse", "", "", "", "", "46", "66783JJT"}));
    Loop& billing = root.appendLoop("2000A");
    billing.appendSegment(seg("HL", {"1", "", "20", "1"}));
    Loop& provider = billing.appendLoop("2010AA");
    provider.appendSegment(seg("NM1", {"85", "2", "Frontdesk Clinic", "", "", "", "", "XX", "1234567893"}));
    provider.appendSegment(seg("N3", {"123 Main St"}));
    provider.appendSegment(seg("N4", {"Springfield", "IL", "627010000"}));
    provider.appendSegment(seg("REF", {"EI", "123456789"}));
    for (int c = 0; c < claims; ++c) {
        Loop& sub = billing.appendLoop("2000B");
        sub.appendSegment(seg("HL", {QByteArray::number(c + 2), "1", "22", "0"}));
        sub.appendSegment(seg("SBR", {"P", "18", "", "", "", "", "", "", "CI"}));
        Loop& subscriber = sub.appendLoop("2010BA");
        subscriber.appendSegment(seg("NM1", {"IL", "1", "Doe", "John", "", "", "", "MI", "W" + QByteArray::number(100000 + c)}));
        subscriber.appendSegment(seg("DMG", {"D8", "19800101", "M"}));
        sub.appendLoop("2010BB").appendSegment(seg("NM1", {"PR", "2", "Acme Health", "", "", "", "", "PI", "12345"}));
        Loop& claim = sub.appendLoop("2300");
        claim.appendSegment(seg("CLM", {"CLAIM" + QByteArray::number(c + 1), "150", "", "", "11:B:1", "Y", "A", "Y", "Y"}));
        claim.appendSegment(seg("HI", {"ABK:J069", "ABF:R05"}));
        const QList<QByteArray> codes{"99213", "87880"};
        const QList<QByteArray> charges{"100", "50"};
        for (int l = 0; l < 2; ++l) {
            Loop& line = claim.appendLoop("2400");
            line.appendSegment(seg("LX", {QByteArray::number(l + 1)}));
            line.appendSegment(seg("SV1", {"HC:" + codes[l], charges[l], "UN", "1", "", "", "1:2"}));
            line.appendSegment(seg("DTP", {"472", "D8", "20240102"}));
        }
    }
    return root;
}

// An 835 paying `claims` claims with two service lines each.
inline Loop remittanceBody(int claims)
{
    Loop root;
    root.id = "ST";
    const QByteArray total = QByteArray::number(120 * claims);
    root.appendSegment(seg("BPR", {"I", total, "C", "CHK", "", "", "", "", "", "", "", "", "", "", "", "20240110"}));
    root.appendSegment(seg("TRN", {"1", "CHK12345", "1512345678"}));
    root.appendSegment(seg("DTM", {"405", "20240110"}));
    Loop& payer = root.appendLoop("1000A");
    payer.appendSegment(seg("N1", {"PR", "Acme Health"}));
    payer.appendSegment(seg("N3", {"1 Payer Way"}));
    payer.appendSegment(seg("N4", {"Hartford", "CT", "06101"}));
    payer.appendSegment(seg("PER", {"BL", "EDI Support", "TE", "8005551212"}));
    root.appendLoop("1000B").appendSegment(seg("N1", {"PE", "Frontdesk Clinic", "XX", "1234567893"}));
    Loop& header = root.appendLoop("2000");
    header.appendSegment(seg("LX", {"1"}));
    for (int c = 0; c < claims; ++c) {
        Loop& claim = header.appendLoop("2100");
        claim.appendSegment(seg("CLP", {"CLAIM" + QByteArray::number(c + 1), "1", "150", "120", "30", "12", "PAYER" + QByteArray::number(c + 1), "11", "1"}));
        claim.appendSegment(seg("NM1", {"QC", "1", "Doe", "John", "", "", "", "MI", "W" + QByteArray::number(100000 + c)}));
        claim.appendSegment(seg("DTM", {"232", "20240102"}));
        const QList<QByteArray> codes{"99213", "87880"};
        const QList<QByteArray> charges{"100", "50"};
        const QList<QByteArray> paid{"80", "40"};
        for (int l = 0; l < 2; ++l) {
            Loop& line = claim.appendLoop("2110");
            line.appendSegment(seg("SVC", {"HC:" + codes[l], charges[l], paid[l], "", "1"}));
            line.appendSegment(seg("DTM", {"472", "20240102"}));
            line.appendSegment(seg("CAS", {"PR", l == 0 ? "1" : "2", l == 0 ? "20" : "10"}));
            line.appendSegment(seg("REF", {"6R", QByteArray::number(l + 1)}));
            line.appendSegment(seg("AMT", {"B6", charges[l]}));
        }
    }
    return root;
}

inline OutgoingInterchange interchangeFor(const QByteArray& set, const QByteArray& functionalId,
                                          const QByteArray& version, Loop body)
{
    OutgoingInterchange x;
    x.senderId = "FRONTDESK";
    x.receiverId = "CLEARINGHOUSE";
    x.controlNumber = "123";
    x.created = QDateTime(QDate(2024, 1, 5), QTime(12, 0), Qt::UTC);
    x.production = false;
    OutgoingGroup g;
    g.functionalId = functionalId;
    g.senderCode = "FRONTDESK";
    g.receiverCode = "CLEARINGHOUSE";
    g.controlNumber = "77";
    g.version = version;
    OutgoingTransaction t;
    t.transactionSet = set;
    t.controlNumber = "0001";
    t.version = version;
    t.body = std::move(body);
    g.transactions.push_back(std::move(t));
    x.groups.push_back(std::move(g));
    return x;
}

}  // namespace fd::x12::test
