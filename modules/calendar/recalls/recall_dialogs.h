#pragma once

#include "calendar/core/recall_campaign/recall_campaign.h"
#include "calendar/core/recall_types.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace fd::calendar::ui {

// How and with what result the patient was contacted about a recall.
class ContactDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ContactDialog(QWidget* parent = nullptr);
    ContactAttempt attempt() const;  // without the recall id
    void setAttempt(ContactMethod method, ContactOutcome outcome, const QString& note);

private:
    QComboBox* m_method;
    QComboBox* m_outcome;
    QPlainTextEdit* m_note;
};

// Why a recall is dismissed (required: OK stays disabled until something is typed).
class DismissDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DismissDialog(QWidget* parent = nullptr);
    QString reason() const;
    void setReason(const QString& reason);

private:
    QLineEdit* m_reason;
};

// A campaign's dry run: who would get what by which channel, and why anyone is skipped. Send
// is offered when someone would be written to.
class CampaignPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    CampaignPreviewDialog(const CampaignReport& report, const QHash<QString, QString>& patientNames,
                          QWidget* parent = nullptr);
    static QString outcomeText(const CampaignItem& item);

private:
    QTableWidget* m_table;
};

}  // namespace fd::calendar::ui
