#include "calendar/messages/messages_dock.h"

#include "calendar/messages/message_log_model.h"
#include "calendar/messages/reply_table_model.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::calendar::messages {

using namespace messaging;

namespace {

QTableView* tableFor(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setMinimumHeight(48);  // the dock shares its height with others on a laptop screen
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

}  // namespace

MessagesDock::MessagesDock(std::shared_ptr<IReminderService> service, QWidget* parent)
    : QWidget(parent), m_service(std::move(service))
{
    m_log = new MessageLogModel(m_service, this);
    m_replies = new ReplyTableModel(m_service, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_logView = tableFor(m_log, QStringLiteral("messageLog"), splitter);
    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(new QLabel(tr("Reschedule requests and replies for staff"), lower));
    m_replyView = tableFor(m_replies, QStringLiteral("replies"), lower);
    lowerLayout->addWidget(m_replyView);
    splitter->addWidget(m_logView);
    splitter->addWidget(lower);
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retry"));
    m_retry->setToolTip(tr("Send a failed message again (only one that certainly never left)"));
    auto* run = new QPushButton(tr("Send &Due Reminders"), this);
    run->setObjectName(QStringLiteral("runNow"));
    auto* import = new QPushButton(tr("&Import Replies…"), this);
    import->setObjectName(QStringLiteral("importReplies"));
    m_resolve = new QPushButton(tr("Mark &Handled"), this);
    m_resolve->setObjectName(QStringLiteral("resolve"));
    buttons->addWidget(m_retry);
    buttons->addWidget(run);
    buttons->addStretch(1);
    buttons->addWidget(import);
    buttons->addWidget(m_resolve);
    layout->addLayout(buttons);
    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(QStringLiteral("statusLine"));
    m_statusLine->setWordWrap(true);
    layout->addWidget(m_statusLine);
    m_autoLine = new QLabel(this);
    m_autoLine->setObjectName(QStringLiteral("autoRunLine"));
    m_autoLine->setWordWrap(true);
    layout->addWidget(m_autoLine);

    connect(m_retry, &QPushButton::clicked, this, &MessagesDock::retrySelected);
    connect(run, &QPushButton::clicked, this, &MessagesDock::runNow);
    connect(m_resolve, &QPushButton::clicked, this, &MessagesDock::resolveSelected);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Replies"), {}, tr("Replies (*.csv *.json);;All files (*)"));
        if (!path.isEmpty())
            importReplies(path);
    });
    connect(m_logView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MessagesDock::updateButtons);
    connect(m_replyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MessagesDock::updateButtons);
    connect(m_log, &QAbstractItemModel::modelReset, this, &MessagesDock::updateButtons);
    connect(m_replies, &QAbstractItemModel::modelReset, this, &MessagesDock::updateButtons);
    refresh();
}

QWidget* MessagesDock::buildFilters()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_channel = new QComboBox(bar);
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->addItem(tr("All channels"), -1);
    m_channel->addItem(MessageLogModel::channelText(Channel::Email), int(Channel::Email));
    m_channel->addItem(MessageLogModel::channelText(Channel::Sms), int(Channel::Sms));
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), -1);
    for (MessageStatus s : {MessageStatus::Queued, MessageStatus::Sent, MessageStatus::Delivered,
                            MessageStatus::Undelivered, MessageStatus::Failed,
                            MessageStatus::Skipped})
        m_status->addItem(MessageLogModel::statusText(s), int(s));
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), bar);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(QDate::currentDate(), bar);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit* e : {m_from, m_to})
        e->setCalendarPopup(true);
    row->addWidget(m_channel);
    row->addWidget(m_status);
    row->addWidget(new QLabel(tr("From"), bar));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), bar));
    row->addWidget(m_to);
    row->addStretch(1);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &MessagesDock::refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &MessagesDock::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &MessagesDock::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &MessagesDock::refresh);
    return bar;
}

MessageFilter MessagesDock::filter() const
{
    MessageFilter f;
    // The dates are the user's local days.
    f.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    if (const int c = m_channel->currentData().toInt(); c >= 0)
        f.channel = Channel(c);
    if (const int s = m_status->currentData().toInt(); s >= 0)
        f.status = MessageStatus(s);
    return f;
}

void MessagesDock::showStatus(const QString& text, bool problem)
{
    m_statusLine->setText(text);
    m_statusLine->setStyleSheet(problem ? QStringLiteral("color: #a00000;") : QString());
}

void MessagesDock::refresh()
{
    if (!m_channel)
        return;
    if (auto loaded = m_log->setFilter(filter()); !loaded)
        showStatus(loaded.error().message, true);
    if (auto loaded = m_replies->reload(); !loaded)
        showStatus(loaded.error().message, true);
    updateButtons();
}

void MessagesDock::updateButtons()
{
    const auto rows = m_logView->selectionModel()->selectedRows();
    const LoggedMessage* m = rows.isEmpty() ? nullptr : m_log->message(rows.first().row());
    m_retry->setEnabled(m && m->status == MessageStatus::Failed);
    m_resolve->setEnabled(!m_replyView->selectionModel()->selectedRows().isEmpty());
}

void MessagesDock::retrySelected()
{
    const auto rows = m_logView->selectionModel()->selectedRows();
    const LoggedMessage* m = rows.isEmpty() ? nullptr : m_log->message(rows.first().row());
    if (!m)
        return;
    auto item = m_service->retry(m->id);
    if (!item)
        showStatus(item.error().message, true);
    else if (item->outcome == RunOutcome::Sent)
        showStatus(tr("The message was sent again."));
    else
        showStatus(tr("The message could not be sent (%1).").arg(item->reason), true);
    refresh();
}

void MessagesDock::runNow()
{
    auto report = m_service->run({});
    if (!report) {
        showStatus(report.error().message, true);
        return;
    }
    showStatus(tr("%n reminder(s) sent, %1 failed, %2 waiting for the allowed hours.", nullptr,
                  report->count(RunOutcome::Sent))
                   .arg(report->count(RunOutcome::Failed))
                   .arg(report->count(RunOutcome::Deferred)),
               report->count(RunOutcome::Failed) > 0);
    refresh();
}

void MessagesDock::showAutomaticStatus(const QString& text, bool problem)
{
    m_autoLine->setText(text);
    m_autoLine->setStyleSheet(problem ? QStringLiteral("color: #a00000;") : QString());
}

QString MessagesDock::automaticStatus() const
{
    return m_autoLine->text();
}

void MessagesDock::importReplies(const QString& path)
{
    auto report = m_service->importReplies(path);
    if (!report) {
        showStatus(report.error().message, true);
        return;
    }
    QString text = tr("%n reply(ies) imported, %1 imported before.", nullptr, report->imported)
                       .arg(report->alreadyImported);
    if (!report->unmatched.isEmpty())
        text += QLatin1Char(' ') + tr("For staff: %1").arg(report->unmatched.join(QStringLiteral("; ")));
    showStatus(text);
    refresh();
}

void MessagesDock::resolveSelected()
{
    const auto rows = m_replyView->selectionModel()->selectedRows();
    const ReplyRecord* r = rows.isEmpty() ? nullptr : m_replies->reply(rows.first().row());
    if (!r)
        return;
    if (auto done = m_service->resolveReply(r->id); !done)
        showStatus(done.error().message, true);
    refresh();
}

}  // namespace fd::calendar::messages
