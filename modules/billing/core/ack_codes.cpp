#include "billing/core/ack_codes.h"

#include <QFile>

namespace fd::billing {

AckCodes::AckCodes()
{
    QFile file(QStringLiteral(":/fd/billing/codes/ack_codes.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() == 3)
            m_codes.insert(QString::fromUtf8(parts[0] + '\t' + parts[1]), QString::fromUtf8(parts[2]).trimmed());
    }
}

const AckCodes& AckCodes::instance()
{
    static const AckCodes codes;
    return codes;
}

QString AckCodes::meaning(const QString& kind, const QString& code) const
{
    return m_codes.value(kind + QLatin1Char('\t') + code);
}

QString AckCodes::withMeaning(const QString& kind, const QString& code) const
{
    const QString text = meaning(kind, code);
    return text.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(code, text);
}

QString AckCodes::describeStatus(const QString& category, const QString& status, const QString& entity) const
{
    QStringList parts;
    if (!category.isEmpty())
        parts << QStringLiteral("%1 %2").arg(category, meaning(QStringLiteral("category"), category)).trimmed();
    if (!status.isEmpty())
        parts << QStringLiteral("%1 %2").arg(status, meaning(QStringLiteral("status"), status)).trimmed();
    if (!entity.isEmpty())
        parts << QStringLiteral("entity %1 %2").arg(entity, meaning(QStringLiteral("entity"), entity)).trimmed();
    return parts.join(QStringLiteral("; "));
}

bool isAcceptedCategory(const QString& category)
{
    return category == QLatin1String("A1") || category == QLatin1String("A2") || category == QLatin1String("A5");
}

bool isRejectedCategory(const QString& category)
{
    static const QStringList rejected{QStringLiteral("A3"), QStringLiteral("A4"), QStringLiteral("A6"),
                                      QStringLiteral("A7"), QStringLiteral("A8")};
    return rejected.contains(category);
}

}  // namespace fd::billing
