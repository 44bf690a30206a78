#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fd::fhir {

// The R4 primitive rules (http://hl7.org/fhir/R4/datatypes.html) for the values the project
// writes and reads. Writers never emit a value these reject.

// id: 1 to 64 of A-Z a-z 0-9 - .
bool isValidId(const QString& id);
// code: no leading or trailing whitespace, no runs of whitespace, not empty.
bool isValidCode(const QString& code);
// A plain string value: not empty and not only whitespace (FHIR forbids empty strings).
bool isValidString(const QString& text);

// date: YYYY-MM-DD (writers always give full dates).
QString date(const QDate& value);
// dateTime: with seconds and the offset of `value` (UTC gives "Z").
QString dateTime(const QDateTime& value);
// instant: milliseconds and an offset are required.
QString instant(const QDateTime& value);

// Readers: a full date; a dateTime or instant with an offset (a date alone is accepted for
// dateTime only when `allowDateOnly`). Nothing when the text breaks the rules.
std::optional<QDate> parseDate(const QString& text);
std::optional<QDateTime> parseDateTime(const QString& text, bool allowDateOnly = false);
std::optional<QDateTime> parseInstant(const QString& text);

// Translates in the "fd::fhir" context.
QString fhirTr(const char* text);

}  // namespace fd::fhir
