#include "billing/core/claim_status_276_writer.h"

#include "x12/x12_writer.h"

#include <algorithm>

namespace fd::billing {

namespace {

using x12::Loop;
using x12::Segment;

QByteArray limited(const QString& s, int max)
{
    return s.trimmed().left(max).toUtf8();
}

Segment seg(const QByteArray& id, QList<QByteArray> elements)
{
    while (!elements.isEmpty() && elements.back().isEmpty())
        elements.removeLast();
    return Segment::make(id, elements);
}

QByteArray date8(const QDate& d)
{
    return d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

Segment name(const QByteArray& entity, const PartyName& n, const QByteArray& qualifier, const QString& id)
{
    return seg("NM1", {entity, n.organization ? "2" : "1", limited(n.last, 60), n.organization ? "" : limited(n.first, 35),
                       n.organization ? "" : limited(n.middle, 25), "", n.organization ? "" : limited(n.suffix, 10),
                       id.isEmpty() ? QByteArray() : qualifier, limited(id, 80)});
}

QByteArray amount(Money m)
{
    return Claim837Writer::amount(m);
}

// A line without a service date of its own was served on the claim's (check() refuses a claim
// where neither is known).
QDate serviceDateOf(const Claim& c, const ClaimLine& l)
{
    return l.serviceDate.isValid() ? l.serviceDate : c.serviceDate;
}

// Loop 2210D/2210E (005010X212): SVC01 "HC:code:modifiers", SVC02 the line charge, SVC07 the
// units (SVC03 to SVC06 are not used for a professional line).
void appendLine(Loop& root, const Claim& c, const StatusLine& s)
{
    const ClaimLine& l = s.line;
    QByteArray procedure = "HC:" + limited(l.code, 48);
    for (const QString& m : l.modifiers.mid(0, 4))
        procedure += ':' + limited(m, 2);
    root.appendSegment(seg("SVC", {procedure, amount(l.amount), "", "", "", "", QByteArray::number(l.units)}));
    if (!s.lineControlNumber.isEmpty())
        root.appendSegment(seg("REF", {"FJ", limited(s.lineControlNumber, 50)}));
    root.appendSegment(seg("DTP", {"472", "D8", date8(serviceDateOf(c, l))}));
}

void appendClaim(Loop& root, const StatusClaim& s)
{
    const Claim& c = s.envelope.claim;
    root.appendSegment(seg("TRN", {"1", limited(s.trace, 50)}));
    if (!s.payerClaimNumber.isEmpty())
        root.appendSegment(seg("REF", {"1K", limited(s.payerClaimNumber, 50)}));
    root.appendSegment(seg("REF", {"EJ", limited(c.claimNumber, 50)}));
    root.appendSegment(seg("AMT", {"T3", amount(c.total())}));
    // The claim's dates are its lines' (an invalid QDate would sort first and leave RD8 empty).
    QDate first = c.lines.empty() ? c.serviceDate : serviceDateOf(c, c.lines.front());
    QDate last = first;
    for (const ClaimLine& l : c.lines) {
        first = std::min(first, serviceDateOf(c, l));
        last = std::max(last, serviceDateOf(c, l));
    }
    if (first == last)
        root.appendSegment(seg("DTP", {"472", "D8", date8(first)}));
    else
        root.appendSegment(seg("DTP", {"472", "RD8", date8(first) + '-' + date8(last)}));
    for (const StatusLine& line : s.lines)
        appendLine(root, c, line);
}

QByteArray sexOf(const QString& code)
{
    return code == QLatin1String("F") || code == QLatin1String("M") ? code.toLatin1() : QByteArray("U");
}

struct Counter
{
    int next = 0;
    QByteArray take() { return QByteArray::number(++next); }
};

// The subscriber levels of one payer and billing provider, with their claims.
void appendSubscribers(Loop& root, const std::vector<const StatusClaim*>& claims, const QByteArray& parent,
                       Counter& hl)
{
    std::vector<bool> done(claims.size(), false);
    for (std::size_t i = 0; i < claims.size(); ++i) {
        if (done[i])
            continue;
        const ClaimEnvelope& e = claims[i]->envelope;
        const bool self = e.relationship == QLatin1String("18");
        const QByteArray subscriberHl = hl.take();
        root.appendSegment(seg("HL", {subscriberHl, parent, "22", self ? "0" : "1"}));
        if (self && e.patientBirthDate.isValid())
            root.appendSegment(seg("DMG", {"D8", date8(e.patientBirthDate), sexOf(e.patientSex)}));
        root.appendSegment(name("IL", e.subscriber, "MI", e.memberId));
        for (std::size_t j = i; j < claims.size(); ++j) {
            const ClaimEnvelope& o = claims[j]->envelope;
            if (done[j] || o.memberId != e.memberId || (o.relationship == QLatin1String("18")) != self)
                continue;
            done[j] = true;
            if (!self) {
                root.appendSegment(seg("HL", {hl.take(), subscriberHl, "23"}));
                root.appendSegment(seg("DMG", {"D8", date8(o.patientBirthDate), sexOf(o.patientSex)}));
                PartyName patient = o.patient;
                patient.organization = false;
                root.appendSegment(seg("NM1", {"QC", "1", limited(patient.last, 60), limited(patient.first, 35),
                                               limited(patient.middle, 25), "", limited(patient.suffix, 10)}));
            }
            appendClaim(root, *claims[j]);
        }
    }
}

// A line asked about must be one of the claim's, once, and have what SVC needs.
Status checkLines(const StatusClaim& s)
{
    const Claim& c = s.envelope.claim;
    QStringList seen;
    for (const StatusLine& l : s.lines) {
        const QString where = Claim276Writer::tr("Claim %1, line %2").arg(c.claimNumber).arg(l.line.lineNumber);
        const bool ofClaim = std::any_of(c.lines.begin(), c.lines.end(),
                                         [&](const ClaimLine& own) { return own.id == l.line.id; });
        if (!ofClaim)
            return makeError(ErrorCode::InvalidInput, Claim276Writer::tr("%1: not a line of this claim (2210).").arg(where),
                                QStringLiteral("lines"));
        if (seen.contains(l.line.id))
            return makeError(ErrorCode::InvalidInput, Claim276Writer::tr("%1: asked about twice.").arg(where), QStringLiteral("lines"));
        seen << l.line.id;
        if (l.line.code.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, Claim276Writer::tr("%1: no procedure code (SVC01).").arg(where), QStringLiteral("lines"));
        if (l.line.units < 1 || l.line.amount.cents() < 0)
            return makeError(ErrorCode::InvalidInput, Claim276Writer::tr("%1: the units or the charge are not positive (SVC02, SVC07).")
                                    .arg(where),
                                QStringLiteral("lines"));
        if (l.lineControlNumber.size() > 50)
            return makeError(ErrorCode::InvalidInput, Claim276Writer::tr("%1: the line item control number (REF*FJ) is longer than 50.")
                                    .arg(where),
                                QStringLiteral("lines"));
    }
    return {};
}

// DTP*472 needs a date for the claim and for each line: a line's own, or else the claim's.
Status checkDates(const StatusClaim& s)
{
    const Claim& c = s.envelope.claim;
    if (c.lines.empty() && !c.serviceDate.isValid())
        return makeError(
            ErrorCode::InvalidInput,
            Claim276Writer::tr("Claim %1: no service date (DTP*472).").arg(c.claimNumber),
            QStringLiteral("service_date"));
    std::vector<const ClaimLine*> lines;
    for (const ClaimLine& l : c.lines)
        lines.push_back(&l);
    for (const StatusLine& asked : s.lines)
        lines.push_back(&asked.line);
    for (const ClaimLine* l : lines)
        if (!serviceDateOf(c, *l).isValid())
            return makeError(
                ErrorCode::InvalidInput,
                Claim276Writer::tr(
                    "Claim %1, line %2: no service date, and the claim has none either "
                    "(DTP*472).")
                    .arg(c.claimNumber)
                    .arg(l->lineNumber),
                QStringLiteral("service_date"));
    return {};
}

Status check(const StatusClaim& s)
{
    const ClaimEnvelope& e = s.envelope;
    const QString number = e.claim.claimNumber;
    if (e.payerId.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Claim276Writer::tr("Claim %1: the payer has no payer id.").arg(number),
                         QStringLiteral("payer_id"));
    if (e.memberId.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Claim276Writer::tr("Claim %1: the member id is missing.").arg(number),
                         QStringLiteral("member_id"));
    if (e.billing.npi.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Claim276Writer::tr("Claim %1: the billing provider has no NPI.").arg(number),
                         QStringLiteral("npi"));
    if (e.relationship != QLatin1String("18") && !e.patientBirthDate.isValid())
        return makeError(ErrorCode::InvalidInput,
                         Claim276Writer::tr("Claim %1: the patient's date of birth is missing (2000E DMG).").arg(number),
                         QStringLiteral("birth_date"));
    if (s.trace.isEmpty() || s.trace.size() > 50)
        return makeError(ErrorCode::InvalidInput, Claim276Writer::tr("Claim %1: no trace number.").arg(number),
                         QStringLiteral("trace"));
    FD_TRY(checkDates(s));
    return checkLines(s);
}

Result<Loop> body(const StatusBatch& batch)
{
    Loop root;
    root.id = "ST";
    root.appendSegment(seg("BHT", {"0010", "13", "FD276" + QByteArray::number(batch.groupControlNumber),
                                   date8(batch.created.date()),
                                   batch.created.time().toString(QStringLiteral("HHmm")).toLatin1()}));
    // Payers, then billing providers, in the order their first claim comes.
    QList<QByteArray> payers;
    QMap<QByteArray, QList<QByteArray>> providersOf;
    QMap<QByteArray, std::vector<const StatusClaim*>> claimsOf;
    for (const StatusClaim& s : batch.claims) {
        FD_TRY(check(s));
        const QByteArray payer = s.envelope.payerId.toUtf8();
        const QByteArray provider = s.envelope.billing.npi.toUtf8();
        if (!payers.contains(payer))
            payers << payer;
        if (!providersOf[payer].contains(provider))
            providersOf[payer] << provider;
        claimsOf[payer + '|' + provider].push_back(&s);
    }
    Counter hl;
    for (const QByteArray& payer : payers) {
        const auto& first = claimsOf[payer + '|' + providersOf[payer].front()].front()->envelope;
        const QByteArray payerHl = hl.take();
        root.appendSegment(seg("HL", {payerHl, "", "20", "1"}));
        root.appendSegment(name("PR", {true, first.payerName, {}, {}, {}}, "PI", first.payerId));
        const QByteArray receiverHl = hl.take();
        root.appendSegment(seg("HL", {receiverHl, payerHl, "21", "1"}));
        root.appendSegment(name("41", {true, batch.senderName, {}, {}, {}}, "46", batch.senderId));
        for (const QByteArray& provider : providersOf[payer]) {
            const auto& claims = claimsOf[payer + '|' + provider];
            const QByteArray providerHl = hl.take();
            root.appendSegment(seg("HL", {providerHl, receiverHl, "19", "1"}));
            root.appendSegment(name("1P", claims.front()->envelope.billing.name, "XX", claims.front()->envelope.billing.npi));
            appendSubscribers(root, claims, providerHl, hl);
        }
    }
    return root;
}

}  // namespace

Result<QByteArray> Claim276Writer::write(const StatusBatch& batch)
{
    if (batch.claims.empty())
        return makeError(ErrorCode::InvalidInput, tr("There are no claims to ask about."));
    const QString sender = batch.senderId.trimmed().toUpper();
    const QString receiver = batch.receiverId.trimmed().toUpper();
    if (sender.isEmpty() || sender.size() > 15 || receiver.isEmpty() || receiver.size() > 15)
        return makeError(ErrorCode::InvalidInput,
                         tr("The sender and receiver ids must have 1 to 15 characters (ISA06, ISA08)."));
    auto content = body(batch);
    FD_TRY(content);
    x12::OutgoingInterchange x;
    x.senderId = sender.toUtf8();
    x.receiverId = receiver.toUtf8();
    x.controlNumber = QByteArray::number(batch.interchangeControlNumber).rightJustified(9, '0');
    x.created = batch.created;
    x.production = batch.production;
    x12::OutgoingGroup g;
    g.functionalId = "HR";
    g.senderCode = x.senderId;
    g.receiverCode = x.receiverId;
    g.controlNumber = QByteArray::number(batch.groupControlNumber);
    g.version = "005010X212";
    x12::OutgoingTransaction t;
    t.transactionSet = "276";
    t.controlNumber = "0001";
    t.version = g.version;
    t.body = std::move(content.value());
    g.transactions.push_back(std::move(t));
    x.groups.push_back(std::move(g));
    return x12::X12Writer().write(x);
}

}  // namespace fd::billing
