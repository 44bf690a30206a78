#include "billing/core/eligibility_270_writer.h"

#include "practice/core/practice_profile.h"
#include "x12/x12_writer.h"

#include <QRegularExpression>

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
    return d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

Segment person(const QByteArray& entity, const PartyName& n, const QByteArray& qualifier = {},
               const QString& id = {})
{
    const QByteArray q = id.trimmed().isEmpty() ? QByteArray() : qualifier;
    if (n.organization)
        return seg("NM1", {entity, "2", limited(n.last, 60), "", "", "", "", q, limited(id, 80)});
    return seg("NM1", {entity, "1", limited(n.last, 60), limited(n.first, 35), limited(n.middle, 25), "",
                       limited(n.suffix, 10), q, limited(id, 80)});
}

Segment demographics(const QDate& born, const QString& sex)
{
    const QString s = sex.trimmed().toUpper();
    const QByteArray code = (s == QLatin1String("M") || s == QLatin1String("F")) ? s.toLatin1() : QByteArray();
    return seg("DMG", {"D8", date8(born), code});
}

Segment inquiry(const QStringList& types)
{
    QByteArray eq01;
    const QStringList wanted = types.isEmpty() ? QStringList{QStringLiteral("30")} : types;
    for (const QString& t : wanted) {
        if (!eq01.isEmpty())
            eq01 += '^';
        eq01 += t.trimmed().toUpper().toLatin1();
    }
    return seg("EQ", {eq01});
}

Error refused(const QString& what, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, Eligibility270Writer::tr("The 270 cannot be written: %1.").arg(what),
                     field);
}

}  // namespace

Status Eligibility270Writer::check(const Eligibility270Request& r)
{
    static const QRegularExpression kServiceType(QStringLiteral("^[A-Za-z0-9]{1,2}$"));
    if (r.interchangeControl < 1 || r.interchangeControl > 999999999)
        return refused(tr("the control number must be between 1 and 999999999"), QStringLiteral("ISA13"));
    if (r.senderId.trimmed().isEmpty() || r.senderId.trimmed().size() > 15 || r.receiverId.trimmed().isEmpty() ||
        r.receiverId.trimmed().size() > 15)
        return refused(tr("the sender and receiver ids must have 1 to 15 characters"), QStringLiteral("ISA06"));
    if (r.payerName.trimmed().isEmpty() || r.payerId.trimmed().isEmpty())
        return refused(tr("the payer needs a name and a payer id"), QStringLiteral("2100A NM1"));
    if (!practice::isValidNpi(r.providerNpi))
        return refused(tr("the provider's NPI %1 is not valid").arg(r.providerNpi), QStringLiteral("2100B NM109"));
    if (r.provider.last.trimmed().isEmpty())
        return refused(tr("the provider's name is missing"), QStringLiteral("2100B NM103"));
    if (digits(r.providerTaxId).size() != 9)
        return refused(tr("the practice's tax id must have 9 digits"), QStringLiteral("TRN03"));
    if (r.traceNumber.trimmed().isEmpty() || r.traceNumber.size() > 50)
        return refused(tr("the trace number must have 1 to 50 characters"), QStringLiteral("TRN02"));
    if (r.memberId.trimmed().isEmpty())
        return refused(tr("the member id is missing"), QStringLiteral("2100C NM109"));
    if (r.subscriber.last.trimmed().isEmpty())
        return refused(tr("the subscriber's last name is missing"), QStringLiteral("2100C NM103"));
    if (r.dependent && (r.patient.last.trimmed().isEmpty() || r.patient.first.trimmed().isEmpty()))
        return refused(tr("the dependent's name is missing"), QStringLiteral("2100D NM1"));
    if (r.dependent && !r.patientBirthDate.isValid())
        return refused(tr("the dependent's date of birth is missing"), QStringLiteral("2100D DMG02"));
    if (!r.serviceDate.isValid())
        return refused(tr("the date of service is missing"), QStringLiteral("DTP*291"));
    if (r.serviceTypes.size() > 99)
        return refused(tr("at most 99 service types can be asked"), QStringLiteral("EQ01"));
    for (const QString& t : r.serviceTypes)
        if (!kServiceType.match(t.trimmed()).hasMatch())
            return refused(tr("\"%1\" is not a service type code").arg(t), QStringLiteral("EQ01"));
    return {};
}

Result<QByteArray> Eligibility270Writer::write(const Eligibility270Request& r)
{
    FD_TRY(check(r));
    const QByteArray control = QByteArray::number(r.interchangeControl);
    Loop root;
    root.appendSegment(seg("BHT", {"0022", "13", limited(r.traceNumber, 50), date8(r.created.date()),
                                   r.created.time().toString(QStringLiteral("HHmm")).toLatin1()}));
    Loop& source = root.appendLoop("2000A");
    source.appendSegment(seg("HL", {"1", "", "20", "1"}));
    source.appendLoop("2100A").appendSegment(
        seg("NM1", {"PR", "2", limited(r.payerName, 60), "", "", "", "", "PI", limited(r.payerId, 80)}));
    Loop& receiver = source.appendLoop("2000B");
    receiver.appendSegment(seg("HL", {"2", "1", "21", "1"}));
    receiver.appendLoop("2100B").appendSegment(person("1P", r.provider, "XX", r.providerNpi));

    const Segment trn = seg("TRN", {"1", limited(r.traceNumber, 50), "1" + digits(r.providerTaxId)});
    Loop& subscriber = receiver.appendLoop("2000C");
    subscriber.appendSegment(seg("HL", {"3", "2", "22", r.dependent ? "1" : "0"}));
    if (!r.dependent)
        subscriber.appendSegment(trn);
    Loop& subscriberName = subscriber.appendLoop("2100C");
    subscriberName.appendSegment(person("IL", r.subscriber, "MI", r.memberId));
    if (r.subscriberBirthDate.isValid())
        subscriberName.appendSegment(demographics(r.subscriberBirthDate, r.subscriberSex));
    if (!r.dependent) {
        subscriberName.appendSegment(seg("DTP", {"291", "D8", date8(r.serviceDate)}));
        subscriberName.appendLoop("2110C").appendSegment(inquiry(r.serviceTypes));
    } else {
        Loop& dependent = subscriber.appendLoop("2000D");
        dependent.appendSegment(seg("HL", {"4", "3", "23", "0"}));
        dependent.appendSegment(trn);
        Loop& name = dependent.appendLoop("2100D");
        name.appendSegment(person("03", {false, r.patient.last, r.patient.first, r.patient.middle, r.patient.suffix}));
        name.appendSegment(demographics(r.patientBirthDate, r.patientSex));
        name.appendSegment(seg("DTP", {"291", "D8", date8(r.serviceDate)}));
        name.appendLoop("2110D").appendSegment(inquiry(r.serviceTypes));
    }

    x12::OutgoingInterchange x;
    x.senderId = limited(r.senderId, 15).toUpper();
    x.receiverId = limited(r.receiverId, 15).toUpper();
    x.controlNumber = control.rightJustified(9, '0');
    x.created = r.created;
    x.production = r.production;
    x12::OutgoingGroup g;
    g.functionalId = "HS";
    g.senderCode = x.senderId;
    g.receiverCode = x.receiverId;
    g.controlNumber = control;
    g.version = "005010X279A1";
    x12::OutgoingTransaction t;
    t.transactionSet = "270";
    t.controlNumber = "0001";
    t.version = g.version;
    t.body = std::move(root);
    g.transactions.push_back(std::move(t));
    x.groups.push_back(std::move(g));
    return x12::X12Writer().write(x);
}

}  // namespace fd::billing
