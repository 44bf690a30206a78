#include "calendar/core/messaging/reminder_templates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd::calendar::messaging {

namespace {

constexpr std::array<const char*, size_t(Placeholder::Count)> kNames{
    "practice", "practice_phone", "date", "time", "location", "confirm", "provider", "address"};

constexpr unsigned bit(Placeholder p)
{
    return 1u << unsigned(p);
}

constexpr unsigned kSmsAllowed = bit(Placeholder::Practice) | bit(Placeholder::PracticePhone) |
                                 bit(Placeholder::Date) | bit(Placeholder::Time) |
                                 bit(Placeholder::Location) | bit(Placeholder::Confirm);
constexpr unsigned kEmailAllowed =
    kSmsAllowed | bit(Placeholder::Provider) | bit(Placeholder::Address);
constexpr unsigned kPhraseAllowed = bit(Placeholder::Practice) | bit(Placeholder::PracticePhone);

int placeholderIndex(QStringView name)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames[i]))
            return int(i);
    }
    return -1;
}

QString templateKey(const QString& set, const QString& group, Language language)
{
    return set + QLatin1Char('/') + group + QLatin1Char('/') + languageCode(language);
}

}  // namespace

QString render(const CompiledText& text, const PlaceholderValues& values)
{
    QString out;
    for (const auto& piece : text.pieces)
        out += piece.placeholder < 0 ? piece.literal : values[size_t(piece.placeholder)];
    return out;
}

namespace {

// "where" names the file, entry and field for the error.
Result<CompiledText> compile(const QString& text, unsigned allowed, const QString& where)
{
    CompiledText compiled;
    QString literal;
    auto flush = [&] {
        if (!literal.isEmpty())
            compiled.pieces.push_back({literal, -1});
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('{') && i + 1 < text.size() && text[i + 1] == QLatin1Char('{')) {
            literal += c;
            ++i;
            continue;
        }
        if (c != QLatin1Char('{')) {
            literal += c;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i);
        const QStringView name =
            close < 0 ? QStringView() : QStringView(text).mid(i + 1, close - i - 1);
        const int index = placeholderIndex(name);
        if (index < 0)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "fd::calendar::messaging::ReminderTemplates",
                                 "%1: unknown placeholder at character %2 (known: {practice}, "
                                 "{practice_phone}, {date}, {time}, {location}, {confirm}, "
                                 "{provider}, {address}; write {{ for a brace)")
                                 .arg(where)
                                 .arg(i + 1));
        if (!(allowed & (1u << unsigned(index))))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "fd::calendar::messaging::ReminderTemplates",
                                 "%1: {%2} may not be used here (text messages carry only the "
                                 "practice, day, time, location and how to confirm)")
                                 .arg(where, name.toString()));
        flush();
        compiled.pieces.push_back({QString(), index});
        i = close;
    }
    flush();
    return compiled;
}

}  // namespace

Result<ReminderTemplates> ReminderTemplates::shipped()
{
    QFile file(QStringLiteral(":/fd/calendar/reminder-templates.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal,
                         tr("the shipped reminder templates are missing from the program"));
    return fromJson(file.readAll(), QStringLiteral("reminder-templates.json"));
}

Result<ReminderTemplates> ReminderTemplates::fromJson(const QByteArray& json,
                                                      const QString& sourceName)
{
    ReminderTemplates templates;
    FD_TRY(templates.merge(json, sourceName));
    return templates;
}

Result<ReminderTemplates> ReminderTemplates::withOverrides(const QByteArray& json,
                                                           const QString& sourceName) const
{
    ReminderTemplates merged = *this;
    FD_TRY(merged.merge(json, sourceName));
    return merged;
}

Status ReminderTemplates::merge(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput, tr("%1: not JSON at offset %2: %3")
                                                      .arg(sourceName)
                                                      .arg(parseError.offset)
                                                      .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() !=
            QLatin1String("frontdesk-reminder-templates") ||
        root.value(QStringLiteral("version")).toInt() != 1)
        return makeError(ErrorCode::InvalidInput, tr("%1: not a reminder template file (format "
                                                     "\"frontdesk-reminder-templates\", version 1)")
                                                      .arg(sourceName));
    FD_TRY(mergePhrases(root.value(QStringLiteral("phrases")).toObject(), sourceName));
    FD_TRY(mergeTemplates(root.value(QStringLiteral("templates")).toArray(), sourceName));
    for (Language language : {Language::English, Language::Spanish}) {
        const ReminderPhrases& p = m_phrases[size_t(language)];
        if (p.dateFormat.isEmpty() || p.timeFormat.isEmpty() || p.confirmSms.isEmpty() ||
            p.confirmEmail.isEmpty() || p.help.isEmpty() || p.stop.isEmpty() || p.start.isEmpty())
            return makeError(
                ErrorCode::InvalidInput,
                tr("%1: the phrases for %2 are incomplete (date_format, time_format, confirm_sms, "
                   "confirm_email, help, stop, start)")
                    .arg(sourceName, languageCode(language)));
    }
    return {};
}

Status ReminderTemplates::mergePhrases(const QJsonObject& phrases, const QString& sourceName)
{
    auto bad = [](const QString& message) { return makeError(ErrorCode::InvalidInput, message); };
    for (auto it = phrases.begin(); it != phrases.end(); ++it) {
        Language language;
        if (!parseLanguage(it.key(), &language) || it.key().size() != 2)
            return bad(tr("%1: phrases for \"%2\": the language must be en or es")
                           .arg(sourceName, it.key()));
        ReminderPhrases& p = m_phrases[size_t(language)];
        const QJsonObject fields = it.value().toObject();
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            const QString where =
                QStringLiteral("%1: phrases.%2.%3").arg(sourceName, it.key(), f.key());
            const QString value = f.value().toString();
            if (!f.value().isString() || value.trimmed().isEmpty())
                return bad(tr("%1: must be a non-empty text").arg(where));
            CompiledText* target = f.key() == QLatin1String("confirm_sms")     ? &p.confirmSms
                                   : f.key() == QLatin1String("confirm_email") ? &p.confirmEmail
                                   : f.key() == QLatin1String("help")          ? &p.help
                                   : f.key() == QLatin1String("stop")          ? &p.stop
                                   : f.key() == QLatin1String("start")         ? &p.start
                                                                               : nullptr;
            if (f.key() == QLatin1String("date_format")) {
                p.dateFormat = value;
            } else if (f.key() == QLatin1String("time_format")) {
                p.timeFormat = value;
            } else if (!target) {
                return bad(tr("%1: unknown phrase").arg(where));
            } else {
                auto compiled = compile(value, kPhraseAllowed, where);
                if (!compiled)
                    return compiled.error();
                *target = std::move(*compiled);
            }
        }
    }
    return {};
}

Status ReminderTemplates::mergeTemplates(const QJsonArray& entries, const QString& sourceName)
{
    auto bad = [](const QString& message) { return makeError(ErrorCode::InvalidInput, message); };
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries[i].toObject();
        const QString set = e.value(QStringLiteral("set")).toString();
        const QString group = e.value(QStringLiteral("group")).toString();
        const QString code = e.value(QStringLiteral("language")).toString();
        const QString entry = QStringLiteral("%1: templates[%2]").arg(sourceName).arg(i);
        Language language;
        if (set.isEmpty() || group.isEmpty() || !parseLanguage(code, &language) || code.size() != 2)
            return bad(tr("%1: needs a set, a group and a language (en or es)").arg(entry));
        ReminderTemplate& t = m_templates[templateKey(set, group, language)];
        for (auto f = e.begin(); f != e.end(); ++f) {
            if (f.key() == QLatin1String("set") || f.key() == QLatin1String("group") ||
                f.key() == QLatin1String("language"))
                continue;
            const QString where =
                QStringLiteral("%1 (%2/%3/%4).%5").arg(entry, set, group, code, f.key());
            const bool sms = f.key() == QLatin1String("sms");
            CompiledText* target = sms                                         ? &t.sms
                                   : f.key() == QLatin1String("email_subject") ? &t.emailSubject
                                   : f.key() == QLatin1String("email_text")    ? &t.emailText
                                   : f.key() == QLatin1String("email_html")    ? &t.emailHtml
                                                                               : nullptr;
            if (!target)
                return bad(tr("%1: unknown field").arg(where));
            if (!f.value().isString() || f.value().toString().trimmed().isEmpty())
                return bad(tr("%1: must be a non-empty text").arg(where));
            auto compiled = compile(f.value().toString(), sms ? kSmsAllowed : kEmailAllowed, where);
            if (!compiled)
                return compiled.error();
            *target = std::move(*compiled);
        }
        if (t.sms.isEmpty() || t.emailSubject.isEmpty() || t.emailText.isEmpty())
            return bad(tr("%1 (%2/%3/%4): needs sms, email_subject and email_text")
                           .arg(entry, set, group, code));
    }
    return {};
}

const ReminderTemplate* ReminderTemplates::find(const QString& set, const QString& group,
                                                Language language) const
{
    auto it = m_templates.constFind(
        templateKey(set, group.isEmpty() ? QStringLiteral("default") : group, language));
    if (it == m_templates.constEnd())
        it = m_templates.constFind(templateKey(set, QStringLiteral("default"), language));
    return it == m_templates.constEnd() ? nullptr : &it.value();
}

const ReminderPhrases& ReminderTemplates::phrases(Language language) const
{
    return m_phrases[size_t(language)];
}

}  // namespace fd::calendar::messaging
