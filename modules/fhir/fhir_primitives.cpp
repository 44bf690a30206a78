#include "fhir/fhir_primitives.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace fd::fhir {

QString fhirTr(const char* text)
{
    return QCoreApplication::translate("fd::fhir", text);
}

bool isValidId(const QString& id)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9\\-.]{1,64}$"));
    return form.match(id).hasMatch();
}

bool isValidCode(const QString& code)
{
    static const QRegularExpression form(QStringLiteral("^[^\\s]+( [^\\s]+)*$"));
    return form.match(code).hasMatch();
}

bool isValidString(const QString& text)
{
    return !text.trimmed().isEmpty();
}

QString date(const QDate& value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

namespace {

// The same moment with its offset written out (a local time carries none of its own).
QDateTime withOffset(const QDateTime& value)
{
    if (value.timeSpec() == Qt::UTC || value.timeSpec() == Qt::OffsetFromUTC)
        return value;
    return value.toOffsetFromUtc(value.offsetFromUtc());
}

// FHIR dateTime/instant with an offset: "Z" or +hh:mm, hours 00..14.
const QRegularExpression& timeForm()
{
    static const QRegularExpression form(
        QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:(["
                       "0-5]\\d|60)(\\.\\d+)?"
                       "(Z|[+-]((0\\d|1[0-3]):[0-5]\\d|14:00))$"));
    return form;
}

}  // namespace

QString dateTime(const QDateTime& value)
{
    return value.isValid() ? withOffset(value).toString(Qt::ISODate) : QString();
}

QString instant(const QDateTime& value)
{
    return value.isValid() ? withOffset(value).toString(Qt::ISODateWithMs) : QString();
}

std::optional<QDate> parseDate(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!form.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<QDateTime> parseDateTime(const QString& text, bool allowDateOnly)
{
    if (allowDateOnly) {
        if (auto d = parseDate(text))
            return QDateTime(*d, QTime(0, 0), Qt::UTC);
    }
    if (!timeForm().match(text).hasMatch())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

std::optional<QDateTime> parseInstant(const QString& text)
{
    return parseDateTime(text, false);
}

}  // namespace fd::fhir
