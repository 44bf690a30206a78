// The Recalls dock's actions: log a contact, dismiss, schedule from a recall, campaigns.
#include "calendar/core/calendar_types.h"
#include "calendar/recalls/recall_dialogs.h"
#include "calendar/recalls/recall_list_model.h"
#include "calendar/recalls/recalls_dock.h"

#include <QApplication>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

namespace fd::calendar::ui {

namespace {

Error nothingSelected()
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("fd::calendar::ui::RecallsDock",
                                                 "Select a recall first."),
                     QStringLiteral("recall"));
}

}  // namespace

Status RecallsDock::logContact(const ContactAttempt& input)
{
    const QString id = selectedRecallId();
    if (id.isEmpty())
        return nothingSelected();
    ContactAttempt attempt = input;
    attempt.recallId = id;
    auto logged = m_services.recalls->logContact(attempt);
    FD_TRY(logged);
    refresh();
    return {};
}

Status RecallsDock::dismissSelected(const QString& reason)
{
    const RecallRow* row = selectedRow();
    if (!row)
        return nothingSelected();
    auto dismissed = m_services.recalls->dismiss(row->recall.id, row->recall.rowVersion, reason);
    FD_TRY(dismissed);
    refresh();
    return {};
}

Result<std::vector<FoundSlot>> RecallsDock::slotsForSelected(int limit)
{
    const RecallRow* row = selectedRow();
    if (!row)
        return nothingSelected();
    auto reason = m_services.recalls->reason(row->recall.reasonId);
    FD_TRY(reason);
    if (reason->typeIds.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("The reason \"%1\" names no appointment type to book.").arg(reason->name),
                         QStringLiteral("type_ids"));
    SlotSearch search;
    search.typeId = reason->typeIds.front();
    search.patientId = row->recall.patientId;
    if (!row->recall.providerId.isEmpty())
        search.query.providerIds = {row->recall.providerId};
    search.query.from = std::max(m_services.recalls->today(), row->recall.dueDate.addDays(-30));
    search.query.to = search.query.from.addDays(90);
    search.query.limit = limit;
    return m_services.appointments->findSlots(search);
}

Result<Appointment> RecallsDock::bookSlot(const FoundSlot& slot)
{
    const RecallRow* row = selectedRow();
    if (!row)
        return nothingSelected();
    auto reason = m_services.recalls->reason(row->recall.reasonId);
    FD_TRY(reason);
    if (reason->typeIds.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The reason names no appointment type."),
                         QStringLiteral("type_ids"));
    BookingRequest request;
    request.patientId = row->recall.patientId;
    request.providerId = slot.providerId;
    request.locationId = slot.locationId;
    request.typeId = reason->typeIds.front();
    request.start = utcFromSecs(slot.utc.start);
    request.resourceIds = slot.resourceIds;
    auto booked = m_services.appointments->book(request);
    FD_TRY(booked);
    refresh();  // the list links the recall to the booking
    return booked;
}

void RecallsDock::logContactInteractive()
{
    if (selectedRecallId().isEmpty() || !m_contact->isEnabled())
        return;
    ContactDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = logContact(dialog.attempt()); !s)
        QMessageBox::warning(this, tr("Log Contact"), s.error().message);
}

void RecallsDock::dismissInteractive()
{
    if (selectedRecallId().isEmpty())
        return;
    DismissDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = dismissSelected(dialog.reason()); !s)
        QMessageBox::warning(this, tr("Dismiss Recall"), s.error().message);
}

void RecallsDock::scheduleInteractive()
{
    auto found = slotsForSelected();
    if (!found) {
        QMessageBox::warning(this, tr("Schedule"), found.error().message);
        return;
    }
    if (found->empty()) {
        QMessageBox::information(this, tr("Schedule"),
                                 tr("No free time of that type in the next 90 days."));
        return;
    }
    const QLocale locale;
    QStringList choices;
    for (const FoundSlot& s : found.value())
        choices << tr("%1 at %2").arg(locale.toString(s.date, QLocale::LongFormat),
                                      locale.toString(s.localStart, QLocale::ShortFormat));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Schedule"), tr("&First free times:"),
                                                 choices, 0, false, &ok);
    if (!ok)
        return;
    auto booked = bookSlot(found.value()[size_t(choices.indexOf(chosen))]);
    if (!booked)
        QMessageBox::warning(this, tr("Schedule"), booked.error().message);
}

void RecallsDock::campaignInteractive()
{
    CampaignOptions options;
    options.reasonId = m_reason->currentData().toString();
    options.dryRun = true;
    auto preview = m_services.campaign->run(options, m_transport);
    if (!preview) {
        QMessageBox::warning(this, tr("Recall Campaign"), preview.error().message);
        return;
    }
    QHash<QString, QString> names;
    for (int i = 0; i < m_model->rowCount(); ++i)
        names.insert(m_model->rowAt(i)->recall.patientId, m_model->rowAt(i)->patientName);
    CampaignPreviewDialog dialog(preview.value(), names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CampaignTransport transport = m_transport;
    messaging::MessageTransports practiceSenders;  // kept alive for the run
    if (!transport.smtp && !transport.sms && m_services.reminders) {
        auto built = m_services.reminders->transports();
        if (!built) {
            QMessageBox::warning(this, tr("Recall Campaign"), built.error().message);
            return;
        }
        practiceSenders = std::move(built.value());
        transport = {practiceSenders.smtp.get(), practiceSenders.sms.get()};
    }
    if (!transport.smtp && !transport.sms) {
        QMessageBox::information(this, tr("Recall Campaign"),
                                 tr("Email and text messages are not set up for the practice "
                                    "(Settings, Reminders): nothing was sent."));
        return;
    }
    QProgressDialog progress(tr("Writing to patients…"), QString(), 0,
                             int(preview->items.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    options.dryRun = false;
    auto sent = m_services.campaign->run(options, transport, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents();
    });
    progress.reset();
    refresh();
    if (!sent) {
        QMessageBox::warning(this, tr("Recall Campaign"), sent.error().message);
        return;
    }
    CampaignPreviewDialog result(sent.value(), names, this);
    result.exec();
}

}  // namespace fd::calendar::ui
