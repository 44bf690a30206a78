#pragma once

#include "calendar/core/messaging/messaging_types.h"
#include "calendar/core/messaging/reminder_templates.h"
#include "calendar/core/messaging/sms_segments.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

namespace fd::calendar::messaging {

struct RenderedSms
{
    QString text;
    SmsSegmentInfo segments;
};

struct RenderedEmail
{
    QString subject;
    QString text;
    QString html;  // empty when the template has none
};

// Writes a candidate's reminder in the patient's language, with the day and time in the
// patient's time zone and locale (en_US, es_US).
class ReminderRenderer
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::messaging::ReminderRenderer)

public:
    explicit ReminderRenderer(std::shared_ptr<const ReminderTemplates> templates);

    Result<RenderedSms> renderSms(const ReminderCandidate& candidate,
                                  const QString& templateSet) const;
    Result<RenderedEmail> renderEmail(const ReminderCandidate& candidate,
                                      const QString& templateSet) const;

    // The carrier keyword replies (HELP, STOP, START) in a language.
    QString helpReply(Language language, const QString& practiceName,
                      const QString& practicePhone) const;
    QString stopReply(Language language, const QString& practiceName,
                      const QString& practicePhone) const;
    QString startReply(Language language, const QString& practiceName,
                       const QString& practicePhone) const;

private:
    Result<const ReminderTemplate*> lookup(const ReminderCandidate& candidate,
                                           const QString& templateSet) const;
    Result<PlaceholderValues> values(const ReminderCandidate& candidate, Channel channel) const;

    std::shared_ptr<const ReminderTemplates> m_templates;
    std::array<QLocale, 2> m_locales;
};

}  // namespace fd::calendar::messaging
