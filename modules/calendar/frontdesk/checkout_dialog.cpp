#include "calendar/frontdesk/checkout_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fd::calendar::frontdesk {

CheckOutDialog::CheckOutDialog(FrontdeskServices services, const FlowRow& visit, QWidget* parent)
    : QDialog(parent), m_services(std::move(services)), m_visit(visit)
{
    setWindowTitle(tr("Check Out"));
    setObjectName(QStringLiteral("fd.calendar.checkout"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("%1, %2 with %3")
                             .arg(visit.patientName,
                                  QLocale().toString(visit.localStart.time(), QLocale::ShortFormat),
                                  visit.providerName),
                         this);
    layout->addWidget(m_title);

    auto* form = new QFormLayout;
    m_type = new QComboBox(this);
    m_provider = new QComboBox(this);
    auto* interval = new QHBoxLayout;
    m_count = new QSpinBox(this);
    m_count->setRange(1, 365);
    m_count->setValue(2);
    m_unit = new QComboBox(this);
    m_unit->addItem(tr("days"), int(FollowUpInterval::Unit::Days));
    m_unit->addItem(tr("weeks"), int(FollowUpInterval::Unit::Weeks));
    m_unit->addItem(tr("months"), int(FollowUpInterval::Unit::Months));
    m_unit->setCurrentIndex(1);
    m_find = new QPushButton(tr("&Find Slots"), this);
    interval->addWidget(m_count);
    interval->addWidget(m_unit);
    interval->addStretch();
    interval->addWidget(m_find);
    form->addRow(tr("Follow-up &type:"), m_type);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&In:"), interval);
    layout->addLayout(form);

    m_list = new QListWidget(this);
    m_list->setMinimumHeight(140);
    layout->addWidget(m_list);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_book = m_buttons->addButton(tr("Check Out and &Book"), QDialogButtonBox::AcceptRole);
    m_only = m_buttons->addButton(tr("Check Out &Only"), QDialogButtonBox::ActionRole);
    layout->addWidget(m_buttons);
    m_book->setEnabled(false);

    connect(m_find, &QPushButton::clicked, this, &CheckOutDialog::findSlots);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_book->setEnabled(row >= 0); });
    connect(m_book, &QPushButton::clicked, this, [this] {
        if (submit(true))
            accept();
    });
    connect(m_only, &QPushButton::clicked, this, [this] {
        if (submit(false))
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillChoices();
}

void CheckOutDialog::fillChoices()
{
    if (auto types = m_services.admin->types()) {
        for (const AppointmentType& t : types.value())
            m_type->addItem(tr("%1 (%2 min)").arg(t.name).arg(t.durationMinutes), t.id);
        m_type->setCurrentIndex(std::max(0, m_type->findData(m_visit.appointment.typeId)));
    }
    if (auto providers = m_services.providers->list()) {
        for (const practice::Provider& p : providers.value())
            m_provider->addItem(p.displayName(), p.id);
        m_provider->setCurrentIndex(
            std::max(0, m_provider->findData(m_visit.appointment.providerId)));
    }
}

FollowUpRequest CheckOutDialog::request() const
{
    FollowUpRequest r;
    r.typeId = m_type->currentData().toString();
    r.providerId = m_provider->currentData().toString();
    r.interval.count = m_count->value();
    r.interval.unit = FollowUpInterval::Unit(m_unit->currentData().toInt());
    return r;
}

bool CheckOutDialog::findSlots()
{
    m_list->clear();
    m_slots.clear();
    auto proposal = m_services.desk->proposeFollowUp(m_visit.appointment.id, request());
    if (!proposal) {
        m_message->setText(proposal.error().message);
        return false;
    }
    m_slots = proposal->found;
    for (const FoundSlot& s : m_slots)
        m_list->addItem(tr("%1  %2").arg(QLocale().toString(s.date, QLocale::LongFormat),
                                         QLocale().toString(s.localStart, QLocale::ShortFormat)));
    m_message->setText(m_slots.empty()
                           ? tr("No free slot within four weeks of %1.")
                                 .arg(QLocale().toString(proposal->target, QLocale::ShortFormat))
                           : tr("First free slots from %1.")
                                 .arg(QLocale().toString(proposal->target, QLocale::ShortFormat)));
    if (!m_slots.empty())
        m_list->setCurrentRow(0);
    return true;
}

bool CheckOutDialog::submit(bool withFollowUp)
{
    if (m_result)
        return true;
    std::optional<FoundSlot> slot;
    if (withFollowUp) {
        const int row = m_list->currentRow();
        if (row < 0 || row >= int(m_slots.size())) {
            m_message->setText(tr("Choose a slot for the follow-up, or check out only."));
            return false;
        }
        slot = m_slots[size_t(row)];
    }
    auto done = m_services.desk->checkOut(m_visit.appointment.id, request(), slot);
    if (!done) {
        m_message->setText(done.error().message);
        return false;
    }
    m_result = done.value();
    return true;
}

}  // namespace fd::calendar::frontdesk
