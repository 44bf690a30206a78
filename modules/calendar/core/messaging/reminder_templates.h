#pragma once

#include "calendar/core/messaging/messaging_types.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <array>
#include <vector>

namespace fd::calendar::messaging {

// What a template may say. SMS texts may use only the first six (minimum necessary: the
// practice, the day and time, the location's short name and how to confirm); email may add
// the provider's display name and the location's address. No placeholder shows the visit's
// reason, the appointment type or a diagnosis.
enum class Placeholder
{
    Practice,
    PracticePhone,
    Date,
    Time,
    Location,
    Confirm,
    Provider,
    Address,
    Count
};

// A template parsed once: literal text and placeholders in order.
struct CompiledText
{
    struct Piece
    {
        QString literal;
        int placeholder = -1;  // a Placeholder, or -1 for a literal
    };
    std::vector<Piece> pieces;
    bool isEmpty() const { return pieces.empty(); }
};

using PlaceholderValues = std::array<QString, size_t(Placeholder::Count)>;

QString render(const CompiledText& text, const PlaceholderValues& values);

// The texts of one template set, appointment-type group and language.
struct ReminderTemplate
{
    CompiledText sms;
    CompiledText emailSubject;
    CompiledText emailText;
    CompiledText emailHtml;  // optional
};

// The fixed texts of one language: formats, how to confirm, the carrier keyword replies.
struct ReminderPhrases
{
    QString dateFormat;  // QLocale format of {date}
    QString timeFormat;  // QLocale format of {time}
    CompiledText confirmSms;
    CompiledText confirmEmail;
    CompiledText help;
    CompiledText stop;
    CompiledText start;
};

// The reminder texts: shipped in resources/calendar/reminder-templates.json, overridable per
// practice by a file of the same format whose entries replace the shipped ones field by field.
// Every text is checked when loaded: an unknown placeholder, or one an SMS may not carry, is
// an error naming the file, the entry and the field.
class ReminderTemplates
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::messaging::ReminderTemplates)

public:
    static Result<ReminderTemplates> shipped();
    static Result<ReminderTemplates> fromJson(const QByteArray& json, const QString& sourceName);
    Result<ReminderTemplates> withOverrides(const QByteArray& json,
                                            const QString& sourceName) const;

    // The template of (set, group, language); the group "default" of the same set and
    // language when the group has none; nullptr when neither exists.
    const ReminderTemplate* find(const QString& set, const QString& group, Language language) const;
    const ReminderPhrases& phrases(Language language) const;

private:
    Status merge(const QByteArray& json, const QString& sourceName);
    Status mergePhrases(const QJsonObject& phrases, const QString& sourceName);
    Status mergeTemplates(const QJsonArray& entries, const QString& sourceName);

    QHash<QString, ReminderTemplate> m_templates;  // "set/group/lang"
    std::array<ReminderPhrases, 2> m_phrases;
};

}  // namespace fd::calendar::messaging
