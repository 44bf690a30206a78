#include "x12/claim_view.h"

namespace fd::x12 {

namespace {
ClaimServiceLine lineOf(const Loop& l)
{
    ClaimServiceLine line;
    if (const Segment* lx = l.segment("LX"))
        line.lineNumber = lx->element(1).toInt();
    if (const Segment* sv1 = l.segment("SV1")) {
        line.procedureQualifier = sv1->component(1, 1);
        line.procedureCode = sv1->component(1, 2);
        for (int c = 3; c <= 6; ++c)
            if (!sv1->component(1, c).isEmpty())
                line.modifiers.append(sv1->component(1, c));
        line.charge = moneyOf(sv1->element(2)).value_or(Money());
        line.unitQualifier = sv1->element(3);
        line.units = sv1->element(4);
        line.placeOfService = sv1->element(5);
        for (int c = 1; c <= 4; ++c)
            if (!sv1->component(7, c).isEmpty())
                line.diagnosisPointers.append(sv1->component(7, c).toInt());
    }
    if (const Segment* dtp = l.segment("DTP", "472"))
        line.serviceDate = dateOf(dtp->element(3));
    if (const Segment* ref = l.segment("REF", "6R"))
        line.lineControlNumber = ref->element(2);
    return line;
}

ProfessionalClaim claimOf(const Loop& c, const Loop& billing, const Loop& subscriber, const Loop* patient)
{
    ProfessionalClaim claim;
    if (const Segment* clm = c.segment("CLM")) {
        claim.claimId = clm->element(1);
        claim.totalCharge = moneyOf(clm->element(2)).value_or(Money());
        claim.placeOfService = clm->component(5, 1);
        claim.frequencyCode = clm->component(5, 3);
    }
    for (const Segment* hi : c.segmentsWith("HI")) {
        const QByteArray q = hi->component(1, 1);
        if (q != "ABK" && q != "BK" && q != "ABF" && q != "BF")
            continue;  // diagnosis HI segments only, not condition or procedure codes
        for (int e = 1; e <= hi->elements.size(); ++e) {
            claim.diagnosisQualifiers.append(hi->component(e, 1));
            claim.diagnoses.append(hi->component(e, 2));
        }
    }
    if (const Segment* ref = c.segment("REF", "F8"))
        claim.payerClaimControlNumber = ref->element(2);
    if (const Loop* l = billing.loop("2010AA"))
        claim.billingProvider = partyOf(l->segment("NM1"));
    if (const Loop* l = subscriber.loop("2010BA"))
        claim.subscriber = partyOf(l->segment("NM1"));
    if (const Loop* l = subscriber.loop("2010BB"))
        claim.payer = partyOf(l->segment("NM1"));
    if (patient)
        if (const Loop* l = patient->loop("2010CA"))
            claim.patient = partyOf(l->segment("NM1"));
    for (const Loop* l : c.loopsWith("2400"))
        claim.lines.push_back(lineOf(*l));
    return claim;
}
}  // namespace

Result<std::vector<ProfessionalClaim>> professionalClaims(const Transaction& t)
{
    FD_TRY(expectTransaction(t, "837", "005010X222"));
    std::vector<ProfessionalClaim> out;
    for (const Loop* billing : t.root.loopsWith("2000A")) {
        for (const Loop* subscriber : billing->loopsWith("2000B")) {
            for (const Loop* c : subscriber->loopsWith("2300"))
                out.push_back(claimOf(*c, *billing, *subscriber, nullptr));
            for (const Loop* patient : subscriber->loopsWith("2000C"))
                for (const Loop* c : patient->loopsWith("2300"))
                    out.push_back(claimOf(*c, *billing, *subscriber, patient));
        }
    }
    return out;
}

}  // namespace fd::x12
