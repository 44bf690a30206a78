#pragma once

#include "calendar/core/messaging/reminders.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace fd::calendar::messages {

class MessageLogModel;
class ReplyTableModel;

// The Messages dock: the reminder log (channel, status, time; filters), retry of a failed
// message, a reminder run on demand, the reschedule requests and replies for staff, and the
// import of a file of replies.
class MessagesDock final : public QWidget
{
    Q_OBJECT

public:
    explicit MessagesDock(std::shared_ptr<messaging::IReminderService> service,
                          QWidget* parent = nullptr);

    MessageLogModel* logModel() const { return m_log; }
    ReplyTableModel* replyModel() const { return m_replies; }
    QTableView* logView() const { return m_logView; }
    QTableView* replyView() const { return m_replyView; }

    void refresh();
    void retrySelected();
    void runNow();
    void importReplies(const QString& path);
    void resolveSelected();
    // The automatic runs' state (ReminderScheduler): the last run's counts, or why none runs.
    void showAutomaticStatus(const QString& text, bool problem);
    QString automaticStatus() const;

private:
    QWidget* buildFilters();
    messaging::MessageFilter filter() const;
    void updateButtons();
    void showStatus(const QString& text, bool problem = false);

    std::shared_ptr<messaging::IReminderService> m_service;
    MessageLogModel* m_log = nullptr;
    ReplyTableModel* m_replies = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_status = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableView* m_logView = nullptr;
    QTableView* m_replyView = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_resolve = nullptr;
    QLabel* m_statusLine = nullptr;
    QLabel* m_autoLine = nullptr;
};

}  // namespace fd::calendar::messages
