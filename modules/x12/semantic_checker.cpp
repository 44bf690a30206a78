#include "x12/semantic_checker.h"

#include "common/money.h"

#include <QCoreApplication>

namespace fd::x12 {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fd::x12", text);
}

// Claim adjustment reason codes that the code committee deactivated; payers still send them.
const QSet<QByteArray>& retiredCarcs()
{
    static const QSet<QByteArray> codes = {"A2", "36", "42", "47", "48"};
    return codes;
}

// ICD-9-CM qualifiers: still in the 5010 code list, but claims for services since
// 2015-10-01 carry ICD-10-CM (ABK, ABF, ABJ, ABN, APR, ABU).
const QSet<QByteArray>& icd9Qualifiers()
{
    static const QSet<QByteArray> codes = {"BK", "BF", "BJ", "BN", "BP", "BO", "BR", "BQ"};
    return codes;
}

std::optional<qint64> cents(const QByteArray& amount)
{
    auto m = Money::parse(QString::fromLatin1(amount));
    if (!m)
        return std::nullopt;
    return m->cents();
}
}  // namespace

SemanticChecker::SemanticChecker(const QByteArray& transactionSet, Findings& findings)
    : m_set(transactionSet), m_findings(findings)
{
}

bool SemanticChecker::isValidNpi(const QByteArray& npi)
{
    if (npi.size() != 10)
        return false;
    for (char c : npi)
        if (c < '0' || c > '9')
            return false;
    // Luhn over "80840" + the first nine digits; the prefix contributes a constant 24.
    int sum = 24;
    for (int i = 8; i >= 0; --i) {
        int d = npi.at(i) - '0';
        if ((8 - i) % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10 == npi.at(9) - '0';
}

void SemanticChecker::report(FindingKind kind, Severity severity, const Segment& s, const QByteArray& loop,
                             const QByteArray& element, const QByteArray& value, const QString& message,
                             const QString& expected)
{
    Finding f;
    f.kind = kind;
    f.severity = severity;
    f.segmentNumber = s.number;
    f.segmentId = s.id;
    f.loop = loop;
    f.element = element;
    f.value = value;
    f.message = message;
    f.expected = expected;
    m_findings.push_back(std::move(f));
}

void SemanticChecker::checkHl(const Segment& s, const QByteArray& loop)
{
    const QByteArray id = s.element(1);
    const QByteArray parent = s.element(2);
    if (id != QByteArray::number(m_nextHl))
        report(FindingKind::HierarchyError, Severity::Error, s, loop, "HL01", id,
               m_hlIds.contains(id) ? tr("HL id repeated") : tr("HL ids must count up from 1"),
               QString::number(m_nextHl));
    if (!parent.isEmpty() && !m_hlIds.contains(parent))
        report(FindingKind::HierarchyError, Severity::Error, s, loop, "HL02", parent,
               tr("HL02 names a parent level that does not precede it"), tr("the HL01 of an earlier level"));
    m_hlIds.insert(id);
    ++m_nextHl;
}

void SemanticChecker::checkClaimTotal()
{
    if (m_claim.id.isEmpty() || !m_linesValid)
        return;
    const auto total = cents(m_claim.element(2));
    if (total && *total != m_lineTotal)
        report(FindingKind::AmountMismatch, Severity::Error, m_claim, m_claimLoop, "CLM02", m_claim.element(2),
               tr("claim total differs from the sum of its service line charges (SV102)"),
               Money::fromCents(m_lineTotal).toDecimalString());
    m_claim = Segment();
}

void SemanticChecker::onSegment(const Segment& s, const QByteArray& loop)
{
    if (s.id == "NM1" && s.element(8) == "XX" && !isValidNpi(s.element(9)))
        report(FindingKind::NpiCheckDigit, Severity::Error, s, loop, "NM109", s.element(9),
               tr("NPI fails the check digit"), tr("ten digits with a valid Luhn check digit (prefix 80840)"));
    else if (s.id == "N1" && s.element(3) == "XX" && !isValidNpi(s.element(4)))
        report(FindingKind::NpiCheckDigit, Severity::Error, s, loop, "N104", s.element(4),
               tr("NPI fails the check digit"), tr("ten digits with a valid Luhn check digit (prefix 80840)"));
    if (s.id == "HL") {
        checkHl(s, loop);
    } else if (s.id == "CAS") {
        for (int i = 2; i <= 17; i += 3)
            if (retiredCarcs().contains(s.element(i)))
                report(FindingKind::RetiredCode, Severity::Warning, s, loop, "CAS" + QByteArray::number(i).rightJustified(2, '0'),
                       s.element(i), tr("claim adjustment reason code is retired"), tr("a current CARC"));
    } else if (s.id == "HI" && m_set == "837") {
        for (int i = 1; i <= s.elements.size(); ++i)
            if (icd9Qualifiers().contains(s.component(i, 1)))
                report(FindingKind::ObsoleteQualifier, Severity::Warning, s, loop,
                       "HI" + QByteArray::number(i).rightJustified(2, '0') + "-01", s.component(i, 1),
                       tr("ICD-9-CM qualifier in a 5010 claim"), tr("ICD-10-CM qualifiers (ABK, ABF, ...)"));
    }
    if (m_set != "837")
        return;
    if (s.id == "CLM") {
        checkClaimTotal();
        m_claim = s;
        m_claimLoop = loop;
        m_lineTotal = 0;
        m_linesValid = true;
        m_nextLx = 1;
    } else if (s.id == "LX") {
        if (s.element(1) != QByteArray::number(m_nextLx))
            report(FindingKind::SequenceError, Severity::Error, s, loop, "LX01", s.element(1),
                   tr("service lines must count up from 1 in each claim"), QString::number(m_nextLx));
        ++m_nextLx;
    } else if (s.id == "SV1") {
        const auto c = cents(s.element(2));
        m_linesValid = m_linesValid && c.has_value();
        m_lineTotal += c.value_or(0);
    }
}

void SemanticChecker::finish()
{
    checkClaimTotal();
}

}  // namespace fd::x12
