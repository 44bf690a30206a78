#include "calendar/core/messaging/inbound_reply.h"

#include <QStringList>

namespace fd::calendar::messaging {

QString replyKindName(ReplyKind kind)
{
    switch (kind) {
        case ReplyKind::Confirm:
            return QStringLiteral("confirm");
        case ReplyKind::Reschedule:
            return QStringLiteral("reschedule");
        case ReplyKind::OptOut:
            return QStringLiteral("opt_out");
        case ReplyKind::OptIn:
            return QStringLiteral("opt_in");
        case ReplyKind::Help:
            return QStringLiteral("help");
        case ReplyKind::Other:
            return QStringLiteral("other");
    }
    return {};
}

ReplyKind classifyReply(const QString& text)
{
    QString word = text.trimmed();
    while (!word.isEmpty() && (word.back().isPunct() || word.back().isSpace()))
        word.chop(1);
    while (!word.isEmpty() && (word.front().isPunct() || word.front().isSpace()))
        word.remove(0, 1);
    word = word.toUpper();
    static const QStringList kOptOut{QStringLiteral("STOP"),        QStringLiteral("STOPALL"),
                                     QStringLiteral("UNSUBSCRIBE"), QStringLiteral("CANCEL"),
                                     QStringLiteral("END"),         QStringLiteral("QUIT")};
    static const QStringList kOptIn{QStringLiteral("START"), QStringLiteral("UNSTOP")};
    static const QStringList kHelp{QStringLiteral("HELP"), QStringLiteral("INFO")};
    static const QStringList kConfirm{QStringLiteral("C"), QStringLiteral("CONFIRM"),
                                      QStringLiteral("CONFIRMED"), QStringLiteral("CONFIRMAR"),
                                      QStringLiteral("CONFIRMO")};
    static const QStringList kReschedule{QStringLiteral("R"), QStringLiteral("RESCHEDULE"),
                                         QStringLiteral("REPROGRAMAR"), QStringLiteral("CAMBIAR")};
    if (kOptOut.contains(word))
        return ReplyKind::OptOut;
    if (kOptIn.contains(word))
        return ReplyKind::OptIn;
    if (kHelp.contains(word))
        return ReplyKind::Help;
    if (kConfirm.contains(word))
        return ReplyKind::Confirm;
    if (kReschedule.contains(word))
        return ReplyKind::Reschedule;
    return ReplyKind::Other;
}

}  // namespace fd::calendar::messaging
