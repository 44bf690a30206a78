#include "calendar/dock/waitlist_offer_dialog.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/dock/booking_refusal.h"
#include "calendar/dock/core_calendar_source.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace fd::calendar::dock {

WaitlistOfferDialog::WaitlistOfferDialog(DockServices services, const CoreCalendarSource& source,
                                         const Appointment& freed,
                                         std::vector<WaitlistMatch> matches, QWidget* parent)
    : QDialog(parent),
      m_services(std::move(services)),
      m_source(source),
      m_freed(freed),
      m_matches(std::move(matches))
{
    setObjectName(QStringLiteral("fd.calendar.waitlist"));
    setWindowTitle(tr("Offer the Freed Time"));
    const QDateTime start = m_source.toDisplay(freed.start);
    auto* intro = new QLabel(tr("%1 at %2 with %3 is free. These patients on the waitlist fit it:")
                                 .arg(start.date().toString(QStringLiteral("ddd MM/dd/yyyy")),
                                      start.time().toString(QStringLiteral("h:mm AP")),
                                      m_source.providerName(freed.providerId)),
                             this);
    intro->setWordWrap(true);
    QSet<QString> ids;
    for (const WaitlistMatch& m : m_matches)
        ids.insert(m.patientId);
    m_source.names().ensure(ids);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("fd.calendar.waitlist.matches"));
    for (const WaitlistMatch& m : m_matches)
        m_list->addItem(tr("%1 — waiting %n day(s)", nullptr, int(m.waitedSeconds / 86400))
                            .arg(m_source.names().name(m.patientId)));
    if (!m_matches.empty())
        m_list->setCurrentRow(0);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.calendar.waitlist.message"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Leave Free"), QDialogButtonBox::RejectRole);
    m_book = buttons->addButton(tr("&Book Selected"), QDialogButtonBox::AcceptRole);
    m_book->setObjectName(QStringLiteral("fd.calendar.waitlist.book"));
    m_book->setEnabled(!m_matches.empty() && m_services.can(perm::kBook));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_book, &QPushButton::clicked, this, [this] {
        if (bookSelected())
            accept();
    });
}

bool WaitlistOfferDialog::bookSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= int(m_matches.size()))
        return false;
    const WaitlistMatch& match = m_matches[size_t(row)];
    auto waiting = m_services.waitlist->waiting();
    if (!waiting) {
        m_message->setText(waiting.error().message);
        m_message->show();
        return false;
    }
    const auto entry = std::find_if(waiting->begin(), waiting->end(),
                                    [&](const WaitlistEntry& e) { return e.id == match.entryId; });
    if (entry == waiting->end()) {
        m_message->setText(tr("This patient is no longer on the waitlist."));
        m_message->show();
        return false;
    }
    BookingRequest r;
    r.patientId = entry->patientId;
    r.providerId = m_freed.providerId;
    r.locationId = m_freed.locationId;
    r.typeId = entry->typeId;
    r.start = m_freed.start;
    r.note = entry->note;
    auto booked = m_services.appointments->book(r);
    if (!booked) {
        m_message->setText(BookingRefusal::of(booked.error()).message);
        m_message->show();
        return false;
    }
    m_result = booked.value();
    if (auto marked = m_services.waitlist->markBooked(entry->id, entry->rowVersion, booked->id);
        !marked) {
        m_message->setText(marked.error().message);
        m_message->show();
    }
    return true;
}

}  // namespace fd::calendar::dock
