#include "demo/demo_people.h"

#include <array>

namespace fd::demo {

namespace {

struct Weighted
{
    const char* name;
    int weight;  // relative frequency (US census 2010 surnames, SSA given names), rounded
};

// The most frequent US surnames with their relative frequencies per 100,000 people.
constexpr std::array kSurnames = {
    Weighted{"Smith", 828},      Weighted{"Johnson", 655},   Weighted{"Williams", 550},
    Weighted{"Brown", 487},      Weighted{"Jones", 483},     Weighted{"Garcia", 395},
    Weighted{"Miller", 394},     Weighted{"Davis", 373},     Weighted{"Rodriguez", 368},
    Weighted{"Martinez", 355},   Weighted{"Hernandez", 354}, Weighted{"Lopez", 297},
    Weighted{"Gonzalez", 292},   Weighted{"Wilson", 269},    Weighted{"Anderson", 266},
    Weighted{"Thomas", 260},     Weighted{"Taylor", 257},    Weighted{"Moore", 238},
    Weighted{"Jackson", 236},    Weighted{"Martin", 235},    Weighted{"Lee", 232},
    Weighted{"Perez", 224},      Weighted{"Thompson", 222},  Weighted{"White", 221},
    Weighted{"Harris", 208},     Weighted{"Sanchez", 205},   Weighted{"Clark", 180},
    Weighted{"Ramirez", 180},    Weighted{"Lewis", 176},     Weighted{"Robinson", 175},
    Weighted{"Walker", 174},     Weighted{"Young", 165},     Weighted{"Allen", 164},
    Weighted{"King", 162},       Weighted{"Wright", 161},    Weighted{"Scott", 150},
    Weighted{"Torres", 148},     Weighted{"Nguyen", 146},    Weighted{"Hill", 145},
    Weighted{"Flores", 145},     Weighted{"Green", 144},     Weighted{"Adams", 142},
    Weighted{"Nelson", 141},     Weighted{"Baker", 140},     Weighted{"Hall", 136},
    Weighted{"Rivera", 135},     Weighted{"Campbell", 130},  Weighted{"Mitchell", 128},
    Weighted{"Carter", 127},     Weighted{"Roberts", 127},   Weighted{"Gomez", 112},
    Weighted{"Phillips", 112},   Weighted{"Evans", 111},     Weighted{"Turner", 110},
    Weighted{"Diaz", 109},       Weighted{"Parker", 108},    Weighted{"Cruz", 107},
    Weighted{"Edwards", 106},    Weighted{"Collins", 106},   Weighted{"Reyes", 105},
    Weighted{"Stewart", 104},    Weighted{"Morris", 102},    Weighted{"Morales", 101},
    Weighted{"Murphy", 101},     Weighted{"Cook", 100},      Weighted{"Rogers", 99},
    Weighted{"Gutierrez", 98},   Weighted{"Ortiz", 97},      Weighted{"Morgan", 97},
    Weighted{"Cooper", 96},      Weighted{"Peterson", 96},   Weighted{"Bailey", 95},
    Weighted{"Reed", 94},        Weighted{"Kelly", 93},      Weighted{"Howard", 92},
    Weighted{"Ramos", 91},       Weighted{"Kim", 90},        Weighted{"Cox", 89},
    Weighted{"Ward", 89},        Weighted{"Richardson", 88}, Weighted{"Watson", 87},
    Weighted{"Brooks", 86},      Weighted{"Chavez", 85},     Weighted{"Wood", 85},
    Weighted{"James", 84},       Weighted{"Bennett", 84},    Weighted{"Gray", 83},
    Weighted{"Mendoza", 83},     Weighted{"Ruiz", 82},       Weighted{"Hughes", 82},
    Weighted{"Price", 81},       Weighted{"Alvarez", 81},    Weighted{"Castillo", 80},
    Weighted{"Sanders", 80},     Weighted{"Patel", 79},      Weighted{"Myers", 79},
    Weighted{"Long", 78},        Weighted{"Ross", 78},       Weighted{"Foster", 78},
    Weighted{"Jimenez", 77},     Weighted{"O'Brien", 40},    Weighted{"Nuñez", 35},
    Weighted{"Chen", 60},        Weighted{"Wang", 55},       Weighted{"Singh", 50},
    Weighted{"Kowalski", 20},    Weighted{"Schmidt", 45},    Weighted{"Sullivan", 60},
};

constexpr std::array kFemaleNames = {
    Weighted{"Mary", 250},     Weighted{"Patricia", 110}, Weighted{"Jennifer", 105}, Weighted{"Linda", 100},
    Weighted{"Elizabeth", 95}, Weighted{"Barbara", 90},   Weighted{"Susan", 85},     Weighted{"Jessica", 80},
    Weighted{"Sarah", 78},     Weighted{"Karen", 75},     Weighted{"Lisa", 70},      Weighted{"Nancy", 68},
    Weighted{"Betty", 60},     Weighted{"Margaret", 60},  Weighted{"Sandra", 58},    Weighted{"Ashley", 57},
    Weighted{"Kimberly", 55},  Weighted{"Emily", 54},     Weighted{"Donna", 52},     Weighted{"Michelle", 52},
    Weighted{"Carol", 50},     Weighted{"Amanda", 50},    Weighted{"Dorothy", 48},   Weighted{"Melissa", 48},
    Weighted{"Deborah", 46},   Weighted{"Stephanie", 46}, Weighted{"Rebecca", 44},   Weighted{"Sharon", 43},
    Weighted{"Laura", 43},     Weighted{"Cynthia", 42},   Weighted{"Maria", 42},     Weighted{"Ana", 30},
    Weighted{"Sofia", 30},     Weighted{"Olivia", 35},    Weighted{"Emma", 35},      Weighted{"Isabella", 30},
    Weighted{"Camila", 20},    Weighted{"Mei", 10},       Weighted{"Priya", 10},     Weighted{"Zoe", 15},
};

constexpr std::array kMaleNames = {
    Weighted{"James", 330},    Weighted{"Robert", 320},   Weighted{"John", 320},     Weighted{"Michael", 300},
    Weighted{"David", 250},    Weighted{"William", 240},  Weighted{"Richard", 200},  Weighted{"Joseph", 180},
    Weighted{"Thomas", 170},   Weighted{"Christopher", 160}, Weighted{"Charles", 150}, Weighted{"Daniel", 150},
    Weighted{"Matthew", 140},  Weighted{"Anthony", 130},  Weighted{"Mark", 120},     Weighted{"Donald", 115},
    Weighted{"Steven", 110},   Weighted{"Paul", 105},     Weighted{"Andrew", 100},   Weighted{"Joshua", 100},
    Weighted{"Kenneth", 90},   Weighted{"Kevin", 90},     Weighted{"Brian", 88},     Weighted{"George", 85},
    Weighted{"Timothy", 80},   Weighted{"Ronald", 80},    Weighted{"Jose", 75},      Weighted{"Luis", 60},
    Weighted{"Carlos", 55},    Weighted{"Juan", 55},      Weighted{"Wei", 15},       Weighted{"Raj", 12},
    Weighted{"Liam", 40},      Weighted{"Noah", 40},      Weighted{"Ethan", 35},     Weighted{"Mateo", 25},
};

constexpr std::array kStreets = {
    "Main St", "Oak St", "Maple Ave", "Cedar Ln", "Pine St", "Elm St", "Washington Ave", "Lake Dr",
    "Hill Rd", "Park Ave", "Sunset Blvd", "Church St", "Highland Ave", "Meadow Ln", "River Rd",
    "Jefferson St", "Lincoln Ave", "Willow Way", "Forest Dr", "Spring St", "Chestnut St",
    "Walnut St", "Franklin Ave", "Madison St", "Ridge Rd", "Valley View Dr", "Birch Ct", "Magnolia Dr",
};

struct City
{
    const char* city;
    const char* state;
    const char* zip;
};

// Real city/state/ZIP combinations of the practices' catchment areas (public postal data).
constexpr std::array kCities = {
    City{"Springfield", "IL", "62704"}, City{"Columbus", "OH", "43215"},   City{"Dayton", "OH", "45402"},
    City{"Akron", "OH", "44308"},       City{"Toledo", "OH", "43604"},     City{"Cleveland", "OH", "44113"},
    City{"Indianapolis", "IN", "46204"}, City{"Louisville", "KY", "40202"}, City{"Lexington", "KY", "40507"},
    City{"Pittsburgh", "PA", "15222"},  City{"Erie", "PA", "16501"},       City{"Buffalo", "NY", "14202"},
    City{"Rochester", "NY", "14604"},   City{"Albany", "NY", "12207"},     City{"Hartford", "CT", "06103"},
    City{"Richmond", "VA", "23219"},    City{"Raleigh", "NC", "27601"},    City{"Charlotte", "NC", "28202"},
    City{"Denver", "CO", "80202"},      City{"Boulder", "CO", "80302"},    City{"Phoenix", "AZ", "85004"},
    City{"Tucson", "AZ", "85701"},      City{"Austin", "TX", "78701"},     City{"San Antonio", "TX", "78205"},
};

template <std::size_t N>
std::int64_t totalWeight(const std::array<Weighted, N>& items)
{
    std::int64_t t = 0;
    for (const auto& w : items)
        t += w.weight;
    return t;
}

template <std::size_t N>
QString pickName(DemoRandom& random, const std::array<Weighted, N>& items)
{
    std::array<int, N> weights {};
    for (std::size_t i = 0; i < N; ++i)
        weights[i] = items[i].weight;
    static const std::int64_t total = totalWeight(items);
    return QString::fromUtf8(items[random.pickWeighted(weights, total)].name);
}

QString asciiFold(QString text)
{
    text = text.normalized(QString::NormalizationForm_D);
    QString out;
    for (QChar c : text)
        if (c.unicode() < 128 && (c.isLetterOrNumber()))
            out += c.toLower();
    return out;
}

}  // namespace

QString DemoPeople::lastName()
{
    return pickName(m_random, kSurnames);
}

QString DemoPeople::firstName(QChar sex)
{
    return sex == QLatin1Char('F') ? pickName(m_random, kFemaleNames) : pickName(m_random, kMaleNames);
}

DemoAddress DemoPeople::address()
{
    const City& c = kCities[std::size_t(m_random.between(0, kCities.size() - 1))];
    QString line1 = QStringLiteral("%1 %2").arg(m_random.between(100, 9899)).arg(
        QString::fromLatin1(kStreets[std::size_t(m_random.between(0, kStreets.size() - 1))]));
    if (m_random.chance(0.12))
        line1 += QStringLiteral(" Apt %1").arg(m_random.between(1, 40));
    return {line1, QString::fromLatin1(c.city), QString::fromLatin1(c.state), QString::fromLatin1(c.zip)};
}

QString DemoPeople::phone()
{
    static const char* kAreaCodes[] = {"217", "614", "937", "330", "317", "502", "412", "716", "804", "919", "303", "512"};
    const QString area = QString::fromLatin1(kAreaCodes[m_random.between(0, 11)]);
    return QStringLiteral("(%1) 555-01%2").arg(area).arg(m_random.between(0, 99), 2, 10, QLatin1Char('0'));
}

QString DemoPeople::email(const QString& first, const QString& last)
{
    const QString domain = m_random.chance(0.5) ? QStringLiteral("example.com") : QStringLiteral("example.org");
    return QStringLiteral("%1.%2%3@%4")
        .arg(asciiFold(first), asciiFold(last))
        .arg(m_random.between(1, 999))
        .arg(domain);
}

QDate DemoPeople::birthDate(const QDate& today)
{
    // Roughly a family practice: 20% children, 55% adults under 65, 25% 65 and over.
    int years;
    const auto bucket = m_random.between(0, 99);
    if (bucket < 20)
        years = int(m_random.between(0, 17));
    else if (bucket < 75)
        years = int(m_random.between(18, 64));
    else
        years = int(m_random.between(65, 98));
    return today.addYears(-years).addDays(-m_random.between(0, 364));
}

DemoPerson DemoPeople::person(const QDate& today)
{
    DemoPerson p;
    p.sex = m_random.chance(0.52) ? QLatin1Char('F') : QLatin1Char('M');
    p.firstName = firstName(p.sex);
    p.lastName = lastName();
    p.birthDate = birthDate(today);
    p.address = address();
    p.phone = phone();
    p.email = email(p.firstName, p.lastName);
    return p;
}

}  // namespace fd::demo
