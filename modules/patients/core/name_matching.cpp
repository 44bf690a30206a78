#include "patients/core/name_matching.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace fd::patients {

namespace {

// Letters that Unicode decomposition does not reduce to ASCII.
QString foldSpecial(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: return QStringLiteral("ss");  // ß
    case 0x00E6: return QStringLiteral("ae");  // æ
    case 0x0153: return QStringLiteral("oe");  // œ
    case 0x00F8: return QStringLiteral("o");   // ø
    case 0x0142: return QStringLiteral("l");   // ł
    case 0x0111: return QStringLiteral("d");   // đ
    case 0x00F0: return QStringLiteral("d");   // ð
    case 0x00FE: return QStringLiteral("th");  // þ
    case 0x0131: return QStringLiteral("i");   // dotless i
    default: return {};
    }
}

using NicknameTable = QHash<QString, QStringList>;

NicknameTable loadNicknames()
{
    NicknameTable table;
    QFile file(QStringLiteral(":/fd/patients/nicknames.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return table;
    // One group of equivalent names per line, comma-separated; '#' starts a comment.
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.section(QLatin1Char('#'), 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        QStringList group;
        for (const QString& name : line.split(QLatin1Char(','))) {
            const QString folded = foldName(name);
            if (!folded.isEmpty() && !group.contains(folded))
                group << folded;
        }
        for (const QString& name : group) {
            QStringList& others = table[name];
            for (const QString& other : group)
                if (other != name && !others.contains(other))
                    others << other;
        }
    }
    return table;
}

char soundexDigit(char c)
{
    switch (c) {
    case 'b': case 'f': case 'p': case 'v': return '1';
    case 'c': case 'g': case 'j': case 'k': case 'q': case 's': case 'x': case 'z': return '2';
    case 'd': case 't': return '3';
    case 'l': return '4';
    case 'm': case 'n': return '5';
    case 'r': return '6';
    case 'h': case 'w': return '-';  // transparent: letters on both sides with one code merge
    default: return '0';              // vowels (and y) separate equal codes
    }
}

}  // namespace

QString foldName(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.unicode() < 128) {
            if (c.isLetterOrNumber())
                out += c.toLower();
            continue;
        }
        const QString special = foldSpecial(c.toLower());
        if (!special.isEmpty())
            out += special;
        // Combining marks and other non-ASCII characters are dropped.
    }
    return out;
}

QStringList nameParts(const QString& name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]+"));
    QStringList parts;
    for (const QString& part : name.split(separators, Qt::SkipEmptyParts)) {
        const QString folded = foldName(part);
        if (!folded.isEmpty() && !parts.contains(folded))
            parts << folded;
    }
    return parts.size() > 1 ? parts : QStringList();
}

QString soundex(const QString& name)
{
    QString letters;
    for (QChar c : foldName(name))
        if (c.isLetter())
            letters += c;
    if (letters.isEmpty())
        return {};
    QString code(letters.at(0).toUpper());
    char last = soundexDigit(letters.at(0).toLatin1());
    for (int i = 1; i < letters.size() && code.size() < 4; ++i) {
        const char digit = soundexDigit(letters.at(i).toLatin1());
        if (digit == '-')
            continue;  // H and W do not separate letters with the same code
        if (digit != '0' && digit != last)
            code += QLatin1Char(digit);
        last = digit;
    }
    while (code.size() < 4)
        code += QLatin1Char('0');
    return code;
}

QStringList nicknamesOf(const QString& foldedName)
{
    static const NicknameTable table = loadNicknames();
    return table.value(foldedName);
}

QString phoneDigits(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (!QStringLiteral(" ()-.+/").contains(c))
            return {};
    }
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        digits.remove(0, 1);
    // NANP: area code and exchange do not start with 0 or 1.
    if (digits.size() != 10 || digits.at(0) < QLatin1Char('2') || digits.at(3) < QLatin1Char('2'))
        return {};
    return digits;
}

std::optional<QDate> parseBirthDate(const QString& raw, const QDate& today)
{
    const QString text = raw.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression us(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    int year = 0, month = 0, day = 0;
    if (auto m = iso.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (auto m2 = us.match(text); m2.hasMatch()) {
        month = m2.captured(1).toInt();
        day = m2.captured(2).toInt();
        year = m2.captured(3).toInt();
        if (m2.captured(3).size() == 2)
            year += year <= today.year() % 100 ? 2000 : 1900;
    } else if (auto m3 = compact.match(text); m3.hasMatch()) {
        month = m3.captured(1).toInt();
        day = m3.captured(2).toInt();
        year = m3.captured(3).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid() || date > today || year < 1880)
        return std::nullopt;
    return date;
}

namespace {

int luhnCheckDigit(const QString& digits)
{
    int sum = 0;
    bool twice = true;  // the rightmost payload digit is doubled
    for (int i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return (10 - sum % 10) % 10;
}

}  // namespace

QString accountNumberFor(qint64 sequence)
{
    const QString payload = QString::number(sequence);
    return payload + QString::number(luhnCheckDigit(payload));
}

bool isValidAccountNumber(const QString& text)
{
    if (text.size() < 2)
        return false;
    for (QChar c : text)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return luhnCheckDigit(text.left(text.size() - 1)) == text.back().digitValue();
}

QString normalizeMemberId(const QString& text)
{
    QString out;
    for (QChar c : text)
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toUpper();
    return out;
}

}  // namespace fd::patients
