#include "billing/core/claim_status_277_lines.h"

#include "billing/core/ack_applier.h"
#include "billing/core/ack_codes.h"
#include "x12/view_support.h"

namespace fd::billing {

namespace {

QString latin(const QByteArray& b)
{
    return QString::fromLatin1(b);
}

Error refused(const x12::Segment& at, const QString& message, const QString& fileName)
{
    return invalidInput(Claim277Lines::tr("%1: %2 Nothing was imported.").arg(segmentPlace(at), message), fileName);
}

// SVC02 and SVC03: an amount, or absent when `optional`.
Result<std::optional<Money>> amountAt(const x12::Segment& svc, int pos, bool optional, const QString& fileName)
{
    const QByteArray text = svc.element(pos);
    if (text.isEmpty() && optional)
        return std::optional<Money>{};
    auto money = x12::moneyOf(text);
    if (!money)
        return refused(svc,
                       Claim277Lines::tr("SVC%1 '%2' is not an amount.")
                           .arg(pos, 2, 10, QLatin1Char('0'))
                           .arg(latin(text)),
                       fileName);
    return std::optional<Money>{money};
}

Status readService(const x12::Segment& svc, PayerLineStatus& line, const QString& fileName)
{
    if (svc.component(1, 1).isEmpty() || svc.component(1, 2).isEmpty())
        return refused(svc, Claim277Lines::tr("the service (SVC01) lacks its code qualifier or its procedure code."),
                       fileName);
    line.procedure = latin(svc.element(1));
    line.segment = svc.number;
    auto charge = amountAt(svc, 2, false, fileName);
    FD_TRY(charge);
    auto paid = amountAt(svc, 3, true, fileName);
    FD_TRY(paid);
    line.charge = charge.value();
    line.paid = paid.value();
    const QByteArray units = svc.element(7);
    bool ok = true;
    line.units = units.isEmpty() ? 0 : int(units.toDouble(&ok));
    if (!ok || line.units < 0)
        return refused(svc, Claim277Lines::tr("SVC07 '%1' is not a number of units.").arg(latin(units)), fileName);
    return {};
}

Status readStatuses(const x12::Loop& loop, const x12::Segment& svc, PayerLineStatus& line, const QString& fileName)
{
    const auto stcs = loop.segmentsWith("STC");
    if (stcs.empty())
        return refused(svc, Claim277Lines::tr("the service line has no status (STC)."), fileName);
    const x12::Segment& first = *stcs.front();
    QStringList meanings;
    for (const x12::Segment* stc : stcs) {
        if (stc->component(1, 1).isEmpty() || stc->component(1, 2).isEmpty())
            return refused(*stc, Claim277Lines::tr("STC01 lacks its category or its status code."), fileName);
        meanings << AckCodes::instance().describeStatus(latin(stc->component(1, 1)), latin(stc->component(1, 2)),
                                                        latin(stc->component(1, 3)));
    }
    line.category = latin(first.component(1, 1));
    line.status = latin(first.component(1, 2));
    line.entity = latin(first.component(1, 3));
    line.meaning = meanings.join(QStringLiteral(" | "));
    if (!first.element(2).isEmpty()) {
        line.effective = x12::dateOf(first.element(2));
        if (!line.effective.isValid())
            return refused(first, Claim277Lines::tr("STC02 '%1' is not a date.").arg(latin(first.element(2))), fileName);
    }
    return {};
}

Status readServiceDate(const x12::Segment& dtp, PayerLineStatus& line, const QString& fileName)
{
    const QByteArray format = dtp.element(2);
    const QByteArray value = dtp.element(3);
    if (format == "D8") {
        line.serviceFrom = line.serviceTo = x12::dateOf(value);
    } else if (format == "RD8") {
        const QList<QByteArray> range = value.split('-');
        if (range.size() == 2) {
            line.serviceFrom = x12::dateOf(range[0]);
            line.serviceTo = x12::dateOf(range[1]);
        }
    }
    if (!line.serviceFrom.isValid() || !line.serviceTo.isValid() || line.serviceTo < line.serviceFrom)
        return refused(dtp,
                       Claim277Lines::tr("the service date '%1' (format '%2') is not a D8 date or an RD8 range.")
                           .arg(latin(value), latin(format)),
                       fileName);
    return {};
}

QString codeOf(const QString& procedure)
{
    return procedure.section(QLatin1Char(':'), 1, 1);
}

QStringList modifiersOf(const QString& procedure)
{
    QStringList out = procedure.section(QLatin1Char(':'), 2).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return out.mid(0, 4);
}

}  // namespace

QString PayerLineStatus::toText() const
{
    QString money = charge ? charge->toDecimalString() : QString();
    if (paid)
        money += Claim277Lines::tr(", paid %1").arg(paid->toDecimalString());
    QString text = lineNumber > 0 ? Claim277Lines::tr("line %1 %2").arg(lineNumber).arg(procedure)
                                  : Claim277Lines::tr("%1 (not a line of the claim)").arg(procedure);
    if (!money.isEmpty())
        text += QStringLiteral(" (%1)").arg(money);
    text += QStringLiteral(": %1:%2%3 %4")
                .arg(category, status, entity.isEmpty() ? QString() : QStringLiteral(":") + entity, meaning);
    if (serviceFrom.isValid())
        text += serviceTo == serviceFrom
                    ? Claim277Lines::tr("; service %1").arg(serviceFrom.toString(Qt::ISODate))
                    : Claim277Lines::tr("; service %1 to %2")
                          .arg(serviceFrom.toString(Qt::ISODate), serviceTo.toString(Qt::ISODate));
    return text;
}

Result<std::vector<PayerLineStatus>> Claim277Lines::read(const x12::Loop& claimLoop, const QString& fileName)
{
    std::vector<PayerLineStatus> out;
    for (const x12::Loop& loop : claimLoop.loops) {
        if (loop.id != "2220D" && loop.id != "2220E")
            continue;
        const x12::Segment* svc = loop.segment("SVC");
        if (!svc)
            return invalidInput(tr("A 277 service line loop (%1) lacks its SVC. Nothing was imported.")
                                    .arg(latin(loop.id)),
                                fileName);
        PayerLineStatus line;
        FD_TRY(readService(*svc, line, fileName));
        FD_TRY(readStatuses(loop, *svc, line, fileName));
        if (const x12::Segment* fj = loop.segment("REF", "FJ"))
            line.lineControlNumber = latin(fj->element(2));
        if (const x12::Segment* dtp = loop.segment("DTP", "472"))
            FD_TRY(readServiceDate(*dtp, line, fileName));
        out.push_back(std::move(line));
    }
    return out;
}

void Claim277Lines::match(std::vector<PayerLineStatus>& statuses, const Claim& claim)
{
    std::vector<bool> taken(claim.lines.size(), false);
    for (PayerLineStatus& s : statuses) {
        const QString code = codeOf(s.procedure);
        const QStringList modifiers = modifiersOf(s.procedure);
        for (std::size_t i = 0; i < claim.lines.size(); ++i) {
            const ClaimLine& l = claim.lines[i];
            if (taken[i] || l.code.compare(code, Qt::CaseInsensitive) != 0 || l.modifiers.mid(0, 4) != modifiers)
                continue;
            const QDate day = l.serviceDate.isValid() ? l.serviceDate : claim.serviceDate;
            if (s.serviceFrom.isValid() && (day < s.serviceFrom || day > s.serviceTo))
                continue;
            taken[i] = true;
            s.claimLineId = l.id;
            s.lineNumber = l.lineNumber;
            break;
        }
    }
}

QString Claim277Lines::describe(const std::vector<PayerLineStatus>& statuses)
{
    QStringList parts;
    for (const PayerLineStatus& s : statuses)
        parts << s.toText();
    return parts.join(QStringLiteral("; "));
}

}  // namespace fd::billing
