#include "calendar/recalls/recall_dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd::calendar::ui {

ContactDialog::ContactDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Log Contact"));
    m_method = new QComboBox(this);
    m_method->addItem(tr("Phone call"), contactMethodId(ContactMethod::Phone));
    m_method->addItem(tr("Letter"), contactMethodId(ContactMethod::Letter));
    m_method->addItem(tr("Email"), contactMethodId(ContactMethod::Email));
    m_method->addItem(tr("Text message"), contactMethodId(ContactMethod::Sms));
    m_outcome = new QComboBox(this);
    m_outcome->addItem(tr("Reached the patient"), contactOutcomeId(ContactOutcome::Reached));
    m_outcome->addItem(tr("Left a message"), contactOutcomeId(ContactOutcome::LeftMessage));
    m_outcome->addItem(tr("No answer"), contactOutcomeId(ContactOutcome::NoAnswer));
    m_outcome->addItem(tr("Wrong number"), contactOutcomeId(ContactOutcome::WrongNumber));
    m_outcome->addItem(tr("Sent"), contactOutcomeId(ContactOutcome::Sent));
    m_outcome->addItem(tr("Declined"), contactOutcomeId(ContactOutcome::Declined));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    auto* form = new QFormLayout;
    form->addRow(tr("&How:"), m_method);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ContactAttempt ContactDialog::attempt() const
{
    ContactAttempt c;
    c.method = contactMethodFromId(m_method->currentData().toString()).value_or(ContactMethod::Phone);
    c.outcome =
        contactOutcomeFromId(m_outcome->currentData().toString()).value_or(ContactOutcome::Reached);
    c.note = m_note->toPlainText().trimmed();
    return c;
}

void ContactDialog::setAttempt(ContactMethod method, ContactOutcome outcome, const QString& note)
{
    m_method->setCurrentIndex(m_method->findData(contactMethodId(method)));
    m_outcome->setCurrentIndex(m_outcome->findData(contactOutcomeId(outcome)));
    m_note->setPlainText(note);
}

DismissDialog::DismissDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Dismiss Recall"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("e.g. moved away, seen elsewhere"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Dismiss"));
    ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this,
            [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("&Why:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString DismissDialog::reason() const
{
    return m_reason->text().simplified();
}

void DismissDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

QString CampaignPreviewDialog::outcomeText(const CampaignItem& item)
{
    if (item.outcome == CampaignOutcome::WouldSend)
        return tr("Would be sent");
    if (item.outcome == CampaignOutcome::Sent)
        return tr("Sent");
    if (item.outcome == CampaignOutcome::Deferred)
        return tr("Waits for the patient's daytime (%1)")
            .arg(QLocale().toString(item.sendAt.toLocalTime(), QLocale::ShortFormat));
    if (item.outcome == CampaignOutcome::Failed)
        return tr("Failed (%1)").arg(item.reason);
    static const QHash<QString, const char*> reasons{
        {QStringLiteral("no_consent"), QT_TR_NOOP("Skipped: no consent")},
        {QStringLiteral("no_destination"), QT_TR_NOOP("Skipped: no address or mobile number")},
        {QStringLiteral("confidential_choice"),
         QT_TR_NOOP("Skipped: the patient's confidential-communication choice")},
        {QStringLiteral("opted_out"), QT_TR_NOOP("Skipped: texted STOP")},
        {QStringLiteral("recently_sent"), QT_TR_NOOP("Skipped: written to recently")},
        {QStringLiteral("no_transport"), QT_TR_NOOP("Skipped: email or text messages are not set up")},
        {QStringLiteral("already_sent"), QT_TR_NOOP("Skipped: sent by another run")},
        {QStringLiteral("patient_unavailable"), QT_TR_NOOP("Skipped: the record cannot be opened")}};
    const char* text = reasons.value(item.reason);
    return text ? tr(text) : tr("Skipped (%1)").arg(item.reason);
}

CampaignPreviewDialog::CampaignPreviewDialog(const CampaignReport& report,
                                             const QHash<QString, QString>& patientNames,
                                             QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(report.dryRun ? tr("Recall Campaign Preview") : tr("Recall Campaign"));
    resize(760, 420);
    auto* summary = new QLabel(
        tr("%1 recall(s), %2 patient(s): %3 would be written to, %4 wait for daytime, %5 skipped.")
            .arg(report.recalls)
            .arg(report.items.size())
            .arg(report.count(CampaignOutcome::WouldSend) + report.count(CampaignOutcome::Sent))
            .arg(report.count(CampaignOutcome::Deferred))
            .arg(report.count(CampaignOutcome::Skipped)),
        this);
    m_table = new QTableWidget(int(report.items.size()), 4, this);
    m_table->setObjectName(QStringLiteral("campaignItems"));
    m_table->setHorizontalHeaderLabels({tr("Patient"), tr("Channel"), tr("What happens"), tr("Message")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < int(report.items.size()); ++i) {
        const CampaignItem& item = report.items[size_t(i)];
        const QString channel = !item.hasChannel ? QString()
                                : item.channel == messaging::Channel::Email ? tr("Email")
                                                                            : tr("Text");
        m_table->setItem(i, 0, new QTableWidgetItem(patientNames.value(item.patientId)));
        m_table->setItem(i, 1, new QTableWidgetItem(channel));
        m_table->setItem(i, 2, new QTableWidgetItem(outcomeText(item)));
        m_table->setItem(i, 3, new QTableWidgetItem(item.preview));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (report.dryRun && report.count(CampaignOutcome::WouldSend) > 0) {
        QPushButton* send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
        send->setObjectName(QStringLiteral("send"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
}

}  // namespace fd::calendar::ui
