#include "x12/acknowledgment_view.h"

namespace fd::x12 {

namespace {
SegmentError segmentErrorOf(const Loop& l)
{
    SegmentError e;
    if (const Segment* ik3 = l.segment("IK3")) {
        e.segmentId = ik3->element(1);
        e.position = ik3->element(2).toInt();
        e.loop = ik3->element(3);
        e.code = ik3->element(4);
    }
    for (const Loop* el : l.loopsWith("2110"))
        if (const Segment* ik4 = el->segment("IK4"))
            e.elements.push_back({ik4->element(1), ik4->element(3), ik4->element(4)});
    return e;
}

SetAcknowledgment setOf(const Loop& l)
{
    SetAcknowledgment s;
    if (const Segment* ak2 = l.segment("AK2")) {
        s.transactionSet = ak2->element(1);
        s.controlNumber = ak2->element(2);
    }
    if (const Segment* ik5 = l.segment("IK5")) {
        s.status = ik5->element(1);
        for (int i = 2; i <= 6; ++i)
            if (!ik5->element(i).isEmpty())
                s.errorCodes.append(ik5->element(i));
    }
    for (const Loop* e : l.loopsWith("2100"))
        s.errors.push_back(segmentErrorOf(*e));
    return s;
}

ClaimAcknowledgment claimOf(const Loop& l)
{
    ClaimAcknowledgment c;
    if (const Segment* trn = l.segment("TRN"))
        c.claimId = trn->element(2);
    if (const Segment* ref = l.segment("REF", "1K"))
        c.payerClaimNumber = ref->element(2);
    if (const Segment* stc = l.segment("STC")) {
        c.category = stc->component(1, 1);
        c.status = stc->component(1, 2);
        c.entity = stc->component(1, 3);
        c.effective = dateOf(stc->element(2));
        c.amount = moneyOf(stc->element(4));
        for (int i = 10; i <= 11; ++i)
            if (!stc->element(i).isEmpty())
                c.moreStatuses.append(stc->element(i));
    }
    return c;
}

void collectClaims(const Loop& l, std::vector<ClaimAcknowledgment>& out)
{
    for (const Loop& child : l.loops) {
        if (child.id == "2200D" || child.id == "2200E")
            out.push_back(claimOf(child));
        collectClaims(child, out);
    }
}
}  // namespace

Result<FunctionalAcknowledgment> functionalAcknowledgmentOf(const Transaction& t)
{
    FD_TRY(expectTransaction(t, "999", "005010X231"));
    FunctionalAcknowledgment a;
    if (const Segment* ak1 = t.root.segment("AK1")) {
        a.functionalId = ak1->element(1);
        a.groupControlNumber = ak1->element(2);
        a.version = ak1->element(3);
    }
    if (const Segment* ak9 = t.root.segment("AK9")) {
        a.status = ak9->element(1);
        a.included = ak9->element(2).toInt();
        a.received = ak9->element(3).toInt();
        a.accepted = ak9->element(4).toInt();
    }
    for (const Loop* l : t.root.loopsWith("2000"))
        a.sets.push_back(setOf(*l));
    return a;
}

Result<std::vector<ClaimAcknowledgment>> claimAcknowledgmentsOf(const Transaction& t)
{
    FD_TRY(expectTransaction(t, "277", "005010X214"));
    std::vector<ClaimAcknowledgment> out;
    collectClaims(t.root, out);
    return out;
}

std::vector<InterchangeAcknowledgment> interchangeAcknowledgmentsOf(const Interchange& interchange)
{
    std::vector<InterchangeAcknowledgment> out;
    for (const Segment& ta1 : interchange.acknowledgments) {
        InterchangeAcknowledgment a;
        a.controlNumber = ta1.element(1);
        a.date = QDate::fromString(QStringLiteral("20") + QString::fromLatin1(ta1.element(2)), QStringLiteral("yyyyMMdd"));
        a.status = ta1.element(4);
        a.noteCode = ta1.element(5);
        out.push_back(a);
    }
    return out;
}

}  // namespace fd::x12
