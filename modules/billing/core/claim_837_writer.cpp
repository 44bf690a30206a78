#include "billing/core/claim_837_writer.h"

#include "practice/core/practice_profile.h"
#include "x12/x12_writer.h"

#include <QMap>
#include <QThread>

#include <future>

namespace fd::billing {

namespace {

using x12::SegmentWriter;

QByteArray text(const QString& s)
{
    return s.trimmed().toUtf8();
}

QByteArray digits(const QString& s)
{
    QByteArray out;
    for (QChar c : s)
        if (c.isDigit())
            out += char(c.unicode());
    return out;
}

// CCYYMMDD, digit by digit into `buffer` (a format string is parsed again on every call);
// empty for an invalid date.
QByteArrayView date8(const QDate& d, char (&buffer)[9], QByteArray& other)
{
    int year = 0;
    int month = 0;
    int day = 0;
    d.getDate(&year, &month, &day);
    if (!d.isValid() || year < 1000 || year > 9999) {
        other = d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
        return other;
    }
    int value = year * 10000 + month * 100 + day;
    for (int i = 7; i >= 0; --i, value /= 10)
        buffer[i] = char('0' + value % 10);
    buffer[8] = '\0';
    return QByteArrayView(buffer, 8);
}

void dateElement(SegmentWriter& w, const QDate& d)
{
    char buffer[9];
    QByteArray other;
    w.add(date8(d, buffer, other));
}

// NM1 with the id (and its qualifier) only when there is one.
void nm1(SegmentWriter& w, QByteArrayView entity, const PartyName& n, QByteArrayView qualifier = {},
         const QString& id = {})
{
    w.begin("NM1").add(entity);
    if (n.organization)
        w.add("2").add(n.last, 60).skip(4);
    else
        w.add("1").add(n.last, 60).add(n.first, 35).add(n.middle, 25).skip().add(n.suffix, 10);
    if (!id.isEmpty())
        w.add(qualifier).add(id);
    w.end();
}

void address(SegmentWriter& w, const practice::Address& a)
{
    w.begin("N3").add(a.line1, 55).add(a.line2, 55).end();
    w.begin("N4").add(a.city, 30).add(a.state).add(digits(a.zip)).end();
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

void appendBillingProvider(SegmentWriter& w, const ClaimEnvelope& c, int hl)
{
    w.begin("HL").add(hl).skip().add("20").add("1").end();
    if (!c.billing.taxonomy.isEmpty())
        w.begin("PRV").add("BI").add("PXC").add(c.billing.taxonomy).end();
    // 2010AA
    nm1(w, "85", c.billing.name, "XX", c.billing.npi);
    address(w, c.billingAddress);
    w.begin("REF").add("EI").add(digits(c.billingTaxId)).end();
    if (!c.payToAddress.isEmpty() && !sameAddress(c.payToAddress, c.billingAddress)) {
        // 2010AB
        w.begin("NM1").add("87").add("2").end();
        address(w, c.payToAddress);
    }
}

void appendProvider(SegmentWriter& w, QByteArrayView entity, const ClaimProvider& p, bool taxonomy)
{
    nm1(w, entity, p.name, "XX", p.npi);
    if (taxonomy && !p.taxonomy.isEmpty())
        w.begin("PRV").add("PE").add("PXC").add(p.taxonomy).end();
}

// 2300 with its 2310A-D and 2400 loops.
void appendClaim(SegmentWriter& w, const ClaimEnvelope& c)
{
    const Claim& claim = c.claim;
    w.begin("CLM").add(claim.claimNumber).add(Claim837Writer::amount(claim.total()));
    w.skip(2).composite().component(claim.placeOfService).component("B").component(frequencyCode(claim.frequency));
    w.add("Y").add("A").add("Y").add("Y").end();
    if (!claim.priorAuthorization.isEmpty())
        w.begin("REF").add("G1").add(claim.priorAuthorization, 50).end();
    if (claim.frequency != Frequency::Original)
        w.begin("REF").add("F8").add(claim.payerClaimControlNumber, 50).end();
    w.begin("HI");
    for (qsizetype i = 0; i < claim.diagnoses.size(); ++i)
        w.composite().component(i == 0 ? "ABK" : "ABF").component(claim.diagnoses.at(i));
    w.end();
    if (c.referring)
        appendProvider(w, "DN", *c.referring, false);  // 2310A
    if (c.rendering)
        appendProvider(w, "82", *c.rendering, true);  // 2310B
    if (c.facility) {  // 2310C
        nm1(w, "77", c.facility->name, "XX", c.facility->npi);
        address(w, c.facilityAddress);
    }
    if (c.supervising)
        appendProvider(w, "DQ", *c.supervising, false);  // 2310D
    for (const ClaimLine& line : claim.lines) {
        w.begin("LX").add(line.lineNumber).end();
        w.begin("SV1").composite().component("HC").component(line.code);
        for (const QString& m : line.modifiers)
            w.component(m);
        w.add(Claim837Writer::amount(line.amount)).add("UN").add(line.units).skip(2).composite();
        for (int p : line.pointers)
            w.component(QByteArray::number(p));
        w.end();
        w.begin("DTP").add("472").add("D8");
        dateElement(w, line.serviceDate);
        w.end();
    }
}

void appendSubscriberAndClaim(SegmentWriter& w, const ClaimEnvelope& c, int parentHl, int* hl)
{
    const bool self = c.relationship == QLatin1String("18");
    // 2000B
    const int subscriberHl = ++*hl;
    w.begin("HL").add(subscriberHl).add(parentHl).add("22").add(self ? "0" : "1").end();
    static const char* const kResponsibility[] = {"P", "S", "T"};
    w.begin("SBR").add(kResponsibility[qBound(1, c.claim.payerOrder, 3) - 1]).add(self ? "18" : "");
    w.add(c.groupNumber, 50);
    if (c.groupNumber.isEmpty())
        w.add(c.planName, 60);
    else
        w.skip();
    w.skip(4).add(c.filingIndicator).end();
    // 2010BA
    nm1(w, "IL", c.subscriber, "MI", c.memberId);
    if (self || !c.subscriberAddress.isEmpty())
        address(w, self ? c.patientAddress : c.subscriberAddress);
    const QDate birth = self ? c.patientBirthDate : c.subscriberBirthDate;
    if (birth.isValid()) {
        w.begin("DMG").add("D8");
        dateElement(w, birth);
        w.add(self ? c.patientSex : c.subscriberSex).end();
    }
    // 2010BB
    w.begin("NM1").add("PR").add("2").add(c.payerName, 60).skip(4).add("PI").add(c.payerId).end();
    if (self) {
        appendClaim(w, c);
        return;
    }
    // 2000C
    w.begin("HL").add(++*hl).add(subscriberHl).add("23").add("0").end();
    w.begin("PAT").add(c.relationship).end();
    // 2010CA
    nm1(w, "QC", c.patient);
    address(w, c.patientAddress);
    w.begin("DMG").add("D8");
    dateElement(w, c.patientBirthDate);
    w.add(c.patientSex).end();
    appendClaim(w, c);
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

Result<QByteArray> Claim837Writer::transactionSet(const ClaimBatch& batch, std::size_t first, std::size_t count,
                                                  const QByteArray& controlNumber, const QByteArray& reference)
{
    const Submitter& s = batch.submitter;
    const std::size_t last = std::min(first + count, batch.claims.size());
    const QByteArray phone = digits(s.phone);
    if (phone.isEmpty() && s.email.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The submitter needs a phone number or an email address (1000A PER)."),
                         QStringLiteral("phone"));
    // One 2000A per billing provider, its claims in the order given.
    QList<QByteArray> order;
    QMap<QByteArray, std::vector<const ClaimEnvelope*>> byProvider;
    for (std::size_t i = first; i < last; ++i) {
        const ClaimEnvelope& c = batch.claims[i];
        FD_TRY(check(c));
        const QByteArray key = billingKey(c);
        if (!byProvider.contains(key))
            order << key;
        byProvider[key].push_back(&c);
    }

    SegmentWriter w;
    w.bytes().reserve(qsizetype(last > first ? last - first : 0) * 512 + 1024);
    w.begin("ST").add("837").add(controlNumber).add("005010X222A1").end();
    w.begin("BHT").add("0019").add("00").add(reference);
    dateElement(w, batch.created.date());
    w.add(batch.created.time().toString(QStringLiteral("HHmm"))).add("CH").end();
    // 1000A
    w.begin("NM1").add("41").add("2").add(s.name, 60).skip(4).add("46").add(s.id).end();
    if (!phone.isEmpty())
        w.begin("PER").add("IC").add(s.contactName, 60).add("TE").add(phone).end();
    else
        w.begin("PER").add("IC").add(s.contactName, 60).add("EM").add(s.email, 256).end();
    // 1000B
    w.begin("NM1").add("40").add("2").add(s.receiverName, 60).skip(4).add("46").add(s.receiverId).end();
    int hl = 0;
    for (const QByteArray& key : order) {
        const auto& claims = byProvider[key];
        // 2000A
        const int providerHl = ++hl;
        appendBillingProvider(w, *claims.front(), providerHl);
        for (const ClaimEnvelope* c : claims)
            appendSubscriberAndClaim(w, *c, providerHl, &hl);
    }
    w.begin("SE").add(w.count() + 1).add(controlNumber).end();  // ST and SE included
    FD_TRY(w.status());
    return w.take();
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
    // A transaction set per 5,000 claims, each written straight into bytes on its own thread,
    // as many at once as there are cores.
    const std::size_t sets = (batch.claims.size() + kMaxClaimsPerTransaction - 1) / kMaxClaimsPerTransaction;
    g.transactions.resize(sets);
    std::vector<Status> failures(sets);
    auto writeSet = [&](std::size_t index) {
        x12::OutgoingTransaction& t = g.transactions[index];
        t.transactionSet = "837";
        t.controlNumber = QByteArray::number(qulonglong(index + 1)).rightJustified(4, '0');
        t.version = g.version;
        auto written = transactionSet(batch, index * kMaxClaimsPerTransaction, kMaxClaimsPerTransaction,
                                      t.controlNumber, g.controlNumber + t.controlNumber);
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
