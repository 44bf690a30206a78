#include "x12/claim_view.h"

#include "x12/segment_key.h"

namespace fd::x12 {

namespace {
// As professionalClaims() requires: an 837 of the X222 guide (any addendum).
bool isProfessional(const Transaction& t)
{
    const QByteArrayView version(t.version);
    return sameBytes(t.transactionSet, "837") && sameBytes(version.first(qMin<qsizetype>(version.size(), 10)), "005010X222");
}

// Components are copied into shared blocks (TextBlocks), not one allocation each: a batch of
// claims has millions of them.
void readServiceLine(const Segment& sv1, ClaimServiceLine& line, TextBlocks& texts)
{
    const QByteArrayView procedure = elementView(sv1, 1);
    const char separator = sv1.componentSeparator;
    line.procedureQualifier = texts.copy(componentView(procedure, separator, 1));
    line.procedureCode = texts.copy(componentView(procedure, separator, 2));
    for (int c = 3; c <= 6; ++c)
        if (const QByteArrayView modifier = componentView(procedure, separator, c); !modifier.isEmpty())
            line.modifiers.append(texts.copy(modifier));
    line.charge = moneyOf(elementView(sv1, 2)).value_or(Money());
    line.unitQualifier = sv1.element(3);
    line.units = sv1.element(4);
    line.placeOfService = sv1.element(5);
    const QByteArrayView pointers = elementView(sv1, 7);
    if (!pointers.isEmpty())
        line.diagnosisPointers.reserve(4);
    for (int c = 1; c <= 4; ++c)
        if (const QByteArrayView pointer = componentView(pointers, separator, c); !pointer.isEmpty())
            line.diagnosisPointers.append(intValue(pointer));
}

void readClaim(const Segment& clm, ProfessionalClaim& claim, TextBlocks& texts)
{
    claim.claimId = clm.element(1);
    claim.totalCharge = moneyOf(elementView(clm, 2)).value_or(Money());
    claim.placeOfService = texts.copy(componentView(clm, 5, 1));
    claim.frequencyCode = texts.copy(componentView(clm, 5, 3));
}

void readDiagnoses(const Segment& hi, ProfessionalClaim& claim, TextBlocks& texts)
{
    const QByteArrayView q = componentView(hi, 1, 1);
    if (q != "ABK" && q != "BK" && q != "ABF" && q != "BF")
        return;  // diagnosis HI segments only, not condition or procedure codes
    claim.diagnosisQualifiers.reserve(claim.diagnosisQualifiers.size() + hi.elements.size());
    claim.diagnoses.reserve(claim.diagnoses.size() + hi.elements.size());
    for (int e = 1; e <= hi.elements.size(); ++e) {
        claim.diagnosisQualifiers.append(texts.copy(componentView(hi, e, 1)));
        claim.diagnoses.append(texts.copy(componentView(hi, e, 2)));
    }
}

ClaimServiceLine lineOf(const Loop& l, TextBlocks& texts)
{
    ClaimServiceLine line;
    if (const Segment* lx = l.segment("LX"))
        line.lineNumber = intValue(elementView(*lx, 1));
    if (const Segment* sv1 = l.segment("SV1"))
        readServiceLine(*sv1, line, texts);
    if (const Segment* dtp = l.segment("DTP", "472"))
        line.serviceDate = dateOf(dtp->element(3));
    if (const Segment* ref = l.segment("REF", "6R"))
        line.lineControlNumber = ref->element(2);
    return line;
}

ProfessionalClaim claimOf(const Loop& c, const Loop& billing, const Loop& subscriber, const Loop* patient,
                          TextBlocks& texts)
{
    ProfessionalClaim claim;
    if (const Segment* clm = c.segment("CLM"))
        readClaim(*clm, claim, texts);
    for (const Segment* hi : c.segmentsWith("HI"))
        readDiagnoses(*hi, claim, texts);
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
    const auto lines = c.loopsWith("2400");
    claim.lines.reserve(lines.size());
    for (const Loop* l : lines)
        claim.lines.push_back(lineOf(*l, texts));
    return claim;
}
}  // namespace

Result<std::vector<ProfessionalClaim>> professionalClaims(const Transaction& t)
{
    FD_TRY(expectTransaction(t, "837", "005010X222"));
    std::vector<ProfessionalClaim> out;
    TextBlocks texts;
    for (const Loop* billing : t.root.loopsWith("2000A")) {
        for (const Loop* subscriber : billing->loopsWith("2000B")) {
            for (const Loop* c : subscriber->loopsWith("2300"))
                out.push_back(claimOf(*c, *billing, *subscriber, nullptr, texts));
            for (const Loop* patient : subscriber->loopsWith("2000C"))
                for (const Loop* c : patient->loopsWith("2300"))
                    out.push_back(claimOf(*c, *billing, *subscriber, patient, texts));
        }
    }
    return out;
}

ProfessionalClaimStream::ProfessionalClaimStream(ClaimHandler onClaim) : m_onClaim(std::move(onClaim)) {}

void ProfessionalClaimStream::attachTo(ReadOptions& options)
{
    options.onSegment = [this](const Transaction& t, const Segment& s, const QByteArray& loop) {
        addSegment(t, s, loop);
    };
    options.onTransaction = [this, next = std::move(options.onTransaction)](
                                const Interchange& i, const FunctionalGroup& g, Transaction&& t) {
        finish();
        if (next)
            next(i, g, std::move(t));
    };
}

void ProfessionalClaimStream::addSegment(const Transaction& t, const Segment& s, const QByteArray& loop)
{
    if (!isProfessional(t))
        return;
    const SegmentKey key = segmentKey(s.id);
    if (key == segmentKey("HL")) {
        level(loop);
        return;
    }
    const bool nm1 = key == segmentKey("NM1");
    // Each party is the first NM1 of its loop, as professionalClaims() takes it.
    switch (shortKey(loop)) {
    case shortKey("2010AA"):
        if (nm1)
            takeParty(m_billing, s, Has::Billing);
        break;
    case shortKey("2010BA"):
        if (nm1)
            takeParty(m_subscriber, s, Has::Subscriber);
        break;
    case shortKey("2010BB"):
        if (nm1)
            takeParty(m_payer, s, Has::Payer);
        break;
    case shortKey("2010CA"):
        if (nm1)
            takeParty(m_patient, s, Has::Patient);
        break;
    case shortKey("2300"):
        claimSegment(key, s);
        break;
    case shortKey("2400"):
        if (m_claim)
            lineSegment(key, s);
        break;
    default:
        break;
    }
}

void ProfessionalClaimStream::finish()
{
    if (m_claim)
        m_onClaim(std::move(*m_claim));
    m_claim.reset();
}

void ProfessionalClaimStream::level(const QByteArray& loop)
{
    finish();
    if (sameBytes(loop, "2000A")) {
        m_billing = {};
        m_has &= ~Has::Billing;
    } else if (sameBytes(loop, "2000B")) {
        m_subscriber = {};
        m_payer = {};
        m_has &= ~(Has::Subscriber | Has::Payer | Has::Patient);
        m_patient = {};
        m_inPatient = false;
    } else if (sameBytes(loop, "2000C")) {
        m_patient = {};
        m_has &= ~Has::Patient;
        m_inPatient = true;
    }
}

void ProfessionalClaimStream::takeParty(Party& party, const Segment& nm1, unsigned flag)
{
    if (m_has & flag)
        return;
    party = partyOf(&nm1);
    m_has |= flag;
}

void ProfessionalClaimStream::claimSegment(quint32 key, const Segment& s)
{
    if (key == segmentKey("CLM")) {
        finish();
        m_claim.emplace();
        m_claim->lines.reserve(4);  // most claims have a few lines: grown once, if ever
        readClaim(s, *m_claim, m_texts);
        m_claim->billingProvider = m_billing;
        m_claim->subscriber = m_subscriber;
        m_claim->payer = m_payer;
        if (m_inPatient)
            m_claim->patient = m_patient;
        m_has &= ~(Has::ControlNumber | Has::LineService | Has::LineDate | Has::LineReference);
        return;
    }
    if (!m_claim)
        return;
    if (key == segmentKey("HI")) {
        readDiagnoses(s, *m_claim, m_texts);
    } else if (key == segmentKey("REF") && !(m_has & Has::ControlNumber) && sameBytes(componentView(s, 1, 1), "F8")) {
        m_claim->payerClaimControlNumber = s.element(2);
        m_has |= Has::ControlNumber;
    }
}

void ProfessionalClaimStream::lineSegment(quint32 key, const Segment& s)
{
    // Each 2400 loop opens with its LX; the rest are the first of their kind in the loop.
    if (key == segmentKey("LX")) {
        m_claim->lines.emplace_back();
        m_claim->lines.back().lineNumber = intValue(elementView(s, 1));
        m_has &= ~(Has::LineService | Has::LineDate | Has::LineReference);
        return;
    }
    if (m_claim->lines.empty())
        return;
    ClaimServiceLine& line = m_claim->lines.back();
    if (key == segmentKey("SV1") && !(m_has & Has::LineService)) {
        readServiceLine(s, line, m_texts);
        m_has |= Has::LineService;
    } else if (key == segmentKey("DTP") && !(m_has & Has::LineDate) && sameBytes(componentView(s, 1, 1), "472")) {
        line.serviceDate = dateOf(s.element(3));
        m_has |= Has::LineDate;
    } else if (key == segmentKey("REF") && !(m_has & Has::LineReference) && sameBytes(componentView(s, 1, 1), "6R")) {
        line.lineControlNumber = s.element(2);
        m_has |= Has::LineReference;
    }
}

}  // namespace fd::x12
