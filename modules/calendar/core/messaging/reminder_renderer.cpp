#include "calendar/core/messaging/reminder_renderer.h"

namespace fd::calendar::messaging {

namespace {

// Values come from practice records: one line each in an SMS and a subject.
QString oneLine(const QString& text)
{
    return text.simplified();
}

// CLDR writes "a.\u00a0m." and similar with no-break spaces; in a text message one of those
// alone would switch the whole message to UCS-2 (70 characters a segment instead of 160).
QString plainSpaces(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    text.replace(QChar(0x202F), QLatin1Char(' '));
    return text;
}

PlaceholderValues phraseValues(const QString& practiceName, const QString& practicePhone)
{
    PlaceholderValues v;
    v[size_t(Placeholder::Practice)] = oneLine(practiceName);
    v[size_t(Placeholder::PracticePhone)] = oneLine(practicePhone);
    return v;
}

PlaceholderValues htmlEscaped(PlaceholderValues values)
{
    for (QString& v : values) {
        v = v.toHtmlEscaped();
        v.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    }
    return values;
}

}  // namespace

ReminderRenderer::ReminderRenderer(std::shared_ptr<const ReminderTemplates> templates)
    : m_templates(std::move(templates)),
      m_locales{QLocale(localeName(Language::English)), QLocale(localeName(Language::Spanish))}
{
}

Result<const ReminderTemplate*> ReminderRenderer::lookup(const ReminderCandidate& candidate,
                                                         const QString& templateSet) const
{
    const ReminderTemplate* t =
        m_templates->find(templateSet, candidate.appointmentTypeGroup, candidate.language);
    if (!t)
        return makeError(
            ErrorCode::NotFound,
            tr("Appointment %1: no reminder template for set \"%2\", group \"%3\", language %4")
                .arg(candidate.appointmentId, templateSet, candidate.appointmentTypeGroup,
                     languageCode(candidate.language)));
    return t;
}

Result<PlaceholderValues> ReminderRenderer::values(const ReminderCandidate& candidate,
                                                   Channel channel) const
{
    if (!candidate.start.isValid())
        return makeError(
            ErrorCode::InvalidInput,
            tr("Appointment %1: the start time is not valid").arg(candidate.appointmentId));
    if (!candidate.patientTimeZone.isValid())
        return makeError(ErrorCode::InvalidInput,
                         tr("Appointment %1: the patient's time zone is not valid")
                             .arg(candidate.appointmentId));
    const QDateTime local = candidate.start.toTimeZone(candidate.patientTimeZone);
    const QLocale& locale = m_locales[size_t(candidate.language)];
    const ReminderPhrases& phrases = m_templates->phrases(candidate.language);

    PlaceholderValues v = phraseValues(candidate.practiceName, candidate.practicePhone);
    v[size_t(Placeholder::Date)] = plainSpaces(locale.toString(local.date(), phrases.dateFormat));
    v[size_t(Placeholder::Time)] = plainSpaces(locale.toString(local.time(), phrases.timeFormat));
    v[size_t(Placeholder::Location)] = oneLine(candidate.locationShortName);
    v[size_t(Placeholder::Confirm)] =
        render(channel == Channel::Sms ? phrases.confirmSms : phrases.confirmEmail, v);
    if (channel == Channel::Email) {
        v[size_t(Placeholder::Provider)] = oneLine(candidate.providerDisplayName);
        v[size_t(Placeholder::Address)] = candidate.locationAddress.trimmed();
    }
    return v;
}

Result<RenderedSms> ReminderRenderer::renderSms(const ReminderCandidate& candidate,
                                                const QString& templateSet) const
{
    auto t = lookup(candidate, templateSet);
    if (!t)
        return t.error();
    auto v = values(candidate, Channel::Sms);
    if (!v)
        return v.error();
    RenderedSms sms;
    sms.text = render((*t)->sms, *v);
    sms.segments = countSmsSegments(sms.text);
    return sms;
}

Result<RenderedEmail> ReminderRenderer::renderEmail(const ReminderCandidate& candidate,
                                                    const QString& templateSet) const
{
    auto t = lookup(candidate, templateSet);
    if (!t)
        return t.error();
    auto v = values(candidate, Channel::Email);
    if (!v)
        return v.error();
    RenderedEmail email;
    PlaceholderValues subjectValues = *v;
    for (QString& s : subjectValues)
        s = oneLine(s);
    email.subject = render((*t)->emailSubject, subjectValues);
    email.text = render((*t)->emailText, *v);
    if (!(*t)->emailHtml.isEmpty())
        email.html = render((*t)->emailHtml, htmlEscaped(*v));
    return email;
}

QString ReminderRenderer::helpReply(Language language, const QString& practiceName,
                                    const QString& practicePhone) const
{
    return render(m_templates->phrases(language).help, phraseValues(practiceName, practicePhone));
}

QString ReminderRenderer::stopReply(Language language, const QString& practiceName,
                                    const QString& practicePhone) const
{
    return render(m_templates->phrases(language).stop, phraseValues(practiceName, practicePhone));
}

QString ReminderRenderer::startReply(Language language, const QString& practiceName,
                                     const QString& practicePhone) const
{
    return render(m_templates->phrases(language).start, phraseValues(practiceName, practicePhone));
}

}  // namespace fd::calendar::messaging
