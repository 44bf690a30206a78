#include "x12/semantic_checker.h"

#include "common/money.h"
#include "x12/segment_key.h"
#include "x12/view_support.h"

namespace fd::x12 {

namespace {
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

std::optional<qint64> cents(QByteArrayView amount)
{
    auto m = moneyOf(amount);
    if (!m)
        return std::nullopt;
    return m->cents();
}
}  // namespace

SemanticChecker::SemanticChecker(const QByteArray& transactionSet, Findings& findings)
    : m_set(transactionSet), m_claims(transactionSet == "837"), m_findings(findings)
{
}

bool SemanticChecker::isValidNpi(const QByteArray& npi)
{
    return isValidNpiText(npi);
}

bool SemanticChecker::isValidNpiText(QByteArrayView npi)
{
    if (npi.size() != 10)
        return false;
    for (char c : npi)
        if (c < '0' || c > '9')
            return false;
    // Luhn over "80840" + the first nine digits; the prefix contributes a constant 24.
    int sum = 24;
    for (int i = 8; i >= 0; --i) {
        int d = npi[i] - '0';
        if ((8 - i) % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10 == npi[9] - '0';
}

void SemanticChecker::report(FindingKind kind, Severity severity, const Segment& s, const QByteArray& loop,
                             const QByteArray& element, const QByteArray& value, const QString& message,
                             const QString& expected)
{
    Finding f;
    f.kind = kind;
    f.severity = severity;
    f.segmentNumber = s.number;
    f.segmentId = ownBytes(s.id);
    f.loop = loop;
    f.element = element;
    f.value = ownBytes(value);
    f.message = message;
    f.expected = expected;
    m_findings.push_back(std::move(f));
}

bool SemanticChecker::knownHl(QByteArrayView id) const
{
    if (!m_hlInSet) {
        // Ids so far are exactly 1..m_hlSequence: is `id` one of them, as written by number()?
        if (id.isEmpty() || id.size() > 9 || id[0] == '0')
            return false;
        qint64 n = 0;
        for (char c : id) {
            if (c < '0' || c > '9')
                return false;
            n = n * 10 + (c - '0');
        }
        return n <= m_hlSequence;
    }
    return m_hlIds.contains(QByteArray::fromRawData(id.data(), id.size()));
}

void SemanticChecker::rememberHl(const QByteArray& id)
{
    if (!m_hlInSet) {
        if (isNumberText(id, m_hlSequence + 1)) {
            ++m_hlSequence;
            return;
        }
        // The first id out of sequence: from now on remember them one by one.
        for (qint64 n = 1; n <= m_hlSequence; ++n)
            m_hlIds.insert(QByteArray::number(n));
        m_hlInSet = true;
    }
    m_hlIds.insert(id);
}

void SemanticChecker::checkHl(const Segment& s, const QByteArray& loop)
{
    const QByteArrayView id = elementView(s, 1);
    const QByteArrayView parent = elementView(s, 2);
    if (!isNumberText(id, m_nextHl))
        report(FindingKind::HierarchyError, Severity::Error, s, loop, "HL01", id.toByteArray(),
               knownHl(id) ? tr("HL id repeated") : tr("HL ids must count up from 1"), QString::number(m_nextHl));
    if (!parent.isEmpty() && !knownHl(parent))
        report(FindingKind::HierarchyError, Severity::Error, s, loop, "HL02", parent.toByteArray(),
               tr("HL02 names a parent level that does not precede it"), tr("the HL01 of an earlier level"));
    rememberHl(s.element(1));
    ++m_nextHl;
}

void SemanticChecker::checkClaimTotal()
{
    if (m_claim.id.isEmpty() || !m_linesValid)
        return;
    const auto total = cents(elementView(m_claim, 2));
    if (total && *total != m_lineTotal)
        report(FindingKind::AmountMismatch, Severity::Error, m_claim, m_claimLoop, "CLM02", m_claim.element(2),
               tr("claim total differs from the sum of its service line charges (SV102)"),
               Money::fromCents(m_lineTotal).toDecimalString());
    m_claim = Segment();
}

void SemanticChecker::onSegment(const Segment& s, const QByteArray& loop)
{
    const SegmentKey key = segmentKey(s.id);
    if (key == segmentKey("NM1") && sameBytes(elementView(s, 8), "XX") && !isValidNpiText(elementView(s, 9)))
        report(FindingKind::NpiCheckDigit, Severity::Error, s, loop, "NM109", s.element(9),
               tr("NPI fails the check digit"), tr("ten digits with a valid Luhn check digit (prefix 80840)"));
    else if (key == segmentKey("N1") && sameBytes(elementView(s, 3), "XX") && !isValidNpiText(elementView(s, 4)))
        report(FindingKind::NpiCheckDigit, Severity::Error, s, loop, "N104", s.element(4),
               tr("NPI fails the check digit"), tr("ten digits with a valid Luhn check digit (prefix 80840)"));
    if (key == segmentKey("HL")) {
        checkHl(s, loop);
    } else if (key == segmentKey("CAS")) {
        for (int i = 2; i <= 17; i += 3)
            if (retiredCarcs().contains(s.element(i)))
                report(FindingKind::RetiredCode, Severity::Warning, s, loop, "CAS" + QByteArray::number(i).rightJustified(2, '0'),
                       s.element(i), tr("claim adjustment reason code is retired"), tr("a current CARC"));
    } else if (key == segmentKey("HI") && m_claims) {
        for (int i = 1; i <= s.elements.size(); ++i) {
            const QByteArrayView qualifier = componentView(s, i, 1);
            if (icd9Qualifiers().contains(QByteArray::fromRawData(qualifier.data(), qualifier.size())))
                report(FindingKind::ObsoleteQualifier, Severity::Warning, s, loop,
                       "HI" + QByteArray::number(i).rightJustified(2, '0') + "-01", qualifier.toByteArray(),
                       tr("ICD-9-CM qualifier in a 5010 claim"), tr("ICD-10-CM qualifiers (ABK, ABF, ...)"));
        }
    }
    if (!m_claims)
        return;
    if (key == segmentKey("CLM")) {
        checkClaimTotal();
        m_claim = s;
        m_claimLoop = loop;
        m_lineTotal = 0;
        m_linesValid = true;
        m_nextLx = 1;
    } else if (key == segmentKey("LX")) {
        if (!isNumberText(elementView(s, 1), m_nextLx))
            report(FindingKind::SequenceError, Severity::Error, s, loop, "LX01", s.element(1),
                   tr("service lines must count up from 1 in each claim"), QString::number(m_nextLx));
        ++m_nextLx;
    } else if (key == segmentKey("SV1")) {
        const auto c = cents(elementView(s, 2));
        m_linesValid = m_linesValid && c.has_value();
        m_lineTotal += c.value_or(0);
    }
}

void SemanticChecker::finish()
{
    checkClaimTotal();
}

}  // namespace fd::x12
