#pragma once

// Writes an 837P batch of varied, valid claims straight to a device, in transaction sets of a
// bounded number of claims, without building it in memory: files of any size for the
// streaming tests and the benchmark. Deterministic for a given seed.

#include <QByteArray>
#include <QIODevice>
#include <QList>

#include <initializer_list>
#include <random>

namespace fd::x12::test {

class ClaimBatchWriter
{
public:
    struct Options
    {
        qint64 targetBytes = 1024 * 1024;  // stops after the transaction that reaches it
        qint64 targetClaims = 0;           // when set, exactly this many claims instead
        int claimsPerTransaction = 5000;   // the X222A1 guide's recommended maximum
        quint32 seed = 837;
    };

    ClaimBatchWriter(QIODevice& out, Options options)
        : m_out(out), m_options(options), m_rng(options.seed)
    {
    }

    // Writes the interchange; returns its number of claims.
    qint64 write()
    {
        line({"ISA", "00", "          ", "00", "          ", "ZZ", "FRONTDESK      ", "ZZ",
              "CLEARINGHOUSE  ", "241105", "1200", "^", "00501", "000000905", "0", "T", ":"});
        line({"GS", "HC", "FRONTDESK", "CLEARINGHOUSE", "20241105", "1200", "905", "X",
              "005010X222A1"});
        int transactions = 0;
        while (more()) {
            transaction(++transactions);
            flush();
        }
        line({"GE", QByteArray::number(transactions), "905"});
        line({"IEA", "1", "000000905"});
        flush();
        return m_claims;
    }

private:
    bool more() const
    {
        if (m_options.targetClaims > 0)
            return m_claims < m_options.targetClaims;
        return m_written + m_buffer.size() < m_options.targetBytes;
    }

    void line(std::initializer_list<QByteArrayView> parts)
    {
        bool first = true;
        for (QByteArrayView p : parts) {
            if (!first)
                m_buffer += '*';
            m_buffer += p;
            first = false;
        }
        // Trailing empty elements are never written.
        while (m_buffer.endsWith('*'))
            m_buffer.chop(1);
        m_buffer += "~\n";
        ++m_segments;
    }

    void flush()
    {
        m_out.write(m_buffer);
        m_written += m_buffer.size();
        m_buffer.clear();
    }

    int pick(int n) { return int(m_rng() % quint32(n)); }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(pick(int(list.size())));
    }
    QByteArray digits(int count)
    {
        QByteArray out;
        for (int i = 0; i < count; ++i)
            out += char('0' + pick(10));
        return out;
    }
    QByteArray date(int fromYear, int years)
    {
        return QByteArray::number(fromYear + pick(years)) +
               QByteArray::number(1 + pick(12)).rightJustified(2, '0') +
               QByteArray::number(1 + pick(28)).rightJustified(2, '0');
    }

    // A ten-digit NPI whose last digit is the Luhn check digit over 80840 and the first nine.
    QByteArray npi()
    {
        QByteArray n = QByteArray::number(1 + pick(2)) + digits(8);
        int sum = 24;
        for (int i = 8; i >= 0; --i) {
            int d = n.at(i) - '0';
            if ((8 - i) % 2 == 0 && (d *= 2) > 9)
                d -= 9;
            sum += d;
        }
        return n + QByteArray::number((10 - sum % 10) % 10);
    }

    void address(bool zipPlusFour = false)
    {
        static const QList<QByteArray> streets{"MAIN ST",  "ELM ST",    "OAK AVE",
                                               "CEDAR LN", "PARK BLVD", "LAKE DR"};
        static const QList<QByteArray> cities{"SPRINGFIELD", "RIVERSIDE", "FAIRVIEW", "FRANKLIN",
                                              "GREENVILLE"};
        static const QList<QByteArray> states{"IL", "OH", "TX", "CA", "NY", "MD", "GA"};
        line({"N3", QByteArray::number(1 + pick(9999)) + ' ' + pick(streets)});
        line({"N4", pick(cities), pick(states),
              digits(5) + (zipPlusFour || pick(2) ? digits(4) : QByteArray())});
    }

    void person(QByteArrayView entity, QByteArrayView idQualifier, QByteArrayView id)
    {
        static const QList<QByteArray> last{"SMITH",    "JOHNSON",   "WILLIAMS", "BROWN",
                                            "GARCIA",   "MILLER",    "DAVIS",    "RODRIGUEZ",
                                            "MARTINEZ", "HERNANDEZ", "LOPEZ",    "WILSON"};
        static const QList<QByteArray> first{"JAMES", "MARY",      "ROBERT",  "PATRICIA",
                                             "JOHN",  "JENNIFER",  "MICHAEL", "LINDA",
                                             "DAVID", "ELIZABETH", "MARIA",   "JOSE"};
        const QByteArray middle = pick(3) ? QByteArray(1, char('A' + pick(26))) : QByteArray();
        line({"NM1", entity, "1", pick(last), pick(first), middle, "", "", idQualifier, id});
    }

    void transaction(int number)
    {
        const QByteArray control = QByteArray::number(number).rightJustified(4, '0');
        m_segments = 0;
        line({"ST", "837", control, "005010X222A1"});
        line({"BHT", "0019", "00", "B" + control, "20241105", "1200", "CH"});
        line({"NM1", "41", "2", "FRONTDESK CLINIC", "", "", "", "", "46", "TGJ23"});
        line({"PER", "IC", "BILLING OFFICE", "TE", "5555551234"});
        line({"NM1", "40", "2", "CLEARINGHOUSE", "", "", "", "", "46", "66783JJT"});
        m_hl = 0;
        int claims = 0;
        while (claims < m_options.claimsPerTransaction) {
            int count = qMin(m_options.claimsPerTransaction - claims, 200 + pick(800));
            if (m_options.targetClaims > 0)
                count = int(qMin<qint64>(count, m_options.targetClaims - m_claims));
            billingProvider(count);
            claims += count;
            if (!more())
                break;
        }
        line({"SE", QByteArray::number(m_segments + 1), control});
    }

    void billingProvider(int claims)
    {
        static const QList<QByteArray> practices{"FRONTDESK FAMILY MEDICINE", "LAKESIDE PEDIATRICS",
                                                 "NORTH VALLEY INTERNAL MED",
                                                 "RIVERSIDE ORTHOPEDICS"};
        const int parent = ++m_hl;
        line({"HL", QByteArray::number(parent), "", "20", "1"});
        line({"PRV", "BI", "PXC", "207Q00000X"});
        line({"NM1", "85", "2", pick(practices), "", "", "", "", "XX", npi()});
        address(true);
        line({"REF", "EI", digits(9)});
        for (int c = 0; c < claims; ++c)
            subscriber(parent);
    }

    void subscriber(int parent)
    {
        static const QList<QByteArray> payers{"ACME HEALTH", "BLUE RIVER INSURANCE", "MEDICARE",
                                              "UNITED CARE"};
        const bool dependent = pick(4) == 0;
        const int hl = ++m_hl;
        line({"HL", QByteArray::number(hl), QByteArray::number(parent), "22",
              dependent ? "1" : "0"});
        line({"SBR", "P", dependent ? "" : "18", "GRP" + digits(5), "", "", "", "", "", "CI"});
        person("IL", "MI", "W" + digits(9));
        address();
        line({"DMG", "D8", date(1940, 60), pick(2) ? "F" : "M"});
        line({"NM1", "PR", "2", pick(payers), "", "", "", "", "PI", digits(5)});
        if (dependent) {
            line({"HL", QByteArray::number(++m_hl), QByteArray::number(hl), "23", "0"});
            line({"PAT", "19"});
            person("QC", "", "");
            address();
            line({"DMG", "D8", date(2005, 18), pick(2) ? "F" : "M"});
        }
        claim();
    }

    void claim()
    {
        static const QList<QByteArray> diagnoses{"J069", "R05",   "E119", "I10",
                                                 "M545", "Z0000", "J029", "K219"};
        static const QList<QByteArray> places{"11", "11", "11", "22", "02"};
        struct Line
        {
            QByteArray code;
            int charge;
        };
        static const QList<Line> services{{"99213", 100}, {"99214", 150}, {"87880", 50},
                                          {"85025", 35},  {"93000", 75},  {"90471", 25},
                                          {"36415", 15}};
        ++m_claims;
        const int lines = 1 + pick(6);
        QList<Line> chosen;
        qint64 total = 0;
        for (int l = 0; l < lines; ++l) {
            chosen.append(pick(services));
            total += chosen.back().charge;
        }
        line({"CLM", "FD" + QByteArray::number(m_claims).rightJustified(9, '0'),
              QByteArray::number(total), "", "", pick(places) + ":B:1", "Y", "A", "Y", "Y"});
        if (pick(3) == 0)
            line({"DTP", "431", "D8", date(2023, 2)});
        if (pick(2))
            line({"REF", "D9", "TRACE" + digits(8)});
        const int codes = 1 + pick(4);
        QByteArray hi[4];
        for (int i = 0; i < codes; ++i)
            hi[i] = (i == 0 ? "ABK:" : "ABF:") + pick(diagnoses);
        line({"HI", hi[0], hi[1], hi[2], hi[3]});
        if (pick(2)) {
            person("82", "XX", npi());
            line({"PRV", "PE", "PXC", "207Q00000X"});
        }
        for (int l = 0; l < lines; ++l)
            serviceLine(l + 1, chosen.at(l).code, chosen.at(l).charge, codes);
    }

    void serviceLine(int number, const QByteArray& code, int charge, int diagnoses)
    {
        QByteArray pointers = "1";
        for (int p = 2; p <= diagnoses && p <= 4; ++p)
            pointers += ':' + QByteArray::number(p);
        line({"LX", QByteArray::number(number)});
        line({"SV1", "HC:" + code + (pick(5) == 0 ? ":25" : ""), QByteArray::number(charge), "UN",
              "1", "", "", pointers});
        line({"DTP", "472", "D8", date(2024, 1)});
        line({"REF", "6R", "L" + QByteArray::number(m_claims) + '-' + QByteArray::number(number)});
    }

    QIODevice& m_out;
    Options m_options;
    std::mt19937 m_rng;
    QByteArray m_buffer;
    qint64 m_written = 0;
    qint64 m_claims = 0;
    int m_segments = 0;
    int m_hl = 0;
};

}  // namespace fd::x12::test
