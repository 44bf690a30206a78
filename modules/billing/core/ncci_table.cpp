#include "billing/core/ncci_table.h"

#include <QRegularExpression>

namespace fd::billing {

namespace {

bool isCode(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^[0-9A-Z]{5}$"));
    return form.match(text).hasMatch();
}

QDate yyyymmdd(const QString& text)
{
    if (text.size() != 8)
        return {};
    return QDate::fromString(text, QStringLiteral("yyyyMMdd"));
}

// The columns of a line: tabs when it has any, else commas (a spreadsheet's CSV export).
QStringList columnsOf(const QString& line)
{
    QStringList parts = line.contains(QLatin1Char('\t')) ? line.split(QLatin1Char('\t'))
                                                          : line.split(QLatin1Char(','));
    for (QString& p : parts) {
        p = p.trimmed();
        if (p.size() >= 2 && p.startsWith(QLatin1Char('"')) && p.endsWith(QLatin1Char('"')))
            p = p.mid(1, p.size() - 2).trimmed();
    }
    return parts;
}

Error badLine(int line, const QString& reason)
{
    return makeError(ErrorCode::InvalidInput, NcciParser::tr("NCCI file, line %1: %2").arg(line).arg(reason),
                     QStringLiteral("line %1").arg(line));
}

Result<NcciRow> parseRow(const QStringList& c, int line)
{
    if (c.size() < 6)
        return badLine(line, NcciParser::tr("%1 column(s); a row has column 1, column 2, the 1996 flag, the "
                                            "effective date, the deletion date and the modifier indicator")
                                 .arg(c.size()));
    NcciRow row;
    row.line = line;
    row.edit.column1 = c.at(0).toUpper();
    row.edit.column2 = c.at(1).toUpper();
    if (!isCode(row.edit.column2))
        return badLine(line, NcciParser::tr("column 2 '%1' is not a procedure code").arg(c.at(1)));
    if (!c.at(2).isEmpty() && c.at(2) != QLatin1String("*"))
        return badLine(line, NcciParser::tr("the prior-to-1996 flag '%1' is neither '*' nor empty").arg(c.at(2)));
    row.existedBefore1996 = c.at(2) == QLatin1String("*");
    row.edit.effective = yyyymmdd(c.at(3));
    if (!row.edit.effective.isValid())
        return badLine(line, NcciParser::tr("the effective date '%1' is not a date YYYYMMDD").arg(c.at(3)));
    if (c.at(4) != QLatin1String("*")) {
        row.edit.deletion = yyyymmdd(c.at(4));
        if (!row.edit.deletion.isValid())
            return badLine(line, NcciParser::tr("the deletion date '%1' is neither a date YYYYMMDD nor '*'").arg(c.at(4)));
        if (row.edit.deletion < row.edit.effective)
            return badLine(line, NcciParser::tr("the deletion date %1 is before the effective date %2")
                                     .arg(c.at(4), c.at(3)));
    }
    bool ok = false;
    row.edit.modifierIndicator = c.at(5).toInt(&ok);
    if (!ok || (row.edit.modifierIndicator != 0 && row.edit.modifierIndicator != 1 && row.edit.modifierIndicator != 9))
        return badLine(line, NcciParser::tr("the modifier indicator '%1' is not 0, 1 or 9").arg(c.at(5)));
    return row;
}

}  // namespace

Result<std::vector<NcciRow>> NcciParser::parse(const QByteArray& data)
{
    std::vector<NcciRow> rows;
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray raw = lines.at(i);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.trimmed().isEmpty())
            continue;
        const QStringList c = columnsOf(QString::fromUtf8(raw));
        // Title and heading lines come before the first row; a row starts with a code.
        if (!isCode(c.at(0).toUpper())) {
            if (rows.empty())
                continue;
            return badLine(i + 1, tr("column 1 '%1' is not a procedure code").arg(c.at(0)));
        }
        auto row = parseRow(c, i + 1);
        FD_TRY(row);
        rows.push_back(std::move(row.value()));
    }
    if (rows.empty())
        return makeError(ErrorCode::InvalidInput,
                         tr("The NCCI file has no edit rows (column 1, column 2, 1996 flag, effective date, deletion "
                            "date, modifier indicator, separated by tabs)."));
    return rows;
}

}  // namespace fd::billing
