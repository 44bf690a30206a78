#pragma once

#include "demo/demo_random.h"

#include <QDate>
#include <QString>

namespace fd::demo {

struct DemoAddress
{
    QString line1;
    QString city;
    QString state;  // USPS code
    QString zip;
};

struct DemoPerson
{
    QString firstName;
    QString lastName;
    QChar sex;  // 'F' or 'M' (administrative sex for claims)
    QDate birthDate;
    DemoAddress address;
    QString phone;  // only the fictional 555-0100..0199 range
    QString email;  // only example.com / example.org
};

// Realistic but fictional US people: names weighted by US census frequency, addresses on
// common street names in real city/state/ZIP combinations, phones in 555-0100..0199 and
// emails at example.com/.org, so demo data never looks like (or is) a real person's PHI.
class DemoPeople
{
public:
    explicit DemoPeople(DemoRandom random) : m_random(random) {}

    DemoPerson person(const QDate& today);
    QString lastName();
    QString firstName(QChar sex);
    DemoAddress address();
    QString phone();
    QString email(const QString& first, const QString& last);

    // Ages drawn from a primary-care panel's spread (children to elderly).
    QDate birthDate(const QDate& today);

private:
    DemoRandom m_random;
};

}  // namespace fd::demo
