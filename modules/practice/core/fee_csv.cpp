// Fee schedule CSV files and the code-system rule they share with the services.
#include "practice/core/fee_schedules.h"

#include "practice/core/code_set_parser.h"
#include "practice/core/practice_validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace fd::practice {

QString codeSystemOf(const QString& code)
{
    static const QRegularExpression cpt(QStringLiteral("^[0-9]{4}[0-9FTU]$"));
    static const QRegularExpression hcpcs(QStringLiteral("^[A-V][0-9]{4}$"));
    if (cpt.match(code).hasMatch())
        return QStringLiteral("CPT");
    if (hcpcs.match(code).hasMatch())
        return QStringLiteral("HCPCS");
    return {};
}

namespace {

int column(const QStringList& header, const QString& name)
{
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

}  // namespace

Result<std::vector<FeeItem>> parseFeeCsv(const QByteArray& csv)
{
    const CsvReadResult read = readCsv(decodePublisherText(csv));
    QStringList problems;
    if (read.unterminatedQuoteLine > 0)
        problems << QCoreApplication::translate("fd::practice", "line %1: a quoted field is never closed").arg(read.unterminatedQuoteLine);
    std::vector<FeeItem> items;
    if (problems.isEmpty() && !read.records.empty()) {
        const QStringList& header = read.records.front().fields;
        const int code = column(header, QStringLiteral("code"));
        const int modifier = column(header, QStringLiteral("modifier"));
        const int description = column(header, QStringLiteral("description"));
        const int amount = column(header, QStringLiteral("amount"));
        if (code < 0 || amount < 0)
            problems << QCoreApplication::translate("fd::practice", "line %1: the header row must name the code and amount columns")
                            .arg(read.records.front().line);
        QSet<QString> seen;
        const std::size_t rows = problems.isEmpty() ? read.records.size() : 0;
        for (std::size_t i = 1; i < rows; ++i) {
            const CsvRecord& r = read.records.at(i);
            const auto problem = [&](const QString& why) { problems << QCoreApplication::translate("fd::practice", "line %1: %2").arg(r.line).arg(why); };
            FeeItem item;
            item.code = r.fields.value(code).trimmed().toUpper();
            item.modifier = modifier >= 0 ? r.fields.value(modifier).trimmed().toUpper() : QString();
            item.description = description >= 0 ? r.fields.value(description).trimmed() : QString();
            item.codeSystem = codeSystemOf(item.code);
            auto money = Money::parse(r.fields.value(amount).trimmed());
            if (item.codeSystem.isEmpty())
                problem(QCoreApplication::translate("fd::practice", "\"%1\" is not a CPT or HCPCS code").arg(item.code));
            else if (!item.modifier.isEmpty() && !QRegularExpression(QStringLiteral("^[0-9A-Z]{2}$")).match(item.modifier).hasMatch())
                problem(QCoreApplication::translate("fd::practice", "modifier \"%1\" must be two letters or digits").arg(item.modifier));
            else if (!money || money->isNegative())
                problem(QCoreApplication::translate("fd::practice", "amount \"%1\" is not a dollar amount").arg(r.fields.value(amount)));
            else if (seen.contains(item.code + QLatin1Char(':') + item.modifier))
                problem(QCoreApplication::translate("fd::practice", "%1 %2 appears twice").arg(item.code, item.modifier));
            else {
                item.amount = money.value();
                seen.insert(item.code + QLatin1Char(':') + item.modifier);
                items.push_back(std::move(item));
            }
        }
    }
    if (problems.isEmpty() && items.empty())
        problems << QCoreApplication::translate("fd::practice", "line 1: the file holds no fees");
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::practice", "The fee schedule file is malformed (%1 bad lines); nothing was imported.")
                             .arg(problems.size()),
                         problems.join(QLatin1Char('\n')));
    return items;
}

}  // namespace fd::practice
