#pragma once

#include "x12/finding.h"
#include "x12/segment.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace fd::x12 {

// Rules the maps cannot express, checked while a transaction is read: NPI check digits,
// HL numbering and parents, LX numbering per claim, CLM02 against its service lines, retired
// CARC codes and ICD-9 diagnosis qualifiers in 5010 claims.
class SemanticChecker
{
    Q_DECLARE_TR_FUNCTIONS(fd::x12::SemanticChecker)

public:
    SemanticChecker(const QByteArray& transactionSet, Findings& findings);

    void onSegment(const Segment& segment, const QByteArray& loop);
    void finish();

    // The NPI Luhn check with the 80840 prefix; false for anything but ten digits.
    static bool isValidNpi(const QByteArray& npi);

private:
    static bool isValidNpiText(QByteArrayView npi);
    void checkHl(const Segment& segment, const QByteArray& loop);
    bool knownHl(QByteArrayView id) const;
    void rememberHl(const QByteArray& id);
    void checkClaimTotal();
    void report(FindingKind kind, Severity severity, const Segment& s, const QByteArray& loop,
                const QByteArray& element, const QByteArray& value, const QString& message,
                const QString& expected = {});

    QByteArray m_set;
    bool m_claims;  // an 837: claim totals, LX numbering, diagnosis qualifiers
    Findings& m_findings;
    int m_nextHl = 1;
    // The HL ids seen: while they are 1, 2, 3... only how many (m_hlSequence); after the
    // first other id, each of them in m_hlIds.
    qint64 m_hlSequence = 0;
    bool m_hlInSet = false;
    QSet<QByteArray> m_hlIds;
    int m_nextLx = 1;
    // The open claim (837 CLM) and the sum of its SV102 line charges, in cents.
    Segment m_claim;
    QByteArray m_claimLoop;
    qint64 m_lineTotal = 0;
    bool m_linesValid = true;
};

}  // namespace fd::x12
