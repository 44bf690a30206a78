#include "x12/remittance_view.h"

namespace fd::x12 {

namespace {
Party n1Party(const Segment* n1)
{
    Party p;
    if (!n1)
        return p;
    p.entityCode = n1->element(1);
    p.lastOrOrganization = n1->element(2);
    p.idQualifier = n1->element(3);
    p.id = n1->element(4);
    return p;
}

RemittanceServiceLine lineOf(const Loop& l)
{
    RemittanceServiceLine line;
    if (const Segment* svc = l.segment("SVC")) {
        line.procedureQualifier = svc->component(1, 1);
        line.procedureCode = svc->component(1, 2);
        for (int c = 3; c <= 6; ++c)
            if (!svc->component(1, c).isEmpty())
                line.modifiers.append(svc->component(1, c));
        line.charge = moneyOf(svc->element(2)).value_or(Money());
        line.paid = moneyOf(svc->element(3)).value_or(Money());
        line.units = svc->element(5);
    }
    if (const Segment* d = l.segment("DTM", "472"))
        line.serviceDate = dateOf(d->element(2));
    else if (const Segment* d = l.segment("DTM", "150"))
        line.serviceDate = dateOf(d->element(2));
    if (const Segment* ref = l.segment("REF", "6R"))
        line.lineControlNumber = ref->element(2);
    for (const Segment* cas : l.segmentsWith("CAS")) {
        const auto adj = adjustmentsOf(*cas);
        line.adjustments.insert(line.adjustments.end(), adj.begin(), adj.end());
    }
    for (const Segment* lq : l.segmentsWith("LQ", "HE"))
        line.remarks.append(lq->element(2));
    return line;
}

RemittanceClaim claimOf(const Loop& l)
{
    RemittanceClaim c;
    if (const Segment* clp = l.segment("CLP")) {
        c.claimId = clp->element(1);
        c.status = clp->element(2);
        c.charge = moneyOf(clp->element(3)).value_or(Money());
        c.paid = moneyOf(clp->element(4)).value_or(Money());
        c.patientResponsibility = moneyOf(clp->element(5)).value_or(Money());
        c.payerClaimControlNumber = clp->element(7);
    }
    c.patient = partyOf(l.segment("NM1", "QC"));
    for (const Segment* cas : l.segmentsWith("CAS")) {
        const auto adj = adjustmentsOf(*cas);
        c.adjustments.insert(c.adjustments.end(), adj.begin(), adj.end());
    }
    for (const Loop* line : l.loopsWith("2110"))
        c.lines.push_back(lineOf(*line));
    return c;
}
}  // namespace

std::vector<Adjustment> adjustmentsOf(const Segment& cas)
{
    std::vector<Adjustment> out;
    // CAS01 is the group; up to six reason/amount/quantity triplets follow.
    for (int i = 2; i <= 17; i += 3) {
        if (cas.element(i).isEmpty())
            continue;
        out.push_back(Adjustment{cas.element(1), cas.element(i), moneyOf(cas.element(i + 1)).value_or(Money()),
                                 cas.element(i + 2)});
    }
    return out;
}

Result<Remittance> remittanceOf(const Transaction& t)
{
    FD_TRY(expectTransaction(t, "835", "005010X221"));
    Remittance r;
    if (const Segment* bpr = t.root.segment("BPR")) {
        r.totalPaid = moneyOf(bpr->element(2)).value_or(Money());
        r.creditDebit = bpr->element(3);
        r.paymentMethod = bpr->element(4);
        r.paymentDate = dateOf(bpr->element(16));
    }
    if (const Segment* trn = t.root.segment("TRN")) {
        r.traceNumber = trn->element(2);
        r.payerTraceId = trn->element(3);
    }
    if (const Loop* l = t.root.loop("1000A"))
        r.payer = n1Party(l->segment("N1"));
    if (const Loop* l = t.root.loop("1000B"))
        r.payee = n1Party(l->segment("N1"));
    for (const Loop* header : t.root.loopsWith("2000"))
        for (const Loop* claim : header->loopsWith("2100"))
            r.claims.push_back(claimOf(*claim));
    for (const Segment* plb : t.root.segmentsWith("PLB"))
        for (int i = 3; i + 1 <= plb->elements.size(); i += 2)
            r.providerAdjustments.push_back(
                Adjustment{{}, plb->component(i, 1), moneyOf(plb->element(i + 1)).value_or(Money()), plb->component(i, 2)});
    return r;
}

}  // namespace fd::x12
