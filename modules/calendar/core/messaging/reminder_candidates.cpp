#include "calendar/core/messaging/reminder_candidates.h"

namespace fd::calendar::messaging {

namespace {

// One zone per state, where most of its people live (docs/REMINDERS.md: a state spanning two
// zones shifts its minority's quiet hours by an hour).
struct StateZone
{
    const char* state;
    const char* zone;
};
constexpr StateZone kStateZones[] = {
    {"AL", "America/Chicago"},    {"AK", "America/Anchorage"},    {"AZ", "America/Phoenix"},
    {"AR", "America/Chicago"},    {"CA", "America/Los_Angeles"},  {"CO", "America/Denver"},
    {"CT", "America/New_York"},   {"DE", "America/New_York"},     {"DC", "America/New_York"},
    {"FL", "America/New_York"},   {"GA", "America/New_York"},     {"HI", "Pacific/Honolulu"},
    {"ID", "America/Boise"},      {"IL", "America/Chicago"},      {"IN", "America/Indiana/Indianapolis"},
    {"IA", "America/Chicago"},    {"KS", "America/Chicago"},      {"KY", "America/New_York"},
    {"LA", "America/Chicago"},    {"ME", "America/New_York"},     {"MD", "America/New_York"},
    {"MA", "America/New_York"},   {"MI", "America/Detroit"},      {"MN", "America/Chicago"},
    {"MS", "America/Chicago"},    {"MO", "America/Chicago"},      {"MT", "America/Denver"},
    {"NE", "America/Chicago"},    {"NV", "America/Los_Angeles"},  {"NH", "America/New_York"},
    {"NJ", "America/New_York"},   {"NM", "America/Denver"},       {"NY", "America/New_York"},
    {"NC", "America/New_York"},   {"ND", "America/Chicago"},      {"OH", "America/New_York"},
    {"OK", "America/Chicago"},    {"OR", "America/Los_Angeles"},  {"PA", "America/New_York"},
    {"RI", "America/New_York"},   {"SC", "America/New_York"},     {"SD", "America/Chicago"},
    {"TN", "America/Chicago"},    {"TX", "America/Chicago"},      {"UT", "America/Denver"},
    {"VT", "America/New_York"},   {"VA", "America/New_York"},     {"WA", "America/Los_Angeles"},
    {"WV", "America/New_York"},   {"WI", "America/Chicago"},      {"WY", "America/Denver"},
    {"PR", "America/Puerto_Rico"}, {"VI", "America/St_Thomas"},   {"GU", "Pacific/Guam"},
    {"AS", "Pacific/Pago_Pago"},  {"MP", "Pacific/Saipan"},
};

QString addressText(const practice::Address& a)
{
    QStringList lines;
    if (!a.line1.isEmpty())
        lines << a.line1;
    if (!a.line2.isEmpty())
        lines << a.line2;
    const QString cityLine =
        QStringLiteral("%1, %2 %3").arg(a.city, a.state, a.zip).trimmed();
    if (!a.city.isEmpty())
        lines << cityLine;
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

QTimeZone usStateTimeZone(const QString& state)
{
    const QString code = state.trimmed().toUpper();
    for (const StateZone& s : kStateZones) {
        if (code == QLatin1String(s.state))
            return QTimeZone(QByteArray(s.zone));
    }
    return {};
}

QString nanpE164(const QString& number)
{
    QString digits;
    for (QChar c : number) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        digits.remove(0, 1);
    if (digits.size() != 10 || digits.at(0) < QLatin1Char('2') || digits.at(3) < QLatin1Char('2'))
        return {};
    return QStringLiteral("+1") + digits;
}

Language reminderLanguage(const QString& tag)
{
    const QString t = tag.trimmed().toLower();
    return t == QLatin1String("es") || t.startsWith(QLatin1String("es-")) ||
                   t.startsWith(QLatin1String("es_"))
               ? Language::Spanish
               : Language::English;
}

ContactChoices contactChoices(const patients::Patient& patient,
                              const patients::PrivacyChoices& privacy)
{
    ContactChoices c;
    c.email = patient.email.trimmed();
    c.emailConsent = patient.emailConsent;
    // The mobile number texts may go to: the first mobile with consent, else the first mobile.
    const bool mobileAllowed = privacy.allowedPhoneTypes.isEmpty() ||
                               privacy.allowedPhoneTypes.contains(QStringLiteral("mobile"));
    for (const patients::Phone& phone : patient.phones) {
        if (phone.type != QLatin1String("mobile"))
            continue;
        const QString e164 = nanpE164(phone.number);
        if (e164.isEmpty())
            continue;
        if (phone.smsConsent) {
            c.smsPhone = e164;
            c.smsConsentPhone = e164;
            c.smsConsent = true;
            break;
        }
        if (c.smsPhone.isEmpty())
            c.smsPhone = e164;
    }
    // A confidential-communication request: the channels it allows, email only when allowed,
    // texts only when mobile phones are among the phones allowed.
    const bool channelLimit = !privacy.allowedChannels.isEmpty();
    if (channelLimit || !privacy.emailAllowed || !mobileAllowed) {
        c.confidentialRestriction = true;
        const auto listed = [&](const QString& channel) {
            return !channelLimit || privacy.allowedChannels.contains(channel);
        };
        if (privacy.emailAllowed && listed(QStringLiteral("email")))
            c.confidentialChannels << Channel::Email;
        if (mobileAllowed && listed(QStringLiteral("sms")))
            c.confidentialChannels << Channel::Sms;
    }
    return c;
}

Status CandidateBuilder::load()
{
    auto profile = m_services.profile->profile();
    FD_TRY(profile);
    m_practiceName = profile->name;
    m_practicePhone = profile->phone;
    auto locations = m_services.locations->list();
    FD_TRY(locations);
    for (const practice::Location& l : *locations) {
        m_locations.insert(l.id, l);
        if (m_practicePhone.isEmpty() && !l.phone.isEmpty())
            m_practicePhone = l.phone;
    }
    return {};
}

Result<CandidateBuilder::PatientInfo> CandidateBuilder::patient(const QString& patientId)
{
    if (m_patientErrors.contains(patientId))
        return m_patientErrors.value(patientId);
    if (auto cached = m_patients.value(patientId))
        return *cached;
    auto record = m_services.patients->get(patientId);
    auto privacy = record ? m_services.privacy->choices(patientId)
                          : Result<patients::PrivacyChoices>(record.error());
    if (!record || !privacy) {
        const Error error = record ? privacy.error() : record.error();
        m_patientErrors.insert(patientId, error);
        return error;
    }
    PatientInfo info;
    info.zone = usStateTimeZone(record->address.state);
    info.language = reminderLanguage(record->preferredLanguage);
    info.contact = contactChoices(*record, *privacy);
    m_patients.insert(patientId, info);
    return info;
}

Language CandidateBuilder::languageOf(const QString& patientId)
{
    auto info = patient(patientId);
    return info ? info->language : Language::English;
}

Result<ReminderCandidate> CandidateBuilder::candidate(const Appointment& a,
                                                      const QString& templateGroup)
{
    auto info = patient(a.patientId);
    if (!info)
        return makeError(info.error().code,
                         tr("Appointment %1: the patient's record cannot be read for reminders "
                            "(%2)")
                             .arg(a.id, errorCodeName(info.error().code)));
    const practice::Location location = m_locations.value(a.locationId);
    ReminderCandidate c;
    c.appointmentId = a.id;
    c.start = a.start;
    c.cancelled = !holdsTime(a.status);
    // Where the patient lives decides the quiet hours; without an address, the location's.
    c.patientTimeZone = info->zone.isValid() ? info->zone
                                             : QTimeZone(location.timeZone.toUtf8());
    c.language = info->language;
    c.contact = info->contact;
    c.practiceName = m_practiceName;
    c.practicePhone = m_practicePhone;
    if (!m_providerNames.contains(a.providerId)) {
        auto provider = m_services.providers->find(a.providerId);
        m_providerNames.insert(a.providerId, provider ? provider->displayName() : QString());
    }
    c.providerDisplayName = m_providerNames.value(a.providerId);
    c.locationShortName = location.name;
    c.locationAddress = addressText(location.address);
    c.appointmentTypeGroup = templateGroup;
    return c;
}

}  // namespace fd::calendar::messaging
