#include "billing/core/eligibility_271_reader.h"

#include "x12/view_support.h"
#include "x12/x12_reader.h"

namespace fd::billing {

namespace {

using x12::Loop;

QString latin(const QByteArray& b)
{
    return QString::fromLatin1(b).trimmed();
}

// EB08 "0.2" -> 2000 basis points, exactly (no floating point).
std::optional<int> basisPoints(const QByteArray& percent)
{
    const QByteArray p = percent.trimmed();
    if (p.isEmpty())
        return std::nullopt;
    const QList<QByteArray> parts = p.split('.');
    bool ok = true;
    const int whole = parts.at(0).isEmpty() ? 0 : parts.at(0).toInt(&ok);
    if (!ok || parts.size() > 2)
        return std::nullopt;
    int fraction = 0;
    if (parts.size() == 2) {
        const QByteArray f = parts.at(1).left(4).leftJustified(4, '0');
        fraction = f.toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    return whole * 10000 + fraction;
}

Network networkOf(const QByteArray& eb12)
{
    if (eb12 == "Y")
        return Network::In;
    if (eb12 == "N")
        return Network::Out;
    if (eb12 == "W")
        return Network::NotApplicable;
    return Network::Unknown;
}

QString kindOf(const QByteArray& eb01)
{
    if (eb01 == "B")
        return QStringLiteral("copay");
    if (eb01 == "A")
        return QStringLiteral("coinsurance");
    if (eb01 == "C")
        return QStringLiteral("deductible");
    if (eb01 == "G")
        return QStringLiteral("out_of_pocket");
    return {};
}

struct MemberLoops
{
    const Loop* level = nullptr;  // 2000C or 2000D
    const Loop* name = nullptr;   // 2100C or 2100D
};

// The member levels in the order eligibilityOf lists them.
std::vector<MemberLoops> memberLoops(const x12::Transaction& t)
{
    std::vector<MemberLoops> out;
    for (const Loop* source : t.root.loopsWith("2000A"))
        for (const Loop* receiver : source->loopsWith("2000B"))
            for (const Loop* subscriber : receiver->loopsWith("2000C")) {
                out.push_back({subscriber, subscriber->loop("2100C")});
                for (const Loop* dependent : subscriber->loopsWith("2000D"))
                    out.push_back({dependent, dependent->loop("2100D")});
            }
    return out;
}

QDate coverageDate(const Loop* name)
{
    if (!name)
        return {};
    for (const char* qualifier : {"346", "356", "307", "291"})
        if (const auto* dtp = name->segment("DTP", qualifier))
            return x12::dateOf(dtp->element(3).left(8));
    return {};
}

}  // namespace

EligibilityBenefits Eligibility271Reader::benefitsOf(const x12::EligibilityMember& member,
                                                     const QList<QByteArray>& above)
{
    EligibilityBenefits b;
    b.memberName = (latin(member.name.firstName) + QLatin1Char(' ') + latin(member.name.lastOrOrganization)).trimmed();
    QList<QByteArray> rejections = above;
    rejections += member.rejections;
    for (const QByteArray& code : rejections) {
        b.rejectCodes << latin(code);
        b.errors << rejectionText(code);
    }
    bool statusFound = false;
    for (const x12::Benefit& eb : member.benefits) {
        const QByteArray info = eb.information.trimmed();
        if (info.size() == 1 && info.at(0) >= '1' && info.at(0) <= '8') {
            if (!statusFound || info.at(0) <= '5') {
                const bool active = info.at(0) <= '5';
                // One active statement wins over inactive ones for other service types.
                if (!statusFound || active) {
                    b.status = active ? EligibilityStatus::Active : EligibilityStatus::Inactive;
                    if (!eb.planDescription.isEmpty())
                        b.planName = latin(eb.planDescription);
                }
            }
            statusFound = true;
            continue;
        }
        const QString kind = kindOf(info);
        if (kind.isEmpty())
            continue;
        QStringList types;
        for (const QByteArray& st : eb.serviceTypes)
            types << latin(st);
        if (types.isEmpty())
            types << QString();
        for (const QString& type : types) {
            BenefitAmount a;
            a.kind = kind;
            a.serviceType = type;
            a.coverageLevel = latin(eb.coverageLevel);
            a.timePeriod = latin(eb.timePeriod);
            a.network = networkOf(eb.inNetwork.trimmed());
            a.amount = eb.amount;
            a.percentBasisPoints = basisPoints(eb.percent);
            for (const QByteArray& m : eb.messages)
                a.messages << latin(m);
            b.amounts.push_back(a);
        }
    }
    if (b.planName.isEmpty())
        for (const x12::Benefit& eb : member.benefits)
            if (!eb.planDescription.isEmpty()) {
                b.planName = latin(eb.planDescription);
                break;
            }
    if (!b.errors.isEmpty() && !statusFound)
        b.status = EligibilityStatus::Error;
    else if (!statusFound) {
        b.status = EligibilityStatus::Error;
        b.errors << tr("The payer's answer says neither active nor inactive (no EB01 status 1 to 8).");
    }
    return b;
}

Result<std::vector<Eligibility271Answer>> Eligibility271Reader::answersOf(const x12::Transaction& t)
{
    auto response = x12::eligibilityOf(t);
    FD_TRY(response);
    const std::vector<MemberLoops> loops = memberLoops(t);
    std::vector<Eligibility271Answer> out;
    if (response->members.empty()) {
        // Rejected above the subscriber level (the provider, the payer): one answer, an error.
        Eligibility271Answer a;
        a.benefits = benefitsOf({}, response->rejections);
        out.push_back(a);
        return out;
    }
    for (std::size_t i = 0; i < response->members.size(); ++i) {
        const x12::EligibilityMember& m = response->members[i];
        const bool hasDependent =
            m.level == "subscriber" && i + 1 < response->members.size() && response->members[i + 1].level == "dependent";
        if (hasDependent)
            continue;  // the patient is the dependent that follows
        Eligibility271Answer a;
        a.benefits = benefitsOf(m, response->rejections);
        if (i < loops.size()) {
            a.benefits.coverageFrom = coverageDate(loops[i].name);
            for (const x12::Segment* trn : loops[i].level->segmentsWith("TRN"))
                a.traceNumbers << latin(trn->element(2));
            // A dependent's answer may carry the trace at the subscriber level only.
            if (m.level == "dependent" && i > 0 && a.traceNumbers.isEmpty())
                for (const x12::Segment* trn : loops[i - 1].level->segmentsWith("TRN"))
                    a.traceNumbers << latin(trn->element(2));
            if (m.level == "dependent" && i > 0) {
                // Rejections of the subscriber apply to the dependent too.
                for (const QByteArray& code : response->members[i - 1].rejections)
                    if (!a.benefits.rejectCodes.contains(latin(code))) {
                        a.benefits.rejectCodes << latin(code);
                        a.benefits.errors << rejectionText(code);
                        if (a.benefits.status != EligibilityStatus::Active &&
                            a.benefits.status != EligibilityStatus::Inactive)
                            a.benefits.status = EligibilityStatus::Error;
                    }
            }
        }
        out.push_back(a);
    }
    return out;
}

Result<std::vector<Eligibility271Answer>> Eligibility271Reader::read(const QByteArray& content)
{
    const x12::Document d = x12::X12Reader::readBytes(content);
    std::vector<Eligibility271Answer> out;
    QStringList seen;
    for (const x12::Interchange& x : d.interchanges)
        for (const x12::FunctionalGroup& g : x.groups)
            for (const x12::Transaction& t : g.transactions) {
                seen << latin(t.transactionSet);
                if (t.transactionSet != "271")
                    continue;
                auto answers = answersOf(t);
                FD_TRY(answers);
                for (Eligibility271Answer& a : answers.value()) {
                    a.interchangeControl = latin(x.controlNumber);
                    out.push_back(std::move(a));
                }
            }
    if (!out.empty())
        return out;
    if (!seen.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("The answer is not a 271 eligibility response: it holds %1.").arg(seen.join(QStringLiteral(", "))));
    return makeError(ErrorCode::InvalidInput, tr("The answer is not a readable 271 eligibility response."),
                     d.findings.empty() ? QString() : d.findings.front().toText());
}

QString Eligibility271Reader::timePeriodText(const QString& code)
{
    if (code == QLatin1String("23"))
        return tr("calendar year");
    if (code == QLatin1String("29"))
        return tr("remaining");
    if (code == QLatin1String("22"))
        return tr("service year");
    if (code == QLatin1String("24"))
        return tr("year to date");
    if (code == QLatin1String("25"))
        return tr("contract");
    if (code == QLatin1String("26"))
        return tr("episode");
    if (code == QLatin1String("27"))
        return tr("visit");
    if (code == QLatin1String("32"))
        return tr("lifetime");
    if (code == QLatin1String("33"))
        return tr("lifetime remaining");
    return code;
}

QString Eligibility271Reader::serviceTypeText(const QString& code)
{
    if (code == QLatin1String("30"))
        return tr("health benefit plan coverage");
    if (code == QLatin1String("98"))
        return tr("office visit");
    if (code == QLatin1String("1"))
        return tr("medical care");
    if (code == QLatin1String("33"))
        return tr("chiropractic");
    if (code == QLatin1String("35"))
        return tr("dental care");
    if (code == QLatin1String("47"))
        return tr("hospital");
    if (code == QLatin1String("86"))
        return tr("emergency services");
    if (code == QLatin1String("88"))
        return tr("pharmacy");
    if (code == QLatin1String("UC"))
        return tr("urgent care");
    if (code == QLatin1String("MH"))
        return tr("mental health");
    return code;
}

}  // namespace fd::billing
