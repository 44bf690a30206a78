#include "calendar/core/messaging/messaging_settings.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace fd::calendar::messaging {

namespace {

// A reminder more than two weeks ahead is no reminder; a minute before is no help either.
constexpr qint64 kMaxOffsetMinutes = 14 * 24 * 60;

Status bad(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

QJsonObject smsJson(const SmsGatewaySettings& s)
{
    return {{QStringLiteral("endpoint"), s.messagesUrl.toString()},
            {QStringLiteral("account_sid"), s.accountSid},
            {QStringLiteral("from"), s.fromNumber},
            {QStringLiteral("messaging_service_sid"), s.messagingServiceSid},
            {QStringLiteral("status_callback"), s.statusCallbackUrl.toString()},
            {QStringLiteral("timeout_ms"), s.timeoutMs}};
}

SmsGatewaySettings smsFrom(const QJsonObject& json)
{
    SmsGatewaySettings s;
    s.messagesUrl = QUrl(json.value(QStringLiteral("endpoint")).toString());
    s.accountSid = json.value(QStringLiteral("account_sid")).toString();
    s.fromNumber = json.value(QStringLiteral("from")).toString();
    s.messagingServiceSid = json.value(QStringLiteral("messaging_service_sid")).toString();
    s.statusCallbackUrl = QUrl(json.value(QStringLiteral("status_callback")).toString());
    s.timeoutMs = json.value(QStringLiteral("timeout_ms")).toInt(s.timeoutMs);
    return s;
}

}  // namespace

QString ruleIdForOffset(qint64 offsetMinutes)
{
    return QStringLiteral("before-%1m").arg(offsetMinutes);
}

std::optional<qint64> parseOffset(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d{1,6})\\s*([dhm]?)\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2).toLower();
    if (unit == QLatin1String("d"))
        return n * 24 * 60;
    if (unit == QLatin1String("h"))
        return n * 60;
    return n;
}

QString offsetText(qint64 minutes)
{
    if (minutes > 0 && minutes % (24 * 60) == 0)
        return QStringLiteral("%1d").arg(minutes / (24 * 60));
    if (minutes > 0 && minutes % 60 == 0)
        return QStringLiteral("%1h").arg(minutes / 60);
    return QStringLiteral("%1m").arg(minutes);
}

Result<std::vector<ReminderRule>> parseRulesText(const QString& text)
{
    std::vector<ReminderRule> rules;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const auto offset = parseOffset(colon < 0 ? part : part.left(colon));
        if (!offset || colon < 0)
            return makeError(ErrorCode::InvalidInput,
                             MessagingSettings::tr("\"%1\" is not OFFSET:CHANNELS (3d:email+sms)")
                                 .arg(part.trimmed()));
        ReminderRule rule;
        rule.offsetMinutes = *offset;
        rule.id = ruleIdForOffset(*offset);
        for (const QString& c : part.mid(colon + 1).split(QLatin1Char('+'))) {
            Channel channel;
            if (!parseChannel(c.trimmed(), &channel))
                return makeError(ErrorCode::InvalidInput,
                                 MessagingSettings::tr("channel \"%1\" in \"%2\" is not email or sms")
                                     .arg(c.trimmed(), part.trimmed()));
            if (!rule.channels.contains(channel))
                rule.channels << channel;
        }
        rules.push_back(rule);
    }
    return rules;
}

QString rulesText(const std::vector<ReminderRule>& rules)
{
    QStringList parts;
    for (const ReminderRule& r : rules) {
        QStringList channels;
        for (Channel c : r.channels)
            channels << channelName(c);
        parts << offsetText(r.offsetMinutes) + QLatin1Char(':') + channels.join(QLatin1Char('+'));
    }
    return parts.join(QLatin1Char(','));
}

MessagingSettings MessagingSettings::defaults()
{
    MessagingSettings s;
    s.smtp.host.clear();
    ReminderSchedule schedule;
    schedule.rules = {{ruleIdForOffset(3 * 24 * 60), 3 * 24 * 60, {Channel::Email, Channel::Sms}},
                      {ruleIdForOffset(120), 120, {Channel::Sms}}};
    s.schedules.push_back(schedule);
    return s;
}

const ReminderSchedule* MessagingSettings::scheduleFor(const QString& appointmentTypeCode) const
{
    const ReminderSchedule* fallback = nullptr;
    for (const ReminderSchedule& s : schedules) {
        if (!appointmentTypeCode.isEmpty() &&
            s.appointmentTypeCode.compare(appointmentTypeCode, Qt::CaseInsensitive) == 0)
            return &s;
        if (s.appointmentTypeCode.isEmpty())
            fallback = &s;
    }
    return fallback;
}

Status MessagingSettings::validate() const
{
    if (emailEnabled)
        FD_TRY(smtp.validate());
    if (smsEnabled)
        FD_TRY(sms.validate());
    if (fromName.contains(QLatin1Char('\n')) || fromName.contains(QLatin1Char('\r')))
        return bad(tr("Messaging settings: the sender name must be one line"));
    if (autoRun.intervalMinutes < AutoRunSettings::kMinMinutes ||
        autoRun.intervalMinutes > AutoRunSettings::kMaxMinutes)
        return bad(tr("Messaging settings: automatic runs every %1 minutes; give 1 to 60 minutes")
                       .arg(autoRun.intervalMinutes));
    for (const QString& part : {autoRun.deviceId, autoRun.workstation}) {
        if (part.contains(QLatin1Char('\n')) || part.contains(QLatin1Char('\r')) ||
            part.size() > 200)
            return bad(tr("Messaging settings: the workstation of automatic runs must be one "
                          "short line"));
    }
    QSet<QString> types;
    for (size_t i = 0; i < schedules.size(); ++i) {
        const ReminderSchedule& s = schedules[i];
        const QString which = s.appointmentTypeCode.isEmpty()
                                  ? tr("the default schedule")
                                  : tr("the schedule of type %1").arg(s.appointmentTypeCode);
        if (types.contains(s.appointmentTypeCode.toUpper()))
            return bad(tr("Messaging settings: %1 is given twice").arg(which));
        types.insert(s.appointmentTypeCode.toUpper());
        if (s.templateGroup.trimmed().isEmpty())
            return bad(tr("Messaging settings: %1 has no template group").arg(which));
        QSet<qint64> offsets;
        for (const ReminderRule& r : s.rules) {
            if (r.offsetMinutes < 15 || r.offsetMinutes > kMaxOffsetMinutes)
                return bad(tr("Messaging settings: %1 has a reminder %2 before the start; "
                              "reminders go between 15 minutes and 14 days before")
                               .arg(which, offsetText(r.offsetMinutes)));
            if (offsets.contains(r.offsetMinutes))
                return bad(tr("Messaging settings: %1 has two reminders %2 before the start")
                               .arg(which, offsetText(r.offsetMinutes)));
            offsets.insert(r.offsetMinutes);
            if (r.channels.isEmpty())
                return bad(tr("Messaging settings: the reminder %1 before the start in %2 has "
                              "no channel")
                               .arg(offsetText(r.offsetMinutes), which));
            if (r.id != ruleIdForOffset(r.offsetMinutes))
                return bad(tr("Messaging settings: the reminder %1 before the start in %2 has "
                              "the id %3 instead of %4")
                               .arg(offsetText(r.offsetMinutes), which, r.id,
                                    ruleIdForOffset(r.offsetMinutes)));
        }
    }
    return {};
}

QJsonObject MessagingSettings::toJson() const
{
    QJsonArray list;
    for (const ReminderSchedule& s : schedules) {
        QJsonArray rules;
        for (const ReminderRule& r : s.rules) {
            QJsonArray channels;
            for (Channel c : r.channels)
                channels.append(channelName(c));
            rules.append(QJsonObject{{QStringLiteral("offset_minutes"), r.offsetMinutes},
                                     {QStringLiteral("channels"), channels},
                                     {QStringLiteral("template_set"), r.templateSet}});
        }
        list.append(QJsonObject{{QStringLiteral("appointment_type"), s.appointmentTypeCode},
                                {QStringLiteral("template_group"), s.templateGroup},
                                {QStringLiteral("rules"), rules}});
    }
    QJsonObject smtpJson = smtp.toJson();
    return {{QStringLiteral("format"), QStringLiteral("frontdesk-messaging-settings")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("email"), QJsonObject{{QStringLiteral("enabled"), emailEnabled},
                                                  {QStringLiteral("from_name"), fromName},
                                                  {QStringLiteral("smtp"), smtpJson}}},
            {QStringLiteral("sms"), QJsonObject{{QStringLiteral("enabled"), smsEnabled},
                                                {QStringLiteral("gateway"), smsJson(sms)}}},
            {QStringLiteral("schedules"), list},
            {QStringLiteral("auto_run"),
             QJsonObject{{QStringLiteral("device_id"), autoRun.deviceId},
                         {QStringLiteral("workstation"), autoRun.workstation},
                         {QStringLiteral("interval_minutes"), autoRun.intervalMinutes}}}};
}

Result<MessagingSettings> MessagingSettings::fromJson(const QJsonObject& json)
{
    MessagingSettings s;
    const QJsonObject email = json.value(QStringLiteral("email")).toObject();
    s.emailEnabled = email.value(QStringLiteral("enabled")).toBool();
    s.fromName = email.value(QStringLiteral("from_name")).toString();
    const QJsonObject smtp = email.value(QStringLiteral("smtp")).toObject();
    if (!smtp.value(QStringLiteral("host")).toString().isEmpty()) {
        auto parsed = SmtpSettings::fromJson(smtp);
        if (!parsed)
            return parsed.error();
        s.smtp = std::move(*parsed);
    } else {
        s.smtp.host.clear();
    }
    const QJsonObject sms = json.value(QStringLiteral("sms")).toObject();
    s.smsEnabled = sms.value(QStringLiteral("enabled")).toBool();
    s.sms = smsFrom(sms.value(QStringLiteral("gateway")).toObject());
    const QJsonArray list = json.value(QStringLiteral("schedules")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        ReminderSchedule schedule;
        schedule.appointmentTypeCode = o.value(QStringLiteral("appointment_type")).toString();
        schedule.templateGroup =
            o.value(QStringLiteral("template_group")).toString(QStringLiteral("default"));
        const QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
        for (qsizetype j = 0; j < rules.size(); ++j) {
            const QJsonObject r = rules.at(j).toObject();
            ReminderRule rule;
            rule.offsetMinutes = r.value(QStringLiteral("offset_minutes")).toInteger();
            rule.id = ruleIdForOffset(rule.offsetMinutes);
            rule.templateSet =
                r.value(QStringLiteral("template_set")).toString(QStringLiteral("reminder"));
            for (const QJsonValue& c : r.value(QStringLiteral("channels")).toArray()) {
                Channel channel;
                if (!parseChannel(c.toString(), &channel))
                    return makeError(ErrorCode::InvalidInput,
                                     tr("Messaging settings: schedules[%1].rules[%2]: channel "
                                        "\"%3\" is not email or sms")
                                         .arg(i)
                                         .arg(j)
                                         .arg(c.toString()));
                if (!rule.channels.contains(channel))
                    rule.channels << channel;
            }
            schedule.rules.push_back(rule);
        }
        s.schedules.push_back(schedule);
    }
    // Absent in settings saved before automatic runs: off, every 5 minutes.
    const QJsonObject autoRun = json.value(QStringLiteral("auto_run")).toObject();
    s.autoRun.deviceId = autoRun.value(QStringLiteral("device_id")).toString();
    s.autoRun.workstation = autoRun.value(QStringLiteral("workstation")).toString();
    s.autoRun.intervalMinutes =
        autoRun.value(QStringLiteral("interval_minutes")).toInt(s.autoRun.intervalMinutes);
    FD_TRY(s.validate());
    return s;
}

}  // namespace fd::calendar::messaging
