#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd::patients {

// Lower-case ASCII letters and digits of a name: accents folded ("Muñoz" -> "munoz",
// "Groß" -> "gross"), spaces, hyphens and apostrophes dropped ("O'Brien" -> "obrien").
QString foldName(const QString& name);
// The folded parts of a compound name ("Smith-Jones" -> smith, jones), when it has several.
QStringList nameParts(const QString& name);

// American Soundex (the National Archives rules, with the H/W rule): "Robert" -> "R163",
// "Ashcraft" -> "A261". Empty for a name without letters.
QString soundex(const QString& name);

// The names a folded first name is also known by, from the nickname table shipped with the
// registry (resources/patients/nicknames.txt): "bob" -> robert, robbie, ...; the name itself
// is left out.
QStringList nicknamesOf(const QString& foldedName);

// The ten digits of a NANP phone number ("(518) 555-0142", "+1 518 555 0142"); empty if the
// text is not one.
QString phoneDigits(const QString& text);

// A date of birth typed as 1980-03-07, 03/07/1980, 3/7/80, 03-07-1980 or 03071980. Two-digit
// years up to today's are 20xx, later ones 19xx.
std::optional<QDate> parseBirthDate(const QString& text, const QDate& today);

// Account numbers are six digits of a sequence and a Luhn check digit, so a mistyped digit
// never finds another patient.
QString accountNumberFor(qint64 sequence);
bool isValidAccountNumber(const QString& text);

// Member ids are compared in upper case without spaces and dashes.
QString normalizeMemberId(const QString& text);

}  // namespace fd::patients
