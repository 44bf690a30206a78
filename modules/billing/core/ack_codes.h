#pragma once

#include <QHash>
#include <QString>

namespace fd::billing {

// The code lists of acknowledgments and claim status answers with their meaning in plain words
// (codes/ack_codes.tsv, compiled in as a resource): claim status category (STC01-1), claim
// status (STC01-2), entity (STC01-3), IK5, AK9, IK502, IK304, IK403, TA104 and TA105 codes.
class AckCodes
{
public:
    static const AckCodes& instance();

    // The meaning of `code` in list `kind` ("category", "status", ...); empty when unknown.
    QString meaning(const QString& kind, const QString& code) const;
    // "A7 Acknowledgement/Rejected for invalid information; 562 Entity's National Provider
    // Identifier (NPI); entity 85 Billing provider": an STC01 composite in words.
    QString describeStatus(const QString& category, const QString& status, const QString& entity) const;
    // "R (Rejected)": a code followed by its meaning, or the code alone when unknown.
    QString withMeaning(const QString& kind, const QString& code) const;
    int size() const { return int(m_codes.size()); }

private:
    AckCodes();
    QHash<QString, QString> m_codes;  // "kind\tcode" -> meaning
};

// Claim status categories that accept or reject a claim at the front door (277CA).
bool isAcceptedCategory(const QString& category);  // A1, A2, A5
bool isRejectedCategory(const QString& category);  // A3, A4, A6, A7, A8

}  // namespace fd::billing
