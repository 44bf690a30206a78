#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace fd {

// The ISO 8601 texts that QDate::toString(Qt::ISODate) and toIsoUtc() write, character for
// character, without Qt's general formatting (which builds each field through
// QString::asprintf): for code that writes one per row of thousands (a claim run wrote half a
// million). Years outside 1000..9999 and invalid values go through Qt as before.
QString isoDate(const QDate& d);       // "2025-03-07"
QString isoUtc(const QDateTime& t);    // "2025-03-07T15:00:00.000Z", as toIsoUtc(t)

}  // namespace fd
