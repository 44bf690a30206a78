#include "billing/core/claim_837_writer.h"

#include "practice/core/practice_profile.h"
#include "x12/x12_writer.h"

#include <QMap>
#include <QThread>

#include <future>

namespace fd::billing {

namespace {

using x12::Loop;
using x12::Segment;

QByteArray text(const QString& s)
{
    return s.trimmed().toUtf8();
}

QByteArray limited(const QString& s, int max)
{
    return s.trimmed().left(max).toUtf8();
}

// Trailing empty elements are not written.
Segment seg(const QByteArray& id, QList<QByteArray> elements)
{
    while (!elements.isEmpty() && elements.back().isEmpty())
        elements.removeLast();
    return Segment::make(id, elements);
}

QByteArray digits(const QString& s)
{
    QByteArray out;
    for (QChar c : s)
        if (c.isDigit())
            out += char(c.unicode());
    return out;
}

QByteArray date8(const QDate& d)
{
    // CCYYMMDD, digit by digit: a format string is parsed again on every call.
    int year = 0;
    int month = 0;
    int day = 0;
    d.getDate(&year, &month, &day);
    if (!d.isValid() || year < 1000 || year > 9999)
        return d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
    const int value = year * 10000 + month * 100 + day;
    return QByteArray::number(value);
}

Segment nm1(const QByteArray& entity, const PartyName& n, const QByteArray& qualifier = {},
            const QString& id = {})
{
    if (n.organization)
        return seg("NM1", {entity, "2", limited(n.last, 60), "", "", "", "", id.isEmpty() ? QByteArray() : qualifier,
                           text(id)});
    return seg("NM1", {entity, "1", limited(n.last, 60), limited(n.first, 35), limited(n.middle, 25), "",
                       limited(n.suffix, 10), id.isEmpty() ? QByteArray() : qualifier, text(id)});
}

void appendAddress(Loop& loop, const practice::Address& a)
{
    loop.appendSegment(seg("N3", {limited(a.line1, 55), limited(a.line2, 55)}));
    loop.appendSegment(seg("N4", {limited(a.city, 30), text(a.state).toUpper(), digits(a.zip)}));
}

bool sameAddress(const practice::Address& a, const practice::Address& b)
{
    return a.line1.trimmed().compare(b.line1.trimmed(), Qt::CaseInsensitive) == 0 &&
           a.line2.trimmed().compare(b.line2.trimmed(), Qt::CaseInsensitive) == 0 &&
           a.city.trimmed().compare(b.city.trimmed(), Qt::CaseInsensitive) == 0 &&
           a.state.trimmed().compare(b.state.trimmed(), Qt::CaseInsensitive) == 0 && digits(a.zip) == digits(b.zip);
}

Error refused(const ClaimEnvelope& c, const QString& what)
{
    return makeError(ErrorCode::InvalidInput,
                     Claim837Writer::tr("Claim %1 cannot be written: %2.").arg(c.claim.claimNumber, what),
                     c.claim.id);
}

Status check(const ClaimEnvelope& c)
{
    if (c.claim.claimNumber.isEmpty() || c.claim.claimNumber.size() > kMaxClaimNumberLength)
        return refused(c, Claim837Writer::tr("the claim number must have 1 to 20 characters"));
    if (!practice::isValidNpi(c.billing.npi))
        return refused(c, Claim837Writer::tr("the billing provider's NPI %1 is not valid").arg(c.billing.npi));
    if (digits(c.billingTaxId).size() != 9)
        return refused(c, Claim837Writer::tr("the billing provider's tax id must have 9 digits"));
    if (c.billingAddress.line1.trimmed().isEmpty() || c.billingAddress.city.trimmed().isEmpty())
        return refused(c, Claim837Writer::tr("the billing provider's address is missing"));
    if (c.memberId.trimmed().isEmpty())
        return refused(c, Claim837Writer::tr("the member id is missing"));
    if (c.payerId.trimmed().isEmpty())
        return refused(c, Claim837Writer::tr("the payer %1 has no payer id").arg(c.payerName));
    if (c.filingIndicator.trimmed().isEmpty())
        return refused(c, Claim837Writer::tr("the payer %1 has no claim filing indicator").arg(c.payerName));
    if (c.claim.lines.empty() || int(c.claim.lines.size()) > kMaxLinesPerClaim)
        return refused(c, Claim837Writer::tr("a claim has 1 to 50 service lines"));
    if (c.claim.diagnoses.isEmpty() || c.claim.diagnoses.size() > kMaxDiagnosesPerClaim)
        return refused(c, Claim837Writer::tr("a claim has 1 to 12 diagnoses"));
    if (c.relationship != QLatin1String("18") && !c.patientBirthDate.isValid())
        return refused(c, Claim837Writer::tr("the patient's date of birth is missing"));
    if ((c.claim.frequency != Frequency::Original) && c.claim.payerClaimControlNumber.isEmpty())
        return refused(c, Claim837Writer::tr("a replacement or void needs the payer's claim control number"));
    for (const auto* p : {&c.referring, &c.rendering, &c.supervising})
        if (*p && !practice::isValidNpi((*p)->npi))
            return refused(c, Claim837Writer::tr("the NPI %1 of %2 is not valid").arg((*p)->npi, (*p)->name.last));
    return {};
}

QByteArray billingKey(const ClaimEnvelope& c)
{
    return text(c.billing.npi) + '|' + digits(c.billingTaxId) + '|' + text(c.billing.name.last) + '|' +
           text(c.billingAddress.line1) + '|' + digits(c.payToAddress.zip) + text(c.payToAddress.line1);
}

void appendBillingProvider(Loop& a, const ClaimEnvelope& c, int hl)
{
    a.appendSegment(seg("HL", {QByteArray::number(hl), "", "20", "1"}));
    if (!c.billing.taxonomy.isEmpty())
        a.appendSegment(seg("PRV", {"BI", "PXC", text(c.billing.taxonomy)}));
    Loop& aa = a.appendLoop("2010AA");
    aa.appendSegment(nm1("85", c.billing.name, "XX", c.billing.npi));
    appendAddress(aa, c.billingAddress);
    aa.appendSegment(seg("REF", {"EI", digits(c.billingTaxId)}));
    if (!c.payToAddress.isEmpty() && !sameAddress(c.payToAddress, c.billingAddress)) {
        Loop& ab = a.appendLoop("2010AB");
        ab.appendSegment(seg("NM1", {"87", "2"}));
        appendAddress(ab, c.payToAddress);
    }
}

void appendProvider(Loop& claim, const QByteArray& loop, const QByteArray& entity, const ClaimProvider& p,
                    bool taxonomy)
{
    Loop& l = claim.appendLoop(loop);
    l.appendSegment(nm1(entity, p.name, "XX", p.npi));
    if (taxonomy && !p.taxonomy.isEmpty())
        l.appendSegment(seg("PRV", {"PE", "PXC", text(p.taxonomy)}));
}

void appendClaim(Loop& parent, const ClaimEnvelope& c)
{
    const Claim& claim = c.claim;
    Loop& l = parent.appendLoop("2300");
    l.appendSegment(seg("CLM", {text(claim.claimNumber), Claim837Writer::amount(claim.total()), "", "",
                                text(claim.placeOfService) + ":B:" + frequencyCode(claim.frequency).toLatin1(),
                                "Y", "A", "Y", "Y"}));
    if (!claim.priorAuthorization.isEmpty())
        l.appendSegment(seg("REF", {"G1", limited(claim.priorAuthorization, 50)}));
    if (claim.frequency != Frequency::Original)
        l.appendSegment(seg("REF", {"F8", limited(claim.payerClaimControlNumber, 50)}));
    QList<QByteArray> hi;
    for (qsizetype i = 0; i < claim.diagnoses.size(); ++i)
        hi << (i == 0 ? QByteArray("ABK:") : QByteArray("ABF:")) + text(claim.diagnoses.at(i));
    l.appendSegment(seg("HI", hi));
    if (c.referring)
        appendProvider(l, "2310A", "DN", *c.referring, false);
    if (c.rendering)
        appendProvider(l, "2310B", "82", *c.rendering, true);
    if (c.facility) {
        Loop& f = l.appendLoop("2310C");
        f.appendSegment(nm1("77", c.facility->name, "XX", c.facility->npi));
        appendAddress(f, c.facilityAddress);
    }
    if (c.supervising)
        appendProvider(l, "2310D", "DQ", *c.supervising, false);
    for (const ClaimLine& line : claim.lines) {
        Loop& sl = l.appendLoop("2400");
        sl.appendSegment(seg("LX", {QByteArray::number(line.lineNumber)}));
        QByteArray procedure = "HC:" + text(line.code);
        for (const QString& m : line.modifiers)
            procedure += ':' + text(m);
        QByteArray pointers;
        for (int p : line.pointers)
            pointers += (pointers.isEmpty() ? "" : ":") + QByteArray::number(p);
        sl.appendSegment(seg("SV1", {procedure, Claim837Writer::amount(line.amount), "UN",
                                     QByteArray::number(line.units), "", "", pointers}));
        sl.appendSegment(seg("DTP", {"472", "D8", date8(line.serviceDate)}));
    }
}

void appendSubscriberAndClaim(Loop& a, const ClaimEnvelope& c, int parentHl, int* hl)
{
    const bool self = c.relationship == QLatin1String("18");
    Loop& b = a.appendLoop("2000B");
    const int subscriberHl = ++*hl;
    b.appendSegment(seg("HL", {QByteArray::number(subscriberHl), QByteArray::number(parentHl), "22", self ? "0" : "1"}));
    static const QByteArray kResponsibility[] = {"P", "S", "T"};
    b.appendSegment(seg("SBR", {kResponsibility[qBound(1, c.claim.payerOrder, 3) - 1], self ? "18" : "",
                                limited(c.groupNumber, 50), c.groupNumber.isEmpty() ? limited(c.planName, 60) : "",
                                "", "", "", "", text(c.filingIndicator)}));
    Loop& ba = b.appendLoop("2010BA");
    ba.appendSegment(nm1("IL", c.subscriber, "MI", c.memberId));
    if (self || !c.subscriberAddress.isEmpty())
        appendAddress(ba, self ? c.patientAddress : c.subscriberAddress);
    const QDate birth = self ? c.patientBirthDate : c.subscriberBirthDate;
    if (birth.isValid())
        ba.appendSegment(seg("DMG", {"D8", date8(birth), text(self ? c.patientSex : c.subscriberSex)}));
    Loop& bb = b.appendLoop("2010BB");
    bb.appendSegment(seg("NM1", {"PR", "2", limited(c.payerName, 60), "", "", "", "", "PI", text(c.payerId)}));
    if (self) {
        appendClaim(b, c);
        return;
    }
    Loop& pc = b.appendLoop("2000C");
    pc.appendSegment(seg("HL", {QByteArray::number(++*hl), QByteArray::number(subscriberHl), "23", "0"}));
    pc.appendSegment(seg("PAT", {text(c.relationship)}));
    Loop& ca = pc.appendLoop("2010CA");
    ca.appendSegment(nm1("QC", c.patient));
    appendAddress(ca, c.patientAddress);
    ca.appendSegment(seg("DMG", {"D8", date8(c.patientBirthDate), text(c.patientSex)}));
    appendClaim(pc, c);
}

}  // namespace

QByteArray Claim837Writer::amount(Money money)
{
    // Dollars, then cents without trailing zeros: 125, 125.5, 125.05, -3.07.
    const qint64 cents = money.cents();
    const quint64 magnitude = cents < 0 ? 0 - quint64(cents) : quint64(cents);
    QByteArray out = QByteArray::number(magnitude / 100);
    if (cents < 0)
        out.prepend('-');
    const int fraction = int(magnitude % 100);
    if (fraction != 0) {
        out += '.';
        out += char('0' + fraction / 10);
        if (fraction % 10 != 0)
            out += char('0' + fraction % 10);
    }
    return out;
}

Result<x12::Loop> Claim837Writer::body(const ClaimBatch& batch, std::size_t first, std::size_t count,
                                       const QByteArray& reference)
{
    const Submitter& s = batch.submitter;
    Loop root;
    root.id = "ST";
    root.appendSegment(seg("BHT", {"0019", "00", reference, date8(batch.created.date()),
                                   batch.created.time().toString(QStringLiteral("HHmm")).toLatin1(), "CH"}));
    Loop& submitter = root.appendLoop("1000A");
    submitter.appendSegment(seg("NM1", {"41", "2", limited(s.name, 60), "", "", "", "", "46", text(s.id)}));
    if (!digits(s.phone).isEmpty())
        submitter.appendSegment(seg("PER", {"IC", limited(s.contactName, 60), "TE", digits(s.phone)}));
    else if (!s.email.trimmed().isEmpty())
        submitter.appendSegment(seg("PER", {"IC", limited(s.contactName, 60), "EM", limited(s.email, 256)}));
    else
        return makeError(ErrorCode::InvalidInput, tr("The submitter needs a phone number or an email address (1000A PER)."),
                         QStringLiteral("phone"));
    root.appendLoop("1000B").appendSegment(
        seg("NM1", {"40", "2", limited(s.receiverName, 60), "", "", "", "", "46", text(s.receiverId)}));

    // One 2000A per billing provider, its claims in the order given.
    QList<QByteArray> order;
    QMap<QByteArray, std::vector<const ClaimEnvelope*>> byProvider;
    for (std::size_t i = first; i < first + count && i < batch.claims.size(); ++i) {
        const ClaimEnvelope& c = batch.claims[i];
        FD_TRY(check(c));
        const QByteArray key = billingKey(c);
        if (!byProvider.contains(key))
            order << key;
        byProvider[key].push_back(&c);
    }
    int hl = 0;
    for (const QByteArray& key : order) {
        const auto& claims = byProvider[key];
        Loop& a = root.appendLoop("2000A");
        const int providerHl = ++hl;
        appendBillingProvider(a, *claims.front(), providerHl);
        for (const ClaimEnvelope* c : claims)
            appendSubscriberAndClaim(a, *c, providerHl, &hl);
    }
    return root;
}

Result<QByteArray> Claim837Writer::write(const ClaimBatch& batch)
{
    if (batch.claims.empty())
        return makeError(ErrorCode::InvalidInput, tr("There are no claims to write."));
    if (batch.interchangeControlNumber < 1 || batch.interchangeControlNumber > 999999999 ||
        batch.groupControlNumber < 1 || batch.groupControlNumber > 999999999)
        return makeError(ErrorCode::InvalidInput, tr("The control numbers must be between 1 and 999999999."));
    const Submitter& s = batch.submitter;
    if (s.id.trimmed().isEmpty() || s.id.trimmed().size() > 15 || s.receiverId.trimmed().isEmpty() ||
        s.receiverId.trimmed().size() > 15)
        return makeError(ErrorCode::InvalidInput,
                         tr("The sender and receiver ids must have 1 to 15 characters (ISA06, ISA08)."));
    x12::OutgoingInterchange x;
    x.senderQualifier = "ZZ";
    x.senderId = text(s.id).toUpper();
    x.receiverQualifier = "ZZ";
    x.receiverId = text(s.receiverId).toUpper();
    x.controlNumber = QByteArray::number(batch.interchangeControlNumber).rightJustified(9, '0');
    x.created = batch.created;
    x.production = batch.production;
    x12::OutgoingGroup g;
    g.functionalId = "HC";
    g.senderCode = x.senderId;
    g.receiverCode = x.receiverId;
    g.controlNumber = QByteArray::number(batch.groupControlNumber);
    g.version = "005010X222A1";
    // A transaction set per 5,000 claims. Each is built and written on its own thread (its
    // loop tree built, written and freed there), as many at once as there are cores.
    const std::size_t sets = (batch.claims.size() + kMaxClaimsPerTransaction - 1) / kMaxClaimsPerTransaction;
    g.transactions.resize(sets);
    std::vector<Status> failures(sets);
    auto writeSet = [&](std::size_t index) {
        x12::OutgoingTransaction& t = g.transactions[index];
        t.transactionSet = "837";
        t.controlNumber = QByteArray::number(qulonglong(index + 1)).rightJustified(4, '0');
        t.version = g.version;
        const QByteArray reference = g.controlNumber + t.controlNumber;
        auto body = Claim837Writer::body(batch, index * kMaxClaimsPerTransaction, kMaxClaimsPerTransaction, reference);
        if (!body) {
            failures[index] = body.error();
            return;
        }
        t.body = std::move(body.value());
        auto written = x12::X12Writer().writeTransaction(t);
        t.body = {};
        if (!written)
            failures[index] = written.error();
        else
            t.written = std::move(written.value());
    };
    const std::size_t workers = std::min<std::size_t>(sets, std::size_t(std::max(1, QThread::idealThreadCount())));
    auto worker = [&](std::size_t first) {
        for (std::size_t i = first; i < sets; i += workers)
            writeSet(i);
    };
    std::vector<std::future<void>> others;
    for (std::size_t w = 1; w < workers; ++w)  // deferred to get() when the system refuses a thread
        others.push_back(std::async(std::launch::async | std::launch::deferred, worker, w));
    worker(0);
    for (auto& f : others)
        f.get();
    for (const Status& failure : failures)  // the first set that failed, as a single thread would
        FD_TRY(failure);
    x.groups.push_back(std::move(g));
    return x12::X12Writer().write(x);
}

}  // namespace fd::billing
