#include "x12/eligibility_view.h"

namespace fd::x12 {

namespace {
Benefit benefitOf(const Loop& l)
{
    Benefit b;
    if (const Segment* eb = l.segment("EB")) {
        b.information = eb->element(1);
        b.coverageLevel = eb->element(2);
        for (const QByteArray& st : eb->repetitions(3))
            if (!st.isEmpty())
                b.serviceTypes.append(st);
        b.insuranceType = eb->element(4);
        b.planDescription = eb->element(5);
        b.timePeriod = eb->element(6);
        b.amount = moneyOf(eb->element(7));
        b.percent = eb->element(8);
        b.quantityQualifier = eb->element(9);
        b.quantity = eb->element(10);
        b.authorizationRequired = eb->element(11);
        b.inNetwork = eb->element(12);
    }
    for (const Segment* msg : l.segmentsWith("MSG"))
        b.messages.append(msg->element(1));
    if (const Segment* dtp = l.segment("DTP"))
        b.from = dateOf(dtp->element(3));
    return b;
}

void addRejections(const Loop* l, QList<QByteArray>& into)
{
    if (!l)
        return;
    for (const Segment* aaa : l->segmentsWith("AAA"))
        into.append(aaa->element(3));
}

EligibilityMember memberOf(const Loop& level, const QByteArray& nameLoop, const QByteArray& benefitLoop,
                           const QByteArray& kind)
{
    EligibilityMember m;
    m.level = kind;
    if (const Loop* name = level.loop(nameLoop)) {
        m.name = partyOf(name->segment("NM1"));
        if (const Segment* dmg = name->segment("DMG"))
            m.birthDate = dateOf(dmg->element(2));
        addRejections(name, m.rejections);
        for (const Loop* b : name->loopsWith(benefitLoop))
            m.benefits.push_back(benefitOf(*b));
    }
    return m;
}
}  // namespace

Result<EligibilityResponse> eligibilityOf(const Transaction& t)
{
    FD_TRY(expectTransaction(t, "271", "005010X279"));
    EligibilityResponse r;
    for (const Loop* source : t.root.loopsWith("2000A")) {
        addRejections(source, r.rejections);
        if (const Loop* n = source->loop("2100A")) {
            r.source = partyOf(n->segment("NM1"));
            addRejections(n, r.rejections);
        }
        for (const Loop* receiver : source->loopsWith("2000B")) {
            if (const Loop* n = receiver->loop("2100B")) {
                r.receiver = partyOf(n->segment("NM1"));
                addRejections(n, r.rejections);
            }
            for (const Loop* subscriber : receiver->loopsWith("2000C")) {
                r.members.push_back(memberOf(*subscriber, "2100C", "2110C", "subscriber"));
                for (const Loop* dependent : subscriber->loopsWith("2000D"))
                    r.members.push_back(memberOf(*dependent, "2100D", "2110D", "dependent"));
            }
        }
    }
    return r;
}

}  // namespace fd::x12
