// A recall campaign run: who is written to, by which channel, and the sends.
#include "calendar/core/recall_campaign/recall_campaign.h"

#include "calendar/core/calendar.h"
#include "calendar/core/calendar_store.h"
#include "calendar/core/messaging/message_log.h"
#include "calendar/core/messaging/reminder_renderer.h"
#include "calendar/core/messaging/sms_gateway_client.h"
#include "calendar/core/messaging/smtp_sender.h"
#include "calendar/core/recall_campaign/recall_contacts.h"
#include "calendar/core/recall_permissions.h"
#include "calendar/core/recall_service.h"
#include "common/clock.h"
#include "patients/core/patients.h"
#include "practice/core/locations.h"
#include "practice/core/practice_profile.h"
#include "practice/core/practice_service_context.h"
#include "security/interfaces.h"
#include "storage/sql_text.h"

#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QSet>

namespace fd::calendar {

using namespace messaging;

QString campaignOutcomeName(CampaignOutcome outcome)
{
    switch (outcome) {
    case CampaignOutcome::Sent:
        return QStringLiteral("sent");
    case CampaignOutcome::WouldSend:
        return QStringLiteral("would_send");
    case CampaignOutcome::Failed:
        return QStringLiteral("failed");
    case CampaignOutcome::Deferred:
        return QStringLiteral("deferred");
    case CampaignOutcome::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

int CampaignReport::count(CampaignOutcome outcome) const
{
    return int(std::count_if(items.begin(), items.end(),
                             [outcome](const CampaignItem& i) { return i.outcome == outcome; }));
}

namespace {

const QString kTemplateSet = QStringLiteral("recall");

class RecallCampaign final : public IRecallCampaign
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::RecallCampaign)

public:
    explicit RecallCampaign(ServiceRegistry& registry) : m_registry(registry) {}

    Result<CampaignReport> run(const CampaignOptions& options, const CampaignTransport& transport,
                               const std::function<void(int, int)>& progress) override;

private:
    struct Group
    {
        QString patientId;
        QStringList recallIds;
        QStringList recentIds;  // messaged within resendDays
    };
    struct Practice
    {
        QString name;
        QString phone;
        QTimeZone zone;
    };

    Result<std::vector<Group>> groups(const CampaignOptions& options, const QDateTime& now,
                                      int* recalls);
    Result<Practice> practice();
    QTimeZone patientZone(const QString& patientId, const QDateTime& now, const QTimeZone& fallback);
    Result<ReminderRenderer> renderer();
    void choose(CampaignItem& item, const ContactChoices& contact, const QString& preferred,
                const QSet<QString>& optedOut, const CampaignTransport& transport, bool dryRun,
                QString* destination);
    Result<bool> claim(const CampaignItem& item, const QString& day, const QDateTime& now);
    Status settle(const CampaignItem& item, const QString& day, bool sent, bool retryable,
                  const QString& providerId, const QString& error);
    void send(CampaignItem& item, const ReminderCandidate& candidate, const QString& destination,
              const ReminderRenderer& renderer, const CampaignTransport& transport,
              const QDateTime& now, QStringList& problems);

    ServiceRegistry& m_registry;
};

Result<std::vector<RecallCampaign::Group>> RecallCampaign::groups(const CampaignOptions& options,
                                                                  const QDateTime& now,
                                                                  int* recalls)
{
    auto service = m_registry.get<IRecallService>();
    RecallFilter filter;
    filter.dueFrom = options.dueFrom;
    filter.dueTo = options.dueTo;
    filter.overdueOnly = !options.dueFrom.isValid() && !options.dueTo.isValid();
    filter.reasonId = options.reasonId;
    filter.limit = 5000;
    auto rows = service->list(filter);
    FD_TRY(rows);
    // Recalls a campaign messaged within resendDays.
    auto db = m_registry.get<storage::Database>();
    auto q = storage::exec(db->connection(),
                           QStringLiteral("SELECT DISTINCT recall_id FROM calendar_recall_contacts "
                                          "WHERE deleted = 0 AND campaign = 1 AND outcome = 'sent' "
                                          "AND at >= ?"),
                           {instantText(now.addDays(-std::max(0, options.resendDays)))});
    FD_TRY(q);
    QSet<QString> recent;
    while (q->next())
        recent.insert(q->value(0).toString());
    std::vector<Group> out;
    QHash<QString, size_t> index;
    *recalls = 0;
    for (const RecallRow& row : rows.value()) {
        if (row.recall.status != RecallStatus::Open)
            continue;  // scheduled: the patient has booked
        ++*recalls;
        auto it = index.constFind(row.recall.patientId);
        if (it == index.constEnd()) {
            it = index.insert(row.recall.patientId, out.size());
            out.push_back({row.recall.patientId, {}, {}});
        }
        Group& g = out[*it];
        (recent.contains(row.recall.id) ? g.recentIds : g.recallIds) << row.recall.id;
    }
    return out;
}

Result<RecallCampaign::Practice> RecallCampaign::practice()
{
    auto profile = m_registry.get<practice::IPracticeProfile>()->profile();
    FD_TRY(profile);
    return Practice{profile->name, profile->phone, QTimeZone(profile->timeZone.toUtf8())};
}

// The zone of the location of the patient's latest appointment, else the practice's.
QTimeZone RecallCampaign::patientZone(const QString& patientId, const QDateTime& now,
                                      const QTimeZone& fallback)
{
    AppointmentFilter filter;
    filter.patientId = patientId;
    filter.from = now.addYears(-3);
    filter.to = now.addYears(1);
    auto list = m_registry.get<IAppointmentService>()->list(filter);
    if (!list || list->empty())
        return fallback;
    const auto latest = std::max_element(
        list->begin(), list->end(),
        [](const Appointment& a, const Appointment& b) { return a.start < b.start; });
    auto zone = m_registry.get<practice::ILocationService>()->timeZoneOf(latest->locationId);
    return zone && zone->isValid() ? zone.value() : fallback;
}

Result<ReminderRenderer> RecallCampaign::renderer()
{
    QFile file(QStringLiteral(":/fd/calendar/recall-templates.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal,
                         tr("the shipped recall templates are missing from the program"));
    auto templates = ReminderTemplates::fromJson(file.readAll(), QStringLiteral("recall-templates.json"));
    FD_TRY(templates);
    return ReminderRenderer(std::make_shared<const ReminderTemplates>(std::move(templates.value())));
}

void RecallCampaign::choose(CampaignItem& item, const ContactChoices& contact,
                            const QString& preferred, const QSet<QString>& optedOut,
                            const CampaignTransport& transport, bool dryRun, QString* destination)
{
    const QList<Channel> order = preferred == QLatin1String("sms")
                                     ? QList<Channel>{Channel::Sms, Channel::Email}
                                     : QList<Channel>{Channel::Email, Channel::Sms};
    QString firstReason;
    bool allowedWithoutTransport = false;
    for (Channel channel : order) {
        const ChannelDecision d = decideChannel(contact, channel, optedOut);
        if (!d.allowed) {
            if (firstReason.isEmpty())
                firstReason = skipReasonName(d.reason);
            continue;
        }
        const bool hasTransport =
            channel == Channel::Email ? transport.smtp != nullptr : transport.sms != nullptr;
        if (!dryRun && !hasTransport) {
            allowedWithoutTransport = true;
            continue;
        }
        item.hasChannel = true;
        item.channel = channel;
        *destination = d.destination;
        return;
    }
    item.outcome = CampaignOutcome::Skipped;
    item.reason = allowedWithoutTransport ? QStringLiteral("no_transport") : firstReason;
}

Result<bool> RecallCampaign::claim(const CampaignItem& item, const QString& day,
                                   const QDateTime& now)
{
    auto db = m_registry.get<storage::Database>();
    auto q = storage::exec(db->connection(),
                           QStringLiteral("INSERT OR IGNORE INTO calendar_recall_messages "
                                          "(recall_id, day, channel, patient_id, status, "
                                          "created_at) VALUES (?, ?, ?, ?, 'queued', ?)"),
                           {item.recallIds.front(), day, channelName(item.channel), item.patientId,
                            instantText(now)});
    FD_TRY(q);
    return q->numRowsAffected() == 1;
}

Status RecallCampaign::settle(const CampaignItem& item, const QString& day, bool sent,
                              bool retryable, const QString& providerId, const QString& error)
{
    auto db = m_registry.get<storage::Database>();
    const QVariantList key{item.recallIds.front(), day, channelName(item.channel)};
    // A message that certainly never left frees its claim for a later run.
    auto q = !sent && retryable
                 ? storage::exec(db->connection(),
                                 QStringLiteral("DELETE FROM calendar_recall_messages WHERE "
                                                "recall_id = ? AND day = ? AND channel = ?"),
                                 key)
                 : storage::exec(db->connection(),
                                 QStringLiteral("UPDATE calendar_recall_messages SET status = ?, "
                                                "provider_message_id = ?, error = ? WHERE "
                                                "recall_id = ? AND day = ? AND channel = ?"),
                                 QVariantList{sent ? QStringLiteral("sent") : QStringLiteral("failed"),
                                              practice::sqlText(providerId),
                                              practice::sqlText(error)} +
                                     key);
    FD_TRY(q);
    return {};
}

void RecallCampaign::send(CampaignItem& item, const ReminderCandidate& candidate,
                          const QString& destination, const ReminderRenderer& renderer,
                          const CampaignTransport& transport, const QDateTime& now,
                          QStringList& problems)
{
    EmailMessage email;
    OutgoingSms sms;
    if (item.channel == Channel::Email) {
        auto text = renderer.renderEmail(candidate, kTemplateSet);
        if (!text) {
            problems << text.error().message;
            item.outcome = CampaignOutcome::Failed;
            item.reason = errorCodeName(text.error().code);
            return;
        }
        email.fromAddress = transport.smtp->settings().fromAddress;
        email.fromName = candidate.practiceName;
        email.toAddress = destination;
        email.subject = text->subject;
        email.textBody = text->text;
        email.htmlBody = text->html;
    } else {
        auto text = renderer.renderSms(candidate, kTemplateSet);
        if (!text) {
            problems << text.error().message;
            item.outcome = CampaignOutcome::Failed;
            item.reason = errorCodeName(text.error().code);
            return;
        }
        sms = {destination, text->text};
    }
    const QString day = now.toUTC().date().toString(Qt::ISODate);
    auto claimed = claim(item, day, now);
    if (!claimed || !claimed.value()) {
        item.outcome = claimed ? CampaignOutcome::Skipped : CampaignOutcome::Failed;
        item.reason = claimed ? QStringLiteral("already_sent") : errorCodeName(claimed.error().code);
        return;
    }
    bool sent = false;
    bool retryable = false;
    QString providerId;
    QString error;
    if (item.channel == Channel::Email) {
        SmtpFailure failure;
        auto receipt = transport.smtp->send(email, now, &failure);
        sent = receipt.ok();
        if (sent) {
            providerId = receipt->messageId;
        } else {
            error = errorCodeName(receipt.error().code);
            retryable = !failure.mayHaveBeenDelivered &&
                        receipt.error().code != ErrorCode::InvalidInput;
        }
    } else {
        SmsSendJob* job = transport.sms->send(sms);
        if (!job->isFinished()) {
            QEventLoop loop;
            QObject::connect(job, &SmsSendJob::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const auto& result = job->result();
        sent = result.ok();
        if (sent) {
            providerId = result->providerMessageId;
        } else {
            error = errorCodeName(result.error().code);
            retryable = !job->mayHaveBeenAccepted() && result.error().code != ErrorCode::InvalidInput;
        }
        job->deleteLater();
    }
    if (const Status settled = settle(item, day, sent, retryable, providerId, error); !settled)
        problems << tr("Recall %1: the send log was not updated: %2")
                        .arg(item.recallIds.front(), settled.error().message);
    item.outcome = sent ? CampaignOutcome::Sent : CampaignOutcome::Failed;
    item.reason = error;
    auto recalls = m_registry.get<IRecallService>();
    for (const QString& id : item.recallIds) {
        ContactAttempt c;
        c.recallId = id;
        c.method = item.channel == Channel::Email ? ContactMethod::Email : ContactMethod::Sms;
        c.outcome = sent ? ContactOutcome::Sent : ContactOutcome::Failed;
        c.campaign = true;
        auto logged = recalls->logContact(c);
        if (!logged)
            problems << tr("Recall %1: the contact was not logged: %2")
                            .arg(id, logged.error().message);
    }
}

Result<CampaignReport> RecallCampaign::run(const CampaignOptions& options,
                                           const CampaignTransport& transport,
                                           const std::function<void(int, int)>& progress)
{
    FD_TRY(m_registry.get<security::IAccessControl>()->require(perm::kRecallsCampaign));
    if (options.resendDays < 1)
        return makeError(ErrorCode::InvalidInput,
                         tr("The interval between campaign messages must be at least one day."),
                         QStringLiteral("resend_days"));
    CampaignReport report;
    report.dryRun = options.dryRun;
    report.at = m_registry.get<IClock>() ? m_registry.get<IClock>()->nowUtc()
                                         : QDateTime::currentDateTimeUtc();
    const QDateTime now = report.at;
    auto found = groups(options, now, &report.recalls);
    FD_TRY(found);
    auto site = practice();
    FD_TRY(site);
    auto writer = renderer();
    FD_TRY(writer);
    MessageLog log(*m_registry.get<storage::Database>());
    auto optedOut = log.optedOutNumbers();
    FD_TRY(optedOut);
    auto patientsService = m_registry.get<patients::IPatientService>();
    auto privacy = m_registry.get<patients::IPatientPrivacy>();
    int done = 0;
    for (const Group& g : found.value()) {
        CampaignItem item;
        item.patientId = g.patientId;
        item.recallIds = g.recallIds;
        if (g.recallIds.isEmpty()) {
            item.recallIds = g.recentIds;
            item.reason = QStringLiteral("recently_sent");
        } else if (auto patient = patientsService->get(g.patientId); !patient) {
            item.reason = QStringLiteral("patient_unavailable");
        } else if (auto choices = privacy->choices(g.patientId); !choices) {
            item.reason = QStringLiteral("patient_unavailable");
        } else {
            item.language = recallLanguage(patient->preferredLanguage);
            QString destination;
            choose(item, recallContactChoices(*patient, *choices), patient->preferredContact,
                   *optedOut, transport, options.dryRun, &destination);
            if (item.hasChannel) {
                ReminderCandidate c;
                c.appointmentId = g.recallIds.front();
                c.start = now;
                c.patientTimeZone = patientZone(g.patientId, now, site->zone);
                c.language = item.language;
                c.practiceName = site->name;
                c.practicePhone = site->phone;
                const QDateTime allowed = nextAllowedTime(now, c.patientTimeZone, options.quietHours);
                if (allowed > now) {
                    item.outcome = CampaignOutcome::Deferred;
                    item.sendAt = allowed;
                } else if (options.dryRun) {
                    item.outcome = CampaignOutcome::WouldSend;
                    if (item.channel == Channel::Sms) {
                        auto sms = writer->renderSms(c, kTemplateSet);
                        item.preview = sms ? sms->text : QString();
                    } else {
                        auto email = writer->renderEmail(c, kTemplateSet);
                        item.preview = email ? email->subject : QString();
                    }
                } else {
                    send(item, c, destination, *writer, transport, now, report.problems);
                }
            }
        }
        report.items.push_back(std::move(item));
        if (progress)
            progress(++done, int(found->size()));
    }
    return report;
}

}  // namespace

std::shared_ptr<IRecallCampaign> makeRecallCampaign(ServiceRegistry& registry)
{
    return std::make_shared<RecallCampaign>(registry);
}

}  // namespace fd::calendar
